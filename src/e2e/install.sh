#!/usr/bin/env bash
# Installs the real servers the end-to-end suite runs against, from Debian packages.
# Idempotent: when every tool is already on PATH it returns without touching apt.
set -euo pipefail

export DEBIAN_FRONTEND=noninteractive
need=()
command -v knotd >/dev/null || need+=(knot)
command -v kdig >/dev/null || need+=(knot-dnsutils)
command -v nginx >/dev/null || need+=(nginx-light)
command -v postfix >/dev/null || need+=(postfix)
command -v jq >/dev/null || need+=(jq)
command -v openssl >/dev/null || need+=(openssl)
command -v curl >/dev/null || need+=(curl)
command -v python3 >/dev/null || need+=(python3-minimal)
command -v ss >/dev/null || need+=(iproute2)
command -v script >/dev/null || need+=(bsdutils)

if [ ${#need[@]} -eq 0 ]; then
  exit 0
fi
echo "installing: ${need[*]}"
if [[ " ${need[*]} " == *" postfix "* ]]; then
  # "No configuration": the package must not start a system-wide MTA on port 25, which the
  # suite needs for its own loopback listeners.
  echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections
fi
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null

#!/usr/bin/env bash
# Installs the real servers the end-to-end suite runs against, from Debian packages.
# Idempotent: when every tool is already on PATH it returns without touching apt.
set -euo pipefail

export DEBIAN_FRONTEND=noninteractive
need=()
command -v knotd >/dev/null || need+=(knot)
command -v nsd >/dev/null || need+=(nsd)
command -v unbound >/dev/null || need+=(unbound)
command -v kdig >/dev/null || need+=(knot-dnsutils)
# The validating resolver of the DNSSEC scenarios (lib/dane.sh).
command -v unbound >/dev/null || need+=(unbound)
command -v nginx >/dev/null || need+=(nginx-light)
command -v postfix >/dev/null || need+=(postfix)
command -v jq >/dev/null || need+=(jq)
command -v openssl >/dev/null || need+=(openssl)
command -v curl >/dev/null || need+=(curl)
command -v python3 >/dev/null || need+=(python3-minimal)
command -v ss >/dev/null || need+=(iproute2)
command -v script >/dev/null || need+=(bsdutils)
# Dovecot (IMAP with TLS) serves TLS report messages for "reports import --imap"; its delivery
# agent, dovecot-lda, comes with dovecot-core.
command -v dovecot >/dev/null || need+=(dovecot-imapd)

if [ ${#need[@]} -eq 0 ]; then
  exit 0
fi
echo "installing: ${need[*]}"
if [[ " ${need[*]} " == *" postfix "* ]]; then
  # "No configuration": the package must not start a system-wide MTA on port 25, which the
  # suite needs for its own loopback listeners.
  echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections
fi
# NSD and Unbound start system-wide servers on port 53 when installed, in the way of the suite's
# own: a policy-rc.d that refuses every start (invoke-rc.d honours it) while installing, unless
# the machine already has one.
guard=""
if [ ! -e /usr/sbin/policy-rc.d ]; then
  printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d
  chmod 755 /usr/sbin/policy-rc.d
  guard=/usr/sbin/policy-rc.d
  trap 'rm -f "$guard"' EXIT
fi
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null

#!/usr/bin/env bash
# End-to-end suite: runs "check" against real servers on loopback (Knot DNS on 127.0.0.1:53,
# nginx on 127.0.1.N:443, Postfix on 127.0.2.N:25) for every scenario in src/e2e/scenarios, and
# "propagation" against a zone whose second name server (NSD, 127.0.0.2:53) lags while a caching
# resolver (Unbound, 127.0.0.3:53) still holds the old answers (lib/propagation.sh).
#
#   sudo bash src/e2e/run.sh           install, start, check every scenario, stop (exit 1 on failure)
#   sudo bash src/e2e/run.sh --serve   start the servers and keep them up until Ctrl-C
#
# Needs root (ports 53/443/25, apt-get). Uses target/mta-sts-wizard.jar (built when missing) or
# the command in $E2E_CLI. Set E2E_KEEP=1 to keep the run folder (configs, logs, JSON) afterwards.
# After the scenarios, the wizard's "Check a domain" path is driven headless by TestFX
# (CheckDomainRealServersE2E, through Maven) and compared with the command line's JSON, and all
# scenario domains are checked once more in one "check --from" run (--csv, --jsonl) whose rows
# must match each domain's single JSON (E2E_BULK=0 skips it). Last, TLS reports: Dovecot serves
# report messages over IMAPS on 127.0.0.1:10993, "reports import --imap" pulls them and a Maildir
# folder and an mbox file are imported from disk (lib/reports.sh; E2E_REPORTS=0 skips it).
set -euo pipefail

E2E_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$E2E_DIR/../.." && pwd)
MODE=${1:-run}

# DNSSEC zones signed by Knot, a validating Unbound and TLSA records (lib/dane.sh).
source "$E2E_DIR/lib/dane.sh"
source "$E2E_DIR/lib/certs.sh"
source "$E2E_DIR/lib/scenarios.sh"
source "$E2E_DIR/lib/servers.sh"
source "$E2E_DIR/lib/assert.sh"
source "$E2E_DIR/lib/propagation.sh"
source "$E2E_DIR/lib/reports.sh"

if [ "$(id -u)" -ne 0 ]; then
  echo "e2e: needs root (binds ports 53, 443 and 25 on 127.0.0.0/8 and installs packages)" >&2
  exit 2
fi

suite_start=$SECONDS
bash "$E2E_DIR/install.sh"

check_ports_free || exit 2

RUN=$(mktemp -d /tmp/mta-sts-e2e.XXXXXX)
cleanup() {
  local rc=$?
  [ -n "${SLEEP_PID:-}" ] && kill "$SLEEP_PID" 2>/dev/null
  stop_all
  if [ "${E2E_KEEP:-0}" = 1 ]; then
    echo "e2e: kept $RUN"
  else
    rm -rf "$RUN"
  fi
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

build_all
build_imap
start_all
start_imap
verify_fixtures
start_dnssec
echo "e2e: servers up in $((SECONDS - suite_start)) s (DNS $DNS_ADDR:53, run folder $RUN)"

if [ "$MODE" = --serve ]; then
  echo "e2e: CA file $RUN/pki/CA.pem; IMAPS $IMAP_ADDR:$IMAP_PORT user $IMAP_USER password file $RUN/dovecot/password"
  echo "e2e: Ctrl-C stops every server"
  # "wait" (unlike a foreground sleep) returns as soon as a signal arrives, so the trap runs.
  while :; do sleep 3600 & SLEEP_PID=$!; wait $SLEEP_PID; done
fi

run_all_scenarios
# propagation.test changes on Knot while NSD keeps the old copy and Unbound caches the old answers.
if [ -z "${E2E_ONLY:-}" ] || [[ " $E2E_ONLY " == *" propagation.test "* ]]; then
  run_propagation_check
fi
# Every scenario domain again in one bulk run, compared row by row with the single reports.
if [ "${E2E_BULK:-1}" != 0 ]; then
  run_bulk_check
fi
# The wizard comparison needs the JSON of good.test and deep-wildcard.test: skipped only when
# E2E_ONLY picks a subset (or E2E_GUI=0).
if [ -z "${E2E_ONLY:-}" ] && [ "${E2E_GUI:-1}" != 0 ]; then
  run_gui_check
fi
# TLS reports over IMAP and from disk (skipped by E2E_REPORTS=0, or an E2E_ONLY without "reports").
if [ "${E2E_REPORTS:-1}" != 0 ] && { [ -z "${E2E_ONLY:-}" ] || [[ " $E2E_ONLY " == *" reports "* ]]; }; then
  run_reports_check
fi
report_totals

# The propagation scenario: one zone, propagation.test, on two authoritative servers and behind a
# caching resolver, changed while the suite runs.
#
#   ns1.propagation.test  127.0.0.1:53  Knot (the primary, as for every other zone)
#   ns2.propagation.test  127.0.0.2:53  NSD with a copy that lags: older serial, older _mta-sts id,
#                                       no _smtp._tls record yet
#   resolver              127.0.0.3:53  Unbound, stub for propagation.test to Knot
#
# Before the zone changes, Unbound is asked once (it caches the old _mta-sts id and an NXDOMAIN for
# _smtp._tls); then Knot loads the new zone. "propagation --json" must name NSD as lagging and give
# the cache expiry of both answers Unbound still holds.

PROP_ZONE=propagation.test
PROP_NSD_ADDR=127.0.0.2
PROP_UNBOUND_ADDR=127.0.0.3
PROP_OLD_SERIAL=2026120201
PROP_NEW_SERIAL=2026120202
PROP_OLD_ID=20261201000000
PROP_NEW_ID=20261202000000
# The old _mta-sts record's TTL, and the SOA's TTL and MINIMUM: a cached NXDOMAIN lives
# min(SOA TTL, MINIMUM) = 240 s (RFC 2308 §5), the old TXT record 600 s.
PROP_TXT_TTL=600
PROP_SOA_TTL=3600
PROP_SOA_MINIMUM=240

# prop_zone SERIAL ID [new]: the zone file; the new one also has the TLSRPT record.
prop_zone() {
  local serial=$1 id=$2 new=${3:-}
  echo "\$ORIGIN $PROP_ZONE."
  echo "\$TTL 300"
  echo "@  $PROP_SOA_TTL  SOA  ns1.$PROP_ZONE. hostmaster.$PROP_ZONE. $serial 3600 900 604800 $PROP_SOA_MINIMUM"
  echo "@           NS   ns1.$PROP_ZONE."
  echo "@           NS   ns2.$PROP_ZONE."
  echo "ns1         A    $DNS_ADDR"
  echo "ns2         A    $PROP_NSD_ADDR"
  echo "mta-sts     A    127.0.1.1"
  echo "_mta-sts $PROP_TXT_TTL TXT \"v=STSv1; id=$id;\""
  [ -n "$new" ] && echo "_smtp._tls  TXT  \"v=TLSRPTv1; rua=mailto:tlsrpt@$PROP_ZONE\""
  return 0
}

# Knot starts with the old copy (as NSD keeps it); NSD and Unbound get their own configs.
build_propagation() {
  mkdir -p "$RUN/nsd" "$RUN/unbound"
  prop_zone "$PROP_OLD_SERIAL" "$PROP_OLD_ID" > "$RUN/knot/zones/$PROP_ZONE.zone"
  echo "  - domain: $PROP_ZONE" >> "$RUN/knot/knot.conf"
  prop_zone "$PROP_OLD_SERIAL" "$PROP_OLD_ID" > "$RUN/nsd/$PROP_ZONE.zone"
  cat > "$RUN/nsd/nsd.conf" <<CONF
server:
    ip-address: $PROP_NSD_ADDR
    port: 53
    do-ip6: no
    username: ""
    chroot: ""
    zonesdir: "$RUN/nsd"
    database: ""
    zonelistfile: "$RUN/nsd/zone.list"
    xfrdfile: "$RUN/nsd/xfrd.state"
    xfrdir: "$RUN/nsd"
    pidfile: "$RUN/nsd/nsd.pid"
    logfile: "$RUN/nsd/nsd.log"
    server-count: 1
    verbosity: 0
remote-control:
    control-enable: no
zone:
    name: $PROP_ZONE
    zonefile: $PROP_ZONE.zone
CONF
  # "test." is one of Unbound's default local zones (RFC 6761): nodefault lets it resolve.
  cat > "$RUN/unbound/unbound.conf" <<CONF
server:
    interface: $PROP_UNBOUND_ADDR
    port: 53
    do-ip6: no
    do-daemonize: no
    username: ""
    chroot: ""
    directory: "$RUN/unbound"
    pidfile: "$RUN/unbound/unbound.pid"
    use-syslog: no
    logfile: ""
    verbosity: 0
    access-control: 127.0.0.0/8 allow
    do-not-query-localhost: no
    module-config: "iterator"
    qname-minimisation: no
    local-zone: "test." nodefault
stub-zone:
    name: "$PROP_ZONE"
    stub-addr: $DNS_ADDR
remote-control:
    control-enable: no
CONF
}

start_propagation_servers() {
  nsd -d -c "$RUN/nsd/nsd.conf" > "$RUN/nsd/stdout.log" 2>&1 &
  record_pid nsd $!
  unbound -d -c "$RUN/unbound/unbound.conf" > "$RUN/unbound/stdout.log" 2>&1 &
  record_pid unbound $!
}

# Fills Unbound's cache with the old answers, then publishes the new zone on Knot only.
propagation_change_zone() {
  local name deadline
  for name in "_mta-sts.$PROP_ZONE TXT" "_smtp._tls.$PROP_ZONE TXT" "mta-sts.$PROP_ZONE A" "mta-sts.$PROP_ZONE AAAA"; do
    # shellcheck disable=SC2086
    kdig +time=2 +retry=1 "@$PROP_UNBOUND_ADDR" $name > /dev/null
  done
  prop_zone "$PROP_NEW_SERIAL" "$PROP_NEW_ID" new > "$RUN/knot/zones/$PROP_ZONE.zone"
  knotc -c "$RUN/knot/knot.conf" zone-reload "$PROP_ZONE" > /dev/null
  deadline=$((SECONDS + 10))
  until kdig +short +time=1 +retry=0 "@$DNS_ADDR" SOA "$PROP_ZONE" | grep -q " $PROP_NEW_SERIAL "; do
    [ $SECONDS -lt $deadline ] || { echo "e2e: Knot did not load serial $PROP_NEW_SERIAL" >&2; return 1; }
    sleep 0.2
  done
}

# Independent clients confirm the fixture before the app is asked: Knot new, NSD old, Unbound old.
propagation_fixture_problems() {
  kdig +short +norec "@$DNS_ADDR" TXT "_mta-sts.$PROP_ZONE" | grep -q "$PROP_NEW_ID" \
    || echo "Knot does not serve the new _mta-sts id"
  kdig +short +norec "@$PROP_NSD_ADDR" SOA "$PROP_ZONE" | grep -q " $PROP_OLD_SERIAL " \
    || echo "NSD does not serve the old serial"
  kdig +short "@$PROP_UNBOUND_ADDR" TXT "_mta-sts.$PROP_ZONE" | grep -q "$PROP_OLD_ID" \
    || echo "Unbound does not hold the old _mta-sts id"
  kdig "@$PROP_UNBOUND_ADDR" TXT "_smtp._tls.$PROP_ZONE" | grep -q "status: NXDOMAIN" \
    || echo "Unbound does not hold a cached NXDOMAIN for _smtp._tls"
}

# The scenario: prints one line like the other scenarios, the reasons under a failure, and the
# text report (E2E_VERBOSE=1 also after a pass).
run_propagation_check() {
  local json=$RUN/out/propagation.json rc=0 reasons start ms elapsed got
  mkdir -p "$RUN/out"
  start=$(date +%s%N)
  if ! propagation_change_zone; then
    reasons="the zone could not be changed on Knot"
  else
    reasons=$(propagation_fixture_problems)
  fi
  if [ -z "$reasons" ]; then
    timeout 60 "${CLI[@]}" propagation "$PROP_ZONE" --resolver "$PROP_UNBOUND_ADDR" --expect-id "$PROP_NEW_ID" \
      --timeout 5 --json > "$json" 2> "$RUN/out/propagation.err" < /dev/null || rc=$?
    timeout 60 "${CLI[@]}" propagation "$PROP_ZONE" --resolver "$PROP_UNBOUND_ADDR" --expect-id "$PROP_NEW_ID" \
      --timeout 5 > "$RUN/out/propagation.txt" 2>&1 < /dev/null || true
    reasons=$(propagation_expectations "$json" "$rc")
  else
    reasons="fixture problem: $reasons"
  fi
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  elapsed=$(printf '%d.%01d s' $((ms / 1000)) $(( (ms % 1000) / 100 )))
  got=$(jq -r '.state // "none"' "$json" 2>/dev/null || echo none)
  if [ -z "$reasons" ]; then
    printf "ok    %-26s expected %-18s got %-6s %7s\n" "propagation $PROP_ZONE" "partial, ns2 lags" "$got" "$elapsed"
    PASSED=$((PASSED + 1))
    [ "${E2E_VERBOSE:-0}" = 1 ] && sed 's/^/        /' "$RUN/out/propagation.txt"
  else
    printf "FAIL  %-26s expected %-18s got %-6s %7s\n" "propagation $PROP_ZONE" "partial, ns2 lags" "$got" "$elapsed"
    sed 's/^/        /' <<<"$reasons"
    sed 's/^/        | /' "$RUN/out/propagation.txt" 2>/dev/null
    sed 's/^/        ! /' "$RUN/out/propagation.err" 2>/dev/null
    FAILED=$((FAILED + 1))
  fi
  return 0
}

# propagation_expectations JSON EXIT: one reason per unmet expectation.
propagation_expectations() {
  local json=$1 rc=$2
  [ "$rc" = 1 ] || echo "exit status: expected 1 (not live everywhere yet), got $rc"
  jq -e . "$json" > /dev/null 2>&1 || { echo "not JSON"; return; }
  jq -r --arg ns2 "ns2.$PROP_ZONE ($PROP_NSD_ADDR)" --arg new "id=$PROP_NEW_ID" --arg old "id=$PROP_OLD_ID" \
    --argjson olds "$PROP_OLD_SERIAL" --argjson news "$PROP_NEW_SERIAL" \
    --argjson txt "$PROP_TXT_TTL" --argjson neg "$PROP_SOA_MINIMUM" '
    def rec($r): first(.records[] | select(.record == $r));
    def srv($r; $a): first(rec($r).servers[] | select(.address == $a));
    [
      (if .state != "partial" then "state: expected partial, got \(.state)" else empty end),
      (if .lagging_servers != [$ns2] then "lagging_servers: expected [\($ns2)], got \(.lagging_servers)" else empty end),
      (rec("sts-record") as $s |
        (if $s.expected != $new then "sts-record expected: \($s.expected)" else empty end),
        (if $s.state != "partial" then "sts-record state: \($s.state)" else empty end)),
      (srv("sts-record"; "127.0.0.1") as $k |
        if ($k.served != $new or $k.serial != $news or $k.matches != true)
        then "Knot: expected \($new) at serial \($news), got \($k.served) at \($k.serial)" else empty end),
      (srv("sts-record"; "'"$PROP_NSD_ADDR"'") as $n |
        if ($n.served != $old or $n.serial != $olds or $n.lagging != true or $n.server != "ns2.'"$PROP_ZONE"'")
        then "NSD: expected lagging with \($old) at serial \($olds), got \($n)" else empty end),
      (rec("sts-record").resolver as $r |
        if ($r.served != $old or $r.current != false or $r.expires_in_seconds < 1 or $r.expires_in_seconds > $txt)
        then "resolver, sts-record: expected the old id expiring within \($txt) s, got \($r)" else empty end),
      (rec("tlsrpt-record") as $t |
        (if $t.state != "partial" then "tlsrpt-record state: \($t.state)" else empty end),
        (if ($t.resolver.answer != "nxdomain" or $t.resolver.expires_in_seconds < 1 or $t.resolver.expires_in_seconds > $neg)
         then "resolver, tlsrpt-record: expected a cached NXDOMAIN expiring within \($neg) s (SOA MINIMUM), got \($t.resolver)"
         else empty end)),
      (if rec("policy-host").state != "live" then "policy-host state: \(rec("policy-host").state)" else empty end),
      (if .max_remaining_seconds < 1 or .max_remaining_seconds > $txt then "max_remaining_seconds: \(.max_remaining_seconds)" else empty end)
    ] | .[]' "$json"
}

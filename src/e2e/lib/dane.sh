# DNSSEC and DANE beside MTA-STS: zones that Knot signs itself (dnssec-signing: on), a validating
# Unbound with the test trust anchors, and TLSA records for the Postfix MX listeners.
#
#   scenarios with DNSSEC=signed   Knot signs the zone; its DS (from keymgr) is a trust anchor
#   scenarios with DNSSEC=bogus    Knot signs the zone, but the anchor's DS names another key, so
#                                  every validator finds it bogus (a DS/DNSKEY mismatch, the common
#                                  real-world breakage after a key change)
#   DANE_UNBOUND_ADDR:53           Unbound, validating from those anchors, stub to Knot for them
#
# A zone file line "; TLSA NAME 3 1 1 @SPKI-SHA256:ADDR@" (a comment to Knot) becomes the record
# _25._tcp.NAME TLSA 3 1 1 with the SHA-256 of the public key of the Postfix listener at ADDR (RFC
# 7672 §3.1.1), added once Knot signs the zone. The scenarios check with
# "--trust-anchor $DANE_ANCHORS" (TRUST_ANCHOR=yes) and, where RESOLVER says so, through Unbound.

DANE_UNBOUND_ADDR=127.0.0.4

# The scenarios' DNSSEC zones: "DOMAIN signed|bogus" lines.
dnssec_zones() {
  local dir
  for dir in $(scenario_dirs); do
    scenario_load "$dir"
    [ "$SC_SERVES" = yes ] && [ -n "$DNSSEC" ] && echo "$SC_DOMAIN $DNSSEC"
  done
  return 0
}

# SHA-256 of the DER SubjectPublicKeyInfo of a certificate, in hex (TLSA selector 1, matching type 1).
spki_sha256() {
  openssl x509 -in "$1" -noout -pubkey | openssl pkey -pubin -outform DER | sha256sum | cut -d' ' -f1
}

# After the servers are up (so that nothing else in the suite has to know about it): Knot signs
# the DNSSEC zones (its configuration reloaded with dnssec-signing on), the TLSA records of the
# "; TLSA NAME 3 1 1 @SPKI-SHA256:ADDR@" lines get the listeners' key hashes and are added as a
# signed change, the anchors are written from Knot's keys, Unbound starts, and the fixture is
# checked with independent clients.
start_dnssec() {
  local zone kind
  DANE_ANCHORS=$RUN/dnssec/anchors.txt
  mkdir -p "$RUN/dnssec/unbound"
  : > "$DANE_ANCHORS"
  while read -r zone kind; do
    [ -n "$zone" ] || continue
    sed -i "s/^  - domain: $zone\$/&\n    dnssec-signing: on/" "$RUN/knot/knot.conf"
  done < <(dnssec_zones)
  knotc -c "$RUN/knot/knot.conf" reload > /dev/null
  while read -r zone kind; do
    [ -n "$zone" ] || continue
    dnssec_sign_zone "$zone" "$kind" || return 1
  done < <(dnssec_zones)
  start_dnssec_unbound || return 1
  run_dnssec_fixture_check
}

# dnssec_sign_zone ZONE KIND: waits for Knot's signatures, adds the zone's TLSA records, writes its
# anchor (for a bogus zone, a DS with the digest of another key).
dnssec_sign_zone() {
  local zone=$1 kind=$2 deadline ds name addr hash knotc=(knotc -c "$RUN/knot/knot.conf")
  deadline=$((SECONDS + 10))
  until kdig +dnssec +time=1 +retry=0 "@$DNS_ADDR" DNSKEY "$zone" 2>/dev/null | grep -q 'RRSIG'; do
    [ $SECONDS -lt $deadline ] || { echo "e2e: Knot did not sign $zone" >&2; return 1; }
    sleep 0.2
  done
  while read -r name addr; do
    hash=$(spki_sha256 "$RUN/pki/mx-$addr.crt")
    "${knotc[@]}" zone-begin "$zone" > /dev/null
    "${knotc[@]}" zone-set "$zone" "_25._tcp.$name." 300 TLSA 3 1 1 "$hash" > /dev/null
    "${knotc[@]}" zone-commit "$zone" > /dev/null
    deadline=$((SECONDS + 10))
    until kdig +dnssec +time=1 +retry=0 "@$DNS_ADDR" TLSA "_25._tcp.$name" 2>/dev/null | grep -q 'RRSIG'; do
      [ $SECONDS -lt $deadline ] || { echo "e2e: Knot did not publish a signed TLSA for $name" >&2; return 1; }
      sleep 0.2
    done
  done < <(dane_matching_hosts "$zone")
  # The DS of the zone's KSK with a SHA-256 digest, as a parent zone would publish it.
  ds=$(keymgr -c "$RUN/knot/knot.conf" "$zone" ds | awk '$5 == 2 && !n++')
  [ -n "$ds" ] || { echo "e2e: no DS for $zone from keymgr" >&2; return 1; }
  if [ "$kind" = bogus ]; then
    # Same key tag and algorithm, digest of another key: the zone's DNSKEY set matches no DS.
    ds=$(awk -v d="$(echo "not the key of $zone" | sha256sum | cut -d' ' -f1)" '{ $6 = d; print }' <<<"$ds")
  fi
  echo "$ds" >> "$DANE_ANCHORS"
}

# Unbound on DANE_UNBOUND_ADDR, validating from the anchors, with a stub zone to Knot for each
# DNSSEC zone. "test." is one of Unbound's default local zones (RFC 6761): nodefault lets it resolve.
start_dnssec_unbound() {
  local zone kind stubs="" deadline first=""
  while read -r zone kind; do
    [ -n "$zone" ] || continue
    first=${first:-$zone}
    stubs+=$'stub-zone:\n'"    name: \"$zone\""$'\n'"    stub-addr: $DNS_ADDR"$'\n'
  done < <(dnssec_zones)
  cat > "$RUN/dnssec/unbound/unbound.conf" <<CONF
server:
    interface: $DANE_UNBOUND_ADDR
    port: 53
    do-ip6: no
    do-daemonize: no
    username: ""
    chroot: ""
    directory: "$RUN/dnssec/unbound"
    pidfile: "$RUN/dnssec/unbound/unbound.pid"
    use-syslog: no
    logfile: ""
    verbosity: 1
    val-log-level: 2
    access-control: 127.0.0.0/8 allow
    do-not-query-localhost: no
    module-config: "validator iterator"
    trust-anchor-file: "$DANE_ANCHORS"
    qname-minimisation: no
    local-zone: "test." nodefault
${stubs}remote-control:
    control-enable: no
CONF
  unbound -d -c "$RUN/dnssec/unbound/unbound.conf" > "$RUN/dnssec/unbound/stdout.log" 2>&1 &
  record_pid unbound-dnssec $!
  deadline=$((SECONDS + 10))
  until kdig +time=1 +retry=0 "@$DANE_UNBOUND_ADDR" SOA "$first" 2>/dev/null | grep -q 'status:'; do
    [ $SECONDS -lt $deadline ] || { echo "e2e: Unbound on $DANE_UNBOUND_ADDR did not start" >&2
      tail -n 20 "$RUN/dnssec/unbound/stdout.log" >&2; return 1; }
    sleep 0.2
  done
}

# Independent clients confirm the DNSSEC fixture: Unbound finds the signed zones secure (AD) and
# the bogus ones SERVFAIL, and OpenSSL's own DANE verifier accepts each secure TLSA record that
# is meant to match the Postfix listener. Prints one line per problem.
dnssec_fixture_problems() {
  local zone kind out name rrdata addr
  while read -r zone kind; do
    [ -n "$zone" ] || continue
    out=$(kdig +dnssec +time=2 +retry=0 "@$DANE_UNBOUND_ADDR" SOA "$zone" 2>&1)
    case $kind in
      signed) grep -qi '^;; Flags:.* ad' <<<"$out" || echo "Unbound does not validate $zone as secure" ;;
      bogus) grep -q 'status: SERVFAIL' <<<"$out" || echo "Unbound does not find $zone bogus" ;;
    esac
    [ "$kind" = signed ] || continue
    while read -r name addr; do
      rrdata=$(kdig +short "@$DANE_UNBOUND_ADDR" TLSA "_25._tcp.$name" | awk 'NR == 1')
      out=$(echo QUIT | timeout 10 openssl s_client -brief -starttls smtp -connect "$addr:25" \
        -dane_tlsa_domain "$name" -dane_tlsa_rrdata "$rrdata" 2>&1)
      grep -q 'Verification: OK' <<<"$out" || echo "OpenSSL does not verify $name ($addr) with TLSA $rrdata"
    done < <(dane_matching_hosts "$zone")
  done < <(dnssec_zones)
}

# "HOST ADDR" for each "; TLSA NAME 3 1 1 @SPKI-SHA256:ADDR@" line of a zone's scenario: the hosts
# whose record is made from (and must match) the Postfix listener at ADDR.
dane_matching_hosts() {
  local zone=$1 dir
  for dir in $(scenario_dirs); do
    [[ $(basename "$dir") == *-"$zone" ]] || continue
    sed -nE "s/^; TLSA ([^ ]+) 3 1 1 @SPKI-SHA256:([0-9.]+)@.*/\1.$zone \2/p" "$dir/zone"
  done
}

# The fixture check as a line of its own in the suite's output.
run_dnssec_fixture_check() {
  local problems
  problems=$(dnssec_fixture_problems)
  if [ -z "$problems" ]; then
    printf "ok    %-26s expected %-18s got %-6s %7s\n" "unbound + openssl DANE" "secure/bogus/match" "same" "-"
    PASSED=$((PASSED + 1))
  else
    printf "FAIL  %-26s expected %-18s got %-6s %7s\n" "unbound + openssl DANE" "secure/bogus/match" "differ" "-"
    sed 's/^/        /' <<<"$problems"
    FAILED=$((FAILED + 1))
  fi
}

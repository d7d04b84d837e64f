# TLS reports (RFC 8460) end to end: a real Dovecot IMAP server on loopback with TLS (a
# certificate from the suite's test CA for 127.0.0.1), a test user with a password (passwd-file)
# and a Maildir mailbox. Report messages built by tlsrpt_mail.py are delivered into it with
# Dovecot's own delivery agent (dovecot-lda), then the app imports them over IMAPS; a Maildir
# folder and an mbox file are imported from disk. The totals of "reports summary --json" must
# equal what the messages hold. Sourced by run.sh; Dovecot's PID is recorded like the others.

IMAP_ADDR=127.0.0.1
IMAP_PORT=10993
IMAP_USER=reports
IMAP_PASSWORD='e2e imap secret'

# Dovecot's configuration, its user and its certificate, under $RUN/dovecot.
build_imap() {
  local d=$RUN/dovecot
  mkdir -p "$d/run" "$d/state" "$d/mail" "$d/home"
  # Mail is accessed as "nobody" (Dovecot never accesses mail as root).
  chown nobody:nogroup "$d/mail" "$d/home"
  pki_leaf imap valid IP:$IMAP_ADDR
  cat > "$d/dovecot.conf" <<CONF
base_dir = $d/run
state_dir = $d/state
instance_name = mta-sts-e2e
protocols = imap
listen = $IMAP_ADDR
log_path = $d/dovecot.log
ssl = required
ssl_cert = <$RUN/pki/imap.crt
ssl_key = <$RUN/pki/imap.key
ssl_min_protocol = TLSv1.2
disable_plaintext_auth = yes
auth_mechanisms = plain
first_valid_uid = 1
mail_location = maildir:$d/mail/%u
passdb {
  driver = passwd-file
  args = scheme=SHA512-CRYPT $d/passwd
}
userdb {
  driver = static
  args = uid=nobody gid=nogroup home=$d/home/%u
}
service imap-login {
  chroot =
  inet_listener imap {
    port = 0
  }
  inet_listener imaps {
    port = $IMAP_PORT
    ssl = yes
  }
}
service anvil {
  chroot =
}
CONF
  echo "$IMAP_USER:$(doveadm -c "$d/dovecot.conf" pw -s SHA512-CRYPT -p "$IMAP_PASSWORD")" > "$d/passwd"
  # The app reads the password from a file (never argv).
  printf '%s\n' "$IMAP_PASSWORD" > "$d/password"
  chmod 600 "$d/password"
}

start_imap() {
  if ss -Hltn "sport = :$IMAP_PORT" 2>/dev/null | grep -q .; then
    echo "e2e: port $IMAP_PORT is in use; the IMAP server needs it" >&2
    return 1
  fi
  dovecot -F -c "$RUN/dovecot/dovecot.conf" > "$RUN/dovecot/stdout.log" 2>&1 &
  record_pid dovecot $!
  local deadline=$((SECONDS + 10))
  until (exec 3<>"/dev/tcp/$IMAP_ADDR/$IMAP_PORT") 2>/dev/null; do
    if [ $SECONDS -ge $deadline ]; then
      echo "e2e: Dovecot not answering on $IMAP_ADDR:$IMAP_PORT after 10 s" >&2
      cat "$RUN/dovecot/stdout.log" "$RUN/dovecot/dovecot.log" >&2 2>/dev/null
      return 1
    fi
    sleep 0.1
  done
}

# The IMAP fixture checked with an independent client: curl logs in over TLS (verifying the
# certificate against the test CA) and sees the delivered messages.
verify_imap() {
  local want=$1 got
  got=$(curl -s --max-time 10 --cacert "$RUN/pki/CA.pem" -u "$IMAP_USER:$IMAP_PASSWORD" \
    "imaps://$IMAP_ADDR:$IMAP_PORT/INBOX" -X 'STATUS INBOX (MESSAGES)' | tr -d '\r')
  [ "$got" = "* STATUS INBOX (MESSAGES $want)" ] \
    || { echo "e2e: fixture problem: IMAP INBOX should hold $want messages, curl says '$got'" >&2; return 1; }
}

# reports_line OK NAME EXPECTED GOT MS: one result line in the suite's format.
reports_line() {
  local elapsed
  elapsed=$(printf '%d.%01d s' $(($5 / 1000)) $((($5 % 1000) / 100)))
  if [ "$1" = ok ]; then
    printf "ok    %-26s expected %-18s got %-6s %7s\n" "$2" "$3" "$4" "$elapsed"
    PASSED=$((PASSED + 1))
  else
    printf "FAIL  %-26s expected %-18s got %-6s %7s\n" "$2" "$3" "$4" "$elapsed"
    FAILED=$((FAILED + 1))
  fi
}

# summary_totals DATA_DIR DOMAIN: "REPORTS SUCCESSFUL FAILED" from "reports summary --json".
summary_totals() {
  "${CLI[@]}" reports summary --data-dir "$1" --domain "$2" --json < /dev/null 2> "$RUN/out/summary.err" \
    | jq -r '.domains[0] | "\(.reports) \(.successful_sessions) \(.failed_sessions)"' 2>/dev/null
}

# run_reports_check: deliver, import over IMAPS (twice: the second adds nothing), import the
# Maildir and the mbox from disk, compare the summaries with the messages' totals.
run_reports_check() {
  local out=$RUN/out/reports expected domain f start ms rc want got msgs n totals
  resolve_cli
  mkdir -p "$out"
  expected=$(python3 "$E2E_DIR/lib/tlsrpt_mail.py" "$out/messages") || { reports_line fail "reports: build messages" ok error 0; return; }
  domain=$(jq -r .domain <<<"$expected")
  msgs=$(jq -r .imap_messages <<<"$expected")
  for f in "$out"/messages/imap/*.eml; do
    /usr/lib/dovecot/dovecot-lda -c "$RUN/dovecot/dovecot.conf" -d "$IMAP_USER" -f "tlsrpt@example.net" < "$f" \
      || { reports_line fail "reports: deliver" delivered "lda $?" 0; return; }
  done
  verify_imap "$msgs" || { reports_line fail "reports: IMAP fixture" "$msgs messages" other 0; return; }

  want=$(jq -r '.imap | "\(.reports) \(.successful) \(.failed)"' <<<"$expected")
  n=$(jq -r .imap.reports <<<"$expected")
  start=$(date +%s%N); rc=0
  for _ in 1 2; do
    timeout 60 "${CLI[@]}" reports import --imap "imaps://$IMAP_USER@$IMAP_ADDR:$IMAP_PORT/INBOX" \
      --password-file "$RUN/dovecot/password" --ca-file "$RUN/pki/CA.pem" --data-dir "$out/imap-store" \
      >> "$out/imap-import.out" 2>> "$out/imap-import.err" < /dev/null || rc=$?
  done
  got=$(summary_totals "$out/imap-store" "$domain")
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  # The first import adds every report, the second finds each one kept already.
  totals=$(grep '^added ' "$out/imap-import.out" | tr '\n' '/')
  if [ "$rc" = 0 ] && [ "$got" = "$want" ] \
      && [ "$totals" = "added $n, duplicates 0, problems 0/added 0, duplicates $n, problems 0/" ]; then
    reports_line ok "reports import --imap" "$want" same "$ms"
  else
    reports_line fail "reports import --imap" "$want" "${got:-none}" "$ms"
    echo "        exit $rc; import said: ${totals:-nothing}; $(tail -n 3 "$out/imap-import.err" "$RUN/out/summary.err" 2>/dev/null | tr '\n' ' ')"
  fi

  want=$(jq -r '.disk | "\(.reports) \(.successful) \(.failed)"' <<<"$expected")
  start=$(date +%s%N); rc=0
  timeout 60 "${CLI[@]}" reports import "$out/messages/Maildir" "$out/messages/reports.mbox" \
    --data-dir "$out/disk-store" > "$out/disk-import.out" 2> "$out/disk-import.err" < /dev/null || rc=$?
  got=$(summary_totals "$out/disk-store" "$domain")
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  # Four messages, one report in both the Maildir and the mbox: kept once.
  n=$(jq -r .disk.reports <<<"$expected")
  totals=$(grep '^added ' "$out/disk-import.out")
  if [ "$rc" = 0 ] && [ "$got" = "$want" ] && [ "$totals" = "added $n, duplicates 1, problems 0" ]; then
    reports_line ok "reports import Maildir+mbox" "$want" same "$ms"
  else
    reports_line fail "reports import Maildir+mbox" "$want" "${got:-none}" "$ms"
    echo "        exit $rc; import said: ${totals:-nothing}; $(tail -n 3 "$out/disk-import.err" "$RUN/out/summary.err" 2>/dev/null | tr '\n' ' ')"
  fi
}

# Builds the configuration of the real servers from the scenarios and starts/stops them.
# Every server started here is recorded as "NAME PID" in $RUN/pids and stopped by that PID.
# Nothing binds outside 127.0.0.0/8: Knot on 127.0.0.1:53, nginx on 127.0.1.N:443, Postfix on
# 127.0.2.N:25, the silent listeners on their own loopback addresses.

DNS_ADDR=127.0.0.1

# ---------------------------------------------------------------------------------------------
# Configuration

build_all() {
  mkdir -p "$RUN/knot/zones" "$RUN/knot/db" "$RUN/knot/run" "$RUN/www" \
    "$RUN/nginx/sites" "$RUN/nginx/tmp" "$RUN/postfix"
  # nginx workers run as "nobody" and read the policy files below $RUN.
  chmod 755 "$RUN"
  pki_init
  build_dns
  build_propagation
  build_policy_hosts
  build_mx_hosts
}

# Knot DNS: one zone per scenario plus the supporting zones in src/e2e/zones.
build_dns() {
  local dir zone name
  {
    echo "server:"
    echo "    listen: $DNS_ADDR@53"
    echo "    rundir: $RUN/knot/run"
    echo "database:"
    echo "    storage: $RUN/knot/db"
    echo "log:"
    echo "  - target: stderr"
    echo "    any: warning"
    echo "template:"
    echo "  - id: default"
    echo "    storage: $RUN/knot/zones"
    echo "    file: %s.zone"
    echo "    zonefile-sync: -1"
    echo "    journal-content: none"
    echo "zone:"
  } > "$RUN/knot/knot.conf"
  for dir in $(scenario_dirs); do
    scenario_load "$dir"
    [ "$SC_SERVES" = yes ] || continue
    zone_file "$SC_DOMAIN" "$dir/zone"
  done
  for zone in "$E2E_DIR"/zones/*.zone; do
    name=$(basename "$zone" .zone)
    zone_file "$name" "$zone"
  done
}

zone_file() {
  local name=$1 records=$2
  {
    echo "\$ORIGIN $name."
    echo "\$TTL 300"
    echo "@  SOA  ns.$name. hostmaster.$name. 2026112801 3600 900 604800 300"
    echo "@  NS   ns.$name."
    echo "ns A    $DNS_ADDR"
    cat "$records"
  } > "$RUN/knot/zones/$name.zone"
  echo "  - domain: $name" >> "$RUN/knot/knot.conf"
}

# nginx: one server block per scenario, each on its own loopback address (and with SNI names).
build_policy_hosts() {
  local dir www type charset location
  cat > "$RUN/nginx/nginx.conf" <<CONF
worker_processes 1;
pid $RUN/nginx/nginx.pid;
error_log $RUN/nginx/error.log warn;
events { worker_connections 256; }
http {
    access_log $RUN/nginx/access.log;
    client_body_temp_path $RUN/nginx/tmp/body;
    proxy_temp_path $RUN/nginx/tmp/proxy;
    fastcgi_temp_path $RUN/nginx/tmp/fastcgi;
    uwsgi_temp_path $RUN/nginx/tmp/uwsgi;
    scgi_temp_path $RUN/nginx/tmp/scgi;
    server_tokens off;
    # No extension-based types: every policy location states its media type itself.
    types { }
    default_type application/octet-stream;
    ssl_protocols TLSv1.2 TLSv1.3;
    include $RUN/nginx/sites/*.conf;
}
CONF
  for dir in $(scenario_dirs); do
    scenario_load "$dir"
    [ "$SC_SERVES" = yes ] || continue
    www=$RUN/www/$SC_DOMAIN
    mkdir -p "$www"
    policy_file "$dir/mta-sts.txt" > "$www/mta-sts.txt"
    chmod 755 "$www"; chmod 644 "$www/mta-sts.txt"
    case $POLICY_CERT in
      valid|expired|untrusted) pki_leaf "policy-$SC_DOMAIN" "$POLICY_CERT" "mta-sts.$SC_DOMAIN" ;;
      wrong-name) pki_leaf "policy-$SC_DOMAIN" valid "www.$SC_DOMAIN" ;;
      *) echo "$SC_DOMAIN: unknown POLICY_CERT '$POLICY_CERT'" >&2; return 1 ;;
    esac
    [ "$POLICY_SERVER" = nginx ] || continue
    type=${CONTENT_TYPE%%;*}
    charset=""
    [[ $CONTENT_TYPE == *charset=* ]] && charset="charset ${CONTENT_TYPE##*charset=};"
    location=${NGINX_LOCATION:-"default_type $type; $charset alias $www/mta-sts.txt;"}
    cat > "$RUN/nginx/sites/$SC_DOMAIN.conf" <<CONF
server {
    listen $POLICY_IP:443 ssl;
    server_name mta-sts.$SC_DOMAIN;
    ssl_certificate $RUN/pki/policy-$SC_DOMAIN.crt;
    ssl_certificate_key $RUN/pki/policy-$SC_DOMAIN.key;
    location = /.well-known/mta-sts.txt { ${location//@WWW@/$www} }
    ${NGINX_EXTRA//@WWW@/$www}
    location / { return 404; }
}
CONF
  done
}

# The served policy: CRLF line ends unless the scenario is about LF, padded when asked.
policy_file() {
  local src=$1 body pad i=0 line
  body=$(cat "$src")
  if [ "$POLICY_PAD_BYTES" -gt 0 ]; then
    # Extension lines are valid policy syntax (RFC 8461 3.2 sts-policy-extension), so only the
    # size is wrong.
    pad=$(printf 'x%.0s' $(seq 1 90))
    while [ ${#body} -lt "$POLICY_PAD_BYTES" ]; do
      i=$((i + 1))
      printf -v line '\nextension%05d: %s' "$i" "$pad"
      body+=$line
    done
  fi
  if [ "$LINE_ENDINGS" = lf ]; then
    printf '%s\n' "$body"
  else
    printf '%s\n' "$body" | sed 's/$/\r/'
  fi
}

# Postfix: one smtpd per loopback address in src/e2e/mx-listeners, each with its own chain.
build_mx_hosts() {
  local pool="" dir addr mode kind names key extra
  for dir in $(scenario_dirs); do
    scenario_load "$dir"
    pool+=" $MX_POOL"
  done
  mkdir -p "$RUN/postfix/conf" "$RUN/postfix/data" "$RUN/postfix/spool"
  chown postfix "$RUN/postfix/data"
  cat > "$RUN/postfix/conf/main.cf" <<CONF
compatibility_level = 3.6
queue_directory = $RUN/postfix/spool
data_directory = $RUN/postfix/data
maillog_file = $RUN/postfix/postfix.log
maillog_file_prefixes = $RUN/postfix
mail_owner = postfix
setgid_group = postdrop
myhostname = mx.e2e.test
mydomain = e2e.test
mydestination =
relay_domains =
local_recipient_maps =
alias_maps =
alias_database =
biff = no
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
mynetworks = 127.0.0.0/8
# Nothing is ever delivered: the checker only greets, asks for STARTTLS and quits.
smtpd_relay_restrictions = reject
smtpd_tls_security_level = may
smtpd_tls_protocols = >=TLSv1.2
smtpd_tls_loglevel = 1
CONF
  cat > "$RUN/postfix/conf/master.cf" <<'CONF'
pickup    unix  n       -       n       60      1       pickup
cleanup   unix  n       -       n       -       0       cleanup
qmgr      unix  n       -       n       300     1       qmgr
tlsmgr    unix  -       -       n       1000?   1       tlsmgr
rewrite   unix  -       -       n       -       -       trivial-rewrite
bounce    unix  -       -       n       -       0       bounce
defer     unix  -       -       n       -       0       bounce
trace     unix  -       -       n       -       0       bounce
verify    unix  -       -       n       -       1       verify
flush     unix  n       -       n       1000?   0       flush
proxymap  unix  -       -       n       -       -       proxymap
smtp      unix  -       -       n       -       -       smtp
relay     unix  -       -       n       -       -       smtp
showq     unix  n       -       n       -       -       showq
error     unix  -       -       n       -       -       error
retry     unix  -       -       n       -       -       error
discard   unix  -       -       n       -       -       discard
local     unix  -       n       n       -       -       local
anvil     unix  -       -       n       -       1       anvil
scache    unix  -       -       n       -       1       scache
postlog   unix-dgram n  -       n       -       1       postlogd
CONF
  SILENT_MX=()
  while read -r addr mode kind names; do
    [[ -z $addr || $addr == \#* ]] && continue
    names=${names//@pool/$pool}
    key=e2e_chain_${addr//./_}
    case $mode in
      starttls|starttls-tls1.1)
        # shellcheck disable=SC2086
        pki_leaf "mx-$addr" "$kind" $names
        echo "$key = $RUN/pki/mx-$addr.key, $RUN/pki/mx-$addr.crt" >> "$RUN/postfix/conf/main.cf"
        extra=""
        if [ "$mode" = starttls-tls1.1 ]; then
          # Only TLS 1.1; OpenSSL 3 refuses it at its default security level, level 0 allows it.
          echo "e2e_tls11_only = >=TLSv1.1, <=TLSv1.1" >> "$RUN/postfix/conf/main.cf"
          extra=" -o smtpd_tls_protocols=\$e2e_tls11_only -o tls_medium_cipherlist=DEFAULT:@SECLEVEL=0"
        fi
        echo "$addr:25 inet n - n - - smtpd -o smtpd_tls_chain_files=\$$key$extra" \
          >> "$RUN/postfix/conf/master.cf" ;;
      plain)
        echo "$addr:25 inet n - n - - smtpd -o smtpd_tls_security_level=none" \
          >> "$RUN/postfix/conf/master.cf" ;;
      silent) SILENT_MX+=("$addr") ;;
      *) echo "mx-listeners: unknown mode '$mode'" >&2; return 1 ;;
    esac
  done < "$E2E_DIR/mx-listeners"
}

# ---------------------------------------------------------------------------------------------
# Start and stop

record_pid() { echo "$1 $2" >> "$RUN/pids"; }

start_all() {
  local dir pid
  : > "$RUN/pids"
  knotd -c "$RUN/knot/knot.conf" > "$RUN/knot/knot.log" 2>&1 &
  record_pid knotd $!
  start_propagation_servers
  nginx -p "$RUN/nginx" -c "$RUN/nginx/nginx.conf" -g 'daemon off;' > "$RUN/nginx/stdout.log" 2>&1 &
  record_pid nginx $!
  # "postfix start" waits for the master to report its start-up status, then the master's PID
  # is read from its pid file. Postfix prints fatal errors only to a terminal: "script" gives it one.
  if ! script -qec "postfix -c $RUN/postfix/conf start" "$RUN/postfix/start.log" > /dev/null 2>&1; then
    echo "postfix failed to start:" >&2
    cat "$RUN/postfix/start.log" "$RUN/postfix/postfix.log" >&2 2>/dev/null
    return 1
  fi
  pid=$(tr -d ' ' < "$RUN/postfix/spool/pid/master.pid")
  record_pid postfix-master "$pid"
  for dir in $(scenario_dirs); do
    scenario_load "$dir"
    if [ "$SC_SERVES" = yes ] && [ "$POLICY_SERVER" = silent ]; then
      python3 "$E2E_DIR/silent-listener.py" "$POLICY_IP" 443 > "$RUN/silent-$POLICY_IP.log" 2>&1 &
      record_pid "silent-$POLICY_IP:443" $!
    fi
  done
  for addr in "${SILENT_MX[@]}"; do
    python3 "$E2E_DIR/silent-listener.py" "$addr" 25 > "$RUN/silent-$addr.log" 2>&1 &
    record_pid "silent-$addr:25" $!
  done
  wait_ready
}

# Every address:port the suite listens on (the DNS server, the policy hosts, the MX hosts).
all_endpoints() {
  local dir addr mode
  echo "$DNS_ADDR:53"
  echo "$PROP_NSD_ADDR:53"
  echo "$PROP_UNBOUND_ADDR:53"
  for dir in $(scenario_dirs); do
    scenario_load "$dir"
    [ "$SC_SERVES" = yes ] || continue
    echo "$POLICY_IP:443"
  done
  while read -r addr mode _; do
    [[ -z $addr || $addr == \#* ]] && continue
    echo "$addr:25"
  done < "$E2E_DIR/mx-listeners"
}

# Fails with the list of conflicting listeners when another program already holds one of our
# endpoints, or the same port on a wildcard address (which covers our loopback addresses too).
# Listeners on other addresses (e.g. a local stub resolver on 127.0.0.53:53) do not conflict.
check_ports_free() {
  local ours busy
  ours=$(all_endpoints)
  busy=$(ss -Hlntu 2>/dev/null | awk '{print $5}' | sort -u | while read -r local; do
    port=${local##*:}
    case $port in 53|443|25) ;; *) continue ;; esac
    case ${local%:*} in
      0.0.0.0|\*|\[::\]) echo "$local" ;;
      *) grep -qxF "$local" <<<"$ours" && echo "$local" ;;
    esac
  done)
  if [ -n "$busy" ]; then
    echo "e2e: these listeners are in the way, stop them first: $(echo $busy)" >&2
    return 1
  fi
}

# Waits until every server answers on every address it was configured for (10 s at most).
wait_ready() {
  local deadline=$((SECONDS + 10)) missing endpoint endpoints
  mapfile -t endpoints < <(all_endpoints)
  while :; do
    missing=()
    for endpoint in "${endpoints[@]}"; do
      if [ "$endpoint" = "$DNS_ADDR:53" ]; then
        kdig +short +time=1 +retry=0 "@$DNS_ADDR" SOA good.test 2>/dev/null | grep -q . || missing+=("$endpoint")
      else
        (exec 3<>"/dev/tcp/${endpoint%:*}/${endpoint#*:}") 2>/dev/null || missing+=("$endpoint")
      fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ $SECONDS -ge $deadline ]; then
      echo "e2e: servers not answering after 10 s: ${missing[*]}" >&2
      tail -n 20 "$RUN/knot/knot.log" "$RUN/nginx/error.log" "$RUN/nginx/stdout.log" \
        "$RUN/postfix/postfix.log" "$RUN/nsd/nsd.log" "$RUN/nsd/stdout.log" "$RUN/unbound/stdout.log" >&2 2>/dev/null
      return 1
    fi
    sleep 0.2
  done
}

# Stops every recorded server by PID: TERM, then KILL after 5 s.
stop_all() {
  local name pid i
  [ -f "$RUN/pids" ] || return 0
  while read -r name pid; do
    kill -TERM "$pid" 2>/dev/null || true
  done < "$RUN/pids"
  while read -r name pid; do
    for i in $(seq 1 50); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    if kill -0 "$pid" 2>/dev/null; then
      echo "$name ($pid) ignored TERM; killing" >&2
      kill -KILL "$pid" 2>/dev/null || true
    fi
  done < "$RUN/pids"
  rm -f "$RUN/pids"
}

# ---------------------------------------------------------------------------------------------
# Fixture self-check with independent clients (kdig, curl, openssl), before the app runs: a
# failure here means the test servers are wrong, not the app.

verify_fixtures() {
  local problems=() dir zone code out addr mode kind names first
  for zone in "$RUN"/knot/zones/*.zone; do
    zone=$(basename "$zone" .zone)
    kdig +short +time=2 +retry=0 "@$DNS_ADDR" SOA "$zone" | grep -q . || problems+=("DNS: no SOA for $zone")
  done
  kdig +short +norec +time=2 +retry=0 "@$PROP_NSD_ADDR" SOA "$PROP_ZONE" | grep -q " $PROP_OLD_SERIAL " \
    || problems+=("DNS: NSD on $PROP_NSD_ADDR does not serve $PROP_ZONE")
  for dir in $(scenario_dirs); do
    scenario_load "$dir"
    [ "$SC_SERVES" = yes ] && [ "$POLICY_SERVER" = nginx ] || continue
    # -k: several certificates are wrong on purpose; this only checks that nginx serves the site.
    # shellcheck disable=SC2086
    code=$(curl -sk $FIXTURE_CURL_OPTS --max-time 5 -o /dev/null -w '%{http_code}' \
      --resolve "mta-sts.$SC_DOMAIN:443:$POLICY_IP" "https://mta-sts.$SC_DOMAIN/.well-known/mta-sts.txt" || true)
    case $code in
      200|301|404) ;;
      *) problems+=("HTTPS: mta-sts.$SC_DOMAIN on $POLICY_IP answered '$code'") ;;
    esac
  done
  while read -r addr mode kind names; do
    [[ -z $addr || $addr == \#* ]] && continue
    case $mode in
      starttls|starttls-tls1.1)
        local tls=()
        [ "$mode" = starttls-tls1.1 ] && tls=(-tls1_1 -cipher DEFAULT:@SECLEVEL=0)
        # The handshake must really complete (exit status and negotiated protocol), not only
        # print a verify line.
        out=$(echo QUIT | timeout 10 openssl s_client -brief "${tls[@]}" -starttls smtp -connect "$addr:25" 2>&1) \
          && grep -q '^Protocol version: TLSv1\.[123]' <<<"$out" \
          || problems+=("SMTP: no complete STARTTLS handshake on $addr: $(tail -n 1 <<<"$out")") ;;
      plain)
        out=$(timeout 10 bash -c 'exec 3<>"/dev/tcp/$1/25"; printf "EHLO e2e.test\r\nQUIT\r\n" >&3; cat <&3' _ "$addr" 2>&1 || true)
        if ! grep -q '^220 ' <<<"$out" || grep -qi 'STARTTLS' <<<"$out"; then
          problems+=("SMTP: $addr should greet and offer no STARTTLS")
        fi ;;
    esac
  done < "$E2E_DIR/mx-listeners"
  if [ ${#problems[@]} -gt 0 ]; then
    printf 'e2e: fixture problem: %s\n' "${problems[@]}" >&2
    return 1
  fi
}

# Scenario loading. Each directory under src/e2e/scenarios is named NN-DOMAIN and holds:
#   zone         the zone's records (SOA and NS are added); a real zone served by Knot DNS
#   mta-sts.txt  the policy file (kept with LF in git; served with CRLF unless LINE_ENDINGS=lf)
#   scenario     bash variables, see scenario_load for the defaults
# A directory without a zone checks a domain served by another scenario (CHECK_ARG).

# scenario_load DIR: resets and sets the SC_* and scenario variables for one scenario.
scenario_load() {
  local dir=$1
  SC_DIR=$dir
  SC_DOMAIN=$(basename "$dir"); SC_DOMAIN=${SC_DOMAIN#*-}
  ABOUT=""
  POLICY_IP=""              # loopback address of mta-sts.DOMAIN (port 443)
  POLICY_SERVER=nginx       # nginx | silent (accepts, never answers)
  POLICY_CERT=valid         # valid | wrong-name | expired | untrusted
  LINE_ENDINGS=crlf         # crlf | lf
  CONTENT_TYPE=text/plain   # the media type nginx sends with the policy
  POLICY_PAD_BYTES=0        # pad the policy with extension lines up to this size
  NGINX_LOCATION=""         # replaces the body of "location = /.well-known/mta-sts.txt"
  NGINX_EXTRA=""            # more directives in the server block (@WWW@ = the site's folder)
  FIXTURE_CURL_OPTS=""      # extra curl options for the fixture self-check (e.g. an old TLS version)
  MX_POOL=""                # MX names served by the shared listener 127.0.2.10 (see mx-listeners)
  CHECK_ARG=""              # what to pass to "check" (default: the domain)
  EXPECT_VERDICT=""         # alternatives separated by |
  EXPECT_DOMAIN=""          # the report's "domain", when it must differ from CHECK_ARG
  EXPECT=()                 # id[@target]=STATUS[|STATUS...]
  MAX_SECONDS=30            # the check of this one domain must end within this many seconds
  DNSSEC=""                 # signed | bogus: Knot signs the zone (lib/dane.sh)
  RESOLVER=""               # the resolver to check through (default: Knot, $DNS_ADDR)
  TRUST_ANCHOR=no           # yes: check with --trust-anchor (the DNSSEC zones' anchors, lib/dane.sh)
  # shellcheck disable=SC1091
  source "$dir/scenario"
  CHECK_ARG=${CHECK_ARG:-$SC_DOMAIN}
  # A scenario without a zone serves nothing of its own: it checks another scenario's domain
  # (spelled differently, for example).
  SC_SERVES=no
  [ -f "$dir/zone" ] && SC_SERVES=yes
  return 0
}

scenario_dirs() {
  local d
  for d in "$E2E_DIR"/scenarios/[0-9]*-*/; do
    echo "${d%/}"
  done
}

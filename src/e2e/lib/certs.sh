# Throwaway PKI for the end-to-end suite, created at run time with openssl (nothing secret is
# committed). Sourced by run.sh; every file lands under "$RUN/pki".
#
#   CA.pem           the test root the app is told to trust (--ca-file)
#   rogue-ca.pem     a second root the app is NOT told about (for "untrusted" certificates)
#   <name>.key/.crt  leaf keys and certificates (crt = leaf followed by its issuer)

PKI_DAYS=30

pki_init() {
  mkdir -p "$RUN/pki/db/new"
  : > "$RUN/pki/db/index.txt"
  openssl rand -hex 16 > "$RUN/pki/db/serial"
  cat > "$RUN/pki/ca.cnf" <<CNF
[ ca ]
default_ca = e2e_ca

[ e2e_ca ]
database        = $RUN/pki/db/index.txt
new_certs_dir   = $RUN/pki/db/new
serial          = $RUN/pki/db/serial
default_md      = sha256
policy          = any_subject
unique_subject  = no
copy_extensions = none
email_in_dn     = no

[ any_subject ]
commonName = supplied

[ req ]
distinguished_name = dn
prompt             = no
[ dn ]
CN = unused

[ root ]
basicConstraints       = critical, CA:TRUE
keyUsage               = critical, keyCertSign, cRLSign
subjectKeyIdentifier   = hash

[ leaf ]
basicConstraints       = critical, CA:FALSE
keyUsage               = critical, digitalSignature
extendedKeyUsage       = serverAuth
subjectKeyIdentifier   = hash
authorityKeyIdentifier = keyid
subjectAltName         = \$ENV::E2E_SAN
CNF
  pki_root CA "MTA-STS Wizard e2e test root"
  pki_root rogue-ca "Untrusted e2e root"
}

# pki_root NAME CN: a self-signed P-256 root valid for PKI_DAYS.
pki_root() {
  local name=$1 cn=$2
  openssl ecparam -name prime256v1 -genkey -noout -out "$RUN/pki/$name.key" 2>/dev/null
  # (ca.cnf reads E2E_SAN from the environment for leaves; roots have no SAN of their own.)
  E2E_SAN=DNS:unused openssl req -new -x509 -config "$RUN/pki/ca.cnf" -extensions root -key "$RUN/pki/$name.key" \
    -subj "/CN=$cn" -days "$PKI_DAYS" -out "$RUN/pki/$name.pem" 2>/dev/null
  chmod 600 "$RUN/pki/$name.key"
}

# pki_leaf NAME KIND DNS-NAME...
#   KIND valid     signed by CA.pem, valid from yesterday for PKI_DAYS
#        expired   signed by CA.pem, validity ended in 2024 (RFC 8461 3.3 / 4: "unexpired")
#        untrusted signed by rogue-ca.pem, which the app is not told to trust
# The first name is also the subject CN; all of them go into subjectAltName (IP:ADDR as an address).
pki_leaf() {
  local name=$1 kind=$2; shift 2
  local cn=${1#IP:} san="" n issuer=CA dates
  for n in "$@"; do
    case $n in
      IP:*) san+="${san:+,}$n" ;;   # an address (the IMAP server is reached as 127.0.0.1)
      *) san+="${san:+,}DNS:$n" ;;
    esac
  done
  case $kind in
    valid|untrusted) dates=(-startdate "$(date -u -d yesterday +%Y%m%d%H%M%SZ)" -days "$PKI_DAYS") ;;
    expired) dates=(-startdate 20240101000000Z -enddate 20240201000000Z) ;;
    *) echo "pki_leaf: unknown kind '$kind'" >&2; return 1 ;;
  esac
  [ "$kind" = untrusted ] && issuer=rogue-ca
  openssl ecparam -name prime256v1 -genkey -noout -out "$RUN/pki/$name.key" 2>/dev/null
  chmod 600 "$RUN/pki/$name.key"
  E2E_SAN=$san openssl req -new -config "$RUN/pki/ca.cnf" -key "$RUN/pki/$name.key" -subj "/CN=$cn" \
    -out "$RUN/pki/$name.csr" 2>/dev/null
  E2E_SAN=$san openssl ca -batch -config "$RUN/pki/ca.cnf" -extensions leaf -notext \
    -cert "$RUN/pki/$issuer.pem" -keyfile "$RUN/pki/$issuer.key" "${dates[@]}" \
    -in "$RUN/pki/$name.csr" -out "$RUN/pki/$name.leaf" 2>"$RUN/pki/$name.err" \
    || { cat "$RUN/pki/$name.err" >&2; return 1; }
  cat "$RUN/pki/$name.leaf" "$RUN/pki/$issuer.pem" > "$RUN/pki/$name.crt"
  rm -f "$RUN/pki/$name.csr" "$RUN/pki/$name.err" "$RUN/pki/$name.leaf"
}

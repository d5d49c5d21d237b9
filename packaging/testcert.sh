#!/usr/bin/env bash
# Makes a self-signed code-signing certificate for trying packaging/sign.sh:
#   packaging/testcert.sh [DIR]        (default build/sign; never commit it)
# and prints the environment to use it. Windows will not trust it.
set -euo pipefail
dir=${1:-build/sign}
mkdir -p "$dir"
openssl req -x509 -newkey rsa:3072 -sha256 -days 30 -nodes \
	-subj "/CN=Quotebench test signing/O=Quotebench developers" \
	-addext "keyUsage=critical,digitalSignature" \
	-addext "extendedKeyUsage=codeSigning" \
	-keyout "$dir/test.key" -out "$dir/test.crt" 2>/dev/null
chmod 600 "$dir/test.key"
echo "export QB_SIGN_CERT=$dir/test.crt QB_SIGN_KEY=$dir/test.key QB_SIGN_CAFILE=$dir/test.crt"

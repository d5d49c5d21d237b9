#!/usr/bin/env bash
# Signs Windows executables and MSIs with Authenticode (osslsigncode), in place.
#   packaging/sign.sh FILE...
# Environment:
#   QB_SIGN_CERT  certificate (chain), PEM or DER; required
#   QB_SIGN_KEY   its private key, PEM or DER; required
#   QB_SIGN_PASS  the key's password, if it has one (passed on a pipe, not argv)
#   QB_SIGN_TS    RFC 3161 timestamp server URL, e.g. http://timestamp.digicert.com
#                 (needs internet; without it signatures expire with the certificate)
# After signing each file is verified; the chain is checked against
# QB_SIGN_CAFILE if set (for a self-signed test certificate: the certificate).
# Keys never belong in git: keep them outside the tree or under build/.
set -euo pipefail

: "${QB_SIGN_CERT:?set QB_SIGN_CERT to the code-signing certificate}"
: "${QB_SIGN_KEY:?set QB_SIGN_KEY to its private key}"
for f in "$QB_SIGN_CERT" "$QB_SIGN_KEY"; do
	[ -r "$f" ] || { echo "sign: cannot read $f" >&2; exit 1; }
done

for f in "$@"; do
	[ -f "$f" ] || { echo "sign: $f: no such file" >&2; exit 1; }
	args=(sign -certs "$QB_SIGN_CERT" -key "$QB_SIGN_KEY" -h sha256
		-n "Quotebench" -i "https://github.com/quotebench/quotebench")
	[ -n "${QB_SIGN_TS:-}" ] && args+=(-ts "$QB_SIGN_TS")
	tmp="$f.signing"
	rm -f "$tmp"
	if [ -n "${QB_SIGN_PASS:-}" ]; then
		osslsigncode "${args[@]}" -readpass <(printf '%s' "$QB_SIGN_PASS") -in "$f" -out "$tmp" >/dev/null
	else
		osslsigncode "${args[@]}" -in "$f" -out "$tmp" >/dev/null
	fi
	mv "$tmp" "$f"
	if [ -n "${QB_SIGN_CAFILE:-}" ]; then
		osslsigncode verify -CAfile "$QB_SIGN_CAFILE" -in "$f" >"$f.verify.log" 2>&1 ||
			{ cat "$f.verify.log" >&2; echo "sign: $f: verification failed" >&2; exit 1; }
		rm -f "$f.verify.log"
	fi
	echo "sign: signed $f"
done

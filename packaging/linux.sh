#!/usr/bin/env bash
# Builds the Linux artifacts into dist/: the `fyne package -os linux` .tar.xz
# (binary, .desktop, icon and a Makefile for `make user-install`), and a .deb
# and .rpm made with nfpm from the same binary, with the desktop file, hicolor
# icons, AppStream metainfo and the .quotebench MIME type.
. "$(dirname "$0")/common.sh"

t0=$(date +%s)
ensure_tools nfpm
stage_sources linux
lin="$stage/linux"
rm -rf "$lin" && mkdir -p "$lin/icons"

t=$(date +%s)
fyne_package linux
base="quotebench-$QB_APP_VERSION${QB_PRERELEASE:+-$QB_PRERELEASE}-linux-amd64"
mv "$src/cmd/quotebench/Quotebench.tar.xz" "$dist/$base.tar.xz"
echo "package: fyne package -os linux: $(elapsed "$t") s"

# The .deb and .rpm carry the very binary of the archive (stripped, built
# with -trimpath and the version).
mkdir -p "$lin/tar"
tar -xJf "$dist/$base.tar.xz" -C "$lin/tar" --wildcards --no-anchored 'bin/quotebench'
find "$lin/tar" -type f -path '*/bin/quotebench' -exec mv {} "$lin/quotebench" \;
rm -rf "$lin/tar"
got=$("$lin/quotebench" --version 2>&1 || true)
[ "$got" = "quotebench $QB_VERSION" ] || { echo "package: binary says \"$got\", want \"quotebench $QB_VERSION\"" >&2; exit 1; }

for s in 16 22 24 32 48 64 128 256 512; do
	mkdir -p "$lin/icons/${s}x$s/apps"
	rsvg-convert -w "$s" -h "$s" assets/icon.svg -o "$lin/icons/${s}x$s/apps/io.github.quotebench.Quotebench.png"
done

license=$(sed -n 's/^license: *//p' packaging/linux/nfpm.yaml)
cat >"$lin/copyright" <<EOT
Quotebench $QB_VERSION
https://github.com/quotebench/quotebench
Licence: $license (/usr/share/doc/quotebench/LICENSE)
Third-party licences (Go modules, GeoNames CC BY 4.0, Wikidata CC0):
/usr/share/doc/quotebench/THIRD_PARTY_NOTICES.txt
EOT
go run ./packaging/notices -o "$lin/THIRD_PARTY_NOTICES.txt"

t=$(date +%s)
for p in deb rpm; do
	"$tools/nfpm" pkg -f packaging/linux/nfpm.yaml -p "$p" -t "$dist/"
done
echo "package: nfpm deb+rpm: $(elapsed "$t") s"
echo "package: done in $(elapsed "$t0") s"
ls -l "$dist"

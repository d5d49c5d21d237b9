#!/usr/bin/env bash
# Builds the Windows artifacts into dist/: the GUI exe (fyne package -os
# windows: icon, version info, manifest), an NSIS setup and an MSI (wixl).
# With QB_SIGN_CERT and QB_SIGN_KEY set (see packaging/sign.sh), signs the
# exe before it goes into the installers, then the setup and the MSI.
# Cross-compiled with mingw-w64; needs the packages from `make package-deps`.
. "$(dirname "$0")/common.sh"

t0=$(date +%s)
ensure_tools
stage_sources windows
win="$stage/windows"
rm -rf "$win" && mkdir -p "$win"

t=$(date +%s)
(
	export CC=x86_64-w64-mingw32-gcc CXX=x86_64-w64-mingw32-g++ GOARCH=amd64 CGO_ENABLED=1
	fyne_package windows
)
mv "$src/cmd/quotebench/Quotebench.exe" "$win/quotebench.exe"
echo "package: fyne package -os windows: $(elapsed "$t") s"
file "$win/quotebench.exe" | grep -q 'PE32+ executable (GUI) x86-64' ||
	{ file "$win/quotebench.exe" >&2; echo "package: quotebench.exe is not a PE32+ GUI executable" >&2; exit 1; }

signing=""
if [ -n "${QB_SIGN_CERT:-}" ] || [ -n "${QB_SIGN_KEY:-}" ]; then
	signing=1
	packaging/sign.sh "$win/quotebench.exe"
else
	echo "package: QB_SIGN_CERT/QB_SIGN_KEY not set: the Windows artifacts are not signed"
fi

# Icon for the installers (the exe carries its own, from fyne package).
for s in 16 24 32 48 64 256; do
	rsvg-convert -w "$s" -h "$s" assets/icon.svg -o "$win/icon-$s.png"
done
convert "$win"/icon-{16,24,32,48,64,256}.png "$win/quotebench.ico"

# The licence and the third-party notices go beside the exe.
cp LICENSE "$win/LICENSE.txt"
go run ./packaging/notices -o "$win/THIRD_PARTY_NOTICES.txt"

base="quotebench-$QB_APP_VERSION${QB_PRERELEASE:+-$QB_PRERELEASE}-windows-amd64"
cp "$win/quotebench.exe" "$dist/$base.exe"

t=$(date +%s)
makensis -V2 -DVERSION="$QB_APP_VERSION" -DVERSION4="$QB_APP_VERSION.$QB_APP_BUILD" \
	-DDISPLAYVERSION="$QB_VERSION" -DEXE="$win/quotebench.exe" -DICON="$win/quotebench.ico" \
	-DLICENSEFILE="$win/LICENSE.txt" -DNOTICES="$win/THIRD_PARTY_NOTICES.txt" \
	-DOUTFILE="$dist/$base-setup.exe" packaging/windows/quotebench.nsi
echo "package: NSIS setup: $(elapsed "$t") s"

t=$(date +%s)
# wixl resolves Source paths against the current folder and rejects absolute ones.
next_version=$(echo "$QB_APP_VERSION" | awk -F. '{ printf "%d.%d.%d", $1, $2, $3 + 1 }')
(cd "$win" && wixl -a x64 -D Version="$QB_APP_VERSION" -D NextVersion="$next_version" -D DisplayVersion="$QB_VERSION" \
	-D Exe=quotebench.exe -D Icon=quotebench.ico -D License=LICENSE.txt -D Notices=THIRD_PARTY_NOTICES.txt \
	-o "$dist/$base.msi" "$root/packaging/windows/quotebench.wxs")
echo "package: MSI: $(elapsed "$t") s"

if [ -n "$signing" ]; then
	packaging/sign.sh "$dist/$base-setup.exe" "$dist/$base.msi"
fi
echo "package: done in $(elapsed "$t0") s"
ls -l "$dist/$base"*

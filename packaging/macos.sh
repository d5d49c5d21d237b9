#!/usr/bin/env bash
# Builds Quotebench.app (fyne package -os darwin) and a .dmg into dist/.
# Runs only on macOS with Xcode's command line tools (cgo needs Apple's clang
# and SDK): the release workflow runs it on a GitHub macos-latest runner. It
# has never run on the Linux machine this project is developed on.
#   GOARCH=arm64|amd64 packaging/macos.sh
# The bundle is signed ad hoc (codesign -s -), not with a Developer ID, and is
# not notarized: Gatekeeper asks the user to confirm the first start (see
# docs/install.md). Set QB_MAC_IDENTITY to a Developer ID to sign with it.
. "$(dirname "$0")/common.sh"

[ "$(uname -s)" = Darwin ] || { echo "package: the macOS build needs macOS (Apple clang and SDK)" >&2; exit 1; }
arch=${GOARCH:-$(go env GOARCH)}
export GOARCH=$arch CGO_ENABLED=1

t0=$(date +%s)
ensure_tools
stage_sources darwin
mac="$stage/macos-$arch"
rm -rf "$mac" && mkdir -p "$mac/dmg"

fyne_package darwin
mv "$src/cmd/quotebench/Quotebench.app" "$mac/dmg/Quotebench.app"
codesign --force --deep --options runtime --sign "${QB_MAC_IDENTITY:--}" "$mac/dmg/Quotebench.app"
codesign --verify --verbose "$mac/dmg/Quotebench.app"
"$mac/dmg/Quotebench.app/Contents/MacOS/quotebench" --version

ln -s /Applications "$mac/dmg/Applications"
# The licence and the third-party notices travel beside the app.
cp LICENSE "$mac/dmg/LICENSE.txt"
go run ./packaging/notices -o "$mac/dmg/THIRD_PARTY_NOTICES.txt"
base="quotebench-$QB_APP_VERSION${QB_PRERELEASE:+-$QB_PRERELEASE}-macos-$arch"
rm -f "$dist/$base.dmg"
hdiutil create -volname Quotebench -srcfolder "$mac/dmg" -fs HFS+ -format UDZO -ov "$dist/$base.dmg"
(cd "$mac/dmg" && ditto -c -k --keepParent Quotebench.app "$dist/$base.app.zip")
echo "package: done in $(elapsed "$t0") s"
ls -l "$dist/$base"*

#!/bin/sh
# Installs what building and testing Quotebench needs on Debian/Ubuntu:
# the C toolchain and the X11/OpenGL/Wayland headers Fyne compiles against,
# and a Go toolchain new enough for go.mod. Safe to run again: it installs only
# what is absent. Usage: scripts/deps.sh [--lint] [extra-package...]
# --lint also installs staticcheck (scripts/test runs it).
set -eu
cd "$(dirname "$0")/.."
lint=""
if [ "${1:-}" = "--lint" ]; then
	lint=1
	shift
fi

pkgs="gcc libc6-dev pkg-config libgl1-mesa-dev libx11-dev libxcursor-dev libxrandr-dev
libxinerama-dev libxi-dev libxxf86vm-dev libwayland-dev libxkbcommon-dev ca-certificates git $*"

. scripts/env.sh
if ! command -v go >/dev/null 2>&1; then
	pkgs="$pkgs golang-go"
fi

missing=""
for p in $pkgs; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done

if [ -n "$missing" ]; then
	if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
	echo "deps: installing system packages:$missing"
	$sudo apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
	echo "deps: system packages installed"
else
	echo "deps: system packages present"
fi

# Go: the distribution's Go may be older than go.mod needs (Debian 12 has
# 1.19, which cannot switch toolchains by itself). Fetch the release toolchain
# go.mod names from the Go module proxy, the way GOTOOLCHAIN=auto does.
. scripts/env.sh
want=$(sed -n 's/^go \([0-9.]*\).*/\1/p' go.mod)
have=$(go env GOVERSION 2>/dev/null | sed 's/^go//')
if [ "$(printf '%s\n%s\n' "$want" "$have" | sort -V | head -n1)" != "$want" ]; then
	arch=$(dpkg --print-architecture)
	mod="golang.org/toolchain@v0.0.1-go$want.linux-$arch"
	echo "deps: Go $have is older than go.mod's $want; fetching $mod through the module proxy"
	tmp=$(mktemp -d)
	(cd "$tmp" && printf 'module tmp\n' >go.mod && GOFLAGS=-mod=mod go mod download "$mod")
	rm -rf "$tmp"
	# The module cache keeps files read-only and not executable; make the
	# toolchain's programs runnable, as the go command does when it switches.
	dir=$(ls -d "$(go env GOMODCACHE)/golang.org/toolchain@v0.0.1-go$want.linux-$arch")
	chmod u+w "$dir" "$dir/bin" "$dir/pkg/tool"/* 2>/dev/null || true
	chmod +x "$dir/bin"/* "$dir/pkg/tool"/*/*
	echo "deps: Go $want ready in $dir/bin"
fi

# staticcheck, pinned. v0.8.2 (2026.2.2) understands the Go this project
# builds with; building it needs Go 1.26, which an older go fetches through
# the module proxy (GOTOOLCHAIN=auto) for this one install.
if [ -n "$lint" ]; then
	. scripts/env.sh
	sc_version=v0.8.2
	gobin=$(go env GOBIN)
	[ -n "$gobin" ] || gobin="$(go env GOPATH)/bin"
	if ! "$gobin/staticcheck" -version 2>/dev/null | grep -q "(${sc_version#v})"; then
		echo "deps: installing staticcheck $sc_version into $gobin"
		GOFLAGS= GOTOOLCHAIN=auto go install "honnef.co/go/tools/cmd/staticcheck@$sc_version"
	else
		echo "deps: staticcheck $sc_version present"
	fi
fi

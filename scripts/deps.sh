#!/bin/sh
# Installs what building and testing Quotebench needs on Debian/Ubuntu:
# the C toolchain and the X11/OpenGL/Wayland headers Fyne compiles against,
# and Go when it is missing. Safe to run again: it installs only what is absent.
# Usage: scripts/deps.sh [extra-package...]
set -eu

pkgs="gcc libc6-dev pkg-config libgl1-mesa-dev libx11-dev libxcursor-dev libxrandr-dev
libxinerama-dev libxi-dev libxxf86vm-dev libwayland-dev libxkbcommon-dev $*"

missing=""
for p in $pkgs; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if ! command -v go >/dev/null 2>&1 && [ ! -x /usr/local/go/bin/go ]; then
	missing="$missing golang-go"
fi

if [ -n "$missing" ]; then
	if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
	echo "deps: installing system packages:$missing"
	$sudo apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
	echo "deps: done"
else
	echo "deps: system packages present"
fi

# Sourced by the packaging scripts (bash). Computes the version numbers and
# stages the sources for `fyne package`; see the comment in FyneApp.toml.
#
# Environment:
#   QB_SOURCE=worktree (default) packages the working tree's tracked and
#             untracked-but-not-ignored files, like `make build` would;
#   QB_SOURCE=HEAD    packages the last commit (git archive), for releases.
set -euo pipefail

root=$(git rev-parse --show-toplevel)
cd "$root"
. scripts/env.sh

stage="$root/build/stage"
dist="$root/dist"
tools="$root/build/tools"
mkdir -p "$dist" "$tools"

QB_SOURCE=${QB_SOURCE:-worktree}

# The numbers below are computed once: a caller (packaging/all.sh for `make
# package`) that already exported them passes them on, so every artifact of
# one run carries the same version even if a commit lands in between.
if [ -z "${QB_VERSION:-}" ]; then
	# version: what `quotebench --version` prints (git describe, as in the Makefile).
	if [ "$QB_SOURCE" = HEAD ]; then
		version=$(git describe --tags --always 2>/dev/null || echo dev)
	else
		version=$(git describe --tags --always --dirty 2>/dev/null || echo dev)
	fi
	# app_version: the x.y.z that installers and version resources need: the newest
	# vX.Y.Z tag reachable from HEAD, else Version from FyneApp.toml.
	app_version=$(git describe --tags --abbrev=0 --match 'v[0-9]*.[0-9]*.[0-9]*' 2>/dev/null | sed 's/^v//' || true)
	if [ -z "$app_version" ]; then
		app_version=$(sed -n 's/^Version *= *"\([0-9.]*\)".*/\1/p' FyneApp.toml | head -1)
	fi
	# app_build: increases with every commit; fyne puts it into the Windows version
	# resource (x.y.z.build) and the macOS CFBundleVersion.
	app_build=$(git rev-list --count HEAD 2>/dev/null || echo 1)
	# pkg_prerelease: empty on an exact release tag, else "git<count>.<hash>" so
	# that distribution packages of untagged builds sort before the release.
	if git describe --tags --exact-match --match "v$app_version" >/dev/null 2>&1 && [ "$version" = "v$app_version" ]; then
		pkg_prerelease=""
	else
		pkg_prerelease="git$app_build.$(git rev-parse --short HEAD 2>/dev/null || echo 0)"
	fi
	export QB_VERSION="$version" QB_APP_VERSION="$app_version" QB_APP_BUILD="$app_build" QB_PRERELEASE="$pkg_prerelease"
fi

# stage_sources OS copies the sources into build/stage/src-OS (one copy per
# target, so that Linux and Windows builds can run at the same time) and puts
# FyneApp.toml beside the main package, with its icon path made relative to
# that place. It sets $src to the copy's root and holds a lock on it until the
# script ends, so that a second run for the same target stops at once.
stage_sources() {
	src="$stage/src-$1"
	mkdir -p "$stage"
	if command -v flock >/dev/null 2>&1; then
		exec 9>"$stage/$1.lock"
		flock -n 9 || { echo "package: another $1 package build is running (lock $stage/$1.lock)" >&2; exit 1; }
	fi
	rm -rf "$src"
	mkdir -p "$src"
	if [ "$QB_SOURCE" = HEAD ]; then
		git archive --format=tar HEAD | tar -x -C "$src"
	else
		git ls-files -z --cached --others --exclude-standard |
			while IFS= read -r -d '' f; do [ -f "$f" ] && printf '%s\0' "$f"; done |
			tar --null -T - -cf - | tar -x -C "$src"
	fi
	sed 's|^Icon *= *"assets/icon.png"|Icon = "../../assets/icon.png"|' FyneApp.toml \
		>"$src/cmd/quotebench/FyneApp.toml"
	grep -q '^Icon = "../../assets/icon.png"' "$src/cmd/quotebench/FyneApp.toml" || {
		echo "package: FyneApp.toml: expected Icon = \"assets/icon.png\"" >&2
		return 1
	}
}

# ensure_tools installs the fyne CLI (and nfpm for Linux) into build/tools,
# built for this machine outside our module: `go tool fyne` would compile the
# tool with the cross-compiling CC/GOOS of the Windows build, and our go.sum
# lacks the tool's own dependencies.
ensure_tools() {
	if [ ! -x "$tools/fyne" ]; then
		(cd /tmp && CC= GOOS= GOARCH= GOFLAGS= GOBIN="$tools" go install fyne.io/tools/cmd/fyne@v1.7.4)
	fi
	if [ "${1:-}" = nfpm ] && [ ! -x "$tools/nfpm" ]; then
		(cd /tmp && CC= GOOS= GOARCH= GOFLAGS= GOBIN="$tools" go install github.com/goreleaser/nfpm/v2/cmd/nfpm@v2.45.2)
	fi
}

# fyne_package runs `fyne package` for one OS in the staged main
# package. GOFLAGS carries the version ldflags: fyne 1.7.4 has no --ldflags
# flag but moves -ldflags= entries of GOFLAGS onto its `go build` (and adds
# -s -w, -trimpath and the tags release and migrated_fynedo for --release).
fyne_package() {
	local os=$1
	(
		cd "$src/cmd/quotebench"
		GOFLAGS="-buildvcs=false -ldflags=-X=main.version=$QB_VERSION" \
			"$tools/fyne" package -os "$os" --release --tags sqlite_fts5 \
			--app-version "$QB_APP_VERSION" --app-build "$QB_APP_BUILD"
	)
}

# elapsed prints seconds since the given date +%s.
elapsed() { echo $(($(date +%s) - $1)); }

# Sourced by the scripts: puts Go on the PATH and sets the build tags.
# Go >= 1.21 fetches the toolchain go.mod asks for by itself (GOTOOLCHAIN=auto).
if ! command -v go >/dev/null 2>&1 && [ -x /usr/local/go/bin/go ]; then
	PATH="/usr/local/go/bin:$PATH"
fi
export PATH
export CGO_ENABLED=1
GOFLAGS="${GOFLAGS:-} -tags=sqlite_fts5"
export GOFLAGS

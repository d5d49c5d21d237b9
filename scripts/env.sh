# Sourced by the scripts: finds a Go toolchain and sets the build tags.
# Order: a go on PATH, /usr/local/go, then a release toolchain that
# scripts/deps.sh fetched into the module cache (newest first).
if ! command -v go >/dev/null 2>&1 && [ -x /usr/local/go/bin/go ]; then
	PATH="/usr/local/go/bin:$PATH"
fi
if command -v go >/dev/null 2>&1; then
	_qb_want=$(sed -n 's/^go \([0-9.]*\).*/\1/p' go.mod 2>/dev/null)
	_qb_have=$(go env GOVERSION 2>/dev/null | sed 's/^go//')
	if [ -n "$_qb_want" ] && [ "$(printf '%s\n%s\n' "$_qb_want" "$_qb_have" | sort -V | head -n1)" != "$_qb_want" ]; then
		_qb_tc=$(ls -d "$(go env GOMODCACHE)"/golang.org/toolchain@v0.0.1-go"$_qb_want".*/bin 2>/dev/null | head -n1)
		[ -n "$_qb_tc" ] && PATH="$_qb_tc:$PATH"
	fi
	unset _qb_want _qb_have _qb_tc
fi
export PATH
export CGO_ENABLED=1
# sqlite_fts5: full-text search. migrated_fynedo: what `fyne package` adds for
# FyneApp.toml's fyneDo migration, so development builds and tests run the
# same Fyne as the packages (its internal locks are off: UI work must be on the
# UI goroutine, handed over with fyne.Do).
case " ${GOFLAGS:-} " in *sqlite_fts5*) ;; *) GOFLAGS="${GOFLAGS:-} -tags=sqlite_fts5,migrated_fynedo" ;; esac
export GOFLAGS

#!/bin/sh
# bench/compromise/run.sh: our full detection against the compromise npm
# library on the same articles, one core each, several runs; prints the
# median throughput of both and the ratio. Run it as `make bench-compromise`.
#
#   RUNS=5 N=1000 CORPUS=../shared/corpus/polnear/train.jsonl bench/compromise/run.sh
#
# Needs node and npm (not part of scripts/test). compromise is installed with
# npm into build/compromise (git-ignored); nothing of it is committed.
# N: how many articles (with CORPUS, N=0 takes them all); CPU: the core to pin.
set -eu
cd "$(dirname "$0")/../.."
VERSION=${COMPROMISE_VERSION:-14.18.0}
RUNS=${RUNS:-5}
N=${N:-1000}
CORPUS=${CORPUS:-}
DIR=build/compromise
CPU=${CPU:-0}

command -v node >/dev/null && command -v npm >/dev/null || { echo "bench-compromise: needs node and npm" >&2; exit 1; }
if [ "$(node -p "JSON.parse(require('fs').readFileSync('$DIR/node_modules/compromise/package.json')).version" 2>/dev/null)" != "$VERSION" ]; then
	npm install --prefix "$DIR" --no-save --no-package-lock --no-audit --no-fund "compromise@$VERSION" >&2
fi
. scripts/env.sh
mkdir -p "$DIR"
go build -o "$DIR/bench-quotebench" ./bench/compromise
if [ -n "$CORPUS" ]; then
	"$DIR/bench-quotebench" -write "$DIR/articles.jsonl" -n "$N" -corpus "$CORPUS"
else
	"$DIR/bench-quotebench" -write "$DIR/articles.jsonl" -n "$N"
fi
PIN=""
command -v taskset >/dev/null && PIN="taskset -c $CPU"
echo "compromise $VERSION vs quotebench detect, $(wc -l <"$DIR/articles.jsonl") articles${CORPUS:+ from $CORPUS}, $RUNS runs, one core${PIN:+ ($PIN)}"
echo "load before: $(uptime)"
: >"$DIR/results.jsonl"
i=1
while [ "$i" -le "$RUNS" ]; do
	GOMAXPROCS=1 $PIN "$DIR/bench-quotebench" -time "$DIR/articles.jsonl" >"$DIR/run.json"
	cat "$DIR/run.json" >>"$DIR/results.jsonl" && cat "$DIR/run.json"
	COMPROMISE_DIR="$DIR/node_modules" $PIN node bench/compromise/compromise.mjs "$DIR/articles.jsonl" >"$DIR/run.json"
	cat "$DIR/run.json" >>"$DIR/results.jsonl" && cat "$DIR/run.json"
	i=$((i + 1))
done
echo "load after: $(uptime)"
node bench/compromise/summary.mjs "$DIR/results.jsonl"

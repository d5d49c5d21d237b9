# Detector targets (issue 3). The corpora live in ../shared; the targets
# fail with a clear message when it is absent.
SHARED ?= ../shared
QB := . scripts/env.sh && go run ./cmd/quotebench

.PHONY: eval eval-sample eval-polnear bench-detect fuzz-detect
eval: eval-sample eval-polnear

eval-sample:
	@test -d $(SHARED)/corpus/sample || { echo "eval: $(SHARED)/corpus/sample not found"; exit 1; }
	$(QB) eval --gold $(SHARED)/corpus/sample/putin-xi-2022-12-30.gold.jsonl

# PolNeAR dev is for measurement; look at errors on train only.
eval-polnear:
	@test -d $(SHARED)/corpus/polnear || { echo "eval: $(SHARED)/corpus/polnear not found"; exit 1; }
	$(QB) eval --gold $(SHARED)/corpus/polnear/dev.jsonl

bench-detect:
	. scripts/env.sh && go test -run '^$$' -bench 'Detect' -benchmem -cpu 1 ./detect/

fuzz-detect:
	. scripts/env.sh && go test -run '^$$' -fuzz FuzzDetect -fuzztime 60s ./detect/

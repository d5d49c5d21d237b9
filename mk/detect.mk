# Detector targets (issue 3). The corpora live in ../shared; the targets
# fail with a clear message when it is absent.
SHARED ?= ../shared
QB := . scripts/env.sh && go run ./cmd/quotebench

.PHONY: eval eval-sample eval-polnear eval-tune attr-model bench-detect fuzz-detect
eval: eval-sample eval-polnear

eval-sample:
	@test -d $(SHARED)/corpus/sample || { echo "eval: $(SHARED)/corpus/sample not found"; exit 1; }
	$(QB) eval --gold $(SHARED)/corpus/sample/putin-xi-2022-12-30.gold.jsonl

# PolNeAR dev is reported once, at the end of a round of work; every rule,
# feature and threshold is chosen on the tune split of train (eval-tune).
eval-polnear:
	@test -d $(SHARED)/corpus/polnear || { echo "eval: $(SHARED)/corpus/polnear not found"; exit 1; }
	$(QB) eval --scope all --gold $(SHARED)/corpus/polnear/dev.jsonl

# The tuning split: the last 100 articles of PolNeAR train (eval.Split).
eval-tune:
	@test -d $(SHARED)/corpus/polnear || { echo "eval: $(SHARED)/corpus/polnear not found"; exit 1; }
	$(QB) eval --scope all --split tune --gold $(SHARED)/corpus/polnear/train.jsonl

# The attribution model (assets/attr): trained on train minus tune, its
# threshold chosen and its calibration measured on tune. Deterministic.
attr-model:
	@test -d $(SHARED)/corpus/polnear || { echo "attr-model: $(SHARED)/corpus/polnear not found"; exit 1; }
	. scripts/env.sh && go run ./cmd/attrtrain -shared $(SHARED) -out assets/attr

# BenchmarkDetectNews is the honest speed (840 varied news articles; needs
# ../shared); BenchmarkDetect repeats the sample article and overstates it.
bench-detect:
	. scripts/env.sh && go test -run '^$$' -bench 'Detect' -benchmem -cpu 1 ./detect/

fuzz-detect:
	. scripts/env.sh && go test -run '^$$' -fuzz FuzzDetect -fuzztime 60s -fuzzminimizetime 5s ./detect/

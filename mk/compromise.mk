# Speed against the compromise npm library (issue 15): our full detection and
# compromise's tagging + quotations/people/places/organizations over the same
# articles, one core each, median of RUNS. Needs node and npm; not part of
# scripts/test. make bench-compromise [RUNS=5] [N=1000] [CORPUS=../shared/corpus/polnear/train.jsonl]
.PHONY: bench-compromise
bench-compromise:
	RUNS=$(or $(RUNS),5) N=$(or $(N),1000) CORPUS=$(CORPUS) nice -n 10 bench/compromise/run.sh

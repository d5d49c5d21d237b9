# Entity tagger (detect/ner) and syntax (detect/syntax): rebuild the
# embedded weights and gazetteer from ../shared, and score them on CoNLL
# eng.testa and the sample article.
SHARED ?= ../shared
.PHONY: assets ner-assets syntax-assets ner-eval ner-tune syntax-tune syntax-eval ner-bench
# The syntax model uses the word clusters ner-assets learns: it comes second.
assets: ner-assets
	$(MAKE) syntax-assets
ner-assets:
	$(GO) run ./cmd/nertrain -shared $(SHARED) -out assets/ner
syntax-assets:
	$(GO) run ./cmd/syntaxtrain -shared $(SHARED) -out assets/syntax
ner-eval:
	$(GO) run ./cmd/nertrain -shared $(SHARED) -out assets/ner -eval-only
# The entity tagger's protocol (README, "Protocol"): mean strict F1 of three
# trainings (seeds 1-3) on the frozen tune split (fold 1, the last tenth of
# eng.train's documents) and on the second fold (the tenth before it).
# NERFLAGS passes options to compare, e.g. NERFLAGS=-twopass=false.
ner-tune:
	$(GO) run ./cmd/nertrain -shared $(SHARED) -tune -fold 1 -seeds 3 $(NERFLAGS)
	$(GO) run ./cmd/nertrain -shared $(SHARED) -tune -fold 2 -seeds 3 $(NERFLAGS)
# Train on the first 90% of eng.train's documents, score the last 10%.
syntax-tune:
	$(GO) run ./cmd/syntaxtrain -shared $(SHARED) -tune
syntax-eval:
	$(GO) run ./cmd/syntaxtrain -shared $(SHARED) -out assets/syntax -testa
ner-bench:
	$(GO) test -run '^$$' -bench Tag -benchmem ./detect/ner
	$(GO) test -run '^$$' -bench Analyze -cpu 1 ./detect/syntax

# Entity tagger (detect/ner): rebuild the embedded weights and gazetteer
# from ../shared, and score them on CoNLL eng.testa and the sample article.
SHARED ?= ../shared
.PHONY: assets ner-eval ner-bench
assets:
	$(GO) run ./cmd/nertrain -shared $(SHARED) -out assets/ner
ner-eval:
	$(GO) run ./cmd/nertrain -shared $(SHARED) -out assets/ner -eval-only
ner-bench:
	$(GO) test -run '^$$' -bench Tag -benchmem ./detect/ner

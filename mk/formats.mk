# Exchange formats (formats): fuzz every importer, benchmark the export.
# make fuzz-formats FUZZTIME=30s    make bench-formats
FUZZTIME ?= 30s
FORMATS_FUZZ := jsonl:FuzzRead brat:FuzzDecode spacy:FuzzDecode labelstudio:FuzzDecode doccano:FuzzDecode

.PHONY: fuzz-formats bench-formats
fuzz-formats:
	@for t in $(FORMATS_FUZZ); do \
		pkg=$${t%%:*}; fn=$${t##*:}; \
		echo "fuzz $$pkg $$fn ($(FUZZTIME))"; \
		$(GO) test -run '^$$' -fuzz "^$$fn$$" -fuzztime $(FUZZTIME) -parallel 1 ./formats/$$pkg/ || exit 1; \
	done
bench-formats:
	$(GO) test -run '^$$' -bench ExportJSONL -benchtime 1x -benchmem ./formats/jsonl/

# Load a brat export with brat's own annotation.py and verify_annotations.py
# (brat is fetched into build/brat, never committed): the bundled sample and a
# document with CRLF, tabs, double spaces, emoji, CJK and combining marks.
# make brat-check [BRAT_REPO=path-or-url]
BRAT_REPO ?= https://github.com/nlplab/brat.git
.PHONY: brat-check
brat-check:
	@set -e; b=build/brat-check; rm -rf $$b; mkdir -p $$b/in build; \
	if [ ! -d build/brat/server/src ]; then \
		rm -rf build/brat; mkdir -p build/brat; \
		if [ -d "$(BRAT_REPO)" ]; then git -C "$(BRAT_REPO)" archive HEAD server/src | tar x -C build/brat; \
		else git clone --depth 1 "$(BRAT_REPO)" build/brat.git && git -C build/brat.git archive HEAD server/src | tar x -C build/brat; rm -rf build/brat.git; fi; \
	fi; \
	$(GO) build -o $$b/quotebench ./cmd/quotebench; \
	cp assets/sample/*.txt $$b/in/; \
	printf 'date 2026-01-02 Crlf test\r\nCafe\314\201 owner Ana  Lima said:\r\n\t\342\200\234Prices rise \360\237\230\200 in \345\214\227\344\272\254.\342\200\235\r\n\r\nThe union said talks in Berlin would resume.\r\n' > $$b/in/crlf.txt; \
	$$b/quotebench import --project $$b/p.quotebench $$b/in >/dev/null; \
	$$b/quotebench export --project $$b/p.quotebench --format brat --state all --out $$b/out >/dev/null; \
	python3 scripts/brat_check.py build/brat/server/src $$b/out

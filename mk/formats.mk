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

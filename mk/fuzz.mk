# Fuzz campaign (issue 7).
#   make fuzz          run every fuzz target under annot/, detect/, formats/, ingest/ and store/, one after
#                      another, FUZZTIME each (default 10m), niced and with
#                      -parallel 1; logs in FUZZLOG (default /tmp/fuzz), one
#                      file per target; a crasher lands in the package's
#                      testdata/fuzz/<Target>/ and becomes a regression case.
#                      Each new input is minimized for at most 5s: the
#                      default minimizes for up to a minute, during which
#                      the execution count stands still and looks like a hang.
#   make fuzz-list     list the targets that `make fuzz` runs
# FUZZTIME is shared with store.mk's fuzz-import (default 60s there); this
# target's default is 10m unless FUZZTIME is given on the command line or in
# the environment.
FUZZ_ALL_TIME := $(if $(filter command line environment,$(origin FUZZTIME)),$(FUZZTIME),10m)
FUZZLOG ?= /tmp/fuzz

# Lines "dir name": every func FuzzX in the test files under annot/, detect/, formats/, ingest/ and store/.
FUZZ_TARGETS = grep -rHo --include='*_test.go' --exclude-dir=testdata '^func Fuzz[A-Za-z0-9_]*' annot detect formats ingest store \
	| sed 's|^\(.*\)/[^/]*_test.go:func \(Fuzz.*\)|\1 \2|' | sort

.PHONY: fuzz fuzz-list
fuzz-list:
	@$(FUZZ_TARGETS)

fuzz:
	@mkdir -p $(FUZZLOG); . scripts/env.sh; failed=""; \
	$(FUZZ_TARGETS) >$(FUZZLOG)/targets.txt; \
	echo "fuzz: $$(wc -l <$(FUZZLOG)/targets.txt) targets, $(FUZZ_ALL_TIME) each, logs in $(FUZZLOG)"; \
	while read -r dir name; do \
		log="$(FUZZLOG)/$$(echo $$dir | tr / _)_$$name.log"; \
		cgo=0; case "$$dir" in store|store/*|ingest|ingest/*) cgo=1 ;; esac; \
		echo "fuzz: $$dir $$name -> $$log"; \
		if CGO_ENABLED=$$cgo nice -n 19 go test -run '^$$' -fuzz "^$$name\$$" -fuzztime $(FUZZ_ALL_TIME) -fuzzminimizetime 5s -parallel 1 "./$$dir" >"$$log" 2>&1; then \
			grep '^fuzz: elapsed' "$$log" | tail -n 1; \
		else \
			tail -n 20 "$$log"; failed="$$failed $$dir:$$name"; \
		fi; \
	done <$(FUZZLOG)/targets.txt; \
	if [ -n "$$failed" ]; then echo "fuzz: FAILED:$$failed (crashers in each package's testdata/fuzz/)"; exit 1; fi; \
	echo "fuzz: all targets passed"

# Store and import (ingest) targets (issues 2 and 7).
#   make crashtest     SIGKILL a store writer 200 times at random moments and
#                      verify the file after each kill (CRASH_KILLS=N to change)
#   make bench-store   time per user action and import speed
#   make fuzz-import   run each article reader's fuzz target (FUZZTIME each)
CRASH_KILLS ?= 200
FUZZTIME ?= 60s

.PHONY: crashtest bench-store fuzz-import
crashtest:
	. scripts/env.sh && go test -count=1 -v -run '^TestCrash$$' ./store/ -crash.kills=$(CRASH_KILLS)

bench-store:
	. scripts/env.sh && go test -run '^$$' -bench . -benchmem ./store/ ./ingest/

fuzz-import:
	. scripts/env.sh && for f in FuzzParseText FuzzReadJSONL FuzzDecode; do \
		CGO_ENABLED=0 go test -run '^$$' -fuzz "^$$f$$" -fuzztime $(FUZZTIME) ./formats/article/ || exit 1; done
	. scripts/env.sh && go test -run '^$$' -fuzz '^FuzzParseHTML$$' -fuzztime $(FUZZTIME) ./ingest/

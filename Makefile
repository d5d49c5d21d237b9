# Developer targets. The README's two commands are scripts/run and scripts/test;
# `make run` and `make test` call them.
SHELL := /bin/sh
VERSION := $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS := -X main.version=$(VERSION)
GO := . scripts/env.sh && go

.PHONY: run test build bench eval vet
run:
	scripts/run
test:
	scripts/test
build:
	sh scripts/deps.sh && $(GO) build -ldflags "$(LDFLAGS)" -o bin/quotebench ./cmd/quotebench
vet:
	$(GO) vet ./...
bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...

# Each area keeps its own targets in mk/: packaging, assets, crash tests, fuzzing.
-include mk/*.mk

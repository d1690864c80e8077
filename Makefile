# The Makefile only wraps the Swift toolchain and the checks. `make help` lists the targets.
SWIFT ?= swift
CATALOGUE ?= catalogue
OUT ?= out
PREFIX ?= /usr/local
BIN := .build/debug/catalogue
FUZZ_SECONDS ?= 60

.DEFAULT_GOAL := build
.PHONY: build test export check fmt fmt-check bench fuzz install help clean check-web

build: ## Build the catalogue tool (debug build, at .build/debug/catalogue)
	$(SWIFT) build --product catalogue

test: ## Run the whole test suite (unit, golden-file and end-to-end tests)
	$(SWIFT) test --disable-xctest

export: build ## The main job: export the default catalogue's publications (six files) to out/
	$(BIN) export --catalogue $(CATALOGUE) --out $(OUT)

check: build ## Validate the catalogue (errors and warnings, file:line:column)
	$(BIN) check --catalogue $(CATALOGUE)

fmt: build ## Rewrite the catalogue's files in canonical form
	$(BIN) fmt --catalogue $(CATALOGUE)

fmt-check: build ## List the catalogue's files that are not in canonical form (exit 1 if any)
	$(BIN) fmt --check --catalogue $(CATALOGUE)

bench: ## Measure load, check and export times on a catalogue 20 times the default one (release build)
	$(SWIFT) build -c release --product catalogue-bench
	.build/release/catalogue-bench $(CATALOGUE) 20

fuzz: ## Build the libFuzzer targets in Tests/Fuzz and run each for FUZZ_SECONDS seconds (default 60)
	FUZZ_SECONDS=$(FUZZ_SECONDS) Tests/Fuzz/run

install: ## Install the catalogue command as $(PREFIX)/bin/catalogue (release build)
	$(SWIFT) build -c release --product catalogue
	install -d $(PREFIX)/bin
	install -m 755 .build/release/catalogue $(PREFIX)/bin/catalogue

clean: ## Remove build output and exports
	rm -rf .build $(OUT)

help: ## List the targets
	@awk -F ':.*## ' '/^[a-z-]+:.*## / { printf "  make %-12s %s\n", $$1, $$2 }' $(MAKEFILE_LIST)

check-web: export ## Check the exported HTML with the W3C validator and axe-core in Chromium, and print the internal catalogue to PDF
	.ci/install-web-tools
	.ci/check-web $(OUT)

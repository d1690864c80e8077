# The Makefile only wraps the Swift toolchain and the checks. `make help` lists the targets.
SWIFT ?= swift
CATALOGUE ?= catalogue
OUT ?= out
PREFIX ?= /usr/local
BIN := .build/debug/catalogue
FUZZ_SECONDS ?= 60

.DEFAULT_GOAL := build
.PHONY: build test export check fmt fmt-check bench gen fuzz kle-plan install dist check-dist check-pipelines help clean check-web

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

BENCH_SIZES ?= 1000 10000 50000
BENCH_SEED ?= 1
GEN_SEED ?= 1

bench: ## Time the release build's commands on generated catalogues next to cat and Hugo (BENCH_SIZES="1000 10000 50000")
	@command -v hugo >/dev/null 2>&1 || { \
	  sudo=; [ "$$(id -u)" = 0 ] || sudo="sudo -n"; \
	  echo "Installing Debian's hugo package for the bench's comparison"; \
	  $$sudo apt-get update -qq && $$sudo apt-get install -y -qq hugo >/dev/null; \
	} || echo "Note: could not install hugo; the bench runs without it"
	$(SWIFT) build -c release --product catalogue
	$(SWIFT) build -c release --product catalogue-gen
	$(SWIFT) build -c release --product catalogue-bench
	.build/release/catalogue-bench --sizes "$(BENCH_SIZES)" --seed $(BENCH_SEED) --catalogue $(CATALOGUE) --work .build/bench

gen: ## Write a synthetic catalogue for trying things at scale: make gen GEN_DIR=/tmp/big GEN_EMPLOYEES=10000
	@test -n "$(GEN_DIR)" -a -n "$(GEN_EMPLOYEES)" || { echo "Usage: make gen GEN_DIR=FOLDER GEN_EMPLOYEES=N [GEN_SEED=S]"; exit 64; }
	$(SWIFT) build -c release --product catalogue-gen
	.build/release/catalogue-gen $(GEN_DIR) --employees $(GEN_EMPLOYEES) --seed $(GEN_SEED)

fuzz: ## Build the libFuzzer targets in Tests/Fuzz and run each for FUZZ_SECONDS seconds (default 60)
	FUZZ_SECONDS=$(FUZZ_SECONDS) Tests/Fuzz/run

kle-plan: ## Compile a new Sources/KLE/Plan/OS2KLE.txt or change.json into the tool (regenerates EmbeddedPlan.swift)
	.ci/embed-kle-plan

install: ## Install the catalogue command as $(PREFIX)/bin/catalogue (release build)
	$(SWIFT) build -c release --product catalogue
	install -d $(PREFIX)/bin
	install -m 755 .build/release/catalogue $(PREFIX)/bin/catalogue

dist: ## Build the release archive to install without Swift: $(OUT)/catalogue-VERSION-linux-x86_64.tar.gz (from the committed sources)
	SWIFT=$(SWIFT) .ci/make-dist $(OUT)

check-dist: dist ## Check the release archive: stripped, only system libraries, and it runs with no Swift installed
	.ci/check-dist $$(ls -t $(OUT)/catalogue-*-linux-x86_64.tar.gz | head -1)

check-pipelines: dist ## Write the GitHub and GitLab pipelines for a copy of the default catalogue, parse them and run their shell steps
	.ci/check-pipelines $$(ls -t $(OUT)/catalogue-*-linux-x86_64.tar.gz | head -1)

clean: ## Remove build output and exports
	rm -rf .build $(OUT)

help: ## List the targets
	@awk -F ':.*## ' '/^[a-z-]+:.*## / { printf "  make %-12s %s\n", $$1, $$2 }' $(MAKEFILE_LIST)

check-web: export ## Check the exported HTML with the W3C validator and axe-core in Chromium, and print the internal catalogue to PDF
	.ci/install-web-tools
	.ci/check-web $(OUT)

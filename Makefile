# The two commands a new user needs (see README.md), plus a few for maintainers.
# `make run` and `make test` install Debian's libedit-dev and libstemmer-dev when missing.

SWIFT ?= swift

.PHONY: run test build release deps benchmark lint generate fuzz fuzz-smoke sanitize

# How long `make fuzz` runs, in seconds: `make fuzz SECONDS=1800`.
SECONDS ?= 120

run: deps
	$(SWIFT) build -c release --product advisor
	./.build/release/advisor

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	./.build/debug/advisor check Transcripts
	$(SWIFT) format lint --strict --recursive Sources Tests Package.swift

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --product advisor

deps:
	@scripts/install-dependencies.sh

benchmark: deps
	@scripts/benchmark.sh

lint:
	$(SWIFT) format lint --strict --recursive Sources Tests Package.swift

generate:
	$(SWIFT) run -c release generate-embedded

# libFuzzer with AddressSanitizer over sessions, transcripts, profiles and intent files
# (Fuzz/README.md); prints executions per second, total executions and coverage.
fuzz: deps
	@scripts/fuzz.sh $(SECONDS)

# CI's short fuzzing run: a fixed seed and number of executions (about a minute here), so it
# tries the same inputs wherever it runs; two minutes at most.
fuzz-smoke: deps
	@FUZZ_SEED=1 FUZZ_RUNS=15000 scripts/fuzz.sh 120

# The tests under AddressSanitizer and under ThreadSanitizer, in their own scratch paths.
sanitize: deps
	@scripts/sanitize.sh

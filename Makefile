# tfmt — the two commands a newcomer needs are `make run` and `make test`; both set up what is missing first.

SWIFT ?= swift
SWIFT_FORMAT_PATHS := Package.swift Sources Tests Benchmarks/Package.swift Benchmarks/Sources Benchmarks/Benchmarks

.PHONY: all bootstrap build build-tests lint format test unit-tests units fuzz fuzz-replay fixtures run bench clean

all: build

bootstrap:
	@scripts/bootstrap

build: bootstrap
	$(SWIFT) build

build-tests: bootstrap
	$(SWIFT) build --build-tests

## lint: the checked-in .swift-format, strict; fails on any finding.
lint:
	$(SWIFT) format lint --strict --recursive --parallel $(SWIFT_FORMAT_PATHS)

## format: rewrite the sources in the checked-in style.
format:
	$(SWIFT) format format --in-place --recursive --parallel $(SWIFT_FORMAT_PATHS)

unit-tests: build-tests
	$(SWIFT) test --skip-build

## units: systemd-analyze verify on the unit files, failing on any warning.
units: build-tests
	@scripts/verify-units

## fuzz: run every libFuzzer target for FUZZ_SECONDS (default 60) each.
FUZZ_SECONDS ?= 60
fuzz: bootstrap
	scripts/fuzz run $(FUZZ_SECONDS)

## fuzz-replay: every seed and regression input once, under AddressSanitizer.
fuzz-replay: bootstrap
	scripts/fuzz replay

## fixtures: regenerate the committed test fixtures with the formats' own libraries (FIXTURES="delta parquet").
fixtures:
	scripts/fixtures/generate $(FIXTURES)

## test: everything CI runs.
test: bootstrap lint units fuzz-replay unit-tests

## run: build and start the daemon in the foreground on the demo configuration.
run: build
	@scripts/run-demo

## bench: the benchmarks (Benchmarks/, a package of its own that CI's build never touches) against a release tfmtd.
## BENCH_ARGS passes options to the benchmark plugin, e.g. BENCH_ARGS="--filter 'plugins.list.*'".
bench: bootstrap
	$(SWIFT) build -c release --product tfmtd
	cd Benchmarks && TFMTD="$(CURDIR)/.build/release/tfmtd" $(SWIFT) package --disable-sandbox benchmark $(BENCH_ARGS)

clean:
	rm -rf .build run Benchmarks/.build

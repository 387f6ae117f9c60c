# hex-api-kit: every workflow is one target. `make test` is what CI runs.
SHELL := /bin/bash
.DEFAULT_GOAL := help

UV_VERSION := 0.13.8
# uv drives the virtualenv; bootstrap it with pip when the machine lacks it.
UV := $(shell command -v uv 2>/dev/null || echo "python3 -m uv")
RUN := $(UV) run --frozen --extra dev
SPEC := spec/hex-api.yaml
GEN_CONFIG := spec/generator-config.yaml
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: help bootstrap install browser wrk generate check-generated check-client-dist example spec-check lint test test-browser dashboard-screenshot serve

help:  ## List the targets.
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-21s %s\n", $$1, $$2}'

bootstrap:
	@command -v uv >/dev/null 2>&1 || python3 -m uv --version >/dev/null 2>&1 \
		|| python3 -m pip install --quiet --disable-pip-version-check "uv==$(UV_VERSION)"

install: bootstrap  ## Create .venv with the pinned dependencies.
	$(UV) sync --frozen --extra dev --quiet

generate: install  ## Regenerate generated/hex_api_client from the spec.
	$(RUN) python scripts/generate_client.py

check-generated: install  ## Fail if generated/ differs from what the spec generates.
	$(RUN) python scripts/generate_client.py --check

# The client as a downstream team gets it: generated/ installed alone into an empty virtualenv (uv,
# offline from its cache; CLIENT_DIST_ARGS=--pip uses python3 -m venv, pip and the package index), and
# the example project's tests (on the pytest plugin) and mypy --strict with no other flags.
CLIENT_DIST_ARGS ?=
EXAMPLE := $(UV) run --frozen --package hex-integration-example --extra test --directory examples/hex-integration

check-client-dist: install  ## Fail if generated/ installed alone brings more than httpx, attrs, python-dateutil.
	$(RUN) python scripts/check_client_dist.py $(CLIENT_DIST_ARGS)

example: install  ## The downstream example (examples/hex-integration): its tests and mypy --strict.
	$(EXAMPLE) pytest -q
	$(EXAMPLE) mypy --strict src tests

spec-check: install  ## Validate the spec and the control plane's document; enforce the house rules.
	$(RUN) python scripts/spec_check.py $(SPEC)
	$(RUN) python scripts/spec_check.py --control-plane

lint: install  ## ruff, mypy --strict and the import rules (import-linter contracts in pyproject.toml).
	$(RUN) ruff check .
	$(RUN) ruff format --check .
	$(RUN) mypy
	$(RUN) lint-imports --no-logo

test: install browser wrk spec-check check-generated upstream-check client-version-check lint check-client-dist example  ## Everything CI runs (tests/browser included).
	$(RUN) python -m scripts.conformance --seed $(CONFORMANCE_TEST_SEED) --max-examples 5
	$(RUN) pytest --randomly-seed=$(TEST_ORDER_SEED) -n $(TEST_WORKERS)

test-browser: install browser  ## The dashboard in Debian's Chromium (/usr/bin/chromium; `apt-get install chromium`).
	$(RUN) pytest tests/browser

# The load generator of `make bench` (tests/scripts/bench run it too): Debian's wrk, installed with apt
# when it is missing (as root; otherwise it says what to run).
wrk:
	@if ! command -v wrk >/dev/null 2>&1; then \
		if [ "$$(id -u)" = 0 ]; then \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk; \
		else echo "make bench and its tests need wrk: sudo apt-get install wrk" >&2; exit 1; fi; \
	fi

# Playwright's own browser downloads are never used: the browser tests drive Debian's Chromium, which
# this installs with apt when it is missing (as root; otherwise it says what to run).
browser:
	@if [ ! -x /usr/bin/chromium ]; then \
		if [ "$$(id -u)" = 0 ]; then \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
		else echo "the browser tests need Debian's Chromium: sudo apt-get install chromium" >&2; exit 1; fi; \
	fi

# The README's picture of the dashboard, taken by tests/browser/screenshot.py.
dashboard-screenshot: install  ## Retake docs/dashboard.png.
	$(RUN) python -m tests.browser.screenshot docs/dashboard.png

# Drift from Hex's published document (spec/upstream/) and from our own released spec: README's
# "Regenerating the client" is the workflow.
FILE ?=
BASE ?=
ARGS ?=

.PHONY: upstream-update upstream-check upstream-diff spec-diff client-version-check client-release

upstream-update: install  ## Vendor a new Hex document into spec/upstream/: FILE=path-or-URL.
	@if [ -z "$(FILE)" ]; then echo "usage: make upstream-update FILE=path-or-URL" >&2; exit 2; fi
	$(RUN) python -m scripts.drift upstream-update "$(FILE)"

upstream-check: install  ## Fail on spec/Hex differences spec/departures.yaml does not explain (ARGS=--suggest).
	$(RUN) python -m scripts.drift upstream-check $(ARGS)

upstream-diff: install  ## What a new Hex document changes and breaks, as Markdown: FILE=path-or-URL (ARGS=--json).
	@if [ -z "$(FILE)" ]; then echo "usage: make upstream-diff FILE=path-or-URL" >&2; exit 2; fi
	@$(RUN) python -m scripts.drift upstream-diff "$(FILE)" $(ARGS)

spec-diff: install  ## What the spec's changes since BASE=<git rev> (default: the release) do to client users (ARGS=--json).
	@$(RUN) python -m scripts.drift spec-diff $(if $(BASE),--base "$(BASE)") $(ARGS)

client-version-check: install  ## Fail on a change breaking client users without a major info.version + CHANGELOG entry.
	$(RUN) python -m scripts.drift spec-diff --check

client-release: install  ## Record the spec as released (spec/released/), the base of client-version-check.
	$(RUN) python -m scripts.drift spec-diff --release

serve: install  ## Serve the mock with the demo workspace.
	$(RUN) hex-mock serve --host $(HOST) --port $(PORT) --control-plane

# Conformance: the schemathesis CLI with the committed schemathesis.toml (every check, every phase)
# against a served mock, started and stopped by scripts/conformance.py. `make test` runs a short
# fixed-seed version; `make conformance` a longer one with a fresh seed, printed for replay.
CONFORMANCE_SEED ?=
CONFORMANCE_SECONDS ?= 240
CONFORMANCE_TEST_SEED := 1
# pytest-randomly's order for `make test`: fixed so CI is reproducible; any other number (`make test
# TEST_ORDER_SEED=7`) explores another order, and pytest prints the seed to replay a failure.
TEST_ORDER_SEED := 3662879625
# pytest-xdist's worker processes for `make test` (auto: one per CPU); 0 runs every test in one
# process, which is how a failure's exact order is replayed.
TEST_WORKERS ?= auto

.PHONY: conformance

conformance: install  ## schemathesis CLI (all checks, all phases) vs a served mock; CONFORMANCE_SEED=N replays. ~4 min.
	$(RUN) python -m scripts.conformance --max-time $(CONFORMANCE_SECONDS) $(if $(CONFORMANCE_SEED),--seed $(CONFORMANCE_SEED))

# Benchmarks: their own commands, never part of `make test`. Prism, the peer mock they compare the
# mock with, is installed from npm into .bench/ (git-ignored) by `make bench-peers`.
PRISM_VERSION := 5.16.0
BENCH_DIR := .bench
BENCH_ARGS ?=

.PHONY: bench bench-peers

bench: bootstrap wrk  ## Benchmark the mock (vs bare Starlette and Prism); writes BENCHMARKS.md. A few minutes.
	$(UV) run --frozen --extra dev --extra bench python -m scripts.bench $(BENCH_ARGS)

bench-peers:  ## Install Stoplight Prism into .bench/ for `make bench` to compare with (needs npm).
	@command -v npm >/dev/null 2>&1 || { echo "bench-peers needs Node.js and npm" >&2; exit 1; }
	npm install --prefix $(BENCH_DIR) --no-audit --no-fund --ignore-scripts --loglevel=error \
		"@stoplight/prism-cli@$(PRISM_VERSION)"
	$(BENCH_DIR)/node_modules/.bin/prism --version

# Proof that drift is caught: deliberate bugs in the spec, the mock and the generated client, applied
# one at a time to scratch copies (never to this checkout); every one must make a check fail.
MUTATION_ARGS ?=

.PHONY: mutation-check

mutation-check: install  ## Apply deliberate mutations one at a time; fail if any goes uncaught (long: each runs the checks its diff touches).
	$(RUN) python scripts/mutation_check.py $(MUTATION_ARGS)

# The contract suite beyond `make test` (tests/contract/): far more examples with a fresh seed, or
# its read-only part against a real server. Failures print curl commands, and the seed replays them.
CONTRACT_ARGS ?=
export HEX_API_URL HEX_API_TOKEN HEX_CONTRACT_ALLOW_WRITES HEX_CONTRACT_SEED HEX_CONTRACT_RATE

.PHONY: contract-deep contract-live

contract-deep: install  ## The contract suite with far more examples; HEX_CONTRACT_SEED=N replays a run.
	HEX_CONTRACT_PROFILE=deep $(RUN) pytest tests/contract $(CONTRACT_ARGS)

contract-live: install  ## Read-only contract tests against HEX_API_URL with HEX_API_TOKEN (GETs only).
	@if [ -z "$$HEX_API_URL" ] || [ -z "$$HEX_API_TOKEN" ]; then \
		echo "usage: make contract-live HEX_API_URL=https://app.hex.tech HEX_API_TOKEN=hxtp_..." >&2; \
		echo "       (HEX_CONTRACT_ALLOW_WRITES=1 also sends writes: only against a disposable workspace)" >&2; \
		exit 2; fi
	$(RUN) pytest tests/contract/live_suite.py $(CONTRACT_ARGS)

# Reliability and security of the served mock: load with kill -9 and restarts from the state file,
# injected faults, limits under a burst and hostile input, written to RELIABILITY.md; and bounded
# coverage-guided fuzzing (atheris, the `fuzz` extra: Linux wheels only) of the request path.
RELIABILITY_ARGS ?=
FUZZ_ARGS ?=

.PHONY: reliability fuzz

reliability: install  ## Load, kill -9, faults, limits and hostile input on the served mock -> RELIABILITY.md (~3 min).
	@if $(UV) sync --frozen --extra dev --extra fuzz --inexact --quiet; then extra="--extra fuzz"; \
		else echo "atheris cannot be installed here: no fuzzing part" >&2; extra=""; fi; \
		$(RUN) $$extra python -m scripts.reliability $(RELIABILITY_ARGS)

fuzz: install  ## Fuzz validation and the ASGI pipeline with atheris (bounded); FUZZ_ARGS=--merge grows the corpus.
	$(RUN) --extra fuzz python -m scripts.fuzz $(FUZZ_ARGS)

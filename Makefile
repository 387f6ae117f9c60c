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

.PHONY: help bootstrap install generate check-generated spec-check lint test serve

help:  ## List the targets.
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-18s %s\n", $$1, $$2}'

bootstrap:
	@command -v uv >/dev/null 2>&1 || python3 -m uv --version >/dev/null 2>&1 \
		|| python3 -m pip install --quiet --disable-pip-version-check "uv==$(UV_VERSION)"

install: bootstrap  ## Create .venv with the pinned dependencies.
	$(UV) sync --frozen --extra dev --quiet

generate: install  ## Regenerate generated/hex_api_client from the spec.
	$(RUN) python scripts/generate_client.py

check-generated: install  ## Fail if generated/ differs from what the spec generates.
	$(RUN) python scripts/generate_client.py --check

spec-check: install  ## Validate the spec and enforce the house rules.
	$(RUN) python scripts/spec_check.py $(SPEC)

lint: install  ## ruff and mypy --strict.
	$(RUN) ruff check .
	$(RUN) ruff format --check .
	$(RUN) mypy

test: install spec-check check-generated lint  ## Everything CI runs.
	$(RUN) pytest

serve: install  ## Serve the mock with the demo workspace.
	$(RUN) hex-mock serve --host $(HOST) --port $(PORT) --control-plane

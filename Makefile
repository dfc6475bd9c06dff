# Fresh machine: `make demo` sets up .venv and reads the bundled demo article; `make test` runs the tests.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
EVAL_DIR ?= $(abspath ../shared/eval)

.PHONY: setup demo test test-unit test-integration eval clean vendor

setup: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[web,spark,test]'
	touch $(STAMP)

demo: setup
	$(BIN)/dragoman demo

test: setup
	DRAGOMAN_EVAL_DIR=$(EVAL_DIR) $(BIN)/python -m pytest

test-unit: setup
	$(BIN)/python -m pytest tests/unit

test-integration: setup
	DRAGOMAN_EVAL_DIR=$(EVAL_DIR) $(BIN)/python -m pytest tests/integration

eval: setup
	$(BIN)/dragoman eval $(EVAL_DIR)/seed_gold.json
	$(BIN)/dragoman eval $(EVAL_DIR)/wikinews_dev.jsonl

# The dashboard's third-party code and map (committed; needs node and npm, not needed to install or test).
vendor:
	cd frontend && npm ci --no-audit --no-fund && node build.mjs

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache

# Bamboo Wire: `make run` and `make test` do all the set-up on a fresh machine.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: install chromium run test demo bench serve lint clean

install: $(STAMP)

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

## One ingest pass over config/feeds.toml into $BAMBOO_DB (default data/bamboo.duckdb).
run: install
	$(BIN)/bamboo ingest --all

## Headless Chromium and a CJK font (Debian packages) for the report's browser test; does nothing if present.
chromium:
	@bash scripts/install-chromium.sh || echo "Chromium is missing: the report's browser test will say so (and fail under CI)."

## The test suite (real loopback servers, real DuckDB files, real Prefect flow runs), two files at a time.
test: install chromium
	$(BIN)/python -m pytest -q -n 2 --dist loadfile --no-loadscope-reorder

## Replay the fixture site over loopback, ingest it into a fresh data/demo/demo.duckdb (or DEMO_DIR=...),
## print the diplomacy stories.
demo: install
	$(BIN)/python -m flows.demo $(if $(DEMO_DIR),--dir $(DEMO_DIR))

## Benchmarks and evaluations (read ../shared/data; override with BAMBOO_SHARED_DATA).
bench: install
	$(BIN)/python bench/run_all.py

## Local Prefect server + work pool + deployments + worker, in the foreground (Ctrl-C stops all).
serve: install
	$(BIN)/bamboo serve

lint: install
	$(BIN)/ruff check .

clean:
	rm -rf .bamboo .pytest_cache .ruff_cache data/demo warehouse/demo*.duckdb*

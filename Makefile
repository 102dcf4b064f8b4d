# Two commands do everything on a fresh machine:
#   make demo   - install into .venv, extract the bundled corpus, print a summary and its evaluation
#   make test   - install into .venv (with test tools) and run the test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

$(BIN)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install -q --disable-pip-version-check -e '.[dev]'
	touch $@

install: $(BIN)/.installed

demo: $(BIN)/.installed
	mkdir -p out
	$(BIN)/maroc-nlp extract corpora/articles.jsonl -o out/corpus.jsonl
	$(BIN)/maroc-nlp summary out/corpus.jsonl
	$(BIN)/maroc-nlp evaluate corpora/gold out/corpus.jsonl

test: $(BIN)/.installed
	$(BIN)/python -m pytest

# Throughput/memory against the off-the-shelf baseline (installs the [bench] extra: spaCy + model).
bench: $(BIN)/.installed
	$(BIN)/python -m pip install -q --disable-pip-version-check -e '.[bench]'
	$(BIN)/python benchmarks/bench_pipeline.py

.PHONY: install demo test bench

# Two commands do all setup: `make demo` and `make test`.
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEVSTAMP := $(VENV)/.installed-dev

.PHONY: demo test lint bench docs clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e .
	touch $(STAMP)

$(DEVSTAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP) $(DEVSTAMP)

demo: $(STAMP)
	@$(BIN)/crossfact report examples/corpus -o report.html --fail-on never
	@echo "Open $(CURDIR)/report.html in a browser (it works offline)."
	@echo
	@echo "CI gate on the example drafts (crossfact check examples/drafts --corpus examples/corpus):"
	@$(BIN)/crossfact check examples/drafts --corpus examples/corpus; \
	  echo "exit code $$? (0 clean, 1 a draft conflicts with the corpus, 2 unreadable input)"

test: $(DEVSTAMP)
	$(BIN)/python -m pytest

lint: $(DEVSTAMP)
	$(BIN)/ruff check crossfact tests bench
	$(BIN)/ruff format --check crossfact tests bench
	$(BIN)/mypy

bench: $(DEVSTAMP)
	$(BIN)/python bench/score_extraction.py
	for set in blind final holdout fresh last sixth seventh eighth closing3 ninth closing4; do \
		echo "== bench/gold/$$set"; \
		[ ! -f bench/gold/$$set/score.py ] || $(BIN)/python bench/gold/$$set/score.py | grep -E "^== (dates|numbers)$$|^  all"; \
	done
	$(BIN)/python bench/throughput.py

docs: $(STAMP)
	$(BIN)/python -m crossfact.docsgen

clean:
	rm -rf $(VENV) report.html .pytest_cache .mypy_cache .ruff_cache

# Try it: `make run` (local mode, chat simulator at /simulator). Test it: `make test`.
PYTHON ?= python3
VENV ?= .venv
PORT ?= 8000
BIN := $(VENV)/bin

.PHONY: run test

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

# Reinstall only when the project's dependencies change.
$(VENV)/.run-installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e .
	touch $@

$(VENV)/.test-installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $@ $(VENV)/.run-installed

## run: migrate the database, then start the web and scheduler processes (Ctrl-C stops both)
run: $(VENV)/.run-installed
	$(BIN)/flask --app bot db upgrade
	@echo
	@echo "  Sujarit is starting on http://localhost:$(PORT)"
	@echo "  Chat simulator (local mode, no LINE channel): http://localhost:$(PORT)/simulator"
	@echo "  Ctrl-C stops the web and scheduler processes."
	@echo
	PATH="$(CURDIR)/$(BIN):$$PATH" PORT=$(PORT) $(BIN)/honcho start -f Procfile web scheduler

## test: the whole suite (PostgreSQL too when TEST_DATABASE_URL is set)
test: $(VENV)/.test-installed
	$(BIN)/python -m pytest

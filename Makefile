# Try it: `make run` (local mode on 127.0.0.1 only, chat simulator at /simulator).
# Test it: `make test`.
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

## run: local mode (SUJARIT_MODE=local, this machine only): migrate, then start web and scheduler
run: export SUJARIT_MODE = local
run: export WEB_HOST = 127.0.0.1
run: $(VENV)/.run-installed
	$(BIN)/flask --app bot db upgrade
	@echo
	@echo "  Sujarit is starting on http://127.0.0.1:$(PORT) (this machine only)"
	@echo "  Chat simulator (local mode, no LINE channel): http://127.0.0.1:$(PORT)/simulator"
	@echo "  Ctrl-C stops the web and scheduler processes."
	@echo
	PATH="$(CURDIR)/$(BIN):$$PATH" PORT=$(PORT) $(BIN)/honcho start -f Procfile web scheduler

## test: the whole suite (PostgreSQL too when TEST_DATABASE_URL is set), one worker per core
# --dist loadgroup: tests spread one by one; a module whose tests share a server set up once
# per module stays on one worker (tests/distribution.py).
TEST_WORKERS ?= auto
# Bytecode is written even where the environment says not to: every gunicorn, scheduler and
# CLI process the suite starts would otherwise compile the project again (~0.3 s CPU each).
test: export PYTHONDONTWRITEBYTECODE =
test: $(VENV)/.test-installed
	$(BIN)/python -m pytest -n $(TEST_WORKERS) --dist loadgroup

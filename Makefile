# Diaspora Connect: `make run` serves the demo site, `make test` runs every check.
# Everything installs into .venv; nothing else needs installing by hand.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
MANAGE := $(BIN)/python manage.py
# The demo site's address follows PORT unless BASE_URL is set.
RUN_ENV := BASE_URL=$(or $(BASE_URL),http://127.0.0.1:$(PORT))

.DEFAULT_GOAL := help
.PHONY: help run test lint format bench clean messages

help: ## List the targets
	@awk 'BEGIN {FS = ":.*## "} /^[a-zA-Z_-]+:.*## / {printf "  make %-10s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	@touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	$(BIN)/pip check
	@touch $@ $(VENV)/.installed

run: $(VENV)/.installed ## Install, migrate, load demo content (first time) and serve on 127.0.0.1:8000 (PORT=... to change)
	$(RUN_ENV) $(MANAGE) migrate --noinput
	$(RUN_ENV) $(MANAGE) load_demo_data --if-empty
	$(RUN_ENV) $(MANAGE) runserver 127.0.0.1:$(PORT)

test: $(VENV)/.installed-dev ## Lint, check, migrations check and the whole test suite
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	DJANGO_SETTINGS_MODULE=portal.settings.test $(BIN)/python manage.py check
	DJANGO_SETTINGS_MODULE=portal.settings.test $(BIN)/python manage.py makemigrations --check --dry-run
	$(BIN)/python -m pytest

lint: $(VENV)/.installed-dev ## ruff check and format check
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(VENV)/.installed-dev ## Format and fix what ruff can fix
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: $(VENV)/.installed-dev ## Load-test the site under gunicorn; writes var/bench/latest.json
	$(BIN)/python bench/run.py

messages: $(VENV)/.installed-dev ## Update the .po files after changing interface strings, then compile
	$(MANAGE) makemessages --all --no-obsolete --ignore=.venv --ignore=var --ignore=tests --ignore=bench
	$(MANAGE) compilemessages --ignore=.venv

clean: ## Remove the virtualenv, caches and everything under var/ (database included)
	rm -rf $(VENV) var .pytest_cache .ruff_cache
	find . -name __pycache__ -type d -prune -exec rm -rf {} +

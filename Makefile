# Everyday commands. From a fresh clone you need only Python 3.11+, make and git:
#   make run    set everything up, load the demo content and serve http://127.0.0.1:8000/
#   make test   set everything up and run the whole test suite
# `make help` lists the rest.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= python3
HOST ?= 127.0.0.1
PORT ?= 8000
# Extra arguments for pytest, e.g. `make test PYTEST_ARGS="tests/news -x"`.
PYTEST_ARGS ?=

# uv from PATH when the machine has it; otherwise a private copy installed into var/tools
# (git-ignored), so nothing outside the project directory is touched.
UV ?= $(shell command -v uv 2>/dev/null || echo var/tools/bin/uv)
# --frozen: install exactly what uv.lock says and never rewrite the lock file behind your back.
UV_RUN := $(UV) run --frozen
MANAGE := $(UV_RUN) python manage.py

.PHONY: help setup run demo migrate test test-fast test-e2e lint format check clean-tools

help: ## List the commands
	@grep -E '^[a-zA-Z0-9_-]+:.*?## ' $(MAKEFILE_LIST) \
		| awk 'BEGIN {FS = ":.*?## "}; {printf "  make %-12s %s\n", $$1, $$2}'

var/tools/bin/uv:
	@echo "uv not found on PATH: installing a private copy into var/tools"
	$(PYTHON) -m venv var/tools
	var/tools/bin/pip install --quiet uv

setup: $(UV) ## Install the locked dependencies into .venv (bootstraps uv if needed)
	$(UV) sync --frozen

migrate: setup ## Create or update the database (SQLite in var/ unless DATABASE_URL is set)
	$(MANAGE) migrate --noinput

demo: migrate ## Load the demo content (idempotent; prints the admin login the first time)
	$(MANAGE) load_demo_content

run: demo ## Set up, load the demo content and serve the portal at http://127.0.0.1:8000/
	@echo "Portal: http://$(HOST):$(PORT)/   Panel administracyjny: http://$(HOST):$(PORT)/admin/"
	$(MANAGE) runserver $(HOST):$(PORT)

test: setup ## Run the whole test suite (PYTEST_ARGS="..." to narrow it down)
	$(UV_RUN) pytest $(PYTEST_ARGS)

test-fast: setup ## Run the tests without the browser tests
	$(UV_RUN) pytest -m "not e2e" $(PYTEST_ARGS)

test-e2e: setup ## Run only the browser tests (needs: apt-get install chromium)
	$(UV_RUN) pytest -m e2e $(PYTEST_ARGS)

lint: setup ## Check style with ruff (what CI checks)
	$(UV_RUN) ruff check .
	$(UV_RUN) ruff format --check .

format: setup ## Fix what ruff can fix and format the code
	$(UV_RUN) ruff check --fix .
	$(UV_RUN) ruff format .

check: setup ## Django system checks, deployment checks and missing migrations
	$(MANAGE) check
	$(MANAGE) makemigrations --check --dry-run
	@# Throwaway values: check --deploy needs them, production settings refuse to start without.
	DJANGO_SETTINGS_MODULE=portal.settings.production \
		SECRET_KEY="$$($(PYTHON) -c 'import secrets; print(secrets.token_urlsafe(50))')" \
		ALLOWED_HOSTS=biblioteka.example \
		DATABASE_URL=sqlite:///$(CURDIR)/var/check-deploy.sqlite3 \
		$(UV_RUN) python manage.py check --deploy --fail-level WARNING

clean-tools: ## Remove the private uv copy in var/tools
	rm -rf var/tools

# Two commands on a fresh machine with Python 3.11+:
#   make run   - local site on http://127.0.0.1:8000 (SQLite, demo content, admin login printed);
#                installs only the runtime packages (requirements.txt)
#   make test  - the whole suite on a real PostgreSQL and a real headless Chromium, spread over
#                every core with pytest-xdist (one test database per worker); about 7 to 10 minutes on
#                2 cores from a fresh clone, installing included (measured 6 m 31 s to 10 m 9 s)
# The inner loop while coding:
#   make check - lint, migration and deploy checks and every test except the browser tests
#                (tests/browser/), in parallel; about 5 m 40 s on 2 cores
# `make test`, `make check` and `make lint` install requirements-dev.txt (runtime + test and lint tools);
# `make lint` also installs Biome, the CSS and JavaScript linter, into node_modules/ (`npm ci`, package.json).
# Extra pytest arguments: `make check PYTEST_ARGS="-k listing"`; workers: `PYTEST_WORKERS=1 make test`.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# One stamp per requirements file set: each is rebuilt when a file it depends on changes.
STAMP := $(VENV)/.installed
DEV_STAMP := $(VENV)/.installed-dev
# The development tools from npm (Biome), rebuilt when package.json or its lock file changes;
# scripts/test.sh checks the same stamp.
NODE_STAMP := node_modules/.installed
PYTEST_ARGS ?=

.PHONY: run test check lint format install install-dev clean bench bench-load worker

# The installer: uv (from PyPI, pinned here) installs a requirements file into the venv in
# about a third of pip's time on a fresh machine (parallel downloads: measured 27 s against
# 61 s for requirements-dev.txt); plain pip takes over wherever uv cannot run. Both compile
# the packages' bytecode at install, as pip does by default: where PYTHONDONTWRITEBYTECODE
# is set, nothing else ever would, and every process of the suite would compile Django
# and Wagtail again (that cost a fresh clone's `make test` 7 minutes of CPU).
UV_VERSION := 0.13.9
define install_requirements
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	{ $(BIN)/python -m pip install --quiet uv==$(UV_VERSION) \
		&& $(BIN)/uv pip install --quiet --compile-bytecode --python $(BIN)/python -r $(1); } \
		|| $(BIN)/python -m pip install --quiet -r $(1)
endef

$(STAMP): requirements.txt
	$(call install_requirements,requirements.txt)
	touch $(STAMP)

$(DEV_STAMP): requirements.txt requirements-dev.txt
	$(call install_requirements,requirements-dev.txt)
	touch $(DEV_STAMP)

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $(NODE_STAMP)

install: $(STAMP)

install-dev: $(DEV_STAMP)

run: $(STAMP)
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo
	$(BIN)/python manage.py ensure_dev_admin
	$(BIN)/python manage.py runserver 127.0.0.1:8000

# Python (ruff), templates (djlint, pyproject.toml), CSS and JavaScript (Biome, biome.jsonc).
# scripts/test.sh runs the same checks first.
lint: $(DEV_STAMP) $(NODE_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djlint templates --lint
	node_modules/.bin/biome ci --error-on-warnings static biome.jsonc

format: $(DEV_STAMP) $(NODE_STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	node_modules/.bin/biome check --write static biome.jsonc

test: $(DEV_STAMP)
	bash scripts/test.sh $(PYTEST_ARGS)

check: $(DEV_STAMP)
	bash scripts/test.sh --no-browser $(PYTEST_ARGS)

# Per-page server time at 1,000 and 50,000 items, warm and cold (builds the sites once);
# one size for a quick run: `make bench BENCH_SIZES=1000`.
BENCH_SIZES ?= 1000 50000
bench: $(STAMP)
	BENCH_SIZES="$(BENCH_SIZES)" bash scripts/bench.sh

# wrk on loopback: each uncached page straight at gunicorn (2 sync workers, production
# settings), 10 s a page (BENCH_DURATION); the database is DATABASE_URL (default: the demo).
bench-load: $(STAMP)
	$(BIN)/python scripts/bench_load.py

# The background task worker (production runs it beside gunicorn, TASKS_BACKEND=database),
# after queueing the periodic jobs (alerts, clean-ups, review digest) unless they already wait.
worker: $(STAMP)
	$(BIN)/python manage.py schedule_periodic_tasks
	$(BIN)/python manage.py db_worker --interval 0.25

clean:
	rm -rf var .pytest_cache .ruff_cache db.sqlite3

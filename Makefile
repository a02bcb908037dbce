# Two commands on a fresh machine with Python 3.11+:
#   make run   - local site on http://127.0.0.1:8000 (SQLite, demo content, admin login printed);
#                installs only the runtime packages (requirements.txt)
#   make test  - the whole suite on a real PostgreSQL and a real headless Chromium, spread over
#                every core with pytest-xdist (one test database per worker); about 5 minutes on 2 cores
# The inner loop while coding:
#   make check - lint, migration and deploy checks and every test except the browser tests
#                (tests/browser/), in parallel; about 2 min 45 s on 2 cores
# `make test`, `make check` and `make lint` install requirements-dev.txt (runtime + test and lint tools).
# Extra pytest arguments: `make check PYTEST_ARGS="-k listing"`; workers: `PYTEST_WORKERS=1 make test`.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# One stamp per requirements file set: each is rebuilt when a file it depends on changes.
STAMP := $(VENV)/.installed
DEV_STAMP := $(VENV)/.installed-dev
PYTEST_ARGS ?=

.PHONY: run test check lint format install install-dev clean bench bench-load worker

# The installer: uv (from PyPI, pinned here) installs a requirements file into the venv in
# about a third of pip's time on a fresh machine (parallel downloads, no bytecode compiling
# up front: measured 27 s against 61 s for requirements-dev.txt); plain pip takes over
# wherever uv cannot run.
UV_VERSION := 0.13.9
define install_requirements
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	{ $(BIN)/python -m pip install --quiet uv==$(UV_VERSION) \
		&& $(BIN)/uv pip install --quiet --python $(BIN)/python -r $(1); } \
		|| $(BIN)/python -m pip install --quiet -r $(1)
endef

$(STAMP): requirements.txt
	$(call install_requirements,requirements.txt)
	touch $(STAMP)

$(DEV_STAMP): requirements.txt requirements-dev.txt
	$(call install_requirements,requirements-dev.txt)
	touch $(DEV_STAMP)

install: $(STAMP)

install-dev: $(DEV_STAMP)

run: $(STAMP)
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo
	$(BIN)/python manage.py ensure_dev_admin
	$(BIN)/python manage.py runserver 127.0.0.1:8000

lint: $(DEV_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(DEV_STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

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

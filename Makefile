# Two commands on a fresh machine with Python 3.11+:
#   make run   - local site on http://127.0.0.1:8000 (SQLite, demo content, admin login printed)
#   make test  - the whole suite on a real PostgreSQL and a real headless Chromium

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint format install clean bench bench-load worker

$(STAMP): requirements.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo
	$(BIN)/python manage.py ensure_dev_admin
	$(BIN)/python manage.py runserver 127.0.0.1:8000

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

test: $(STAMP)
	bash scripts/test.sh

# Per-page server time at 1,000 and 50,000 items, warm and cold (builds the sites once).
bench: $(STAMP)
	bash scripts/bench.sh

# wrk on loopback: the site under production settings with gunicorn and Varnish
# (BENCH_DURATION=10 for a quick run; 60 s per run by default).
bench-load: $(STAMP)
	$(BIN)/python scripts/bench_load.py

# The background task worker (production runs it beside gunicorn, TASKS_BACKEND=database).
worker: $(STAMP)
	$(BIN)/python manage.py db_worker --interval 0.25

clean:
	rm -rf var .pytest_cache .ruff_cache db.sqlite3

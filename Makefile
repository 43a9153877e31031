# One command per chore. Each installs what it needs into .venv first.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
PG_URL ?= postgres://postgres@127.0.0.1:5432/test
DJANGO_TESTS := tests/cases tests/cli tests/web

.PHONY: demo test check bench install

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/unseen demo

# -n auto: one test process per core (on a 2-core machine the suite takes 7 minutes instead of 10).
test: $(STAMP)
	$(PY) -m pytest -n auto
	@if [ "$$CI" = "true" ] || $(PY) -c "import psycopg; psycopg.connect('$(PG_URL)', connect_timeout=3).close()" 2>/dev/null; then \
		echo "== the database tests again, on PostgreSQL ($(PG_URL))"; \
		UNSEEN_DATABASE_URL=$(PG_URL) $(PY) -m pytest -n auto $(DJANGO_TESTS); \
	else \
		echo "PostgreSQL is not reachable at $(PG_URL): skipped its run here (under CI=true it fails instead)"; \
	fi

check: $(STAMP)
	$(VENV)/bin/ruff check src tests bench
	$(VENV)/bin/mypy src

bench: $(STAMP)
	$(PY) bench/import_bench.py

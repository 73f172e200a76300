# Kennisplein. `make run` and `make test` are all a newcomer needs.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PORT   ?= 8000
STAMP  := $(VENV)/.installed

.PHONY: run test test-random test-browser install migrate demo lint format lock clean bench messages \
	stack stack-test

$(STAMP): requirements.lock pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Kennisplein needs Python 3.11 or newer")'
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	@touch $@

# The interface in French and English: each catalogue compiled when it changed (needs GNU gettext).
MESSAGES := $(patsubst %.po,%.mo,$(wildcard locale/*/LC_MESSAGES/django.po))

%.mo: %.po
	msgfmt --check-format -o $@ $<

install: $(STAMP) $(MESSAGES)

# Adds new interface strings to the French and English catalogues (then translate them in
# locale/*/LC_MESSAGES/django.po; a test fails while one is missing, empty or fuzzy).
messages: install
	$(BIN)/python manage.py makemessages -l fr -l en --no-obsolete --ignore=tests \
		--ignore=bench --ignore=artifacts --ignore=media --ignore=media-test --ignore=staticfiles

migrate: install
	$(BIN)/python manage.py migrate --noinput

demo: migrate
	$(BIN)/python manage.py load_demo_content --port $(PORT)

run: demo
	@echo "Kennisplein runs at http://127.0.0.1:$(PORT)/ (admin: http://127.0.0.1:$(PORT)/admin/)"
	$(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

# The suite runs in parallel over the machine's cores (pytest-xdist, one database per worker):
# the browser tests as one group on one worker, the demo-site tests as another. WORKERS=0 runs
# it in one process; the slowest tests are listed at the end (docs/testing.md).
WORKERS ?= auto
ORDER   ?= -p no:randomly
PYTEST  := $(BIN)/python -m pytest -n $(WORKERS) --dist loadgroup --durations=10 $(ORDER)

test: install
	$(PYTEST) $(PYTEST_ARGS)

# The same in a random order: pytest-randomly prints its seed at the top; repeat an order with
# `make test-random PYTEST_ARGS=--randomly-seed=N`.
test-random: install
	$(MAKE) test ORDER=

# Only the real-browser tests (Chromium, see README); screenshots go to artifacts/screenshots/.
test-browser: install
	$(PYTEST) tests/browser $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	find . -path ./$(VENV) -prune -o -name '*.html' -path '*templates*' -print0 | xargs -0 $(BIN)/djhtml --check

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	find . -path ./$(VENV) -prune -o -name '*.html' -path '*templates*' -print0 | xargs -0 $(BIN)/djhtml

# The production stack on this machine (tests/stack/stack.py): Debian's nginx with TLS in front
# of two gunicorn servers and the task worker, on PostgreSQL (STACK_DATABASE_URL, default
# database kennisplein_stack, rebuilt each time) and a redis-server of its own. Needs nginx,
# redis-server, openssl and PostgreSQL on 127.0.0.1. `stack` prints its address and runs until
# Ctrl-C; `stack-test` runs tests/stack against it and stops it, also when a test fails.
stack: install
	$(BIN)/python -m tests.stack.stack

stack-test: install
	KENNISPLEIN_STACK=1 $(BIN)/python -m pytest tests/stack -p no:randomly -p no:xdist \
		--confcutdir=tests/stack --durations=5 $(PYTEST_ARGS)

# A benchmark, run by hand (never by `make test` or CI): gunicorn on PostgreSQL with the volume
# data, wrk at 10 connections; writes the table to docs/performance.md. Needs wrk (apt-get
# install wrk), PostgreSQL and Redis on 127.0.0.1. See docs/performance.md.
bench: install
	$(BIN)/python bench/run.py

# Re-pin every dependency after changing the bounds in pyproject.toml.
lock: install
	$(BIN)/pip-compile --quiet --extra dev --strip-extras --no-emit-find-links \
		--no-emit-index-url -o requirements.lock pyproject.toml

clean:
	rm -rf $(VENV) db.sqlite3 media media-test staticfiles

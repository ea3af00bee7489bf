# Two commands do everything on a fresh machine (Python 3.11 and make):
#   make dataset   set up .venv, then build the release of seeds/ under dist/v$(VERSION)
#   make test      set up .venv, then run the whole test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
VERSION ?= 1.0.0
STAMP := $(VENV)/.installed

.PHONY: setup dataset test clean

setup: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev,ray]'
	touch $@

dataset: $(STAMP)
	$(BIN)/arabic-news-clean --input seeds --output dist/v$(VERSION) --version $(VERSION)

# The browser tests of the review page need Debian's chromium; the script installs it when run as
# root and says how otherwise (the tests then skip with that message).
test: $(STAMP)
	-sh scripts/ensure_chromium.sh
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) dist build *.egg-info .pytest_cache

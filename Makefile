# Two commands do everything on a fresh machine (Python 3.11 and make):
#   make dataset   set up .venv, then build the release of seeds/ under dist/v$(VERSION)
#   make test      set up .venv, then run the whole test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
VERSION ?= 1.0.0
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test
# The release date of the seeds' release: their last commit, so every clone builds the same bytes
# (an exported SOURCE_DATE_EPOCH wins; without either, the newest page's modification day).
SEEDS_EPOCH := $(shell git log -1 --format=%ct -- seeds 2>/dev/null)

.PHONY: setup dataset test clean

setup: $(STAMP)

# The package alone: what `make dataset` needs (no Ray, no test tools).
$(STAMP): pyproject.toml constraints.txt
	[ -x $(BIN)/python ] || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e .
	touch $@

# What the tests need on top: pytest, hypothesis, Ray (the `test` extra).
$(TEST_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[test]'
	touch $@

dataset: $(STAMP)
	SOURCE_DATE_EPOCH="$${SOURCE_DATE_EPOCH:-$(SEEDS_EPOCH)}" \
	$(BIN)/arabic-news-clean --input seeds --output dist/v$(VERSION) --version $(VERSION)

# The browser tests of the review page need Debian's chromium; the script installs it when run as
# root and says how otherwise (the tests then skip with that message).
test: $(TEST_STAMP)
	-sh scripts/ensure_chromium.sh
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) dist build *.egg-info .pytest_cache

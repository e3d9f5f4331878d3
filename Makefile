# The two commands: `make build` and `make test` (see README.md).
# Both create .venv and install the exact lock in requirements.txt first.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
# Material prints a banner about its successor on every run; it is not a build warning.
export NO_MKDOCS_2_WARNING := 1
export PYTHONPATH := $(CURDIR)/hooks

.PHONY: build preview serve test nieuw bench lock clean

build: $(INSTALLED)
	$(BIN)/mkdocs build --strict

# A pull request's preview, opened from a folder (file://): drafts and scheduled posts
# shown, noindex, and links to .../index.html. Site search does not work from a folder.
PREVIEW_DIR ?= preview
preview: $(INSTALLED)
	SITE_PREVIEW=1 $(BIN)/mkdocs build --strict --no-directory-urls -d $(PREVIEW_DIR)

# --dirty: after an edit only the pages it affects are rebuilt (the hooks decide which).
serve: $(INSTALLED)
	$(BIN)/mkdocs serve --strict --dirty

test: $(INSTALLED)
	$(BIN)/python -m pytest

# make nieuw TITEL="Titel van het bericht" CATEGORIE=Actualiteit
nieuw: $(INSTALLED)
	@$(BIN)/python -m lho_site.new_post

# Benchmark of clean builds (bench/README.md), 10-30 minutes with the defaults:
# make bench BENCH_ARGS="--sizes 100 500 --rounds 3"
bench: $(INSTALLED)
	$(BIN)/python bench/run.py $(BENCH_ARGS)

$(INSTALLED): requirements.txt
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
		|| { echo "Python 3.11 or newer is needed (found: $$($(PYTHON) --version))"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -r requirements.txt
	$(BIN)/python -m pip check
	@touch $@

# Re-resolve requirements.in into the exact lock requirements.txt.
lock:
	rm -rf .lock-venv
	$(PYTHON) -m venv .lock-venv
	.lock-venv/bin/python -m pip install --quiet --disable-pip-version-check -r requirements.in
	{ echo "# Exact lock of requirements.in, made by 'make lock'. Installed with --no-deps."; \
	  .lock-venv/bin/python -m pip freeze --all --exclude pip --exclude setuptools --exclude wheel; } > requirements.txt
	rm -rf .lock-venv

clean:
	rm -rf site preview .venv .pytest_cache bench/.venv-usual

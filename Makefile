# The two commands: `make build` and `make test` (see README.md).
# Both create .venv and install the exact lock in requirements.txt first; `make test`
# also installs what the quality checks need (see README.md): Chromium, Java, npm,
# faketime and khal from the system's packages when missing, the HTML checker and
# axe-core from package-lock.json, and ProperDocs into .venv-properdocs. Only
# `make bench` installs the benchmark's bench/.venv-usual.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
USUAL_INSTALLED := bench/.venv-usual/.installed
PROPERDOCS_VENV := .venv-properdocs
PROPERDOCS_INSTALLED := $(PROPERDOCS_VENV)/.installed
NODE_INSTALLED := node_modules/.installed
# The browser the tests drive (Debian's package; elsewhere, e.g. CHROMIUM=/usr/bin/google-chrome).
export CHROMIUM ?= /usr/bin/chromium
# Material prints a banner about its successor on every run; it is not a build warning.
export NO_MKDOCS_2_WARNING := 1
export PYTHONPATH := $(CURDIR)/hooks

.PHONY: build preview serve beheer test nieuw importeer-wordpress bench lock clean system-tools lighthouse

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

# The web editor on this computer, without GitHub (README.md, "The web editor"): the site at
# http://127.0.0.1:8000/ as `make serve` shows it, and the editor at http://127.0.0.1:8000/beheer/,
# which saves into docs/ and data/ of this folder through decap-server (127.0.0.1:8081, the
# address Decap looks for). Ctrl+C stops both.
beheer: $(INSTALLED) $(NODE_INSTALLED)
	@MODE=fs GIT_REPO_DIRECTORY="$(CURDIR)" BIND_HOST=127.0.0.1 PORT=8081 LOG_LEVEL=warn \
		node node_modules/decap-server/dist/index.js & server=$$!; \
	trap 'kill $$server' EXIT INT TERM; \
	echo "De webeditor: http://127.0.0.1:8000/beheer/ (stoppen met Ctrl+C)"; \
	$(BIN)/mkdocs serve --strict --dirty

# The content checks run twice: today, and with the clock a year ahead (faketime), so that
# no test depends on the date it runs (a new quarter, a new year, a scheduled post).
CLOCK_CHECKS := tests/unit tests/test_site.py tests/test_feeds.py tests/test_findable.py tests/test_sections.py \
	tests/test_search_index.py tests/test_validation.py tests/test_kitchen_sink.py tests/test_editor_docs.py \
	tests/test_preview.py tests/test_agenda.py tests/test_calendar.py
test: system-tools $(INSTALLED) $(PROPERDOCS_INSTALLED) $(NODE_INSTALLED)
	$(BIN)/python -m pytest
	@echo "The content checks again, with the clock a year ahead:"
	faketime -f +366d $(BIN)/python -m pytest -q $(CLOCK_CHECKS)

# Lighthouse scores of one page of each type, on a phone (not a test: scores vary
# with the machine). Downloads the pinned Lighthouse with npx on first use.
lighthouse: build system-tools
	$(BIN)/python tools/lighthouse.py

# make nieuw TITEL="Titel van het bericht" CATEGORIE=Actualiteit
nieuw: $(INSTALLED)
	@$(BIN)/python -m lho_tools.new_post

# make importeer-wordpress BESTAND=export.xml [UPLOADS=pad/naar/wp-content/uploads] [CATEGORIE=Actualiteit]
# The posts of a WordPress export (Extra → Exporteren) as posts here; safe to run again (see CONTRIBUTING.md).
importeer-wordpress: $(INSTALLED)
	@$(BIN)/python -m lho_tools.wordpress

# Benchmark of clean builds (bench/README.md), 10-30 minutes with the defaults:
# make bench BENCH_ARGS="--sizes 100 500 --rounds 3"
bench: $(INSTALLED) $(USUAL_INSTALLED)
	$(BIN)/python bench/run.py $(BENCH_ARGS)

# The usual MkDocs blog set-up the benchmark compares with, in a virtualenv of its own.
$(USUAL_INSTALLED): bench/usual-requirements.txt | $(INSTALLED)
	$(BIN)/python -c 'import sys; sys.path.insert(0, "bench"); import run; run.usual_bin()'


$(INSTALLED): requirements.txt
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
		|| { echo "Python 3.11 or newer is needed (found: $$($(PYTHON) --version))"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -r requirements.txt
	$(BIN)/python -m pip check
	@touch $@

# Chromium, Java, npm, faketime and khal from the system's packages, when missing.
system-tools:
	@tools/install-system-tools

# vnu-jar brings the Nu Html Checker (run with the system's Java); its install script,
# which would download a Java runtime, is not run.
$(NODE_INSTALLED): package.json package-lock.json | system-tools
	npm ci --ignore-scripts --no-audit --no-fund
	@touch $@

# ProperDocs, the exit path from MkDocs, in a virtualenv of its own (tests/test_exit_path.py).
# No `pip check`: the lock leaves out mkdocs, which mkdocs-material names as a dependency.
$(PROPERDOCS_INSTALLED): requirements-properdocs.txt
	$(PYTHON) -m venv $(PROPERDOCS_VENV)
	$(PROPERDOCS_VENV)/bin/python -m pip install --quiet --disable-pip-version-check --no-deps -r requirements-properdocs.txt
	@touch $@

# Re-resolve requirements.in into the exact lock requirements.txt, then
# requirements-properdocs.in (with those versions) into requirements-properdocs.txt.
# $(call resolve,IN,OUT,EXTRA FREEZE OPTIONS)
define resolve
	rm -rf .lock-venv
	$(PYTHON) -m venv .lock-venv
	.lock-venv/bin/python -m pip install --quiet --disable-pip-version-check -r $(1)
	{ echo "# Exact lock of $(1), made by 'make lock'. Installed with --no-deps."; \
	  .lock-venv/bin/python -m pip freeze --all --exclude pip --exclude setuptools --exclude wheel $(3); } > $(2)
	rm -rf .lock-venv
endef

# ProperDocs answers Material's imports of mkdocs itself: MkDocs is left out of its lock.
lock:
	$(call resolve,requirements.in,requirements.txt)
	$(call resolve,requirements-properdocs.in,requirements-properdocs.txt,--exclude mkdocs --exclude mkdocs-get-deps)

clean:
	rm -rf site preview .venv .pytest_cache bench/.venv-usual $(PROPERDOCS_VENV) node_modules .lighthouse

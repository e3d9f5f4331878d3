# The commands: `make build`, `make check` and `make test` (see README.md).
# Each creates .venv and installs the exact lock of what building needs (requirements.txt)
# first; `make check` and `make test` add the lock of the tests and tools
# (requirements-dev.txt) and what the quality checks need (see README.md): Chromium, Java,
# npm, faketime and khal from the system's packages when missing, the HTML checker and
# axe-core from package-lock.json, and (`make test`) ProperDocs into .venv-properdocs.
# Only `make bench` installs the benchmark's bench/.venv-usual.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
DEV_INSTALLED := $(VENV)/.installed-dev
USUAL_INSTALLED := bench/.venv-usual/.installed
PROPERDOCS_VENV := .venv-properdocs
PROPERDOCS_INSTALLED := $(PROPERDOCS_VENV)/.installed
NODE_INSTALLED := node_modules/.installed
# The browser the tests drive (Debian's package; elsewhere, e.g. CHROMIUM=/usr/bin/google-chrome).
export CHROMIUM ?= /usr/bin/chromium
# Material prints a banner about its successor on every run; it is not a build warning.
export NO_MKDOCS_2_WARNING := 1
export PYTHONPATH := $(CURDIR)/hooks

.PHONY: build preview serve beheer check test nieuw importeer-wordpress bench speed lock clean system-tools lighthouse

build: $(INSTALLED)
	$(BIN)/mkdocs build --strict

# A pull request's preview, opened from a folder (file://): drafts and scheduled posts
# shown, noindex, and links to .../index.html. Site search does not work from a folder.
PREVIEW_DIR ?= preview
preview: $(INSTALLED)
	SITE_PREVIEW=1 $(BIN)/mkdocs build --strict --no-directory-urls -d $(PREVIEW_DIR)

# The port of `make serve` and `make beheer`: make serve POORT=8001
POORT ?= 8000

# --dirty: after an edit only the pages it affects are rebuilt (the hooks decide which).
serve: $(INSTALLED)
	$(BIN)/mkdocs serve --strict --dirty -a 127.0.0.1:$(POORT)

# The web editor on this computer, without GitHub (README.md, "The web editor"): the site at
# http://127.0.0.1:$(POORT)/ as `make serve` shows it, and the editor at .../beheer/, which saves
# into docs/ and data/ of this folder through decap-server on 127.0.0.1:8081 (the address Decap
# looks for). Needs Python and npm only (CONTRIBUTING.md). Ctrl+C stops both.
beheer: $(INSTALLED) $(NODE_INSTALLED)
	@MODE=fs GIT_REPO_DIRECTORY="$(CURDIR)" BIND_HOST=127.0.0.1 PORT=8081 LOG_LEVEL=warn \
		node node_modules/decap-server/dist/index.js & server=$$!; \
	trap 'kill $$server' EXIT INT TERM; \
	echo "De webeditor: http://127.0.0.1:$(POORT)/beheer/ (stoppen met Ctrl+C)"; \
	$(BIN)/mkdocs serve --strict --dirty -a 127.0.0.1:$(POORT)

# An editor's pull request's verdict, in a few minutes (README.md): the strict build into site/
# (on GitHub each content error an annotation on its line), then the checks of that real site
# on it, not built again (--built): what every page shows, valid HTML, no broken link, feeds,
# calendars, search, photos, safety; and, against origin/main, meetings moved without `changed:`.
QUALITY_TOOLS := system-tools $(DEV_INSTALLED) $(NODE_INSTALLED)
CHECK_ARGS := -q --built=site --content --ignore=tests/browser --ignore=tests/test_exit_path.py
check: $(QUALITY_TOOLS) build
	$(BIN)/python -m pytest $(CHECK_ARGS)
	@# A meeting moved against main without `changed:` (lho_tools/meeting_changes.py), where main is known.
	@if git rev-parse -q --verify origin/main >/dev/null; then $(BIN)/python -m lho_tools.meeting_changes origin/main; fi

# Everything, in runs of pytest side by side on the cores (tools/test_runs.py): the browser checks
# and the other checks of site/ and the fixture sites; the content checks again with the clock a year
# ahead (faketime), so that no test depends on the date it runs; and the checks that read the clock
# most on the next day of each season change (tools/season_days.py).
test: $(QUALITY_TOOLS) $(PROPERDOCS_INSTALLED) build
	$(BIN)/python tools/test_runs.py

# Lighthouse scores of one page of each type, on a phone (not a test: scores vary
# with the machine). Downloads the pinned Lighthouse with npx on first use.
lighthouse: build system-tools $(DEV_INSTALLED)
	$(BIN)/python tools/lighthouse.py

# make nieuw TITEL="Titel van het bericht" CATEGORIE=Actualiteit
nieuw: $(INSTALLED)
	@$(BIN)/python -m lho_tools.new_post

# make importeer-wordpress BESTAND=export.xml [UPLOADS=pad/naar/wp-content/uploads] [CATEGORIE=Actualiteit]
# The posts of a WordPress export (Extra → Exporteren) as posts here; safe to run again (see CONTRIBUTING.md).
importeer-wordpress: $(DEV_INSTALLED)
	@$(BIN)/python -m lho_tools.wordpress

# Benchmark of clean builds (bench/README.md), 10-30 minutes with the defaults:
# make bench BENCH_ARGS="--sizes 100 500 --rounds 3"
bench: $(INSTALLED) $(USUAL_INSTALLED)
	$(BIN)/python bench/run.py $(BENCH_ARGS)

# The speed figures in one run, each against its goal (bench/speed.py): clean build against the floor,
# its peak memory, the preview's edit and new post, photos cold and warm. About 15 minutes.
# make speed SPEED_ARGS="--photos 1000" for a publish the size of an imported archive.
speed: $(DEV_INSTALLED)
	$(BIN)/python bench/speed.py $(SPEED_ARGS)

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

# The tests and tools on top: both locks, checked together.
$(DEV_INSTALLED): $(INSTALLED) requirements-dev.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -r requirements.txt -r requirements-dev.txt
	$(BIN)/python -m pip check
	@touch $@

# Chromium, Java, npm, faketime and khal from the system's packages, when missing.
system-tools:
	@tools/install-system-tools

# vnu-jar brings the Nu Html Checker (run with the system's Java); its install script,
# which would download a Java runtime, is not run. `make beheer` needs npm only, no system tools.
$(NODE_INSTALLED): package.json package-lock.json
	@command -v npm >/dev/null || { echo "npm ontbreekt: installeer Node.js met npm (CONTRIBUTING.md)"; exit 1; }
	npm ci --ignore-scripts --no-audit --no-fund
	@touch $@

# ProperDocs, the exit path from MkDocs, in a virtualenv of its own (tests/test_exit_path.py).
# No `pip check`: the lock leaves out mkdocs, which mkdocs-material names as a dependency.
$(PROPERDOCS_INSTALLED): requirements-properdocs.txt
	$(PYTHON) -m venv $(PROPERDOCS_VENV)
	$(PROPERDOCS_VENV)/bin/python -m pip install --quiet --disable-pip-version-check --no-deps -r requirements-properdocs.txt
	@touch $@

# Re-resolve requirements.in into the exact lock requirements.txt; requirements-dev.in (with
# those versions) into requirements-dev.txt, without what requirements.txt already holds; and
# requirements-properdocs.in (with those versions) into requirements-properdocs.txt.
# $(call resolve,IN,OUT,EXTRA FREEZE OPTIONS,LOCK WHOSE LINES ARE LEFT OUT)
define resolve
	rm -rf .lock-venv
	$(PYTHON) -m venv .lock-venv
	.lock-venv/bin/python -m pip install --quiet --disable-pip-version-check -r $(1)
	{ echo "# Exact lock of $(1), made by 'make lock'. Installed with --no-deps."; \
	  .lock-venv/bin/python -m pip freeze --all --exclude pip --exclude setuptools --exclude wheel $(3) \
	  $(if $(4),| grep -vxF -f $(4)); } > $(2)
	rm -rf .lock-venv
endef

# ProperDocs answers Material's imports of mkdocs itself: MkDocs is left out of its lock.
lock:
	$(call resolve,requirements.in,requirements.txt)
	$(call resolve,requirements-dev.in,requirements-dev.txt,,requirements.txt)
	$(call resolve,requirements-properdocs.in,requirements-properdocs.txt,--exclude mkdocs --exclude mkdocs-get-deps)

clean:
	rm -rf site preview .venv .pytest_cache bench/.venv-usual $(PROPERDOCS_VENV) node_modules .lighthouse

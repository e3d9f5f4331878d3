import os
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from browsing import AXE, page_kinds, search_word, visit

CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
# Only 127.0.0.1 resolves: a request to another host fails instead of leaving the machine
# (the tests record every request, wherever it goes).
ARGUMENTS = ["--no-sandbox", "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"]


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.is_file():
        pytest.fail(f"{CHROMIUM} is missing: `make test` installs Debian's chromium (or set CHROMIUM)")
    if not AXE.is_file():
        pytest.fail("node_modules/axe-core is missing: `make test` installs it (npm ci)")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGUMENTS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def kinds(site):
    """The site's page of each type (browsing.page_kinds)."""
    return page_kinds(site.model)


@pytest.fixture(scope="session")
def word(site):
    """A word the site's search finds."""
    return search_word(site.model)


@pytest.fixture(scope="session")
def visits(browser, served, kinds, word):
    """visits(kind, width): the site's page of that kind opened once per session at that width."""
    done = {}

    def get(kind, width):
        if (kind, width) not in done:
            done[kind, width] = visit(browser, served + kinds[kind], width, search=word if kind == "zoeken" else None)
        return done[kind, width]

    return get

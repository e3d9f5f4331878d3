import os
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from browsing import AXE, page_kinds, search_word, visit
from serving import serve

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


@pytest.fixture(scope="session", params=["real", "kitchen-sink"])
def browsed(request, sites):
    """The sites the browser checks run on: the real one, and the kitchen sink, which has every
    page type (an editor's copy of the real site adds none)."""
    return sites(request.param)


@pytest.fixture(scope="session")
def address(browsed):
    """Where the browsed site is served on 127.0.0.1."""
    with serve(browsed.site_dir) as url:
        yield url


@pytest.fixture(scope="session")
def kinds(browsed):
    """The site's page of each type (browsing.page_kinds)."""
    return page_kinds(browsed.model)


@pytest.fixture(scope="session")
def word(browsed):
    """A word the site's search finds."""
    return search_word(browsed.model)


@pytest.fixture(scope="session")
def visits(browser, address, kinds, word):
    """visits(kind, width): the site's page of that kind opened once per session at that width."""
    done = {}

    def get(kind, width):
        if (kind, width) not in done:
            done[kind, width] = visit(browser, address + kinds[kind], width, search=word if kind == "zoeken" else None)
        return done[kind, width]

    return get

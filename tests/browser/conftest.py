import pytest
from playwright.sync_api import sync_playwright

from browsing import ARGUMENTS, AXE, CHROMIUM, page_kinds, search_word, visit_all
from serving import serve


def pytest_collection_modifyitems(config, items):
    """Every page type is checked at both widths on the kitchen sink, which has them all; the real site's
    content at a phone's, where most visitors read it (a width changes the layout, not the content)."""
    once = [item for item in items if "visits" in item.fixturenames and getattr(item, "callspec", None)
            and item.callspec.params.get("browsed") == "real" and item.callspec.params.get("width") == "computer"]
    if once:
        config.hook.pytest_deselected(items=once)
        items[:] = [item for item in items if item not in once]


@pytest.fixture(scope="session")
def browser_tools():
    """Chromium and axe are there (`make test` installs them): a test that needs them fails, loudly, if not."""
    if not CHROMIUM.is_file():
        pytest.fail(f"{CHROMIUM} is missing: `make test` installs Debian's chromium (or set CHROMIUM)")
    if not AXE.is_file():
        pytest.fail("node_modules/axe-core is missing: `make test` installs it (npm ci)")


@pytest.fixture(scope="session")
def browser(browser_tools):
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
def visits(browser_tools, address, kinds, word):
    """visits(kind, width): the site's page of that kind opened once per session at that width (all kinds
    at the first call for a width, several at once)."""
    done = {}

    def get(kind, width):
        if width not in done:
            done[width] = visit_all({k: (address + url, width, k == "zoeken") for k, url in kinds.items()}, word)
        return done[width][kind]

    return get

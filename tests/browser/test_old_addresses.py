"""Old addresses in Chromium: the page at an old address and the script for one with a query (/?p=123) both
land on the new page, under the site's policy and without asking another host."""

import pytest

from browsing import RECORD_POLICY_VIOLATIONS
from lho_site.pages.redirects import redirects
from serving import serve


@pytest.fixture(scope="module")
def kitchen_sink(sites):
    site = sites("kitchen-sink")
    with serve(site.site_dir) as url:
        yield site, url


def landing(browser, address):
    """(where the browser ends up, the policy's reports, every host asked) after opening `address`."""
    context = browser.new_context()
    context.add_init_script(RECORD_POLICY_VIOLATIONS)
    requests = []
    context.on("request", lambda request: requests.append(request.url))
    page = context.new_page()
    page.goto(address, wait_until="load")
    page.wait_for_load_state("networkidle")
    result = page.url, page.evaluate("() => window.__policyViolations || []"), requests
    context.close()
    return result


@pytest.mark.parametrize("kind", ["page", "query"])
def test_an_old_address_lands_on_its_new_page(browser, kitchen_sink, kind):
    site, url = kitchen_sink
    redirect = next(r for r in redirects(site.model) if bool(r.old.query) == (kind == "query")
                    and not r.target.endswith(".xml"))
    landed, violations, requests = landing(browser, url + redirect.old.address.lstrip("/"))
    assert landed == url + redirect.target
    assert violations == []
    assert [r for r in requests if not r.startswith(url)] == []


def test_an_unknown_query_stays_on_the_home_page(browser, kitchen_sink):
    _, url = kitchen_sink
    landed, violations, _ = landing(browser, url + "?p=999999")
    assert landed == url + "?p=999999" and violations == []

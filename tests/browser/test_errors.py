"""No page asks for something that is not there, and no script logs an error."""

import pytest

from browsing import PAGES, WIDTHS

# The 404 page is served with status 404 (as GitHub Pages does), which Chromium logs.
EXPECTED = {"404": ["console: Failed to load resource: the server responded with a status of 404 (Not Found)"]}


# Material's bundle also fetches sitemap.xml next to every <link rel="alternate">, so next
# to each feed: lho_site/sitemaps.py puts one in every feed folder, and this test proves it.
@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("kind", PAGES)
def test_no_failed_request_and_no_error_in_the_console(visits, kind, width):
    assert visits(kind, width).failures == EXPECTED.get(kind, [])

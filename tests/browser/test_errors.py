"""No page asks for something that is not there, and no script logs an error."""

import pytest

from browsing import WIDTHS

# The 404 page is served with status 404 (as GitHub Pages does), which Chromium logs.
EXPECTED = {"404": ["console: Failed to load resource: the server responded with a status of 404 (Not Found)"]}


# Material's bundle also fetches sitemap.xml next to every <link rel="alternate">, so next
# to each feed: lho_site/outputs/sitemaps.py puts one in every feed folder, and this test proves it.
@pytest.mark.parametrize("width", WIDTHS)
def test_no_failed_request_and_no_error_in_the_console(visits, kinds, width):
    found = {kind: visits(kind, width).failures for kind in kinds}
    assert {kind: failures for kind, failures in found.items() if failures != EXPECTED.get(kind, [])} == {}

"""No page asks for something that is not there, and no script logs an error."""

import pytest

from browsing import PAGES, WIDTHS

# The 404 page is served with status 404 (as GitHub Pages does), which Chromium logs.
EXPECTED = {"404": ["console: Failed to load resource: the server responded with a status of 404 (Not Found)"]}
# Material's bundle fetches sitemap.xml next to every <link rel="alternate"> (for its
# language selector). Next to a section's own feed there is no sitemap.xml: a 404, logged
# in the console (and Lighthouse's best practices drop to 0.96). Strict: when this is
# solved, the test says so, and the mark goes.
MATERIAL_SITEMAP_FETCH = pytest.mark.xfail(
    strict=True, reason="Material fetches sitemap.xml next to the section feed's <link rel=alternate>")
KNOWN = {"categorie", "nieuwsbrief", "nieuwsbrieven"}


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("kind", [pytest.param(k, marks=MATERIAL_SITEMAP_FETCH) if k in KNOWN else k
                                  for k in PAGES])
def test_no_failed_request_and_no_error_in_the_console(visits, kind, width):
    assert visits(kind, width).failures == EXPECTED.get(kind, [])

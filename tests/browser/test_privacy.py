"""Nothing leaves for a third party: every request of every type of page (and of the search)
goes to the site itself, no cookie is set, nothing is stored; the privacy page says so."""

import pytest

from browsing import WIDTHS, visit_all
from serving import serve


@pytest.mark.parametrize("width", WIDTHS)
def test_every_request_goes_to_the_site_itself(visits, kinds, address, width):
    for kind in kinds:
        requests = visits(kind, width).requests
        assert requests, f"{kind}: no request recorded"
        assert [url for url in requests if not url.startswith(address)] == [], kind


@pytest.mark.parametrize("width", WIDTHS)
def test_no_cookie_and_nothing_stored(visits, kinds, width):
    for kind in kinds:
        page = visits(kind, width)
        assert page.cookies == [], kind
        assert page.cookie_writes == [], kind
        # Material can keep settings in localStorage (a chosen colour scheme, a closed
        # announcement); this site has none of those, so nothing is stored at all.
        assert page.storage == {"local": {}, "session": {}}, kind


@pytest.mark.parametrize("width", WIDTHS)
def test_search_runs_in_the_browser(visits, address, word, width):
    requests = visits("zoeken", width).requests
    assert address + "search/search_index.json" in requests
    # The search worker's own requests are recorded too.
    assert any(url.endswith("/lunr.nl.min.js") for url in requests)
    assert [url for url in requests if word in url] == []


def test_the_privacy_page_says_so(real_site):
    text = " ".join(real_site.html("privacy/").get_text(" ").split())
    for claim in ("Geen cookies", "bewaart niets in je browser", "Niets van andere partijen",
                  "Zoeken blijft op je eigen apparaat",
                  "Dat controleren we bij elke wijziging automatisch"):
        assert claim in text


def test_the_checks_find_a_third_party_request_a_cookie_and_storage(browser_tools, tmp_path):
    """The checks can fail: a page with Google Fonts, a cookie and a stored value."""
    (tmp_path / "index.html").write_text(
        '<!doctype html><html lang="nl"><title>t</title>'
        '<link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Roboto">'
        '<script>document.cookie = "bezoeker=1"; localStorage.setItem("gezien", "1")</script></html>',
        encoding="utf-8")
    with serve(tmp_path) as url:
        page = visit_all({"": (url, "telefoon", False)})[""]
    assert "https://fonts.googleapis.com/css?family=Roboto" in page.requests
    assert page.cookie_writes == ["bezoeker=1"]
    assert page.cookies != []
    assert page.storage["local"] == {"gezien": "1"}

"""Old addresses lead on: a small page at each (aliases:, the old categories, the old feed), a map for those
with a query, and none of them in the menu, the sitemaps or the search index.

The checks run on every site of tests/sites.py and take the old addresses from its content; the
mistakes an editor can make with them are in tests/test_validation.py, the browser's part in
tests/browser/test_old_addresses.py.
"""

import json
import posixpath

import lxml.html

from lho_site.pages.redirects import REDIRECTS_MAP, redirects
from sitebuild import build_site, fixture_site
from test_findable import sitemap_entries
from test_html_valid import check_html, describe
from test_site import redirect_files


def test_every_old_address_has_a_page_that_leads_to_its_target(site):
    base = site.model.data.url
    found = [r for r in redirects(site.model) if r.old.dest_uri]
    assert any(r.old.address == "/feed/" for r in found)
    for redirect in found:
        path = site.site_dir / redirect.old.dest_uri
        document = lxml.html.fromstring(path.read_bytes())
        head = document.head
        assert head.xpath('meta[@name="robots"]/@content') == ["noindex"], path
        assert head.xpath('link[@rel="canonical"]/@href') == [base + redirect.target], path
        refresh = head.xpath('meta[@http-equiv="refresh"]/@content')[0]
        assert refresh.startswith("0; url="), path
        target = refresh.removeprefix("0; url=")
        landed = posixpath.normpath(posixpath.join(posixpath.dirname(redirect.old.dest_uri), target))
        assert (site.site_dir / landed / ("index.html" if target.endswith("/") else "")).is_file(), (path, target)
        link = document.xpath("//main//a")[0]
        assert link.getparent().text_content().startswith("Deze pagina is verhuisd naar"), path
        assert link.get("href") == target and link.text_content() == redirect.title, path
        assert document.xpath("//script | //iframe | //img | //link[@rel='stylesheet']") == [], path
        policy = head.xpath('meta[@http-equiv="Content-Security-Policy"]')
        assert len(policy) == 1 and head.index(policy[0]) == 1 and "script-src 'self';" in policy[0].get("content")


def test_old_addresses_are_in_no_sitemap_search_index_or_menu(site):
    base = site.model.data.url
    moved = {base + r.old.dest_uri.removesuffix("index.html") for r in redirects(site.model) if r.old.dest_uri}
    assert moved and moved.isdisjoint(loc for loc, _ in sitemap_entries(site))
    index = json.loads((site.site_dir / "search" / "search_index.json").read_text(encoding="utf-8"))
    locations = {base + doc["location"].split("#")[0] for doc in index["docs"]}
    assert moved.isdisjoint(locations)
    home = lxml.html.fromstring((site.site_dir / "index.html").read_bytes())
    links = {posixpath.normpath(href) for href in home.xpath("//nav//a/@href")}
    assert not any(posixpath.normpath(m.removeprefix(base)) in links for m in moved)


def test_old_addresses_with_a_query_are_in_the_map_the_home_and_404_pages_read(site):
    expected = {r.old.address: r.target for r in redirects(site.model) if r.old.query}
    assert json.loads((site.site_dir / REDIRECTS_MAP).read_text(encoding="utf-8")) == expected
    for page in ("index.html", "404.html"):
        document = lxml.html.fromstring((site.site_dir / page).read_bytes())
        script = document.xpath('//script[contains(@src, "lho-old-addresses.js")]')
        assert len(script) == 1 and script[0].get("data-lho-map").endswith(REDIRECTS_MAP), page


def test_pages_at_old_addresses_are_valid_html(site):
    pages = redirect_files(site)
    assert pages
    errors = check_html(pages)
    assert errors == [], "\n".join(describe(m, site.site_dir) for m in errors)



def test_a_post_whose_date_moved_it_to_another_month_leads_on_from_the_month_of_its_file_name(tmp_path):
    """Its file name keeps the day it was written (and perhaps published) on; links to that address stay good."""
    moved = ("---\ntitle: Verschoven\ndate: 2024-02-03\ncategories: [Actualiteit]\ndescription: Later dan gedacht.\n"
             "---\n\nTekst.\n")
    built = build_site(fixture_site(tmp_path, {"docs/nieuws/posts/2024-01-28-verschoven.md": moved}), tmp_path / "site")
    assert built.error is None, built.how_to_reproduce()
    old = lxml.html.fromstring((built.site_dir / "nieuws/2024/01/verschoven/index.html").read_bytes())
    assert old.xpath('//meta[@http-equiv="refresh"]/@content') == ["0; url=../../02/verschoven/"]
    assert (built.site_dir / "nieuws/2024/02/verschoven/index.html").is_file()

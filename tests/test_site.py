"""What every site must show, whatever its content: posts, listings, blocks on every page, privacy.

Each check runs on every site of tests/sites.py and derives what it expects from that
site's content (`site.model`), so an editor's new post, portrait or photo never turns
it red. Exact expectations belong to fixture sites (tests/test_kitchen_sink.py).
"""

import re
from urllib.parse import urljoin, urlsplit

import pytest

from lho_site.pages.redirects import redirects
from sitebuild import ROOT, build_site, definitions, different_files

BASE = "https://site.test/"


def redirect_files(site):
    """The pages at old addresses, which only send a visitor on (tests/test_redirects.py)."""
    return sorted(site.site_dir / r.old.dest_uri for r in redirects(site.model) if r.old.dest_uri)


def all_pages(site):
    """Every page of the site, not counting the pages at old addresses and the web editor's page
    (beheer/: tests/test_cms_config.py checks it)."""
    moved = set(redirect_files(site))
    return sorted(path for path in site.site_dir.rglob("*.html")
                  if path not in moved and path.relative_to(site.site_dir).parts[0] != "beheer")


def card_titles(page):
    return [card.select_one(".lho-card__title").get_text(strip=True) for card in page.select("article.lho-card")]


def listing_titles(site, listing):
    """The card titles on every page of a paginated listing, in order."""
    return [title for link in listing.pages for title in card_titles(site.html(link.url))]


def test_build_log_has_no_warnings(site):
    assert site.warnings == []
    assert site.errors == []


def test_every_published_post_has_its_page(site):
    for post in site.model.public:
        page = site.html(post.url)
        article = page.select_one("article.lho-post")
        assert article.h1.get_text(strip=True) == post.title, post.path
        assert article.select_one(".lho-meta time").get_text(strip=True) == post.date_text
        assert [a.get_text() for a in article.select(".lho-meta__categories a")] == [c.name for c in post.categories]
        assert page.title.get_text() == f"{post.title} - {site.model.data.name}"


def test_drafts_and_scheduled_posts_have_no_page(site):
    for post in site.model.posts:
        if post not in site.model.public:
            assert not site.file(post.url).exists(), post.path


def test_news_index_and_categories_list_their_posts_newest_first(site):
    model = site.model
    news = next(item for item in model.listings if item.src_uri == "nieuws/index.md")
    assert listing_titles(site, news) == [p.title for p in model.public]
    for listing in model.listings:
        if listing.category and listing.page == 1:
            expected = [p.title for p in model.public if listing.category in p.categories]
            assert listing_titles(site, listing) == expected, listing.url
    dates = [t["datetime"] for t in site.html("nieuws/").select("article.lho-card time")]
    assert dates == sorted(dates, reverse=True)


def test_listed_cards_link_to_their_posts(site):
    for post in site.model.public[:site.model.data.news_per_page]:
        card = next(c for c in site.html("nieuws/").select("article.lho-card") if c.h2.get_text(strip=True) == post.title)
        assert card.select_one("time").get_text(strip=True) == post.date_text
        assert urljoin(BASE + "nieuws/", card.h2.a["href"]) == BASE + post.url


def test_event_posts_show_their_facts_box(site):
    for post in site.model.public:
        facts = site.html(post.url).select_one("section.lho-facts dl")
        if post.event is None:
            assert facts is None, post.path
            continue
        event = post.event
        expected = {"Datum": event.date_text, "Tijd": event.time_text, "Plaats": event.place}
        expected = {label: value for label, value in expected.items() if value}
        shown = definitions(facts)
        assert expected.items() <= shown.items(), post.path
        if event.attendees:
            assert event.attendees in shown["Aanwezig"], post.path


def test_about_and_newsletter_blocks_are_on_every_page(site):
    data = site.model.data
    pages = all_pages(site)
    assert len(pages) > 10
    for path in pages:
        page = site.html(str(path.relative_to(site.site_dir)))
        about = page.select_one("aside.lho-about")
        assert about is not None, path
        headings = [h.get_text() for h in about.select("h2")]
        assert headings == [data.about.title, data.newsletter.title], path
        assert about.select_one(f'a[href="{data.newsletter.signup_url}"]'), path


def test_home_page_shows_the_latest_news(site):
    assert card_titles(site.html("").select_one(".lho-latest")) == [p.title for p in site.model.public[:3]]


def test_archive_lists_each_year_and_its_posts(site):
    years = sorted({p.moment.when.year for p in site.model.public}, reverse=True)
    assert [a.get_text() for a in site.html("nieuws/archief/").select(".lho-years a")] == [str(y) for y in years]
    for year in years:
        titles = [a.get_text() for a in site.html(f"nieuws/archief/{year}/").select(".lho-compact a")]
        assert titles == [p.title for p in site.model.public if p.moment.when.year == year]


def test_html_is_dutch(site):
    for path in all_pages(site):
        assert site.html(str(path.relative_to(site.site_dir))).html["lang"] == "nl", path


@pytest.mark.rebuilds
def test_two_builds_in_one_process_are_byte_identical(real_site, tmp_path):
    again = build_site(ROOT / "mkdocs.yml", tmp_path / "again")
    assert again.error is None
    assert different_files(real_site.site_dir, again.site_dir) == []


# Hosts named in Material's unchanged JavaScript, none of which our pages make a request to:
# unpkg.com loads a ResizeObserver polyfill for very old browsers and Mermaid (not enabled);
# github.com and api.github.com serve repository facts, only used when repo_url is set (it is not);
# the rest are licence and documentation links in comments of the lunr search files.
KNOWN_JS_HOSTS = {
    "unpkg.com", "github.com", "api.github.com", "www.w3.org", "www.mozilla.org", "snowball.tartarus.org",
    "tartarus.org", "code.google.com", "fontawesome.com", "en.wikipedia.org", "developer.mozilla.org",
    "clipboardjs.com", "bit.ly", "wiki.ecmascript.org", "wiki.commonjs.org", "underscorejs.org",
    "people.mozilla.org", "narwhaljs.org", "msdn.microsoft.com", "lunrjs.com", "docs.python.org", "chasen.org",
}
LOADING_ATTRIBUTES = ("src", "srcset", "poster", "data", "action")
URL = re.compile(r"https?://[a-zA-Z0-9.-]+[^\s\"'()<>]*")
CSS_LOAD = re.compile(r"""(?:url\(\s*|@import\s+)['"]?(https?://[^'")\s]+)""")


def foreign(url, own_host):
    host = urlsplit(url.strip()).hostname
    return host is not None and host != own_host


def test_no_page_or_stylesheet_loads_anything_from_another_host(site):
    own = urlsplit(site.model.data.url).hostname
    found = []
    for path in all_pages(site):
        page = site.html(str(path.relative_to(site.site_dir)))
        for element in page.find_all(True):
            for attribute in LOADING_ATTRIBUTES:
                for url in URL.findall(element.get(attribute) or ""):
                    if foreign(url, own):
                        found.append((path.name, element.name, url))
            if element.name == "link" and foreign(element.get("href", ""), own):
                found.append((path.name, "link", element["href"]))
            if element.name == "style" or element.get("style"):
                found += [(path.name, "style", u) for u in CSS_LOAD.findall(element.get("style") or element.get_text())
                          if foreign(u, own)]
    for css in site.site_dir.rglob("*.css"):
        found += [(css.name, "css", u) for u in CSS_LOAD.findall(css.read_text(encoding="utf-8")) if foreign(u, own)]
    assert found == []


def test_javascript_names_no_new_third_party_host(site):
    """The scripts of the site's pages; the web editor's (beheer/) name every host Decap CMS can work
    with, and its page's own policy and tests/browser/test_editor.py keep it to the site and GitHub."""
    hosts = set()
    for script in site.site_dir.rglob("*.js"):
        if script.relative_to(site.site_dir).parts[0] == "beheer":
            continue
        hosts |= {urlsplit(u).hostname for u in URL.findall(script.read_text(encoding="utf-8"))}
    assert hosts - KNOWN_JS_HOSTS - {urlsplit(site.model.data.url).hostname} == set()

"""What every site must show, whatever its content: posts, listings, blocks on every page, privacy.

Each check runs on every site of tests/sites.py and derives what it expects from that
site's content (`site.model`), so an editor's new post, portrait or photo never turns
it red. Exact expectations belong to fixture sites (tests/test_kitchen_sink.py).
"""

import re
import sys
from urllib.parse import parse_qs, urljoin, urlsplit

import pytest

from lho_site.content.dates import dutch_number
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
    """Every page but the home page, which shows the newsletter in its own content."""
    data = site.model.data
    pages = all_pages(site)
    assert len(pages) > 10
    home = site.html("")
    assert home.select_one("aside.lho-about") is None
    assert home.select_one(f'.md-content a[href="{data.newsletter.signup_url}"]')
    for path in pages:
        if path == site.site_dir / "index.html":
            continue
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


@pytest.mark.rebuilds
@pytest.mark.skipif(sys.platform != "linux", reason="forks only on Linux")
def test_pages_converted_and_rendered_in_forked_processes_are_byte_identical(real_site, tmp_path, forked_pages):
    again = build_site(ROOT / "mkdocs.yml", tmp_path / "again")
    assert again.error is None
    assert forked_pages and all(forked_pages), "not every page was converted and rendered in a forked process"
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


def reading_pages(site):
    """The pages to read (lho_site/pages/reading.py), by URL: of a reading type (posts, portraits, Doe mee)
    and the hand-written pages of their own (not a section's overview)."""
    model, docs = site.model, site.config_file.parent / "docs"
    sources = [path.relative_to(docs).as_posix() for path in docs.rglob("*.md")]
    own = [src.removesuffix(".md") + "/" for src in sources
           if not src.startswith(("nieuws/", "portretten/")) and not src.endswith("index.md")]
    return [*(item.url for page_type, item in model.pages.values() if page_type.reading), *own]


def test_reading_pages_are_one_column_with_a_table_of_contents_only_when_it_helps(site):
    for url in reading_pages(site):
        page = site.html(url)
        assert page.select_one(".md-sidebar--primary").has_attr("hidden"), url
        headings = page.select(".lho-reading :is(h2, h3, h4, h5, h6):has(> a.headerlink)")
        assert page.select_one(".md-sidebar--secondary").has_attr("hidden") == (len(headings) < 3), url
        inline = [a["href"] for a in page.select(".lho-toc-inline a")]
        assert inline == ([] if len(headings) < 3 else [f"#{h['id']}" for h in headings if h.name == "h2"]), url


def test_no_page_has_an_edit_link_and_reading_pages_ask_for_mistakes_by_mail(site):
    for path in all_pages(site):
        assert "md-content__button" not in path.read_text(encoding="utf-8"), path
    for url in reading_pages(site):
        report = site.html(url).select_one(".lho-report a")
        assert report.get_text(strip=True) == "Fout gezien? Laat het ons weten", url
        assert urlsplit(report["href"]).path == site.model.data.contact_email


def test_reading_pages_end_with_share_links_to_their_own_address(site):
    for url in reading_pages(site):
        page = site.html(url)
        address = page.select_one('link[rel="canonical"]')["href"]
        links = page.select(".lho-share a")
        assert [a.get_text() for a in links][:4] == ["E-mail", "LinkedIn", "WhatsApp", "Bluesky"], url
        for link in links:
            values = [v for vs in parse_qs(urlsplit(link["href"]).query).values() for v in vs] or [link["href"]]
            assert any(address in value for value in values), (url, link["href"])


def shares(post, item) -> bool:
    """Whether `post` names a promise or category `item` (a post or portrait) names too."""
    return bool(set(post.promises) & set(item.promises) or set(post.categories) & set(getattr(item, "categories", ())))


def test_related_posts_share_a_category_or_promise(site):
    model = site.model
    by_url = {post.url: post for post in model.public}
    for item in [*model.public, *model.portraits]:
        cards = site.html(item.url).select(".lho-related .lho-card__title a")
        related = [by_url[urljoin("/" + item.url, a["href"]).lstrip("/")] for a in cards]
        assert item not in related and all(shares(post, item) for post in related), item.url
        assert len(related) == min(3, sum(1 for post in model.public if post != item and shares(post, item))), item.url


def test_home_page_says_what_the_movement_wants_and_how_to_take_part(site):
    model, home = site.model, site.html("")
    hero = home.select_one(".lho-hero")
    assert hero.select_one(".lho-hero__mission").get_text(strip=True) == model.data.description
    actions = {a.get_text(strip=True): urljoin(BASE, a["href"]) for a in hero.select(".lho-hero__actions a")}
    assert actions == {"Lees het manifest": BASE + "manifest/", "Doe mee": BASE + "doe-mee/"}
    assert [a.get_text(" ", strip=True) for a in home.select(".lho-promise-list a")] == [
        f"{p.number} {p.title}" for p in model.manifest.promises.values()]
    assert [a.get_text(strip=True) for a in home.select(".lho-network-list a")] == [n.name for n in model.networks.values()]
    counts = [c.strong.get_text() for c in home.select(".lho-campaign__count")]
    assert counts == [dutch_number(c.signatories) for c in model.campaigns.values()]


def test_home_news_tiles_show_the_photo_or_a_drawn_block_with_the_category(site):
    tiles = site.html("").select(".lho-latest .lho-card--tile")
    assert len(tiles) == len(site.model.public[:3])
    for tile, post in zip(tiles, site.model.public, strict=False):
        if post.image:
            assert tile.select_one(".lho-card__image picture"), post.url
        else:
            assert tile.select_one(".lho-card__drawn-category").get_text() == post.categories[0].name, post.url


def test_the_menu_column_shows_only_in_sections_that_list_pages(site):
    """Elsewhere it would list the page alone: every page is then one centred column."""
    menu = site.model.menu()
    for path in all_pages(site):
        url = str(path.relative_to(site.site_dir)).removesuffix("index.html")
        if url == "404.html":  # no page of the content: it keeps the menu, to go on from
            continue
        sidebar = site.html(url).select_one(".md-sidebar--primary")
        listed = {s.removesuffix("index.md") for s in menu if s} | {
            site.model.pages[src][1].url for section, pages in menu.items() if section for _, src in pages}
        in_section = url in listed and url not in {p.url for p in site.model.portraits}
        assert sidebar.has_attr("hidden") != in_section, url


def test_doe_mee_offers_every_way_to_take_part_from_the_data(site):
    """Each campaign with its way to sign (its `sign:`, or until it has one a mail to the core group), the
    meetings, the networks and the newsletter, in the words of data/site.yml."""
    model, page = site.model, site.html("doe-mee/")
    data = model.data
    assert page.select_one(".lho-lead").get_text(strip=True).startswith(data.description)
    for campaign in model.campaigns.values():
        section = page.select_one(f"#teken-{campaign.id}").find_parent("section")
        hrefs = {a["href"] for a in section.select("a")}
        assert (campaign.sign or f"mailto:{data.contact_email}") in hrefs, campaign.id
        assert dutch_number(campaign.signatories) in section.get_text()
    letter = page.select_one("#lees-de-nieuwsbrief").find_parent("section")
    text = " ".join(letter.get_text().split())
    assert all(" ".join(p.split()) in text for p in data.newsletter.paragraphs)
    assert letter.select_one(f'a[href="{data.newsletter.signup_url}"]')

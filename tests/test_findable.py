"""Findable and shareable: canonical URLs, link previews, structured data, sitemap, images, 404."""

import datetime as dt
import json
import xml.etree.ElementTree as ET
from urllib.parse import urljoin

from PIL import Image

from lho_site.pages import site as pages_site
from lho_site.pages.structured_data import event
from sitebuild import build_site, fixture_site
from test_site import all_pages

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def meta(page, key):
    tag = page.find("meta", attrs={"property": key}) or page.find("meta", attrs={"name": key})
    return tag["content"] if tag else None


def page_url(site, path):
    relative = str(path.relative_to(site.site_dir))
    return relative.removesuffix("index.html")


def test_every_page_has_canonical_url_and_link_preview(site):
    base = site.model.data.url
    for path in all_pages(site):
        url = page_url(site, path)
        if url == "404.html":
            continue
        page = site.html(url)
        assert page.find("link", rel="canonical")["href"] == base + url, url
        for key in ("og:title", "og:description", "og:url", "og:image", "og:image:alt", "og:type",
                    "twitter:card", "twitter:title", "twitter:image"):
            assert meta(page, key), (url, key)
        image = meta(page, "og:image").removeprefix(base)
        with Image.open(site.site_dir / image) as picture:
            assert picture.width >= 200, (url, image)


def test_every_post_without_a_photo_has_a_share_card_of_its_own(site):
    """Drawn by the build (lho_site/outputs/images.py): 1200×630, at most 100 KB, with the post's title in its
    alt text, and no two posts alike."""
    base, cards = site.model.data.url, {}
    for post in site.model.public:
        if post.image:
            continue
        page = site.html(post.url)
        image = meta(page, "og:image").removeprefix(base)
        assert image.startswith("assets/images/delen/") and post.title in meta(page, "og:image:alt"), post.url
        with Image.open(site.site_dir / image) as picture:
            assert picture.size == (1200, 630)
        assert (site.site_dir / image).stat().st_size <= 100_000
        cards[image] = post.url
    assert len(cards) == sum(1 for post in site.model.public if not post.image)


def test_posts_are_articles_with_news_article_data(site):
    base = site.model.data.url
    for post in site.model.public:
        page = site.html(post.url)
        assert meta(page, "og:type") == "article"
        assert meta(page, "article:published_time") == post.moment.when.isoformat()
        data = json.loads(page.find("script", type="application/ld+json").string)
        assert data["@type"] == "NewsArticle"
        assert data["headline"] == post.title
        assert data["url"] == base + post.url
        assert data["publisher"]["name"] == site.model.data.name


def test_home_page_describes_the_organization(site):
    data = json.loads(site.html("").find("script", type="application/ld+json").string)
    assert data["@type"] == "Organization" and data["url"] == site.model.data.url
    assert meta(site.html(""), "og:type") == "website"


def sitemap_entries(site):
    """Every (loc, lastmod) of every sitemap the index at /sitemap.xml names."""
    index = ET.parse(site.site_dir / "sitemap.xml").getroot()
    assert index.tag == f"{SITEMAP}sitemapindex"
    entries = []
    for sitemap in index:
        path = sitemap.findtext(f"{SITEMAP}loc").removeprefix(site.model.data.url)
        entries += [(url.findtext(f"{SITEMAP}loc"), url.findtext(f"{SITEMAP}lastmod"))
                    for url in ET.parse(site.site_dir / path).getroot()]
    return entries


def test_sitemaps_hold_every_page_once_with_dates_from_the_content(site):
    base, model = site.model.data.url, site.model
    entries = sitemap_entries(site)
    locations = [loc for loc, _ in entries]
    assert sorted(locations) == sorted(base + page_url(site, p) for p in all_pages(site) if p.name != "404.html")
    dates = dict(entries)
    for post in model.public:
        assert dates[base + post.url] == post.modified.isoformat()
    for category in model.data.categories.values():
        newest = next((p.moment.day.isoformat() for p in model.public if category in p.categories), None)
        assert dates[base + category.url] == newest
    for issue in model.issues:
        assert dates[base + issue.url] == issue.published_at.date().isoformat()
    assert dates[base + "over-ons/"] is None


def test_the_sitemap_material_reads_next_to_each_feed_link_exists_and_stays_small(site):
    """Material's script downloads sitemap.xml next to every <link rel=alternate> of a page."""
    base = site.model.data.url
    folders = set()
    for path in all_pages(site):
        url = page_url(site, path)
        for link in site.html(url).head.select('link[rel="alternate"]'):
            folders.add(urljoin(base + url, link["href"]).rsplit("/", 1)[0] + "/")
    assert folders == {base} | {base + folder for folder in site.model.feed_folders}
    for folder in folders:
        assert (site.site_dir / folder.removeprefix(base) / "sitemap.xml").is_file(), folder
    assert (site.site_dir / "sitemap.xml").stat().st_size < 2000


def test_icons_logo_and_404(site):
    head = site.html("").head
    icons = {link["href"] for link in head.select('link[rel="icon"], link[rel="apple-touch-icon"]')}
    assert icons == {"assets/images/favicon.svg", "assets/images/favicon.png", "assets/images/apple-touch-icon.png"}
    for icon in icons:
        assert (site.site_dir / icon).stat().st_size > 0
    with Image.open(site.site_dir / "assets/images/logo.png") as logo:
        assert logo.size == (144, 144)
    assert site.html("404.html").h1.get_text() == "Pagina niet gevonden"


def test_print_style_hides_navigation_blocks(site):
    css = (site.site_dir / "assets/stylesheets/site.css").read_text()
    assert "@media print" in css and ".lho-about" in css.split("@media print", 1)[1]


def test_privacy_and_accessibility_pages_are_linked_from_every_page(site):
    for path in all_pages(site):
        links = {a.get_text() for a in site.html(page_url(site, path)).select(".lho-footer-links a")}
        assert {"Privacy", "Toegankelijkheid", "Contact"} <= links, path
    assert "WCAG" in site.html("toegankelijkheid/").get_text()
    assert "Geen cookies" in site.html("privacy/").get_text()


def test_a_meeting_for_search_engines_shows_a_picture_the_site_publishes(site):
    base = site.model.data.url
    for post in site.model.public:
        page = site.html(post.url)
        data = [json.loads(s.string) for s in page.find_all("script", type="application/ld+json")]
        for meeting in (d for d in data if d["@type"] == "Event"):
            assert all((site.site_dir / url.removeprefix(base)).is_file() for url in meeting["image"]), post.path


def test_an_address_of_our_own_that_leads_nowhere_fails_the_build(tmp_path, monkeypatch):
    """The audit of the build (outputs/audit.py), shown on the mistake it was made for: an Event's image
    that pointed at the original photo, which is never published."""
    def old_event(post, site_url, name, image_url):
        return event(post, site_url, name, image_url) | {"image": [site_url + "nieuws/posts/fotos/zaal.jpg"]}

    monkeypatch.setattr(pages_site, "event", old_event)
    # A meeting still to come, whatever day the suite runs: search engines are told of those.
    posted = dt.date.today() - dt.timedelta(days=10)
    post = f"docs/nieuws/posts/{posted}-bijeenkomst.md"
    files = {post: f"---\ntitle: Bijeenkomst\ndate: {posted}\ncategories: [Actualiteit]\ndescription: Kom.\n"
                   f"event:\n  date: {posted + dt.timedelta(days=30)}\n  place: online\n---\n\nKom ook.\n"}
    built = build_site(fixture_site(tmp_path, files), tmp_path / "site")
    assert built.errors == [
        f"{post}:1: het adres 'https://example.org/nieuws/posts/fotos/zaal.jpg' (in de gegevens voor zoekmachines, "
        "JSON-LD) leidt naar geen bestand van de site — dit komt uit de sjablonen of instellingen van de site zelf: "
        "meld het aan een ontwikkelaar", "1 fout in de inhoud; de site is niet gebouwd."]

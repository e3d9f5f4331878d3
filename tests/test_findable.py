"""Findable and shareable: canonical URLs, link previews, structured data, sitemap, images, 404."""

import json
import xml.etree.ElementTree as ET
from urllib.parse import urljoin

import pytest
from PIL import Image

from test_site import SEED_POSTS, all_pages

SITE = "https://levehetonderwijs.nl/"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def meta(page, key):
    tag = page.find("meta", attrs={"property": key}) or page.find("meta", attrs={"name": key})
    return tag["content"] if tag else None


def page_url(site, path):
    relative = str(path.relative_to(site.site_dir))
    return relative.removesuffix("index.html")


def test_every_page_has_canonical_url_and_link_preview(site):
    for path in all_pages(site):
        url = page_url(site, path)
        if url == "404.html":
            continue
        page = site.html(url)
        assert page.find("link", rel="canonical")["href"] == SITE + url, url
        for key in ("og:title", "og:description", "og:url", "og:image", "og:image:alt", "og:type",
                    "twitter:card", "twitter:title", "twitter:image"):
            assert meta(page, key), (url, key)
        image = meta(page, "og:image").removeprefix(SITE)
        with Image.open(site.site_dir / image) as picture:
            assert picture.size == (1200, 630), (url, image)


@pytest.mark.parametrize(("url", "title", "date", "categories"), SEED_POSTS)
def test_posts_are_articles_with_news_article_data(site, url, title, date, categories):
    page = site.html(url)
    assert meta(page, "og:type") == "article"
    assert meta(page, "article:published_time").startswith(url.split("/")[1])
    data = json.loads(page.find("script", type="application/ld+json").string)
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == title
    assert data["url"] == SITE + url
    assert data["publisher"]["name"] == "Leve het Onderwijs!"


def test_home_page_describes_the_organization(site):
    data = json.loads(site.html("").find("script", type="application/ld+json").string)
    assert data["@type"] == "Organization" and data["url"] == SITE
    assert meta(site.html(""), "og:type") == "website"


def sitemap_entries(site):
    """Every (loc, lastmod) of every sitemap the index at /sitemap.xml names."""
    index = ET.parse(site.site_dir / "sitemap.xml").getroot()
    assert index.tag == f"{SITEMAP}sitemapindex"
    entries = []
    for sitemap in index:
        path = sitemap.findtext(f"{SITEMAP}loc").removeprefix(SITE)
        entries += [(url.findtext(f"{SITEMAP}loc"), url.findtext(f"{SITEMAP}lastmod"))
                    for url in ET.parse(site.site_dir / path).getroot()]
    return entries


def test_sitemaps_hold_every_page_once_with_dates_from_the_content(site):
    entries = sitemap_entries(site)
    locations = [loc for loc, _ in entries]
    assert sorted(locations) == sorted(SITE + page_url(site, p) for p in all_pages(site) if p.name != "404.html")
    dates = dict(entries)
    assert dates[SITE + "nieuws/2021/03/terugkijken-om-vooruit-te-dromen/"] == "2021-03-30"
    assert dates[SITE + "nieuws/categorie/actualiteit/"] == "2024-04-17"
    assert dates[SITE + "nieuwsbrief/2024-2/"] == "2024-07-01"
    assert dates[SITE + "over-ons/"] is None


def test_the_sitemap_material_reads_next_to_each_feed_link_exists_and_stays_small(site):
    """Material's script downloads sitemap.xml next to every <link rel=alternate> of a page."""
    folders = set()
    for path in all_pages(site):
        url = page_url(site, path)
        for link in site.html(url).head.select('link[rel="alternate"]'):
            folders.add(urljoin(SITE + url, link["href"]).rsplit("/", 1)[0] + "/")
    assert SITE in folders and SITE + "nieuws/categorie/actualiteit/" in folders
    for folder in folders:
        assert (site.site_dir / folder.removeprefix(SITE) / "sitemap.xml").is_file(), folder
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

"""The real site: the seed posts, where they appear, and what every page carries."""

import re
from urllib.parse import urljoin, urlsplit

import pytest
import yaml

from sitebuild import ROOT, build_site, definitions, different_files

SEED_POSTS = [
    # (url, title, Dutch date, categories)
    ("nieuws/2024/04/zelfreflectie-2023-voornemens-2024/", "Zelfreflectie op 2023 & voornemens 2024",
     "17 april 2024", ["Actualiteit"]),
    ("nieuws/2021/03/online-regiobijeenkomst-voor-bestuurders/", "Online regiobijeenkomst voor bestuurders",
     "4 maart 2021", ["Bijeenkomsten", "Manifest"]),
    ("nieuws/2021/03/terugkijken-om-vooruit-te-dromen/", "Terugkijken om vooruit te dromen",
     "30 maart 2021", ["Bijeenkomsten"]),
    ("nieuws/2026/11/ons-gezamenlijk-verhaal/", "Ons gezamenlijk verhaal: wat de samenleving van de school vraagt",
     "24 november 2026", ["Bijeenkomsten"]),
]
SITE = "https://levehetonderwijs.nl/"
CATEGORY_URL = {"Actualiteit": "nieuws/categorie/actualiteit/", "Bijeenkomsten": "nieuws/categorie/bijeenkomsten/",
                "Manifest": "nieuws/categorie/manifest/"}


def all_pages(site):
    return sorted(site.site_dir.rglob("*.html"))


def test_build_log_has_no_warnings(site):
    assert site.warnings == []
    assert site.errors == []


@pytest.mark.parametrize(("url", "title", "date", "categories"), SEED_POSTS)
def test_seed_post_has_its_page(site, url, title, date, categories):
    page = site.html(url)
    article = page.select_one("article.lho-post")
    assert article.h1.get_text(strip=True) == title
    assert article.select_one(".lho-meta time").get_text(strip=True) == date
    assert [a.get_text() for a in article.select(".lho-meta__categories a")] == categories
    assert page.title.get_text() == f"{title} - Leve het Onderwijs!"


def card_titles(page):
    return [card.select_one(".lho-card__title").get_text(strip=True) for card in page.select("article.lho-card")]


@pytest.mark.parametrize(("url", "title", "date", "categories"), SEED_POSTS)
def test_seed_post_is_listed_in_news_index_and_its_categories(site, url, title, date, categories):
    for listing_url in ["nieuws/", *(CATEGORY_URL[name] for name in categories)]:
        page = site.html(listing_url)
        card = next(c for c in page.select("article.lho-card") if c.h2.get_text(strip=True) == title)
        assert card.select_one("time").get_text(strip=True) == date
        assert urljoin(SITE + listing_url, card.h2.a["href"]) == SITE + url


def test_news_index_is_newest_first(site):
    dates = [t["datetime"] for t in site.html("nieuws/").select("article.lho-card time")]
    assert dates == sorted(dates, reverse=True)
    assert len(dates) == len(SEED_POSTS)


def test_event_report_shows_its_facts_box(site):
    facts = site.html(SEED_POSTS[1][0]).select_one("section.lho-facts dl")
    assert definitions(facts) == {"Datum": "4 maart 2021", "Tijd": "15:00–17:00", "Plaats": "online",
                     "Aanwezig": "ruim 30 deelnemers"}


def test_about_and_newsletter_blocks_are_on_every_page(site):
    data = yaml.safe_load((ROOT / "data" / "site.yml").read_text(encoding="utf-8"))
    pages = all_pages(site)
    assert len(pages) > 10
    for path in pages:
        page = site.html(str(path.relative_to(site.site_dir)))
        about = page.select_one("aside.lho-about")
        assert about is not None, path
        headings = [h.get_text() for h in about.select("h2")]
        assert headings == [data["about"]["title"], data["newsletter"]["title"]], path
        assert about.select_one(f'a[href="{data["newsletter"]["signup_url"]}"]'), path


def test_home_page_shows_the_latest_news(site):
    home = site.html("")
    assert card_titles(home) == [title for _, title, _, _ in sorted(SEED_POSTS, key=lambda p: p[0], reverse=True)][:3]


def test_archive_lists_each_year(site):
    years = [a.get_text() for a in site.html("nieuws/archief/").select(".lho-years a")]
    assert years == ["2026", "2024", "2021"]
    titles = [a.get_text() for a in site.html("nieuws/archief/2021/").select(".lho-compact a")]
    assert titles == ["Terugkijken om vooruit te dromen", "Online regiobijeenkomst voor bestuurders"]


def test_html_is_dutch(site):
    for path in all_pages(site):
        assert site.html(str(path.relative_to(site.site_dir))).html["lang"] == "nl", path


def test_two_builds_in_one_process_are_byte_identical(site, tmp_path):
    again = build_site(ROOT / "mkdocs.yml", tmp_path / "again")
    assert again.error is None
    assert different_files(site.site_dir, again.site_dir) == []


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
    own = urlsplit("https://levehetonderwijs.nl/").hostname
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
    hosts = set()
    for script in site.site_dir.rglob("*.js"):
        hosts |= {urlsplit(u).hostname for u in URL.findall(script.read_text(encoding="utf-8"))}
    assert hosts - KNOWN_JS_HOSTS - {"levehetonderwijs.nl"} == set()

"""The feeds of the real site and of fixture sites, checked rule by rule (tests/feedcheck.py)."""

import datetime as dt
import json

import feedparser
import pytest
from lxml import etree

from feedcheck import CONTENT, atom_problems, html_problems, json_feed_problems, rss_problems
from lho_site import load_site
from lho_site.dates import AMSTERDAM
from sitebuild import ROOT, build_site, fixture_site

SITE = "https://levehetonderwijs.nl/"
CATEGORY_FEEDS = ["nieuws/categorie/actualiteit/feed.xml", "nieuws/categorie/bijeenkomsten/feed.xml",
                  "nieuws/categorie/onderzoek/feed.xml"]


def read(site, path):
    return (site.site_dir / path).read_bytes()


def test_site_feeds_follow_the_rules(site):
    assert rss_problems(read(site, "feed.xml"), SITE + "feed.xml") == []
    assert atom_problems(read(site, "feed.atom"), SITE + "feed.atom") == []
    assert json_feed_problems(read(site, "feed.json"), SITE + "feed.json") == []


@pytest.mark.parametrize("path", CATEGORY_FEEDS + ["nieuwsbrief/feed.xml"])
def test_category_and_newsletter_feeds_follow_the_rules(site, path):
    assert rss_problems(read(site, path), SITE + path) == []


def rss_items(data):
    return etree.fromstring(data).find("channel").findall("item")


def test_every_published_post_is_in_the_feeds_newest_first(site):
    titles = [i.findtext("title") for i in rss_items(read(site, "feed.xml"))]
    assert titles == [
        "Ons gezamenlijk verhaal: wat de samenleving van de school vraagt",
        "Zelfreflectie op 2023 & voornemens 2024",
        "Terugkijken om vooruit te dromen",
        "Online regiobijeenkomst voor bestuurders",
    ]
    parsed = feedparser.parse(read(site, "feed.atom"))
    assert [e.title for e in parsed.entries] == titles
    assert [i["title"] for i in json.loads(read(site, "feed.json"))["items"]] == titles


def test_an_item_carries_summary_full_content_date_categories_and_author(site):
    item = next(i for i in rss_items(read(site, "feed.xml")) if i.findtext("title") == "Terugkijken om vooruit te dromen")
    assert item.findtext("pubDate") == "Tue, 30 Mar 2021 00:00:00 +0200"
    assert item.findtext("link") == SITE + "nieuws/2021/03/terugkijken-om-vooruit-te-dromen/"
    assert item.findtext("description").startswith("De directeuren in Zuid-Kennemerland")
    assert "Schoolweging en Spreiding" in item.findtext(CONTENT)
    assert [c.text for c in item.findall("category")] == ["Bijeenkomsten"]
    assert item.findtext("{http://purl.org/dc/elements/1.1/}creator") == "Maroes Albers"


def test_links_in_content_are_absolute(site):
    html = next(i.findtext(CONTENT) for i in rss_items(read(site, "feed.xml"))
                if i.findtext("title").startswith("Online regiobijeenkomst"))
    assert html_problems(html, "item") == []
    assert "headerlink" not in html


def test_category_feed_holds_only_its_category(site):
    titles = [i.findtext("title") for i in rss_items(read(site, "nieuws/categorie/actualiteit/feed.xml"))]
    assert titles == ["Zelfreflectie op 2023 & voornemens 2024"]
    assert rss_items(read(site, "nieuws/categorie/onderzoek/feed.xml")) == []


def test_feeds_are_announced_on_every_page_and_category_page(site):
    head = site.html("over-ons/").head
    types = {link["type"]: link["href"] for link in head.select('link[rel="alternate"]')}
    assert types == {"application/rss+xml": "../feed.xml", "application/atom+xml": "../feed.atom",
                     "application/feed+json": "../feed.json"}
    category = site.html("nieuws/categorie/actualiteit/").head
    assert [link["href"] for link in category.select('link[rel="alternate"]')][-1] == "feed.xml"


def guids(site):
    return [i.findtext("guid") for i in rss_items(read(site, "feed.xml"))]


def held_guids():
    """The feed ids in tests/published_guids.txt."""
    lines = (ROOT / "tests" / "published_guids.txt").read_text().splitlines()
    return [line for line in lines if line and not line.startswith("#")]


def test_published_guids_never_change():
    held = held_guids()
    site = load_site(ROOT, ROOT / "docs", dt.datetime.now(AMSTERDAM), preview=False)
    produced = [post.guid for post in site.public]
    assert len(set(produced)) == len(produced), "two posts share a feed id"
    missing = [guid for guid in held if guid not in produced]
    assert missing == [], (
        "Deze feed-id's bestaan niet meer; abonnees zouden die berichten opnieuw krijgen. Zet in de front matter "
        f"van het hernoemde bericht: id: <de oude id>. Verdwenen: {missing}")


def test_feed_guids_are_the_posts_ids(site):
    assert sorted(guids(site)) == sorted(held_guids())


def test_newsletter_has_one_item_per_published_quarter(site):
    items = rss_items(read(site, "nieuwsbrief/feed.xml"))
    assert [(i.findtext("title"), i.findtext("guid"), i.findtext("pubDate")) for i in items] == [
        ("Nieuwsbrief 2e kwartaal 2024", "tag:levehetonderwijs.nl,2024:nieuwsbrief/2024-2",
         "Mon, 01 Jul 2024 00:00:00 +0200"),
        ("Nieuwsbrief 1e kwartaal 2021", "tag:levehetonderwijs.nl,2024:nieuwsbrief/2021-1",
         "Thu, 01 Apr 2021 00:00:00 +0200"),
    ]
    first_quarter = items[1].findtext(CONTENT)
    assert "Online regiobijeenkomst voor bestuurders" in first_quarter
    assert "Terugkijken om vooruit te dromen" in first_quarter


def test_newsletter_issue_and_archive_pages(site):
    issue = site.html("nieuwsbrief/2021-1/")
    assert issue.h1.get_text() == "Nieuwsbrief 1e kwartaal 2021"
    assert [h.get_text(strip=True) for h in issue.select(".lho-card__title")] == [
        "Terugkijken om vooruit te dromen", "Online regiobijeenkomst voor bestuurders"]
    archive = [a.get_text() for a in site.html("nieuwsbrief/").select(".lho-compact a")]
    assert archive == ["Nieuwsbrief 2e kwartaal 2024", "Nieuwsbrief 1e kwartaal 2021"]
    assert not site.file("nieuwsbrief/2026-4/").exists()


POST = "docs/nieuws/posts/{}.md"


def fixture_post(title, date, extra=""):
    return f"---\ntitle: {title}\ndate: {date}\ncategories: [Actualiteit]\ndescription: Over {title}.\n{extra}---\n\nTekst.\n"


HIDDEN = {
    POST.format("2024-02-02-concept"): fixture_post("Concept", "2024-02-02", "draft: true\n"),
    POST.format("2999-01-01-later"): fixture_post("Later", "2999-01-01"),
}


def fixture_feed_titles(built, path="feed.xml"):
    return [i.findtext("title") for i in rss_items((built.site_dir / path).read_bytes())]


@pytest.mark.parametrize("command", ["build", "serve"])
def test_drafts_and_future_posts_are_in_no_feed(tmp_path, command):
    built = build_site(fixture_site(tmp_path, HIDDEN), tmp_path / "site", command=command)
    assert built.error is None, built.how_to_reproduce()
    for path in ("feed.xml", "nieuws/categorie/actualiteit/feed.xml"):
        assert fixture_feed_titles(built, path) == ["Eerste bericht"]
    assert "Concept" not in (built.site_dir / "feed.json").read_text()


def test_a_future_post_is_published_by_the_first_build_on_its_date(tmp_path):
    config = fixture_site(tmp_path, {POST.format("2030-05-04-later"): fixture_post("Later", "2030-05-04 09:00")})
    titles = {}
    for when in (dt.datetime(2030, 5, 4, 8, 59, tzinfo=AMSTERDAM), dt.datetime(2030, 5, 4, 9, 0, tzinfo=AMSTERDAM)):
        site = load_site(config.parent, config.parent / "docs", when, preview=False)
        titles[when.time()] = [post.title for post in site.public]
    assert titles == {dt.time(8, 59): ["Eerste bericht"], dt.time(9, 0): ["Later", "Eerste bericht"]}


def test_three_rebuilds_in_one_process_give_the_same_feeds(tmp_path):
    config = fixture_site(tmp_path)
    feeds = []
    for _ in range(3):
        built = build_site(config, tmp_path / "site", command="serve")
        assert built.error is None
        feeds.append({p: (built.site_dir / p).read_bytes() for p in ("feed.xml", "feed.atom", "feed.json",
                                                                     "nieuwsbrief/feed.xml")})
    assert feeds[0] == feeds[1] == feeds[2]
    assert fixture_feed_titles(built) == ["Eerste bericht"]


def test_preview_feeds_say_so(tmp_path):
    built = build_site(fixture_site(tmp_path), tmp_path / "site", command="serve")
    assert etree.fromstring((built.site_dir / "feed.xml").read_bytes()).findtext("channel/title") == \
        "Testsite (voorbeeld)"


def test_a_newsletter_issue_can_be_published_early_with_an_introduction(tmp_path):
    notes = '- quarter: "2030-2"\n  ready: 2030-05-20\n  intro: |\n    Welkom & veel leesplezier.\n'
    config = fixture_site(tmp_path, {"data/newsletter.yml": notes,
                                     POST.format("2030-05-04-mei"): fixture_post("Mei", "2030-05-04")})
    for when, expected in ((dt.datetime(2030, 5, 19, tzinfo=AMSTERDAM), []),
                           (dt.datetime(2030, 5, 20, tzinfo=AMSTERDAM), ["Nieuwsbrief 2e kwartaal 2030"])):
        site = load_site(config.parent, config.parent / "docs", when, preview=False)
        assert [issue.title for issue in site.published_issues if issue.quarter.year == 2030] == expected
    issue = site.published_issues[0]
    assert issue.intro == ("Welkom & veel leesplezier.",) and [p.title for p in issue.posts] == ["Mei"]


def test_a_ready_date_outside_its_quarter_is_an_error(tmp_path):
    notes = '- quarter: "2024-2"\n  ready: 2024-07-02\n'
    built = build_site(fixture_site(tmp_path, {"data/newsletter.yml": notes}), tmp_path / "site")
    assert built.errors[0] == ("data/newsletter.yml:1: de datum bij ready ligt niet in het 2e kwartaal 2024 — "
                               "haal ready weg (dan verschijnt de nieuwsbrief na het kwartaal) of kies een datum in "
                               "het kwartaal")

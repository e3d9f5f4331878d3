"""The feeds of every site of tests/sites.py and of fixture sites, checked rule by rule (tests/feedcheck.py;
the agenda's calendar by tests/calendarcheck.py)."""

import datetime as dt
import email.utils
import json
from urllib.parse import urljoin

import feedparser
import lxml.html
import pytest
from lxml import etree

from calendarcheck import calendar_problems
from feedcheck import CONTENT, DC_CREATOR, atom_problems, html_problems, json_feed_problems, rss_problems
from lho_site.content.dates import AMSTERDAM
from lho_site.outputs.feeds import NEWSLETTER_FEED_LENGTH, news_feed_posts
from lho_site.pages.site import load_site
from lho_site.routes import ATOM, CALENDAR, JSON_FEED, RSS
from sitebuild import ROOT, build_site, fixture_site


def read(site, path):
    return (site.site_dir / path).read_bytes()


def rss_items(data):
    return etree.fromstring(data).find("channel").findall("item")


def test_every_feed_follows_the_rules(site):
    url = site.model.data.url
    for feed in site.model.announced:
        check = {RSS: rss_problems, ATOM: atom_problems, JSON_FEED: json_feed_problems,
                 CALENDAR: calendar_problems}[feed.media_type]
        assert check(read(site, feed.path), url + feed.path) == [], feed.path


def test_each_news_feed_holds_its_own_newest_posts(site):
    """The site's feeds its newest posts; each category's feed that category's newest (not a filter of
    the site's newest, which would leave a quiet category's feed empty)."""
    for path, posts in news_feed_posts(site.model).items():
        if path.endswith(".xml"):
            assert [i.findtext("guid") for i in rss_items(read(site, path))] == [p.guid for p in posts], path
    titles = [p.title for p in news_feed_posts(site.model)["feed.xml"]]
    assert [e.title for e in feedparser.parse(read(site, "feed.atom")).entries] == titles
    assert [i["title"] for i in json.loads(read(site, "feed.json"))["items"]] == titles


def test_an_item_carries_summary_full_content_date_categories_and_authors(site):
    url = site.model.data.url
    posts = {p.guid: p for p in site.model.public}
    for item in rss_items(read(site, "feed.xml")):
        post = posts[item.findtext("guid")]
        assert item.findtext("title") == post.title
        assert item.findtext("link") == url + post.url
        assert email.utils.parsedate_to_datetime(item.findtext("pubDate")) == post.moment.when
        assert item.findtext("description") == post.description
        assert html_problems(item.findtext(CONTENT), post.path) == []
        assert "headerlink" not in item.findtext(CONTENT)
        assert [c.text for c in item.findall("category")] == [c.name for c in post.categories]
        assert [c.text for c in item.findall(DC_CREATOR)] == [a.name for a in post.authors]


def test_feeds_are_announced_on_every_page(site):
    for src_uri, url in (("over-ons.md", "over-ons/"), ("index.md", "")):
        head = site.html(url).head
        announced = [(link["type"], urljoin(site.model.data.url + url, link["href"]))
                     for link in head.select('link[rel="alternate"]')]
        assert announced == [(a.media_type, site.model.data.url + a.path) for a in site.model.alternates(src_uri)]
    for category in site.model.data.categories.values():
        links = site.html(category.url).head.select('link[rel="alternate"]')
        assert links[-1]["href"] == "feed.xml"


def held_guids():
    """The feed ids in tests/published_guids.txt."""
    lines = (ROOT / "tests" / "published_guids.txt").read_text().splitlines()
    return [line for line in lines if line and not line.startswith("#")]


@pytest.mark.content  # a renamed post: an editor's pull request must hear it (CONTRIBUTING.md says so)
def test_published_guids_never_disappear():
    held = held_guids()
    site = load_site(ROOT, ROOT / "docs", dt.datetime.now(AMSTERDAM), preview=False)
    issues = {issue.guid for issue in site.published_issues}
    produced = {post.guid for post in site.public} | issues
    missing = [guid for guid in held if guid not in produced and "nieuwsbrief/" not in guid]
    assert missing == [], (
        "Deze feed-id's bestaan niet meer; abonnees zouden die berichten opnieuw krijgen. Zet in de front matter "
        f"van het hernoemde bericht: id: <de oude id>. Verdwenen: {missing}")
    # A post whose date moved it out of the only quarter it was in: that issue is gone, and the post goes out again.
    gone = [guid for guid in held if guid not in produced and "nieuwsbrief/" in guid]
    assert gone == [], (
        "Deze nieuwsbrieven bestaan niet meer, terwijl abonnees ze al kregen: een bericht is met een nieuwe date: naar "
        "een ander kwartaal verschoven en zou zo opnieuw verstuurd worden. Zet de datum van dat bericht terug in het "
        f"kwartaal van de nieuwsbrief. Verdwenen: {gone}")


def test_newsletter_has_one_item_per_published_issue(site):
    items = rss_items(read(site, "nieuwsbrief/feed.xml"))
    issues = site.model.published_issues[:NEWSLETTER_FEED_LENGTH]
    assert [(i.findtext("title"), i.findtext("guid")) for i in items] == [(n.title, n.guid) for n in issues]
    for item, issue in zip(items, issues, strict=True):
        assert email.utils.parsedate_to_datetime(item.findtext("pubDate")) == issue.published_at
        content = lxml.html.fromstring(item.findtext(CONTENT)).text_content()
        for post in issue.posts:
            assert post.title in content, (issue.title, post.title)


def test_newsletter_issue_and_archive_pages(site):
    for issue in site.model.issues:
        page = site.html(issue.url)
        assert page.h1.get_text() == issue.title
        assert [h.get_text(strip=True) for h in page.select(".lho-card__title")] == [p.title for p in issue.posts]
    archive = [a.get_text() for a in site.html("nieuwsbrief/").select(".lho-compact a")]
    assert archive == [issue.title for issue in site.model.issues]
    shown = {p.name for p in (site.site_dir / "nieuwsbrief").iterdir() if (p / "index.html").is_file()}
    assert shown == {issue.quarter.key for issue in site.model.issues}


POST = "docs/nieuws/posts/{}.md"


def fixture_post(title, date, extra=""):
    return f"---\ntitle: {title}\ndate: {date}\ncategories: [Actualiteit]\ndescription: Over {title}.\n{extra}---\n\nTekst.\n"


SOON = dt.date.today() + dt.timedelta(days=30)
HIDDEN = {
    POST.format("2024-02-02-concept"): fixture_post("Concept", "2024-02-02", "draft: true\n"),
    POST.format(f"{SOON}-later"): fixture_post("Later", SOON),
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


def test_a_post_after_an_early_issue_waits_for_the_next_one(tmp_path):
    """An issue that went out never changes: a post dated after its ready day joins the next issue."""
    notes = '- quarter: "2030-2"\n  ready: 2030-05-20\n'
    config = fixture_site(tmp_path, {"data/newsletter.yml": notes,
                                     POST.format("2030-05-20-op-tijd"): fixture_post("Op tijd", "2030-05-20"),
                                     POST.format("2030-05-21-later"): fixture_post("Later", "2030-05-21")})
    site = load_site(config.parent, config.parent / "docs", dt.datetime(2030, 7, 2, tzinfo=AMSTERDAM), preview=True)
    issues = {issue.quarter.key: [p.title for p in issue.posts] for issue in site.issues}
    assert issues["2030-2"] == ["Op tijd"] and issues["2030-3"] == ["Later"]
    assert [i.quarter.key for i in site.published_issues if i.quarter.year == 2030] == ["2030-2"]


def test_a_quiet_category_keeps_its_posts_in_its_feed(tmp_path):
    busy = {POST.format(f"2024-03-{day:02d}-druk-{day}"): fixture_post(f"Druk {day}", f"2024-03-{day:02d}")
            for day in range(1, 4)}
    quiet = {POST.format("2024-01-20-stil"): fixture_post("Stil", "2024-01-20").replace("Actualiteit", "Bijeenkomsten")}
    config = fixture_site(tmp_path, busy | quiet)
    config.parent.joinpath("data/site.yml").write_text(
        config.parent.joinpath("data/site.yml").read_text().replace("feed_length: 20", "feed_length: 2"))
    built = build_site(config, tmp_path / "site")
    assert built.error is None, built.how_to_reproduce()
    assert fixture_feed_titles(built) == ["Druk 3", "Druk 2"]
    assert fixture_feed_titles(built, "nieuws/categorie/bijeenkomsten/feed.xml") == ["Stil"]


def test_a_ready_date_outside_its_quarter_is_an_error(tmp_path):
    notes = '- quarter: "2024-2"\n  ready: 2024-07-02\n'
    built = build_site(fixture_site(tmp_path, {"data/newsletter.yml": notes}), tmp_path / "site")
    assert built.errors[0] == ("data/newsletter.yml:1: de datum bij ready ligt niet in het 2e kwartaal 2024 — "
                               "haal ready weg (dan verschijnt de nieuwsbrief na het kwartaal) of kies een datum in "
                               "het kwartaal")

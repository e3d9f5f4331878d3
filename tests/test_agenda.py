"""The agenda: /agenda/, the next meeting on the home page, a meeting's facts box and its schema.org
Event, and the meetings a newsletter issue announces.

The checks of every site (tests/sites.py) derive what they expect from its content; the kitchen
sink's meetings (three still to come, dated from today by tests/sites.py) are written out, and
fixture sites show the empty agenda, drafts in a preview and meetings without a date.
"""

import datetime as dt
import json
from urllib.parse import urljoin

import lxml.html
import pytest
from lxml import etree

from feedcheck import CONTENT
from lho_site.content.dates import AMSTERDAM, dutch_weekday, now
from sitebuild import build_site, definitions, fixture_site
from test_kitchen_sink import ANNOUNCEMENTS, CANCELLED, DAYS, HAARLEM, ONLINE, TITLES, UTRECHT, words

SCHEMA = "https://schema.org/"


def dated(posts):
    """The posts whose meeting has a date, soonest first, as the agenda must order them."""
    return sorted((p for p in posts if p.event and p.event.date),
                  key=lambda p: (dt.datetime.combine(p.event.date, p.event.start or dt.time(), AMSTERDAM), p.title))


def text(tag) -> str:
    """The text as a reader hears it: the page's own spaces, not one between every two elements."""
    return " ".join(tag.get_text().split())


def section_titles(page, section):
    return [words(h) for h in page.select(f'section[aria-labelledby="{section}"] .lho-card__title')]


def events(page):
    return [data for script in page.select('script[type="application/ld+json"]')
            if (data := json.loads(script.string))["@type"] == "Event"]


def test_the_agenda_lists_coming_meetings_soonest_first_and_earlier_ones_latest_first(site):
    today = site.model.now.date()
    meetings = dated(site.model.public)
    page = site.html("agenda/")
    coming = [p for p in meetings if p.event.date >= today]
    assert section_titles(page, "komende-bijeenkomsten") == [p.title for p in coming]
    assert section_titles(page, "eerdere-bijeenkomsten") == [p.title for p in reversed(meetings) if p not in coming]
    empty = page.select_one(".lho-agenda__empty")
    assert (empty is not None) == (not coming)


def test_each_meeting_on_the_agenda_says_when_where_and_how_to_sign_up(site):
    base, page = site.model.data.url, site.html("agenda/")
    cards = {words(card.select_one(".lho-card__title")): card for card in page.select("article.lho-meeting")}
    for post in dated(site.model.public):
        card, event = cards[post.title], post.event
        assert urljoin(base + "agenda/", card.select_one(".lho-card__title a")["href"]) == base + post.url
        when = card.select_one(".lho-meeting__when")
        assert when.time["datetime"] == (event.starts.isoformat() if event.start else event.date.isoformat())
        expected = [dutch_weekday(event.date), event.time_text, event.place]
        assert all(part in words(when) for part in expected if part), post.path
        assert ("Afgelast" in words(when)) == event.is_cancelled
        links = {words(a): urljoin(base + "agenda/", a["href"]) for a in card.select(".lho-meeting__actions a")}
        open_to_come = event.date >= site.model.now.date() and not event.is_cancelled
        assert links.get("Zet in je agenda") == (base + post.url + "bijeenkomst.ics" if open_to_come else None)
        assert (event.signup in links.values()) == bool(open_to_come and event.signup), post.path


def test_the_agenda_announces_its_calendar_and_says_how_to_subscribe(site):
    page, base = site.html("agenda/"), site.model.data.url
    calendars = [urljoin(base + "agenda/", link["href"]) for link in page.head.select('link[rel="alternate"]')
                 if link["type"] == "text/calendar"]
    assert calendars == [base + "agenda.ics"]
    subscribe = page.select_one('section[aria-labelledby="abonneren"]')
    assert subscribe.select_one('a[href^="webcal://"]')["href"] == "webcal://" + (base + "agenda.ics").split("://")[1]
    assert base + "agenda.ics" in words(subscribe.code)
    assert {"Apple Agenda", "Outlook", "Google Agenda"} <= {words(s) for s in subscribe.select("strong")}
    assert "Agenda" in [words(a) for a in site.html("").select(".md-tabs__link")]


def test_the_home_page_shows_the_next_meeting_that_goes_ahead(site):
    today = site.model.now.date()
    going_ahead = [p for p in dated(site.model.public) if p.event.date >= today and not p.event.is_cancelled]
    shown = [words(h) for h in site.html("").select(".lho-next-meeting .lho-card__title")]
    assert shown == [p.title for p in going_ahead[:1]]


def test_a_meeting_post_links_its_calendar_file_while_the_meeting_is_to_come(site):
    base, today = site.model.data.url, site.model.now.date()
    for post in site.model.public:
        if not (post.event and post.event.date):
            continue
        page = site.html(post.url)
        links = [urljoin(base + post.url, a["href"]) for a in page.select(".lho-facts a")
                 if words(a) == "Zet in je agenda"]
        to_come = post.event.date >= today and not post.event.is_cancelled
        assert links == ([base + post.url + "bijeenkomst.ics"] if to_come else []), post.path
        assert site.file(post.url + "bijeenkomst.ics").is_file(), post.path


def test_posts_with_a_dated_meeting_describe_it_as_a_schema_org_event(site):
    base, name = site.model.data.url, site.model.data.name
    for post in site.model.public:
        found = events(site.html(post.url))
        if not (post.event and post.event.date):
            assert found == [], post.path
            continue
        data, = found
        event = post.event
        # What Google's event results require, and what they recommend where the post has it.
        assert data["name"] == post.title and data["description"] == post.description
        start = dt.datetime.fromisoformat(data["startDate"]) if event.start else dt.date.fromisoformat(data["startDate"])
        assert start == (event.starts if event.start else event.date), post.path
        if event.start:
            assert start.utcoffset() == event.starts.utcoffset()
        if event.end:
            assert dt.datetime.fromisoformat(data["endDate"]) == event.ends
        if event.is_online:
            assert data["location"] == {"@type": "VirtualLocation", "url": base + post.url}
            assert data["eventAttendanceMode"] == SCHEMA + "OnlineEventAttendanceMode"
        else:
            assert data["location"] == {"@type": "Place", "name": event.place, "address": event.place}
            assert data["eventAttendanceMode"] == SCHEMA + "OfflineEventAttendanceMode"
        assert data["eventStatus"] == SCHEMA + ("EventCancelled" if event.is_cancelled else "EventScheduled")
        assert data["organizer"] == {"@type": "Organization", "name": name, "url": base}
        assert data["url"] == base + post.url
        # The picture the page shares (a crop of the post's photo, or its type's card): published, unlike the original.
        assert data["image"] == [site.html(post.url).find("meta", property="og:image")["content"]]
        web_signup = event.signup if event.signup and event.signup.startswith("https://") else None
        assert data.get("offers", {}).get("url") == web_signup


def test_a_newsletter_issue_lists_the_meetings_coming_after_it_that_it_could_know(site):
    meetings = dated(site.model.public)
    for issue in site.model.issues:
        out = issue.published_at
        expected = [p.title for p in meetings if p.moment.when <= out and p.event.date >= out.date()]
        page = site.html(issue.url)
        assert [words(a) for a in page.select(".lho-coming li > a")] == expected, issue.url
    items = etree.parse(site.site_dir / "nieuwsbrief/feed.xml").getroot().findall("channel/item")
    for issue, item in zip(site.model.published_issues, items, strict=False):
        email = lxml.html.fromstring(item.findtext(CONTENT))
        listed = email.xpath("//h2[.='Komende bijeenkomsten']/following-sibling::ul[1]/li/a/text()")
        assert listed == [p.title for p in issue.meetings], issue.url


# The kitchen sink: its meetings written out.

@pytest.fixture(scope="module")
def kitchen_sink(sites):
    return sites("kitchen-sink")


def test_kitchen_sink_agenda(kitchen_sink):
    page = kitchen_sink.html("agenda/")
    assert section_titles(page, "komende-bijeenkomsten") == [UTRECHT, ONLINE, CANCELLED]
    assert section_titles(page, "eerdere-bijeenkomsten") == [
        TITLES[0], "Terugblik op de regiobijeenkomst in Haarlem", "Bijeenkomst: stop het verplichten van de eindtoets"]
    lines = [text(p) for p in page.select(".lho-meeting__when")]
    assert lines[:3] == [
        f"{dutch_weekday(DAYS['utrecht'])}, 15:00–17:30 · Hogeschool Utrecht, Padualaan 97, Utrecht",
        f"{dutch_weekday(DAYS['online'])}, 19:30–21:00 · online",
        f"Afgelast · {dutch_weekday(DAYS['cancelled'])}, 10:00–16:00 · De Observant, Amersfoort"]
    assert lines[3] == "vrijdag 3 oktober 2025 · Amersfoort"
    actions = [text(p) for p in page.select(".lho-meeting__actions")]
    assert actions == ["Aanmelden: kerngroep@example.org · Zet in je agenda", "Meld je aan · Zet in je agenda"]
    assert [a["href"] for a in page.select(".lho-meeting__actions a")][:3] == [
        "mailto:kerngroep@example.org", "../nieuws/2025/12/regiobijeenkomst-utrecht/bijeenkomst.ics",
        "https://aanmelden.example.net/samen-besturen"]
    assert "ruim 40 deelnemers" in words(page.select('section[aria-labelledby="eerdere-bijeenkomsten"]')[0])


def test_kitchen_sink_events_for_search_engines(kitchen_sink):
    utrecht, = events(kitchen_sink.html(ANNOUNCEMENTS[2][1]))
    # The offset is Amsterdam's on that day: +01:00 in winter, +02:00 in summer.
    assert utrecht["startDate"] == dt.datetime.combine(DAYS["utrecht"], dt.time(15), AMSTERDAM).isoformat()
    assert utrecht["endDate"] == dt.datetime.combine(DAYS["utrecht"], dt.time(17, 30), AMSTERDAM).isoformat()
    image, = utrecht["image"]  # the published crop of the post's photo, not the original (never published)
    assert image.startswith("https://example.org/fotos/werkgroepen-") and image.endswith("-share.jpg")
    assert (kitchen_sink.site_dir / image.removeprefix("https://example.org/")).is_file()
    assert "offers" not in utrecht  # an e-mail address is no offer's web address
    online, = events(kitchen_sink.html(ANNOUNCEMENTS[1][1]))
    assert online["offers"] == {"@type": "Offer", "url": "https://aanmelden.example.net/samen-besturen"}
    cancelled, = events(kitchen_sink.html(ANNOUNCEMENTS[0][1]))
    assert cancelled["eventStatus"] == SCHEMA + "EventCancelled"
    whole_day, = events(kitchen_sink.html("nieuws/2025/10/jaarbijeenkomst-unesco/"))
    assert whole_day["startDate"] == "2025-10-03" and "endDate" not in whole_day
    summer, = events(kitchen_sink.html(HAARLEM))
    assert summer["startDate"] == "2024-04-25T15:00:00+02:00"


def test_kitchen_sink_newsletter_announces_the_meetings_after_it(kitchen_sink):
    page = kitchen_sink.html("nieuwsbrief/2025-4/")
    assert [text(li) for li in page.select(".lho-coming li")] == [
        f"{UTRECHT}: {dutch_weekday(DAYS['utrecht'])}, 15:00–17:30 · Hogeschool Utrecht, Padualaan 97, Utrecht",
        f"{ONLINE}: {dutch_weekday(DAYS['online'])}, 19:30–21:00 · online",
        f"{CANCELLED}: Afgelast · {dutch_weekday(DAYS['cancelled'])}, 10:00–16:00 · De Observant, Amersfoort"]
    assert kitchen_sink.html("nieuwsbrief/2025-1/").select(".lho-coming") == []


# Fixture sites: one situation each.

POST = "docs/nieuws/posts/2024-02-01-bijeenkomst.md"


def meeting_post(event: str, date: str = "2024-02-01", draft: bool = False) -> str:
    return (f"---\ntitle: Bijeenkomst\ndate: {date}\ncategories: [Actualiteit]\ndescription: Over de bijeenkomst.\n"
            f"{'draft: true' + chr(10) if draft else ''}event:\n{event}---\n\nTekst.\n")


def test_an_agenda_without_meetings_says_so_and_how_to_stay_informed(tmp_path):
    built = build_site(fixture_site(tmp_path), tmp_path / "site")
    assert built.error is None, built.how_to_reproduce()
    page = built.html("agenda/")
    assert words(page.select_one(".lho-agenda__empty")) == "Er staan geen bijeenkomsten gepland."
    informed = page.select_one(".lho-agenda__empty + p")
    assert [words(a) for a in informed.select("a")] == ["meld je aan voor de nieuwsbrief", "nieuws", "feedlezer"]
    assert page.select('section[aria-labelledby="eerdere-bijeenkomsten"]') == []
    assert built.html("").select(".lho-next-meeting") == []


def test_a_meeting_without_a_date_has_a_facts_box_but_is_not_on_the_agenda(tmp_path):
    files = {POST: meeting_post("  place: Utrecht\n  attendees: 20\n")}
    built = build_site(fixture_site(tmp_path, files), tmp_path / "site")
    assert built.error is None, built.how_to_reproduce()
    page = built.html("nieuws/2024/02/bijeenkomst/")
    assert definitions(page.select_one(".lho-facts dl")) == {"Plaats": "Utrecht", "Aanwezig": "20 deelnemers"}
    assert events(page) == []
    assert not built.file("nieuws/2024/02/bijeenkomst/bijeenkomst.ics").exists()
    assert built.html("agenda/").select("article.lho-meeting") == []
    assert b"BEGIN:VEVENT" not in built.file("agenda.ics").read_bytes()


def test_a_preview_shows_a_draft_meeting_on_the_agenda_but_no_calendar_carries_it(tmp_path):
    soon = now().date() + dt.timedelta(days=20)
    files = {POST: meeting_post(f"  date: {soon}\n  place: online\n", draft=True)}
    built = build_site(fixture_site(tmp_path, files), tmp_path / "site", command="serve")
    assert built.error is None, built.how_to_reproduce()
    assert section_titles(built.html("agenda/"), "komende-bijeenkomsten") == ["Bijeenkomst"]
    assert b"BEGIN:VEVENT" not in built.file("agenda.ics").read_bytes()
    assert built.file("nieuws/2024/02/bijeenkomst/bijeenkomst.ics").is_file()

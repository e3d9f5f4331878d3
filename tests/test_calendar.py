"""The agenda's calendars: /agenda.ics and one file per meeting, for members' calendar apps.

Each is read by icalendar and by vobject (tests/calendarcheck.py; the site's announced calendar is
also checked with the feeds in tests/test_feeds.py) and imported into khal, a calendar client from
Debian, which must show every meeting at its Dutch time. A meeting keeps its UID whatever an editor
changes, and a change the editor records (event.changed) raises its SEQUENCE.
"""

import datetime as dt
import os
import shutil
import subprocess

import pytest

from calendarcheck import calendar_problems, read_events
from lho_site.content.dates import AMSTERDAM
from sitebuild import build_site, fixture_site
from test_kitchen_sink import ANNOUNCEMENTS, CANCELLED, DAYS, UTRECHT

UTC = dt.UTC


def dated(posts):
    return [p for p in posts if p.event and p.event.date]


def utc(moment) -> dt.datetime:
    return moment.when.astimezone(UTC)


def test_the_calendar_holds_every_published_meeting_as_its_post_says(site):
    base = site.model.data.url
    found = {str(event["UID"]): event for event in read_events(site.file("agenda.ics").read_bytes())}
    meetings = dated(site.model.public)
    assert set(found) == {f"{p.guid}#bijeenkomst" for p in meetings}
    for post in meetings:
        event, meeting = found[f"{post.guid}#bijeenkomst"], post.event
        assert event.start == (meeting.starts if meeting.start else meeting.date), post.path
        assert event.get("DTEND") is None if meeting.start and not meeting.end else event.end is not None
        assert str(event["SUMMARY"]) == ("Afgelast: " if meeting.is_cancelled else "") + post.title
        assert event["STATUS"] == ("CANCELLED" if meeting.is_cancelled else "CONFIRMED")
        assert str(event["LOCATION"]) == meeting.place
        assert str(event["URL"]) == base + post.url
        revised = utc(meeting.changed or post.moment)
        assert event.decoded("DTSTAMP") == event.decoded("LAST-MODIFIED") == revised
        assert event.decoded("CREATED") == utc(post.moment)
        assert event.decoded("SEQUENCE") == (
            (utc(meeting.changed) - dt.datetime(2000, 1, 1, tzinfo=UTC)) // dt.timedelta(minutes=1)
            if meeting.changed else 0)


def test_each_meeting_has_a_calendar_file_of_its_own(site):
    whole = {str(event["UID"]): event for event in read_events(site.file("agenda.ics").read_bytes())}
    for post in dated(site.model.shown):
        data = site.file(post.url + "bijeenkomst.ics").read_bytes()
        assert calendar_problems(data, post.url) == []
        event, = read_events(data)
        assert event.to_ical() == whole[f"{post.guid}#bijeenkomst"].to_ical()


def test_the_calendar_check_can_fail():
    """Two events with one UID, a time zone no VTIMEZONE defines, an end before the start."""
    event = ("BEGIN:VEVENT\r\nUID:x\r\nDTSTAMP:20240101T000000Z\r\nDTSTART;TZID=Europe/Paris:20240425T150000\r\n"
             "DTEND;TZID=Europe/Paris:20240425T140000\r\nSUMMARY:Bijeenkomst\r\nSTATUS:CONFIRMED\r\nEND:VEVENT\r\n")
    data = f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//NL\r\n{event}{event}END:VCALENDAR\r\n".encode()
    problems = calendar_problems(data, "x.ics")
    assert "x.ics: two events share a UID" in problems
    assert "x.ics: x: DTSTART in Europe/Paris, which no VTIMEZONE defines" in problems
    assert "x.ics: x ends before it starts" in problems


POST = "docs/nieuws/posts/2024-02-01-regiobijeenkomst.md"


def announcement(title: str, date: str, place: str, changed: str = "", status: str = "") -> str:
    extra = (f"  changed: {changed}\n" if changed else "") + (f"  status: {status}\n" if status else "")
    return (f"---\ntitle: {title}\ndate: 2024-02-01\ncategories: [Actualiteit]\ndescription: Een bijeenkomst.\n"
            f"event:\n  date: {date}\n  start: \"15:00\"\n  end: \"17:00\"\n  place: {place}\n{extra}---\n\nTekst.\n")


def calendar_after(tmp_path, name, post):
    built = build_site(fixture_site(tmp_path / name, {POST: post}), tmp_path / name / "site")
    assert built.error is None, built.how_to_reproduce()
    event, = read_events(built.file("agenda.ics").read_bytes())
    return built.file("agenda.ics").read_bytes(), event


def test_a_meeting_keeps_its_uid_and_a_recorded_change_raises_its_sequence(tmp_path):
    """As a calendar app sees an announced meeting that moves and is then cancelled."""
    first_bytes, first = calendar_after(tmp_path, "first", announcement("Regiobijeenkomst", "2024-03-07", "Utrecht"))
    again_bytes, _ = calendar_after(tmp_path, "again", announcement("Regiobijeenkomst", "2024-03-07", "Utrecht"))
    moved_bytes, moved = calendar_after(tmp_path, "moved", announcement(
        "Regiobijeenkomst op een nieuwe plek", "2024-03-14", "Haarlem", changed="2024-02-10 09:00"))
    _, cancelled = calendar_after(tmp_path, "cancelled", announcement(
        "Regiobijeenkomst op een nieuwe plek", "2024-03-14", "Haarlem", changed="2024-02-12 16:45", status="afgelast"))
    assert again_bytes == first_bytes
    assert first["UID"] == moved["UID"] == cancelled["UID"] == (
        "tag:example.org,2024:nieuws/2024-02-01-regiobijeenkomst#bijeenkomst")
    assert first.decoded("SEQUENCE") < moved.decoded("SEQUENCE") < cancelled.decoded("SEQUENCE")
    assert [e.decoded("LAST-MODIFIED") for e in (first, moved, cancelled)] == [
        dt.datetime(2024, 1, 31, 23, 0, tzinfo=UTC), dt.datetime(2024, 2, 10, 8, 0, tzinfo=UTC),
        dt.datetime(2024, 2, 12, 15, 45, tzinfo=UTC)]
    assert (moved.start.isoformat(), str(moved["LOCATION"])) == ("2024-03-14T15:00:00+01:00", "Haarlem")
    assert (cancelled["STATUS"], str(cancelled["SUMMARY"])) == ("CANCELLED", "Afgelast: Regiobijeenkomst op een nieuwe plek")
    assert b"TZID=Europe/Amsterdam:20240314T150000" in moved_bytes and b"BEGIN:VTIMEZONE" in moved_bytes


def test_kitchen_sink_calendar(sites):
    site = sites("kitchen-sink")
    found = {str(e["SUMMARY"]): e for e in read_events(site.file("agenda.ics").read_bytes())}
    utrecht = found[UTRECHT]
    assert utrecht["UID"] == "tag:example.org,2024:nieuws/2025-12-01-regiobijeenkomst-utrecht#bijeenkomst"
    # Changed on 15 December 2025, 09:30 in Amsterdam: 08:30 UTC, 9480 days and 510 minutes after 2000 began.
    assert utrecht.decoded("LAST-MODIFIED") == dt.datetime(2025, 12, 15, 8, 30, tzinfo=UTC)
    assert utrecht.decoded("SEQUENCE") == 9480 * 24 * 60 + 510
    assert utrecht.decoded("CREATED") == dt.datetime(2025, 12, 1, 8, 0, tzinfo=UTC)
    assert "Aanmelden: kerngroep@example.org" in str(utrecht["DESCRIPTION"])
    whole_day = found["Jaarbijeenkomst over het UNESCO-rapport"]
    assert (whole_day.start, whole_day.end) == (dt.date(2025, 10, 3), dt.date(2025, 10, 4))
    cancelled = found["Afgelast: " + ANNOUNCEMENTS[0][0]]
    assert cancelled["STATUS"] == "CANCELLED" and "Aanmelden" not in str(cancelled["DESCRIPTION"])


KHAL_CONFIG = """[calendars]
[[agenda]]
path = {vdir}
type = calendar
[locale]
timeformat = %H:%M
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
datetimeformat = %Y-%m-%d %H:%M
longdatetimeformat = %Y-%m-%d %H:%M
local_timezone = {zone}
default_timezone = {zone}
[sqlite]
path = {database}
"""


def khal_list(tmp_path, calendar, zone: str) -> list[str]:
    """`calendar` imported into a new khal calendar (no home configuration: its own file), listed as
    "start | end | title | status" lines in the time zone `zone`."""
    khal = shutil.which("khal")
    if khal is None:
        pytest.fail("khal is missing: `make test` installs Debian's khal (tools/install-system-tools)")
    home = tmp_path / zone.replace("/", "-")
    (home / "vdir").mkdir(parents=True)
    config = home / "khal.conf"
    config.write_text(KHAL_CONFIG.format(vdir=home / "vdir", zone=zone, database=home / "khal.db"), encoding="utf-8")
    environment = {"PATH": os.environ["PATH"], "HOME": str(home), "XDG_CONFIG_HOME": str(home),
                   "XDG_DATA_HOME": str(home), "LANG": "C.UTF-8", **{k: v for k, v in os.environ.items()
                                                                      if k.startswith(("FAKETIME", "LD_PRELOAD"))}}

    def run(*arguments):
        return subprocess.run([khal, "-c", str(config), *arguments], capture_output=True, text=True, check=True,
                              env=environment).stdout

    run("import", "--batch", str(calendar))
    return [line.rstrip() for line in run("list", "--day-format", "", "--format", "{start} | {end} | {title} | {status}",
               "2000-01-01", "2099-01-01").splitlines()]


def test_khal_shows_each_meeting_at_its_dutch_time(sites, tmp_path):
    calendar = sites("kitchen-sink").file("agenda.ics")
    haarlem = "Terugblik op de regiobijeenkomst in Haarlem"
    utrecht = dt.datetime.combine(DAYS["utrecht"], dt.time(15), AMSTERDAM)
    amsterdam = khal_list(tmp_path, calendar, "Europe/Amsterdam")
    assert f"2024-04-25 15:00 | 2024-04-25 17:00 | {haarlem} | CONFIRMED" in amsterdam, amsterdam
    assert f"{utrecht:%Y-%m-%d} 15:00 | {utrecht:%Y-%m-%d} 17:30 | {UTRECHT} | CONFIRMED" in amsterdam, amsterdam
    assert f"{DAYS['cancelled']} 10:00 | {DAYS['cancelled']} 16:00 | Afgelast: {CANCELLED} | CANCELLED" in amsterdam
    assert "2025-10-03 | 2025-10-03 | Jaarbijeenkomst over het UNESCO-rapport | CONFIRMED" in amsterdam
    # Elsewhere the same meetings, at the same moments: two hours earlier in UTC in summer, one in winter.
    elsewhere = khal_list(tmp_path, calendar, "UTC")
    assert f"2024-04-25 13:00 | 2024-04-25 15:00 | {haarlem} | CONFIRMED" in elsewhere, elsewhere
    start, end = utrecht.astimezone(UTC), (utrecht + dt.timedelta(hours=2, minutes=30)).astimezone(UTC)
    assert f"{start:%Y-%m-%d %H:%M} | {end:%Y-%m-%d %H:%M} | {UTRECHT} | CONFIRMED" in elsewhere, elsewhere

"""The agenda as iCalendar (RFC 5545), written with the icalendar library: /agenda.ics with every
meeting, for members to subscribe to, and one file per meeting next to its post, behind the
"Zet in je agenda" link.

The same content always gives the same files; nothing comes from the build's clock:
- UID: the post's feed id (content/posts.py `guid`) with #bijeenkomst, so it never changes with a
  new title, date or address.
- CREATED: the post's date. LAST-MODIFIED and DTSTAMP: `event.changed`, else the post's date (in a
  calendar without METHOD, DTSTAMP is when the event was last revised: RFC 5545 3.8.7.2).
- SEQUENCE: 0, or the whole minutes from 2000 to `event.changed`. A content hash would not grow;
  this grows with every change an editor records, which is what tells a calendar app that already
  has the meeting to take its new date, time, place or cancellation.
- Times in Europe/Amsterdam, with a VTIMEZONE made from zoneinfo: the same in every file (calendar
  apps may keep the first one they see for a TZID), from 2000 until icalendar's default end, 2038.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence

from icalendar import Calendar, Event, Timezone, vDuration

from ..content.dates import AMSTERDAM
from ..content.posts import Post, meetings
from ..pages.site import Site
from ..routes import AGENDA

SEQUENCE_FROM = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
REFRESH = dt.timedelta(hours=12)
"""How often a subscribed calendar app should look again; the site is built every morning."""


def uid(post: Post) -> str:
    return f"{post.guid}#bijeenkomst"


def sequence(post: Post) -> int:
    changed = post.event.changed
    return max(0, int((changed.when - SEQUENCE_FROM).total_seconds() // 60)) if changed else 0


@functools.cache
def _timezone() -> Timezone:
    """Europe/Amsterdam's changes to and from summer time, as icalendar reads them from zoneinfo; each
    one on an RDATE line of its own: readers built on vobject (such as the CalDAV server Radicale)
    read only the first date of a list."""
    zone = Timezone.from_tzid(AMSTERDAM.key, first_date=dt.date(2000, 1, 1))
    for observance in zone.subcomponents:
        if "RDATE" in observance:
            for change in observance.pop("RDATE").dts:
                observance.add("RDATE", change.dt)
    return zone


def calendar_files(site: Site, site_url: str) -> dict[str, bytes]:
    """/agenda.ics with the published meetings, and a file next to each shown post with a dated meeting."""
    whole = _calendar(meetings(site.public), site_url)
    whole.add("name", f"Agenda {site.data.name}")
    whole.add("x-wr-calname", f"Agenda {site.data.name}")
    whole.add("description", f"De bijeenkomsten van {site.data.name}")
    whole.add("x-wr-caldesc", f"De bijeenkomsten van {site.data.name}")
    whole.add("url", site_url + f"{AGENDA}/")
    whole.add("source", site_url + site.calendar.path)
    whole.add("refresh-interval", REFRESH, parameters={"VALUE": "DURATION"})
    whole.add("x-published-ttl", vDuration(REFRESH))
    files = {site.calendar.path: whole.to_ical()}
    for post in meetings(site.shown):
        files[post.calendar_url] = _calendar([post], site_url).to_ical()
    return files


def _calendar(posts: Sequence[Post], site_url: str) -> Calendar:
    """`posts` (with dated meetings) as a calendar. Its time zone is there also without meetings: a
    calendar must have a component."""
    calendar = Calendar()
    calendar.add("prodid", "-//Leve het Onderwijs!//Agenda//NL")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-timezone", AMSTERDAM.key)
    calendar.add_component(_timezone())
    for post in posts:
        calendar.add_component(_event(post, site_url))
    return calendar


def _event(post: Post, site_url: str) -> Event:
    meeting, url = post.event, site_url + post.url
    event = Event()
    event.add("uid", uid(post))
    revised = (meeting.changed or post.moment).when.astimezone(dt.UTC)
    event.add("dtstamp", revised)
    event.add("created", post.moment.when.astimezone(dt.UTC))
    event.add("last-modified", revised)
    event.add("sequence", sequence(post))
    event.add("summary", ("Afgelast: " if meeting.is_cancelled else "") + post.title)
    if meeting.start:
        event.add("dtstart", meeting.starts)
        if meeting.ends:
            event.add("dtend", meeting.ends)
    else:
        event.add("dtstart", meeting.date)
        event.add("dtend", meeting.date + dt.timedelta(days=1))
    event.add("location", meeting.place)
    event.add("description", _description(post, url))
    event.add("url", url)
    event.add("status", "CANCELLED" if meeting.is_cancelled else "CONFIRMED")
    return event


def _description(post: Post, url: str) -> str:
    lines = [post.description]
    if post.event.is_cancelled:
        lines.append("Deze bijeenkomst is afgelast.")
    elif post.event.signup:
        lines.append(f"Aanmelden: {post.event.signup_address}")
    lines.append(f"Meer informatie: {url}")
    return "\n\n".join(lines)

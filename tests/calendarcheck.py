"""Rules for an iCalendar file (RFC 5545), read by two independent readers: icalendar, which
wrote it, and vobject, which did not (and reads times through the file's own VTIMEZONE)."""

from __future__ import annotations

import datetime as dt

import icalendar
import vobject

STATUSES = {"CONFIRMED", "CANCELLED", "TENTATIVE"}


def read_events(data: bytes) -> list[icalendar.Event]:
    return icalendar.Calendar.from_ical(data.decode("utf-8")).walk("VEVENT")


def instant(value: dt.date | dt.datetime) -> object:
    """A start as both readers should agree on it: an instant in UTC, or a day."""
    return value.astimezone(dt.UTC) if isinstance(value, dt.datetime) else value


def calendar_problems(data: bytes, where: str) -> list[str]:
    text = data.decode("utf-8")
    problems = []
    if not text.endswith("\r\n") or "\n" in text.replace("\r\n", ""):
        problems.append(f"{where}: lines do not all end in CRLF")
    problems += [f"{where}: line longer than 75 octets: {line[:30]!r}…"
                 for line in text.split("\r\n") if len(line.encode("utf-8")) > 75]
    try:
        calendar = icalendar.Calendar.from_ical(text)
        other = vobject.readOne(text)
        other.validate(raiseException=True)
    except Exception as error:  # both readers raise their own kinds of error
        return [*problems, f"{where}: unreadable: {error}"]
    if calendar.get("VERSION") != "2.0" or not calendar.get("PRODID"):
        problems.append(f"{where}: VERSION 2.0 and PRODID are required")
    defined = {str(zone["TZID"]) for zone in calendar.walk("VTIMEZONE")}
    starts = {str(event.uid): instant(event.start) for event in calendar.walk("VEVENT")}
    if len(starts) != len(calendar.walk("VEVENT")):
        problems.append(f"{where}: two events share a UID")
    for event in calendar.walk("VEVENT"):
        uid = str(event.get("UID", ""))
        for name in ("UID", "DTSTAMP", "DTSTART", "SUMMARY"):
            if name not in event:
                problems.append(f"{where}: {uid or 'an event'} has no {name}")
        if "DTSTAMP" in event and event.decoded("DTSTAMP").utcoffset() != dt.timedelta(0):
            problems.append(f"{where}: {uid}: DTSTAMP is not in UTC")
        for name in ("DTSTART", "DTEND"):
            zone = event[name].params.get("TZID") if name in event else None
            if zone is not None and zone not in defined:
                problems.append(f"{where}: {uid}: {name} in {zone}, which no VTIMEZONE defines")
        if "DTEND" in event and instant(event.end) <= instant(event.start):
            problems.append(f"{where}: {uid} ends before it starts")
        if event.get("STATUS") not in STATUSES:
            problems.append(f"{where}: {uid}: unknown STATUS {event.get('STATUS')}")
    if read_by_vobject(other) != starts:
        problems.append(f"{where}: vobject reads other starts than icalendar: {read_by_vobject(other)} != {starts}")
    return problems


def read_by_vobject(calendar) -> dict[str, object]:
    """Each event's start as vobject reads it, a local time through this file's own VTIMEZONE (vobject
    keeps the first VTIMEZONE it met for a TZID, in any file, for the rest of the process)."""
    zones = {zone.tzid.value: zone.gettzinfo() for zone in calendar.contents.get("vtimezone", [])}
    starts = {}
    for event in calendar.contents.get("vevent", []):
        # vobject keeps the TZID it read in this parameter of its own.
        start, zone = event.dtstart.value, event.dtstart.params.get("X-VOBJ-ORIGINAL-TZID", [None])[0]
        if zone is not None:
            start = start.replace(tzinfo=zones.get(zone))
        starts[event.uid.value] = instant(start)
    return starts

"""Time in Europe/Amsterdam, and dates and numbers shown in Dutch."""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from babel.dates import format_date, format_time
from babel.numbers import format_decimal

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


@dataclass(frozen=True)
class Moment:
    """A post's date: an aware datetime, and whether the editor gave a time."""

    when: dt.datetime
    has_time: bool

    @property
    def day(self) -> dt.date:
        return self.when.date()


@functools.lru_cache(maxsize=8192)
def dutch_day(day: dt.date) -> str:
    """17 april 2024 (kept: Babel takes a twentieth of a millisecond, and an archive has thousands of days)"""
    return format_date(day, "d MMMM y", locale="nl")


def dutch_weekday(day: dt.date) -> str:
    """donderdag 25 april 2024"""
    return format_date(day, "EEEE d MMMM y", locale="nl")


def dutch_time(time: dt.time) -> str:
    """15:00"""
    return format_time(time, "HH:mm", locale="nl")


def dutch_moment(moment: Moment) -> str:
    """17 april 2024, or 17 april 2024 om 10:30"""
    day = dutch_day(moment.day)
    return f"{day} om {dutch_time(moment.when.time())}" if moment.has_time else day


def dutch_number(number: int) -> str:
    """3.400: thousands grouped with a dot."""
    return format_decimal(number, locale="nl")


def now() -> dt.datetime:
    return dt.datetime.now(AMSTERDAM)

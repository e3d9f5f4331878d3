"""Dates as editors write them, read in Europe/Amsterdam, shown in Dutch."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from babel.dates import format_date, format_time

from .fields import FieldError, text

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


@dataclass(frozen=True)
class Moment:
    """A post's date: an aware datetime, and whether the editor gave a time."""

    when: dt.datetime
    has_time: bool

    @property
    def day(self) -> dt.date:
        return self.when.date()


def moment(value: Any, name: str) -> Moment:
    """`2024-04-17`, `2024-04-17 10:30` or ISO 8601 with an offset."""
    raw = text(value, name)
    try:
        parsed = dt.datetime.fromisoformat(raw)
    except ValueError:
        raise FieldError(
            f"'{raw}' is geen bestaande datum",
            f"schrijf {name}: JJJJ-MM-DD (bijvoorbeeld 2024-04-17) of JJJJ-MM-DD UU:MM (bijvoorbeeld 2024-04-17 10:30)",
        ) from None
    has_time = len(raw) > 10
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=AMSTERDAM)
    return Moment(parsed.astimezone(AMSTERDAM), has_time)


def calendar_day(value: Any, name: str) -> dt.date:
    raw = text(value, name)
    try:
        return dt.date.fromisoformat(raw)
    except ValueError:
        raise FieldError(
            f"'{raw}' is geen bestaande datum",
            f"schrijf {name}: JJJJ-MM-DD, bijvoorbeeld 2021-03-04",
        ) from None


def clock_time(value: Any, name: str) -> dt.time:
    raw = text(value, name)
    try:
        return dt.time.fromisoformat(raw if len(raw) != 4 else "0" + raw)
    except ValueError:
        raise FieldError(
            f"'{raw}' is geen geldige tijd",
            f"schrijf {name}: \"UU:MM\", bijvoorbeeld {name}: \"15:00\"",
        ) from None


def dutch_day(day: dt.date) -> str:
    """17 april 2024"""
    return format_date(day, "d MMMM y", locale="nl")


def dutch_time(time: dt.time) -> str:
    """15:00"""
    return format_time(time, "HH:mm", locale="nl")


def now() -> dt.datetime:
    return dt.datetime.now(AMSTERDAM)

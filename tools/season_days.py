"""The days `make test` runs the clock-dependent checks again on (with faketime): the next of each
day on which a season changes something for the site, counted from today, so that none lies behind
the content. Prints one date a line: the change to summer time and back (the last Sunday of March
and of October, Europe/Amsterdam), midsummer (1 July), the last day of the year, and a leap day."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable


def last_sunday(year: int, month: int) -> dt.date:
    last = dt.date(year, month, calendar.monthrange(year, month)[1])
    return last - dt.timedelta(days=(last.weekday() - calendar.SUNDAY) % 7)


def next_day(today: dt.date, day_in: Callable[[int], dt.date | None]) -> dt.date:
    """The first day_in(year) after today (day_in answers None for a year without that day)."""
    return next(day for year in range(today.year, today.year + 9) if (day := day_in(year)) and day > today)


SEASON_DAYS: dict[str, Callable[[int], dt.date | None]] = {
    "summer time starts": lambda year: last_sunday(year, 3),
    "midsummer": lambda year: dt.date(year, 7, 1),
    "winter time starts": lambda year: last_sunday(year, 10),
    "last day of the year": lambda year: dt.date(year, 12, 31),
    "leap day": lambda year: dt.date(year, 2, 29) if calendar.isleap(year) else None,
}


def season_days(today: dt.date) -> list[dt.date]:
    return [next_day(today, day_in) for day_in in SEASON_DAYS.values()]


if __name__ == "__main__":
    print("\n".join(str(day) for day in season_days(dt.date.today())))

import datetime as dt

import pytest

from lho_site.dates import AMSTERDAM, clock_time, dutch_day, moment
from lho_site.fields import FieldError


def test_a_date_is_midnight_in_amsterdam():
    parsed = moment("2024-04-17", "date")
    assert parsed.when == dt.datetime(2024, 4, 17, tzinfo=AMSTERDAM)
    assert parsed.has_time is False


def test_a_date_with_time_and_one_with_an_offset():
    assert moment("2024-07-01 10:30", "date").when.utcoffset() == dt.timedelta(hours=2)
    assert moment("2024-01-01T12:00:00+00:00", "date").when.hour == 13


@pytest.mark.parametrize("raw", ["2024-13-01", "2024-02-30", "gisteren", "17-04-2024"])
def test_impossible_dates_are_refused(raw):
    with pytest.raises(FieldError, match="is geen bestaande datum"):
        moment(raw, "date")


def test_dutch_dates_and_times():
    assert dutch_day(dt.date(2024, 4, 17)) == "17 april 2024"
    assert dutch_day(dt.date(2021, 3, 4)) == "4 maart 2021"
    assert clock_time("9:05", "start") == dt.time(9, 5)

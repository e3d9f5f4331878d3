import datetime as dt

from season_days import last_sunday, season_days


def test_the_clock_changes_on_the_last_sundays_of_march_and_october():
    assert [last_sunday(2027, 3), last_sunday(2027, 10), last_sunday(2026, 3)] == \
        [dt.date(2027, 3, 28), dt.date(2027, 10, 31), dt.date(2026, 3, 29)]


def test_each_season_day_is_the_next_one_after_today():
    assert season_days(dt.date(2027, 3, 28)) == [
        dt.date(2028, 3, 26), dt.date(2027, 7, 1), dt.date(2027, 10, 31), dt.date(2027, 12, 31), dt.date(2028, 2, 29)]
    assert season_days(dt.date(2028, 2, 29))[-1] == dt.date(2032, 2, 29)
    assert season_days(dt.date(2026, 12, 31))[3] == dt.date(2027, 12, 31)

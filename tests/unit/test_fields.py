import datetime as dt
import re

import pytest

from lho_site.content import yaml_lines
from lho_site.content.dates import AMSTERDAM
from lho_site.content.fields import Field, read_record
from lho_site.content.kinds import KINDS, FieldError, clock_time, moment, whole_number
from lho_site.content.problems import Problems

FIELDS = (
    Field("title", "text", True, example='"Titel"'),
    Field("tags", "reference", refers_to="categories", many=True, example="[a]"),
    Field("count", "number"),
    Field("role", "choice", label="Rol", choices=(("x", "X"), ("y", "Y"))),
    Field("box", "block", fields=(Field("inner", "text", True, example="x"),)),
)
NAMES = {"categories": {"a": 1, "b": 2}}


def check(source):
    problems = Problems()
    record = read_record(yaml_lines.load(source), FIELDS, NAMES, "f.yml", problems)
    return record, [str(p) for p in problems.found]


def test_a_valid_record_is_parsed():
    assert check("title: 1984\ntags: [a, b]\ncount: 3.800\nrole: y\nbox:\n  inner: y\n") == (
        {"title": "1984", "tags": [1, 2], "count": 3800, "role": "y", "box": {"inner": "y"}}, [])


def test_every_problem_is_reported_with_its_line():
    record, problems = check("tags: [a, c]\ncount: nul\nrole: z\nbox:\n  other: 1\nextra: 2\n")
    assert record is None
    assert problems == [
        "f.yml:6: onbekend veld 'extra' — toegestaan zijn: title, tags, count, role, box",
        "f.yml:1: het verplichte veld 'title' ontbreekt — voeg een regel toe, bijvoorbeeld title: \"Titel\"",
        "f.yml:1: onbekende categorie 'c' — kies uit: a, b",
        "f.yml:2: 'count' moet een heel getal groter dan 0 zijn, maar is 'nul' — schrijf alleen cijfers, "
        "bijvoorbeeld count: 12",
        "f.yml:3: onbekende rol 'z' — kies uit: x, y",
        "f.yml:5: onbekend veld 'box.other' — toegestaan zijn: box.inner",
        "f.yml:5: het verplichte veld 'box.inner' ontbreekt — voeg onder box: een regel toe, bijvoorbeeld inner: x",
    ]


def test_yes_is_not_a_title():
    _, problems = check("title: yes\n")
    assert problems == ["f.yml:1: 'title' moet tekst zijn, maar is een ja/nee-waarde — schrijf de tekst tussen "
                        "aanhalingstekens: title: \"…\""]


def test_markup_in_a_text_field_is_refused():
    _, problems = check('title: "Toetsvrij <img src=x onerror=alert(1)> in Alkmaar"\n')
    assert problems == ["f.yml:1: 'title' bevat HTML-code ('<i…'); dit veld is gewone tekst — haal de code weg; "
                        "opmaak, links en afbeeldingen horen in de tekst van het bericht"]
    assert check('title: "Groep 3 < groep 8"\n')[1] == []


def test_a_names_file_that_is_broken_leaves_names_unchecked():
    problems = Problems()
    record = read_record(yaml_lines.load("title: t\ntags: [zz]\n"), FIELDS, {"categories": None}, "f.yml", problems)
    assert record == {"title": "t", "tags": ["zz"]} and problems.found == []


def test_a_date_is_midnight_in_amsterdam():
    parsed = moment("2024-04-17", "date")
    assert parsed.when == dt.datetime(2024, 4, 17, tzinfo=AMSTERDAM)
    assert parsed.has_time is False


@pytest.mark.parametrize("raw", ["2024-07-01 10:30", "2024-07-01 10.30", "2024-07-01T10:30:00+02:00"])
def test_a_date_with_a_time_dutch_or_iso(raw):
    parsed = moment(raw, "date")
    assert parsed.when == dt.datetime(2024, 7, 1, 10, 30, tzinfo=AMSTERDAM) and parsed.has_time


def test_an_offset_is_turned_into_amsterdam_time():
    assert moment("2024-01-01T12:00:00+00:00", "date").when.hour == 13


@pytest.mark.parametrize("raw", ["2024-13-01", "2024-02-30", "gisteren", "17-04-2024", "2024-04-17 25:00",
                                 "2024-04-17 10.3"])
def test_impossible_dates_are_refused(raw):
    with pytest.raises(FieldError, match="is geen bestaande datum"):
        moment(raw, "date")


@pytest.mark.parametrize(("raw", "expected"), [("9:05", dt.time(9, 5)), ("15.30", dt.time(15, 30)),
                                               ("15:00", dt.time(15))])
def test_clock_times_with_colon_or_dot(raw, expected):
    assert clock_time(raw, "start") == expected


@pytest.mark.parametrize("raw", ["15.3", "kwart over drie", "24:00", "1530"])
def test_impossible_times_are_refused(raw):
    with pytest.raises(FieldError, match="is geen geldige tijd"):
        clock_time(raw, "start")


@pytest.mark.parametrize(("raw", "expected"), [(3400, 3400), ("3.400", 3400), ("12.000.000", 12000000)])
def test_whole_numbers_with_dutch_thousands(raw, expected):
    assert whole_number(raw, "pupils") == expected


@pytest.mark.parametrize("raw", ["3.8", "3,800", 0, True, "drie"])
def test_not_whole_numbers_are_refused(raw):
    with pytest.raises(FieldError):
        whole_number(raw, "pupils")


# Values an editor might type in each kind that has a pattern: the web editor's form (the pattern, as
# JavaScript reads it: the same regular expression) and the build (the parser) must agree on each.
SAMPLES = {
    "slug": ["mijn-bericht", "mijn_bericht", "2024", "Mijn-bericht", "mijn--bericht", "-mijn", "mijn bericht", "é"],
    "quarter": ["2024-2", "2024-5", "24-2", "2024-02"],
    "amount": ["30", "ruim 30", "veel", ""],
    "link": ["https://voorbeeld.nl/aanmelden", "http://a.nl", "info@voorbeeld.nl", "mailto:info@voorbeeld.nl",
             "mailto:info@voorbeeld.nl?subject=Aanmelden", "voorbeeld.nl", "javascript:alert(1)", "https://localhost",
             "info@voorbeeld", "ftp://a.nl/x"],
    "email": ["kerngroep@levehetonderwijs.nl", "a@b.nl?bcc=c@d.nl", "mailto:a@b.nl", "a@b", "a b@c.nl", "a@b.nl&x"],
    "focus": ["50% 30%", "50%  30 %", "50 30", "150% 30%"],
    "address": ["/2021/03/04/titel/", "/?p=123", "2021/titel", "/met spatie"],
}


@pytest.mark.parametrize("kind", [name for name, kind in KINDS.items() if kind.pattern])
def test_the_form_and_the_build_agree_on_every_kind_with_a_pattern(kind):
    pattern = re.compile(KINDS[kind].pattern[0])
    disagree = []
    for sample in SAMPLES[kind]:
        try:
            KINDS[kind].parse(sample, "x")
            accepted = True
        except FieldError:
            accepted = False
        # The form only checks the pattern; the build may check more (a focus of 150%, the home page).
        if pattern.search(sample) is None and accepted:
            disagree.append(sample)
        if pattern.search(sample) and not accepted and kind not in ("focus", "address"):
            disagree.append(sample)
    assert disagree == []

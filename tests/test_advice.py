"""Every line the build advises is one to copy: written in place of the wrong line, the post validates.

Each case is a post of the minimal fixture with one line written the way editors write it
(quotes and apostrophes, colons, a Dutch date or time). The build's advice for that line must
name a whole line (`schrijf title: "…"`); the test writes it where the wrong line was, with its
indentation, and the content loads again with no problem on that line.
"""

import datetime as dt
import re

import pytest

from lho_site.content.dates import AMSTERDAM
from lho_site.content.model import load_content
from lho_site.content.problems import ContentError
from sitebuild import fixture_site

POST = "docs/nieuws/posts/2026-02-01-bericht.md"
NOW = dt.datetime(2026, 6, 1, 12, tzinfo=AMSTERDAM)
"""A fixed clock: the dates below are read against it, whatever day the test runs."""

FRONT_MATTER = ("title: Bericht\n", "date: 2026-02-01\n", "categories: [Actualiteit]\n", "description: Samenvatting.\n",
                "event:\n", "  date: 2026-03-04\n", '  start: "19:30"\n', "  place: Zwolle\n")

# name: (line of FRONT_MATTER to replace, the line as an editor wrote it)
CASES = {
    "apostrophe-in-single-quotes-with-a-colon": (0, "title: 'Onderwijsregio's: wat nu?'"),
    "apostrophe-in-single-quotes": (0, "title: 'Terug naar 't begin'"),
    "double-quotes-in-double-quotes-with-a-colon": (0, 'title: "Het "nieuwe" leren: 2024"'),
    "colon-unquoted": (0, "title: Terugblik: 2023"),
    "apostrophe-first-with-a-colon": (0, "title: 's Avonds: een gesprek"),
    "backslash-in-double-quotes-and-more": (0, 'title: "Juichen \\o/" en meer'),
    "at-sign-first": (0, "title: @gemeente in gesprek"),
    "hash-unquoted": (0, "title: Regiobijeenkomst #3 in Noord-Holland"),
    "hash-and-quotes-unquoted": (0, 'title: Het "nieuwe" leren #2 \\o/'),
    "unclosed-quote": (3, "description: \"Over 't begin"),
    "dutch-date": (1, "date: 1-2-2026"),
    "dutch-date-and-time": (1, "date: 1-2-2026 19.30"),
    "dutch-date-with-slashes-and-om": (1, "date: 01/02/2026 om 19u30"),
    "dutch-meeting-date": (5, "  date: 4-3-2026"),
    "time-with-u": (6, "  start: 19u30"),
    "time-with-uur": (6, "  start: 19.30 uur"),
    "time-with-colon-and-uur": (6, '  start: "19:30 uur"'),
}

ADVICE = re.compile(r"(?:schrijf|.* aanhalingstekens:) (\w+: .+?)(?: \(met [^()]+\))?")


def problems_of(tmp_path, lines) -> list:
    project = fixture_site(tmp_path, {POST: "---\n" + "".join(lines) + "---\n\nTekst.\n"}).parent
    try:
        load_content(project, project / "docs", NOW, preview=False)
    except ContentError as error:
        return error.problems
    return []


@pytest.mark.parametrize("case", CASES)
def test_the_advice_for_a_wrong_line_is_a_line_that_validates(tmp_path, case):
    index, wrong = CASES[case]
    lines = list(FRONT_MATTER)
    lines[index] = wrong + "\n"
    line = index + 2  # after the opening ---
    problems = [p for p in problems_of(tmp_path / "wrong", lines) if p.path == POST and p.line == line]
    assert problems, f"{wrong!r} should be refused"
    advice = ADVICE.fullmatch(problems[0].fix)
    assert advice, f"the advice for {wrong!r} names no line to write: {problems[0]}"
    lines[index] = wrong[:len(wrong) - len(wrong.lstrip())] + advice[1] + "\n"
    assert problems_of(tmp_path / "followed", lines) == [], f"following {problems[0]} leaves problems"

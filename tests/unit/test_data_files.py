import datetime as dt
import re
import shutil

import pytest

from lho_site.data_files import read_entries
from lho_site.fields import Field, text
from lho_site.newsletter import Quarter, load_issue_notes
from lho_site.problems import Problems
from sitebuild import ROOT

NEWSLETTER = "data/newsletter.yml"


@pytest.mark.parametrize("source", ["", "# Nothing here yet.\n#\n# - id: example\n"])
def test_a_list_file_with_only_comments_has_no_entries(tmp_path, source):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "list.yml").write_text(source, encoding="utf-8")
    problems = Problems()
    assert read_entries(tmp_path, "data/list.yml", [Field("id", text, True, "x")], problems, "id") == []
    assert problems.found == []


def newsletter_with(tmp_path, entry: str) -> dict:
    """The notes read from a copy of data/newsletter.yml with `entry` added at its end, as an editor would."""
    (tmp_path / "data").mkdir()
    copy = tmp_path / NEWSLETTER
    shutil.copy(ROOT / NEWSLETTER, copy)
    copy.write_text(copy.read_text(encoding="utf-8") + entry, encoding="utf-8")
    problems = Problems()
    notes = load_issue_notes(tmp_path, problems)
    assert [str(p) for p in problems.found] == []
    return notes


def test_the_example_in_contributing_can_be_added_to_the_newsletter_file(tmp_path):
    contributing = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    example = re.search(r"\(data/newsletter\.yml\):\n\n```yaml\n(.*?)```", contributing, re.DOTALL)[1]
    notes = newsletter_with(tmp_path, example)
    assert notes[Quarter(2024, 2)] == {"quarter": Quarter(2024, 2), "ready": dt.date(2024, 6, 20),
                                       "intro": "Eerste alinea.\n\nTweede alinea."}


def test_the_newsletter_file_holds_no_entries_yet(tmp_path):
    assert newsletter_with(tmp_path, "") == {}


def test_the_example_in_the_newsletter_file_works_without_its_comment_signs(tmp_path):
    source = (ROOT / NEWSLETTER).read_text(encoding="utf-8")
    example = source[source.index("# - quarter:"):]
    notes = newsletter_with(tmp_path, re.sub(r"^# ?", "", example, flags=re.MULTILINE))
    assert notes[Quarter(2024, 2)]["intro"] == "Eerste alinea.\n\nTweede alinea."

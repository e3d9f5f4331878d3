import re
import shutil

import pytest

from lho_site.content.data_files import read_entries
from lho_site.content.newsletter import Quarter, load_issue_notes
from lho_site.content.problems import Problems
from lho_site.content.schema import REGION
from sitebuild import ROOT

NEWSLETTER = "data/newsletter.yml"


@pytest.mark.parametrize("source", ["", "# Nothing here yet.\n#\n# - id: example\n"])
def test_a_list_file_with_only_comments_has_no_entries(tmp_path, source):
    (tmp_path / "data").mkdir()
    (tmp_path / REGION.path).write_text(source, encoding="utf-8")
    problems = Problems()
    assert read_entries(tmp_path, REGION, {}, problems) == []
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


def test_the_newsletter_file_holds_no_entries_yet(tmp_path):
    assert newsletter_with(tmp_path, "") == {}


def test_the_example_in_the_newsletter_file_works_without_its_comment_signs(tmp_path):
    source = (ROOT / NEWSLETTER).read_text(encoding="utf-8")
    example = source[source.index("# - quarter:"):]
    notes = newsletter_with(tmp_path, re.sub(r"^# ?", "", example, flags=re.MULTILINE))
    assert notes[Quarter(2024, 2)]["intro"] == "Eerste alinea.\n\nTweede alinea."

import pytest

from lho_site.content import yaml_lines


def test_keys_and_items_keep_their_file_lines():
    data = yaml_lines.load("title: Hoi\ncategories:\n  - A\n  - B\n", line_offset=1)
    assert data.line_of("title") == 2
    assert data.line_of("categories") == 3
    assert data["categories"].item_lines == [4, 5]


def test_dates_and_clock_times_stay_text():
    data = yaml_lines.load("date: 2024-04-17\nstart: 15:00\ncount: 30\n")
    assert data == {"date": "2024-04-17", "start": "15:00", "count": 30}


def test_duplicate_keys_are_remembered():
    data = yaml_lines.load("title: a\ntitle: b\n")
    assert data.duplicate_keys == [("title", 2)]


def test_syntax_error_has_the_file_line_and_a_dutch_explanation():
    with pytest.raises(yaml_lines.YamlSyntaxError) as raised:
        yaml_lines.load("a: 1\ntitle: Terugblik: 2023\n", line_offset=1)
    assert raised.value.line == 3
    what, fix = raised.value.explain("de front matter")
    assert what == "de front matter is geen geldige YAML: er staat een dubbele punt midden in een waarde"
    assert fix.startswith("zet tekst met een dubbele punt tussen aanhalingstekens")


def test_front_matter_split_matches_mkdocs():
    assert yaml_lines.split_front_matter("---\ntitle: x\n---\n\nTekst\n") == ("title: x\n", "\nTekst\n", 4)
    assert yaml_lines.split_front_matter("title: x\n\nTekst\n") is None

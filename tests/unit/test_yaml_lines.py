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


def test_numbers_with_a_dot_stay_the_text_the_editor_typed():
    data = yaml_lines.load("start: 15.30\npupils: 3.800\ndate: 2026-11-30 10.30\nbig: 1e3\nsmall: -0.5\nnan: .nan\n")
    assert data == {"start": "15.30", "pupils": "3.800", "date": "2026-11-30 10.30", "big": "1e3", "small": "-0.5",
                    "nan": ".nan"}


def test_whole_numbers_yes_no_and_empty_keep_their_type():
    data = yaml_lines.load("count: 30\nnegative: -4\ndraft: true\nempty:\n")
    assert data == {"count": 30, "negative": -4, "draft": True, "empty": None}
    assert type(data["count"]) is int


def test_the_comment_after_an_unquoted_value_is_kept_aside():
    data = yaml_lines.load("title: Regiobijeenkomst #3 in Noord-Holland  \nplace: Zwolle\n")
    assert data["title"] == "Regiobijeenkomst"
    assert data.comment_after("title") == "#3 in Noord-Holland"
    assert data.comment_after("place") is None
    assert data.comment_after("missing") is None


def test_comment_after_in_a_nested_block_of_front_matter():
    front_matter, _, _ = yaml_lines.split_front_matter(
        "---\ntitle: Bijeenkomst\nevent:\n  place: Zaal #2 # achterin\n  start: 15:00\n---\n\nTekst\n")
    data = yaml_lines.load(front_matter, line_offset=1)
    assert data["event"]["place"] == "Zaal"
    assert data["event"].comment_after("place") == "#2 # achterin"
    assert data["event"].line_of("place") == 4
    assert data["event"].comment_after("start") is None


def test_comment_after_an_empty_value():
    data = yaml_lines.load("title: #3 in Noord-Holland\n")
    assert data == {"title": None}
    assert data.comment_after("title") == "#3 in Noord-Holland"


@pytest.mark.parametrize("source", [
    'title: "Regiobijeenkomst #3"\n',  # quoted: the # is text
    "title: 'Regiobijeenkomst #3' # toelichting\n",  # quoted: the comment is meant as one
    "title: Regiobijeenkomst#3\n",  # no space before #: text
    "title: Regiobijeenkomst\n# a comment on its own line\n",
    "title:\n  # a comment on its own line\n",
    "intro: |\n  Eerste #1\n",  # block text: the # is text
    "event: # the block follows\n  place: Zwolle\n",  # not a text value
    "categories: [Actualiteit] # a list\n",
])
def test_no_comment_after_where_nothing_was_cut(source):
    data = yaml_lines.load(source)
    assert data.comment_after(next(iter(data))) is None


def test_duplicate_keys_are_remembered():
    data = yaml_lines.load("title: a\ntitle: b\n")
    assert data.duplicate_keys == [("title", 2)]


def test_syntax_error_has_the_file_line_and_a_dutch_explanation():
    with pytest.raises(yaml_lines.YamlSyntaxError) as raised:
        yaml_lines.load("a: 1\ntitle: Terugblik: 2023\n", line_offset=1)
    assert raised.value.line == 3
    what, fix = raised.value.explain("de front matter")
    assert what == "de front matter is geen geldige YAML: er staat een dubbele punt midden in een waarde"
    assert fix == 'schrijf title: "Terugblik: 2023" (met dubbele aanhalingstekens om de hele tekst)'


def test_front_matter_split_matches_mkdocs():
    assert yaml_lines.split_front_matter("---\ntitle: x\n---\n\nTekst\n") == ("title: x\n", "\nTekst\n", 4)
    assert yaml_lines.split_front_matter("title: x\n\nTekst\n") is None

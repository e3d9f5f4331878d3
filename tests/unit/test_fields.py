from lho_site import yaml_lines
from lho_site.fields import Field, block, list_of, one_of, read_record, text, whole_number
from lho_site.problems import Problems

FIELDS = [
    Field("title", text, True, '"Titel"'),
    Field("tags", list_of(one_of({"a": 1, "b": 2}, "onbekend label"), "a")),
    Field("count", whole_number),
    Field("box", block([Field("inner", text, True, "x")], "inner: x")),
]


def check(source):
    problems = Problems()
    record = read_record(yaml_lines.load(source), FIELDS, "f.yml", problems)
    return record, [str(p) for p in problems.found]


def test_a_valid_record_is_parsed():
    assert check("title: 1984\ntags: [a, b]\ncount: 3\nbox:\n  inner: y\n") == (
        {"title": "1984", "tags": [1, 2], "count": 3, "box": {"inner": "y"}}, [])


def test_every_problem_is_reported_with_its_line():
    record, problems = check("tags: [a, c]\ncount: nul\nbox:\n  other: 1\nextra: 2\n")
    assert record is None
    assert problems == [
        "f.yml:5: onbekend veld 'extra' — toegestaan zijn: title, tags, count, box",
        "f.yml:1: het verplichte veld 'title' ontbreekt — voeg een regel toe, bijvoorbeeld title: \"Titel\"",
        "f.yml:1: onbekend label 'c' — kies uit: a, b",
        "f.yml:2: 'count' moet een heel getal groter dan 0 zijn, maar is 'nul' — schrijf alleen cijfers, "
        "bijvoorbeeld count: 12",
        "f.yml:4: onbekend veld 'box.other' — toegestaan zijn: box.inner",
        "f.yml:4: het verplichte veld 'box.inner' ontbreekt — voeg een regel toe, bijvoorbeeld box.inner: x",
    ]


def test_yes_is_not_a_title():
    _, problems = check("title: yes\n")
    assert problems == ["f.yml:1: 'title' moet tekst zijn, maar is een ja/nee-waarde — schrijf de tekst tussen "
                        "aanhalingstekens: title: \"…\""]

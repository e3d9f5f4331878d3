"""The build's problems in the web editor's words: the field from the problem's line, labels for keys."""

from lho_site.content.problems import Problem
from lho_site.content.schema import POST
from lho_site.outputs.editor_problems import editor_problems, in_form_words, key_path

POST_TEXT = """---
title: "Een bijeenkomst"
date: 2024-04-17
event:
  date: 2024-05-01
  start: "17:00"
  end: "15:00"
---

Tekst.
"""


def test_the_field_of_a_line_is_its_key_under_the_keys_it_is_indented_under():
    lines = POST_TEXT.splitlines()
    assert key_path(lines, 7) == ["event", "end"]
    assert key_path(lines, 2) == ["title"]


def test_keys_become_the_forms_labels():
    event = POST.field("event")
    place = event.fields[[f.name for f in event.fields].index("place")]
    assert in_form_words("voeg place: toe, zoals place: online", POST) == (
        f"voeg '{place.label}' toe, zoals '{place.label}' online")
    assert in_form_words("'image_alt' ontbreekt; zie https://example.org", POST) == (
        f"'{POST.field('image_alt').label}' ontbreekt; zie https://example.org")


def test_a_problem_in_a_post_names_its_entry_and_field_by_label():
    path = f"{POST.path}2024-04-17-een-bijeenkomst.md"
    problems = [Problem(path, 7, "de bijeenkomst eindigt niet na het begin", "schrijf end: na start:"),
                Problem("mkdocs.yml", 3, "iets anders", "doe iets")]
    shown = editor_problems(problems, {path: POST_TEXT}.get)
    post = next(p for p in shown if p["file"] == path)
    assert post["collection"] == POST.name and post["entry"] == "2024-04-17-een-bijeenkomst"
    assert post["field"] == f"{POST.field('event').label} › {POST.field('event.end').label}"
    assert "end:" not in post["message"] and POST.field("event.end").label in post["message"]
    other = next(p for p in shown if p["file"] == "mkdocs.yml")
    assert "field" not in other and other["line"] == 3

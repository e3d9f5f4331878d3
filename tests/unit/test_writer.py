"""The one writer of content files (lho_site/content/writer.py): what it writes reads back as what it
was given, with the build's reader and with PyYAML's own, and the build accepts the page."""

import datetime as dt

import pytest
import yaml

from lho_site.content import yaml_lines
from lho_site.content.fields import read_record
from lho_site.content.problems import Problems
from lho_site.content.schema import POST
from lho_site.content.writer import front_matter

TRICKY = ["Onderwijsregio's: wat nu?", 'Het "nieuwe" leren', "#3 in Noord-Holland", "- geen lijst", "ja", "no",
          "15:00", "3.800", "2024", "[Actualiteit]", "a: b", "@kerngroep", "* ster", "!belangrijk", "%", "'quote",
          "tab\there", "éénmaal — zó", "eind ", " begin", "a #b", "&anker", "{x}", "?vraag", "|", ">"]


@pytest.mark.parametrize("text", TRICKY)
def test_a_text_reads_back_as_written(text):
    written = front_matter(POST, {"title": text, "description": text, "categories": [text],
                                  "aliases": ["/?p=1", "/" + text.strip().replace(" ", "-")]})
    body = written.removeprefix("---\n").removesuffix("---\n")
    for loaded in (yaml_lines.load(body), yaml.load(body, Loader=yaml.SafeLoader)):
        assert loaded["title"] == loaded["description"] == text and loaded["categories"] == [text]


def test_a_written_post_is_one_the_build_accepts():
    values = {"title": "Onderwijsregio's: wat nu?", "date": dt.date(2024, 4, 17), "categories": ["Actualiteit"],
              "description": "Een zin met een # erin.", "aliases": ["/2024/04/17/oud/", "/?p=111"],
              "event": {"date": "2024-05-01", "start": "15:00", "end": "17.00", "place": "online"}}
    written = front_matter(POST, values)
    problems = Problems()
    record = read_record(yaml_lines.load(written.removeprefix("---\n").removesuffix("---\n")), POST.fields,
                         {"categories": {"Actualiteit": "Actualiteit"}}, "x.md", problems)
    assert problems.found == [] and record["title"] == values["title"]
    assert written.splitlines()[1:4] == ["title: \"Onderwijsregio's: wat nu?\"", "date: 2024-04-17",
                                         "categories: [Actualiteit]"]

"""YAML that does not parse is explained in Dutch, on the line to change, with advice that works.

Every test runs with libyaml's CSafeLoader (what the site uses when it is installed) and with
PyYAML's own SafeLoader: they word their problems differently, the explanations must not differ.
"""

import importlib.util
import re
import sys

import pytest
import yaml

from lho_site.content import yaml_lines

OLD_NEWSLETTER = """\
# Notes for the quarterly newsletter.
[]
"""
ISSUE_NOTE = '- quarter: "2024-2"\n  intro: Inleiding.\n'
PEOPLE = """\
- id: marc-coenders
  name: Marc Coenders
  function: eigenaar

- id: jan-paul-beekman
  name: Jan Paul Beekman
  function: rector
"""
FRONT_MATTER = "title: Bericht\ndate: 2024-02-01\ndescription: Samenvatting.\n"
EVENT = FRONT_MATTER + "event:\n  date: 2024-03-04\n  place: Zwolle\n"
QUOTE_FIX = "(met {} aanhalingstekens om de hele tekst)"
DOUBLE, SINGLE = QUOTE_FIX.format("dubbele"), QUOTE_FIX.format("enkele")

# name: (YAML, lines before it in its file, file line to change, what is wrong, what to write instead)
CASES = {
    "double-quotes-inside-double-quotes": (
        FRONT_MATTER.replace("Bericht", '"Het "nieuwe" leren"'), 1, 2,
        'de tekst tussen aanhalingstekens ("…") bevat zelf ook een "; daar eindigt voor YAML de tekst',
        f"schrijf title: 'Het \"nieuwe\" leren' {SINGLE}"),
    "apostrophe-inside-single-quotes": (
        FRONT_MATTER.replace("Bericht", "'Terug naar 't begin'"), 1, 2,
        "de tekst tussen apostrofs ('…') bevat zelf ook een '; daar eindigt voor YAML de tekst",
        f"schrijf title: \"Terug naar 't begin\" {DOUBLE}"),
    "apostrophe-inside-single-quotes-before-a-colon": (
        FRONT_MATTER.replace("Bericht", "'Onderwijsregio's: wat nu?'"), 1, 2,
        "de tekst tussen apostrofs ('…') bevat zelf ook een '; daar eindigt voor YAML de tekst",
        f"schrijf title: \"Onderwijsregio's: wat nu?\" {DOUBLE}"),
    "both-kinds-of-quote-inside": (
        FRONT_MATTER.replace("Bericht", "'Het is 's \"avonds\"'"), 1, 2,
        "de tekst tussen apostrofs ('…') bevat zelf ook een '; daar eindigt voor YAML de tekst",
        "schrijf title: 'Het is ''s \"avonds\"' "
        "(met enkele aanhalingstekens om de hele tekst, en elke ' erin twee keer)"),
    "quoted-part-of-a-list-item": (
        PEOPLE.replace("rector", '"rector" en bestuurder'), 0, 7,
        'de tekst tussen aanhalingstekens ("…") bevat zelf ook een "; daar eindigt voor YAML de tekst',
        f"schrijf function: '\"rector\" en bestuurder' {SINGLE}"),
    "unclosed-quote-at-the-end": (
        FRONT_MATTER.replace("Samenvatting.", '"Samenvatting.'), 1, 4,
        'de tekst begint met een aanhalingsteken (") dat op deze regel niet gesloten wordt',
        f'schrijf description: "Samenvatting." {DOUBLE}'),
    "unclosed-quote-closed-lines-later": (
        'title: "Bericht\ndate: 2024-02-01\ndescription: "Samenvatting."\n', 1, 2,
        'de tekst begint met een aanhalingsteken (") dat op deze regel niet gesloten wordt',
        f'schrijf title: "Bericht" {DOUBLE}'),
    "dutch-apostrophe-at-the-start": (
        FRONT_MATTER.replace("Samenvatting.", "'s Avonds bijeen."), 1, 4,
        "de tekst begint met een apostrof ('), en YAML zoekt dan op deze regel een tweede die de tekst sluit",
        f"schrijf description: \"'s Avonds bijeen.\" {DOUBLE}"),
    "backslash-in-double-quotes": (
        FRONT_MATTER.replace("Bericht", '"Juichen \\o/"'), 1, 2,
        "tussen dubbele aanhalingstekens begint een \\ een code, zoals \\n voor een nieuwe regel",
        f"schrijf title: 'Juichen \\o/' {SINGLE}"),
    "colon-in-a-value": (
        FRONT_MATTER.replace("Bericht", "Terugblik: 2023"), 1, 2,
        "er staat een dubbele punt midden in een waarde",
        f'schrijf title: "Terugblik: 2023" {DOUBLE}'),
    "colon-in-a-text-over-two-lines": (
        FRONT_MATTER.replace("Samenvatting.", "Een middag\n  over vertrouwen. Let op: inschrijven"), 1, 5,
        "er staat een dubbele punt midden in een waarde",
        'zet tekst met een dubbele punt tussen aanhalingstekens, zoals title: "Terugblik: 2023"'),
    "value-starting-with-at": (
        FRONT_MATTER.replace("Bericht", "@gemeente in gesprek"), 1, 2,
        "de tekst begint met @, een teken dat in YAML iets anders betekent dan tekst",
        f'schrijf title: "@gemeente in gesprek" {DOUBLE}'),
    "value-starting-with-star": (
        FRONT_MATTER.replace("Bericht", "*Nieuw* bericht"), 1, 2,
        "de tekst begint met *, een teken dat in YAML iets anders betekent dan tekst",
        f'schrijf title: "*Nieuw* bericht" {DOUBLE}'),
    "value-starting-with-greater-than": (
        FRONT_MATTER.replace("Bericht", "> 5 scholen"), 1, 2,
        "de tekst begint met >, een teken dat in YAML iets anders betekent dan tekst",
        f'schrijf title: "> 5 scholen" {DOUBLE}'),
    "block-text-on-its-first-line": (
        PEOPLE + "  intro: | Eerste alinea.\n\n    Tweede alinea.\n", 0, 8,
        "na | hoort de tekst pas op de regel eronder te beginnen",
        "eindig de regel met | en zet 'Eerste alinea.' op een eigen regel eronder, ingesprongen zoals de tekst daar"),
    "over-indented-line-in-a-list": (
        PEOPLE.replace("  function: rector", "    function: rector"), 0, 7,
        "deze regel springt verder in dan 'name:' erboven",
        "begin de regel met 2 spaties, net als 'name:'"),
    "over-indented-first-field": (
        PEOPLE.replace("  name: Marc", "    name: Marc"), 0, 2,
        "deze regel springt verder in dan 'id:' erboven",
        "begin de regel met 2 spaties, net als 'id:'"),
    "over-indented-line-in-front-matter": (
        EVENT.replace("  place", "    place"), 1, 7,
        "deze regel springt verder in dan 'date:' erboven",
        "begin de regel met 2 spaties, net als 'date:'"),
    "under-indented-line-in-a-list": (
        PEOPLE.replace("  function: rector", " function: rector"), 0, 7,
        "deze regel springt minder ver in dan 'name:' erboven",
        "begin de regel met 2 spaties, net als 'name:'"),
    "unindented-line-in-a-list": (
        PEOPLE.replace("  function: rector", "function: rector"), 0, 7,
        "deze regel springt minder ver in dan 'name:' erboven",
        "begin de regel met 2 spaties, net als 'name:'"),
    "under-indented-line-in-front-matter": (
        EVENT.replace("  place", " place"), 1, 7,
        "deze regel springt minder ver in dan 'date:' erboven",
        "begin de regel met 2 spaties, net als 'date:'"),
    "entries-below-an-empty-list": (
        OLD_NEWSLETTER + ISSUE_NOTE, 0, 2,
        "[] betekent een lege lijst, maar eronder staat nog meer",
        "haal de regel [] weg; wat eronder staat, wordt dan de lijst"),
    "missing-colon": (
        FRONT_MATTER.replace("date:", "date"), 1, 3,
        "deze regel mist de dubbele punt tussen veldnaam en waarde", "schrijf elk veld als naam: waarde"),
    "missing-colon-on-the-first-line": (
        FRONT_MATTER.replace("title:", "title"), 1, 2,
        "deze regel mist de dubbele punt tussen veldnaam en waarde", "schrijf elk veld als naam: waarde"),
    "unclosed-list": (
        FRONT_MATTER + "categories: [Actualiteit\nauthors: [kerngroep]\n", 1, 5,
        "een lijst tussen [ en ] is niet afgesloten", "sluit de lijst af met ], zoals categories: [Actualiteit]"),
    "unclosed-list-at-the-end": (
        "name: Testsite\nabout: [\n", 0, 2,
        "een lijst tussen [ en ] is niet afgesloten", "sluit de lijst af met ], zoals categories: [Actualiteit]"),
    "tab-for-indentation": (
        EVENT.replace("  place", "\tplace"), 1, 7,
        "er staat een tab (kolom 1) waar YAML spaties verwacht", "vervang de tab door spaties"),
    "anything-else": (
        FRONT_MATTER + "- Actualiteit\n", 1, 5,
        "de opbouw van deze regel klopt niet (vanaf kolom 1)",
        "controleer de inspringing (spaties, geen tabs) en zet tekst die met een leesteken begint of een dubbele punt "
        "bevat tussen aanhalingstekens"),
    "invisible-character": (
        FRONT_MATTER.replace("Samenvatting.", "Samen\x07vatting."), 1, 4,
        "er staat een onzichtbaar teken in de tekst",
        "typ deze regel opnieuw (bij kopiëren uit Word of een pdf komen soms onzichtbare tekens mee)"),
}


@pytest.fixture(params=["CSafeLoader", "SafeLoader"])
def loader(request, monkeypatch):
    """yaml_lines built on libyaml's loader, or on PyYAML's own (a copy of the module made without libyaml)."""
    if request.param == "CSafeLoader":
        if not hasattr(yaml, "CSafeLoader"):
            pytest.skip("PyYAML is installed without libyaml")
        return yaml_lines
    monkeypatch.delattr(yaml, "CSafeLoader", raising=False)
    spec = importlib.util.spec_from_file_location("lho_site.content.yaml_lines_without_libyaml", yaml_lines.__file__)
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, module)
    spec.loader.exec_module(module)
    assert module._BaseLoader is yaml.SafeLoader
    return module


def error_of(loader, source: str, line_offset: int):
    with pytest.raises(loader.YamlSyntaxError) as raised:
        loader.load(source, line_offset)
    return raised.value


@pytest.mark.parametrize("case", CASES)
def test_each_problem_is_explained_in_dutch_on_the_line_to_change(loader, case):
    source, offset, line, what, fix = CASES[case]
    error = error_of(loader, source, offset)
    assert (error.line, error.problem, error.fix) == (line, what, fix)


def follow(source: str, offset: int, line: int, fix: str) -> str | None:
    """`source` changed as `fix` says, for the advice that says exactly what to write; else None."""
    lines = source.split("\n")
    index = line - 1 - offset
    old = lines[index]
    if written := re.fullmatch(r"schrijf (.+) \(met .+\)", fix):
        lines[index] = old[:len(old) - len(old.lstrip())] + written[1]
    elif spaces := re.fullmatch(r"begin de regel met (\d+) spaties, net als '.+:'", fix):
        lines[index] = " " * int(spaces[1]) + old.lstrip()
    elif moved := re.fullmatch(r"eindig de regel met (.) en zet '(.+)' op een eigen regel eronder, .+", fix):
        lines[index:index + 1] = [old.removesuffix(moved[2]).rstrip(), " " * 4 + moved[2]]
    elif fix.startswith("haal de regel [] weg"):
        del lines[index]
    elif fix == "vervang de tab door spaties":
        lines[index] = old.replace("\t", "  ")
    elif fix.startswith("sluit de lijst af met ]"):
        lines[index] = old + "]"
    elif fix == "schrijf elk veld als naam: waarde":
        lines[index] = old.replace(" ", ": ", 1)
    elif fix.startswith("typ deze regel opnieuw"):
        lines[index] = "".join(char for char in old if char.isprintable())
    else:
        return None
    return "\n".join(lines)


@pytest.mark.parametrize("case", [c for c in CASES if follow(*CASES[c][:3], CASES[c][4])])
def test_following_the_advice_makes_the_yaml_parse(loader, case):
    source, offset, line, _, fix = CASES[case]
    loader.load(follow(source, offset, line, fix), offset)


def test_the_explanation_names_what_is_broken():
    error = error_of(yaml_lines, CASES["colon-in-a-value"][0], 1)
    assert error.explain("de front matter") == (
        "de front matter is geen geldige YAML: er staat een dubbele punt midden in een waarde",
        f'schrijf title: "Terugblik: 2023" {DOUBLE}')


ENGLISH = re.compile(r"\b(expected|found|while|scanning|parsing|mapping|token|allowed|document|stream|character)\b")


def test_any_typo_gets_a_dutch_explanation_on_an_existing_line(loader):
    """Each one-character slip in a post's front matter and in a data file: Dutch, and a line of the file."""
    samples = ("title: Bericht\nevent:\n  date: 2024-03-04\ncategories: [A]\nintro: |\n  Eerste.\n", 1), \
              ("- id: a\n  name: A\n\n- id: b\n  name: 'B'\n", 0)
    for sample, offset in samples:
        last_line = offset + sample.count("\n") + 1
        for at in range(len(sample) + 1):
            for typo in (*"\"'#:[]{}-\t@*&!|>\\", "  ", ""):
                source = sample[:at] + typo + sample[at + (typo == ""):]
                try:
                    loader.load(source, offset)
                except loader.YamlSyntaxError as error:
                    assert offset < error.line <= last_line, source
                    assert not ENGLISH.search(f"{error.problem} {error.fix}"), source


def test_numbers_and_comments_are_read_alike_by_both_loaders(loader):
    data = loader.load("start: 15.30\npupils: 3.800\ntitle: Regiobijeenkomst #3 in Noord-Holland\n")
    assert data == {"start": "15.30", "pupils": "3.800", "title": "Regiobijeenkomst"}
    assert data.comment_after("title") == "#3 in Noord-Holland"

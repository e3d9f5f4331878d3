"""Bad input fails the build with every problem at once, in Dutch, as path:line: what — fix.

Each case copies tests/fixtures/minimal, breaks one thing, and builds it with the real hooks.
"""

import pytest

from sitebuild import build_site, fixture_site

POST = "docs/nieuws/posts/2024-02-01-bericht.md"


def post(front_matter: str, body: str = "Tekst.\n") -> str:
    return f"---\n{front_matter}---\n\n{body}"


GOOD = 'title: Bericht\ndate: 2024-02-01\ncategories: [Actualiteit]\ndescription: Samenvatting.\n'


def failed_build(tmp_path, files=None, remove=()):
    built = build_site(fixture_site(tmp_path, files, remove), tmp_path / "site")
    assert built.error is not None, f"the build should have failed; {built.how_to_reproduce()}"
    return built


CASES = {
    "yaml-does-not-parse": (
        {POST: post('title: Bericht\ndate: 2024-02-01\ncategories: [Actualiteit\ndescription: x\n')},
        [f"{POST}:4: de front matter is geen geldige YAML: een lijst tussen [ en ] is niet afgesloten — sluit de "
         "lijst af met ], zoals categories: [Actualiteit]"],
    ),
    "colon-in-unquoted-title": (
        {POST: post('title: Terugblik: 2023\ndate: 2024-02-01\ncategories: [Actualiteit]\ndescription: x\n')},
        [f"{POST}:2: de front matter is geen geldige YAML: er staat een dubbele punt midden in een waarde — "
         'schrijf title: "Terugblik: 2023" (met dubbele aanhalingstekens om de hele tekst)'],
    ),
    "quotes-inside-a-quoted-title": (
        {POST: post(GOOD.replace("Bericht", '"Het "nieuwe" leren"'))},
        [f'{POST}:2: de front matter is geen geldige YAML: de tekst tussen aanhalingstekens ("…") bevat zelf ook een "; '
         "daar eindigt voor YAML de tekst — schrijf title: 'Het \"nieuwe\" leren' (met enkele aanhalingstekens om de "
         "hele tekst)"],
    ),
    "over-indented-line-in-a-data-file": (
        {"data/people.yml": "- id: marc\n  name: Marc\n    function: facilitator\n"},
        ["data/people.yml:3: dit bestand is geen geldige YAML: deze regel springt verder in dan 'name:' erboven — "
         "begin de regel met 2 spaties, net als 'name:'"],
    ),
    "no-front-matter": (
        {POST: "title: Bericht\n\nTekst.\n"},
        [f"{POST}:1: dit bestand begint niet met front matter tussen twee regels --- — begin het bestand met ---, "
         "dan de velden (zoals title: en description:), en sluit af met ---"],
    ),
    "front-matter-without-fields": (
        {POST: post("Alleen een zin\n")},
        [f"{POST}:2: de front matter bevat geen velden — schrijf elk veld als 'naam: waarde' op een eigen regel"],
    ),
    "missing-and-empty-fields": (
        {POST: post('title: ""\ndate: 2024-02-01\ncategories: [Actualiteit]\n')},
        [f"{POST}:2: 'title' is leeg — vul 'title' in of laat de regel weg als het veld niet verplicht is",
         f"{POST}:2: het verplichte veld 'description' ontbreekt — voeg een regel toe, bijvoorbeeld description: "
         '"Eén of twee zinnen die in overzichten en de feed verschijnen."'],
    ),
    "impossible-date": (
        {POST: post(GOOD.replace("2024-02-01", "2024-13-01"))},
        [f"{POST}:3: '2024-13-01' is geen bestaande datum — schrijf date: JJJJ-MM-DD (bijvoorbeeld 2024-04-17) "
         "of JJJJ-MM-DD UU:MM (bijvoorbeeld 2024-04-17 10:30)"],
    ),
    "not-a-date": (
        {POST: post(GOOD.replace("2024-02-01", "gisteren"))},
        [f"{POST}:3: 'gisteren' is geen bestaande datum — schrijf date: JJJJ-MM-DD (bijvoorbeeld 2024-04-17) "
         "of JJJJ-MM-DD UU:MM (bijvoorbeeld 2024-04-17 10:30)"],
    ),
    "unknown-category-and-author": (
        {POST: post(GOOD.replace("[Actualiteit]", "[Actualitijt]") + "authors: [jan]\n")},
        [f"{POST}:4: onbekende categorie 'Actualitijt' — bedoel je 'Actualiteit'? kies uit: Actualiteit, "
         "Bijeenkomsten",
         f"{POST}:6: onbekende auteur 'jan' — kies uit: kerngroep"],
    ),
    "string-where-a-list-is-wanted": (
        {POST: post(GOOD.replace("[Actualiteit]", "Actualiteit"))},
        [f"{POST}:4: 'categories' moet een lijst zijn, maar is een tekst — schrijf het als lijst, bijvoorbeeld "
         "categories: [Actualiteit]"],
    ),
    "unknown-field": (
        {POST: post(GOOD + "darft: true\n")},
        [f"{POST}:6: onbekend veld 'darft' — bedoel je 'draft'? toegestaan zijn: title, date, categories, "
         "description, authors, draft, slug, id, image, image_alt, event, manifest, campaigns, network"],
    ),
    "missing-image": (
        {POST: post(GOOD + "image: foto.jpg\nimage_alt: Een foto\n")},
        [f"{POST}:6: de afbeelding 'foto.jpg' bestaat niet (gezocht als docs/nieuws/posts/foto.jpg) — zet het "
         "bestand op die plek of verbeter het pad; het pad telt vanaf de map van het bericht"],
    ),
    "same-url": (
        {"docs/nieuws/posts/2024-01-11-eerste-bericht.md": post(GOOD.replace("2024-02-01", "2024-01-11"))},
        ["docs/nieuws/posts/2024-01-11-eerste-bericht.md:1: dit bericht krijgt hetzelfde webadres "
         "/nieuws/2024/01/eerste-bericht/ als docs/nieuws/posts/2024-01-10-eerste-bericht.md — geef één van beide "
         "een andere bestandsnaam of een eigen slug: in de front matter"],
    ),
    "second-title-in-body": (
        {POST: post(GOOD, "Inleiding.\n\n# Kop\n")},
        [f"{POST}:10: de tekst bevat een kop met één # (een tweede titel) — de titel komt uit 'title'; gebruik ## "
         "voor tussenkoppen"],
    ),
    "bad-event-block": (
        {POST: post(GOOD + 'event:\n  date: 2024-02-30\n  start: "kwart over drie"\n  attendees: veel\n')},
        [f"{POST}:7: '2024-02-30' is geen bestaande datum — schrijf event.date: JJJJ-MM-DD, bijvoorbeeld 2021-03-04",
         f"{POST}:8: 'kwart over drie' is geen geldige tijd — schrijf event.start: \"UU:MM\", bijvoorbeeld "
         'event.start: "15:00"',
         f"{POST}:9: 'event.attendees' moet een aantal zijn, maar is 'veel' — schrijf een getal, zoals "
         'event.attendees: 30, of een korte tekst met een getal, zoals event.attendees: "ruim 30"'],
    ),
    "broken-data-file": (
        {"data/site.yml": "name: Testsite\nabout: [\n", "data/categories.yml": "- name: Actualiteit\n"},
        ["data/categories.yml:1: het verplichte veld 'description' ontbreekt — voeg een regel toe, bijvoorbeeld "
         "description: Nieuws over …",
         "data/site.yml:2: dit bestand is geen geldige YAML: een lijst tussen [ en ] is niet afgesloten — sluit de "
         "lijst af met ], zoals categories: [Actualiteit]"],
    ),
}


@pytest.mark.parametrize("case", CASES)
def test_bad_input_fails_with_dutch_path_line_message(tmp_path, case):
    files, expected = CASES[case]
    built = failed_build(tmp_path, files)
    assert built.errors[:-1] == expected, built.how_to_reproduce()
    count = len(expected)
    assert built.errors[-1] == f"{count} {'fout' if count == 1 else 'fouten'} in de inhoud; de site is niet gebouwd."


def test_all_problems_of_all_files_come_at_once(tmp_path):
    files = {
        "docs/nieuws/posts/2024-03-01-a.md": post(GOOD.replace("[Actualiteit]", "Actualiteit")),
        "docs/nieuws/posts/2024-03-02-b.md": post(GOOD.replace("2024-02-01", "2024-02-31")),
        "data/authors.yml": "- id: kerngroep\n- id: kerngroep\n  name: Dubbel\n",
    }
    built = failed_build(tmp_path, files)
    assert [e.split(":")[0] for e in built.errors[:-1]] == [
        "data/authors.yml", "docs/nieuws/posts/2024-03-01-a.md", "docs/nieuws/posts/2024-03-02-b.md"]
    assert built.errors[-1] == "3 fouten in de inhoud; de site is niet gebouwd."


def test_valid_fixture_builds_without_warnings(tmp_path):
    built = build_site(fixture_site(tmp_path), tmp_path / "site")
    assert built.error is None and built.warnings == [], built.how_to_reproduce()


DRAFT = "docs/nieuws/posts/2024-02-02-concept.md"
FUTURE = "docs/nieuws/posts/2999-01-01-later.md"
HIDDEN = {
    DRAFT: post(GOOD.replace("Bericht", "Concept") + "draft: true\n"),
    FUTURE: post(GOOD.replace("Bericht", "Later").replace("2024-02-01", "2999-01-01")),
}


def listed_titles(built):
    return [h.get_text(strip=True) for h in built.html("nieuws/").select(".lho-card__title")]


def test_drafts_and_future_posts_are_left_out_of_the_build(tmp_path):
    built = build_site(fixture_site(tmp_path, HIDDEN), tmp_path / "site")
    assert built.error is None, built.how_to_reproduce()
    assert listed_titles(built) == ["Eerste bericht"]
    assert not built.file("nieuws/2024/02/concept/").exists()
    assert not built.file("nieuws/2999/01/later/").exists()


def test_drafts_and_future_posts_are_shown_in_the_preview(tmp_path):
    built = build_site(fixture_site(tmp_path, HIDDEN), tmp_path / "site", command="serve")
    assert built.error is None, built.how_to_reproduce()
    assert listed_titles(built) == ["Later", "Concept"]  # the fixture lists two posts a page
    notes = {h.get_text(strip=True): h.find_next("p", class_="lho-preview-note").get_text(strip=True)
             for h in built.html("nieuws/").select(".lho-card__title")}
    assert notes["Concept"] == "Concept: dit bericht staat niet op de gepubliceerde site."
    assert notes["Later"] == "Gepland: dit bericht verschijnt op 1 januari 2999."
    assert built.file("nieuws/2024/02/concept/").exists()


def test_problems_are_github_annotations_on_their_line(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    files, _ = CASES["impossible-date"]
    failed_build(tmp_path, files)
    assert capsys.readouterr().out.splitlines() == [
        f"::error file={POST},line=3,title=Fout in de inhoud::'2024-13-01' is geen bestaande datum — schrijf "
        "date: JJJJ-MM-DD (bijvoorbeeld 2024-04-17) of JJJJ-MM-DD UU:MM (bijvoorbeeld 2024-04-17 10:30)"]

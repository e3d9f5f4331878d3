"""CONTRIBUTING.md and the issue form say what the schema says, and every example works as written.

The fenced examples of CONTRIBUTING.md carry what they are after the language:
`markdown bericht` / `markdown portret` (a whole file), `markdown tekst` (text in a post),
`yaml bericht` (lines for a post's front matter), `yaml data/….yml` (lines added at the end
of that file), `yaml people` (lines under a network's `people:`). All are applied, as the
text around them says, to a copy of the real site, which must then build without a problem.
"""

import re

import yaml

from lho_site.content.schema import ALL, POST
from lho_tools.field_docs import written
from sitebuild import ROOT, build_site
from sites import copy_of_the_real_site, phone_photo

CONTRIBUTING = ROOT / "CONTRIBUTING.md"
FENCE = re.compile(r"^( *)```(\w+) ([\w./-]+)\n(.*?)^\1```", re.DOTALL | re.MULTILINE)


def examples():
    """(kind, text) of every example, without the indentation of its fence (the text's own stays)."""
    text = CONTRIBUTING.read_text(encoding="utf-8")
    return [(kind, "".join(line[len(indent):] + "\n" for line in body.splitlines()))
            for indent, _, kind, body in FENCE.findall(text)]


def test_the_field_tables_are_written_from_the_schema():
    text = CONTRIBUTING.read_text(encoding="utf-8")
    assert written(text) == text, "run: PYTHONPATH=hooks .venv/bin/python -m lho_tools.field_docs"
    for schema in ALL:
        assert f"<!-- velden: {schema.name} -->" in text, schema.name


def test_the_issue_form_asks_for_a_posts_required_fields():
    form = yaml.safe_load((ROOT / ".github/ISSUE_TEMPLATE/nieuw-bericht.yml").read_text(encoding="utf-8"))
    fields = {item["id"]: item for item in form["body"] if "id" in item}
    asked = {"titel": "title", "datum": "date", "categorie": "categories", "samenvatting": "description",
             "foto-beschrijving": "image_alt"}
    assert {f.name for f in POST.fields if f.required} <= set(asked.values())
    assert set(asked) <= set(fields)


def add_missing_photos(project, text, folder):
    for photo in re.findall(r"(?:image: |\]\()(fotos/[\w.-]+\.jpg)", text):
        if not (folder / photo).exists():
            phone_photo(folder / photo, (1600, 1200))


def new_post(text: str, number: int) -> str:
    """An example made into a post of its own: its own title and text, as an editor's new post has
    (a copy of another post's title or text is refused)."""
    return re.sub(r"^title: ([\"']?)", rf"title: \g<1>Voorbeeld {number}, ", text, count=1, flags=re.MULTILINE) \
        + f"\nVoorbeeld {number}.\n"


def test_every_example_works_when_copied_as_it_says(tmp_path):
    config = copy_of_the_real_site(tmp_path / "project")
    project = config.parent
    posts, portraits = project / "docs/nieuws/posts", project / "docs/portretten"
    found = examples()
    kinds = {kind for kind, _ in found}
    assert {"bericht", "portret", "tekst", "people", "data/people.yml", "data/networks.yml"} <= kinds
    base = next(body for kind, body in found if kind == "bericht" and body.startswith("---"))
    for number, (kind, body) in enumerate(found):
        if kind == "bericht" and body.startswith("---"):
            (posts / f"2024-04-17-voorbeeld-{number}.md").write_text(new_post(body, number), encoding="utf-8")
        elif kind == "bericht" and body.startswith("id:"):
            old = yaml.safe_load(body)["id"].rsplit("/", 1)[1]
            renamed = posts / "2024-04-17-hernoemd.md"
            (posts / f"{old}.md").rename(renamed)
            renamed.write_text(renamed.read_text(encoding="utf-8").replace("---\n", f"---\n{body}", 1), encoding="utf-8")
            for page in (project / "docs").rglob("*.md"):  # links to the old name, as the build asks
                page.write_text(page.read_text(encoding="utf-8").replace(f"{old}.md", renamed.name), encoding="utf-8")
        elif kind == "bericht":
            text = base.replace("---\n\n", body + "---\n\n", 1)
            add_missing_photos(project, text, posts)
            (posts / f"2024-04-17-voorbeeld-{number}.md").write_text(new_post(text, number), encoding="utf-8")
        elif kind == "tekst":
            text = base + "\n" + body
            add_missing_photos(project, text, posts)
            (posts / f"2024-04-17-voorbeeld-{number}.md").write_text(new_post(text, number), encoding="utf-8")
        elif kind == "portret":
            (portraits / f"voorbeeld-{number}.md").write_text(body, encoding="utf-8")
        elif kind == "people":
            networks = project / "data/networks.yml"
            networks.write_text(networks.read_text(encoding="utf-8").replace("  people:\n", "  people:\n" + body, 1),
                                encoding="utf-8")
        else:
            with (project / kind).open("a", encoding="utf-8") as data:
                data.write("\n" + body)
    built = build_site(config, tmp_path / "site")
    assert built.error is None and built.warnings == [], "\n".join(built.errors) + "\n" + built.how_to_reproduce()

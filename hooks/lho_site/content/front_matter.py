"""Markdown pages with front matter (posts, portraits): read, parse and check in one place."""

from __future__ import annotations

import functools
import posixpath
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..routes import NETWORKS, PORTRAITS, POSTS
from . import yaml_lines
from .descriptions import check_photo_description, lines_outside_code
from .fields import Names, check_rules, read_record
from .files import HERO_WIDTH, PHOTOS, listing, photo_width
from .problems import Problems
from .schema import PAGE, Schema


@dataclass(frozen=True)
class PageSource:
    """A checked page: where it is, its parsed front matter, its Markdown body."""

    path: str
    """Relative to the project: for messages."""
    src_uri: str
    """Relative to docs/: what MkDocs calls the page."""
    data: yaml_lines.LineDict
    record: dict
    body: str
    body_line: int
    """The file line where the body starts."""
    image: str | None
    """The `image:` as a path inside docs/."""


def read_page(root: Path, docs_dir: Path, source: Path, schema: Schema, names: Names,
              problems: Problems) -> PageSource | None:
    """Read one page and check its front matter against `schema`, fields and rules; None (and problems) when wrong."""
    # String slicing (all three are absolute): Path.relative_to was a tenth of reading 2000 posts.
    path = source.as_posix()[len(root.as_posix()) + 1:]
    src_uri = source.as_posix()[len(docs_dir.as_posix()) + 1:]
    try:
        content = source.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        problems.add(path, 1, "dit bestand is geen UTF-8-tekst",
                     "sla het bestand op als UTF-8 (in de GitHub-editor gaat dat vanzelf)")
        return None
    split = yaml_lines.split_front_matter(content)
    if split is None and content.split("\n", 1)[0].strip() == "---":
        last = content.rstrip(" \t").rsplit("\n", 1)
        if len(last) == 2 and last[1] in ("---", "..."):  # MkDocs would show the fields as text
            problems.add(path, content.count("\n") + 1, "het bestand houdt op na de regel --- van de front matter, "
                         "zonder regeleinde", "zet na die regel --- een lege regel, of de tekst van het bericht")
        else:
            problems.add(path, 1, "de front matter begint met ---, maar er staat geen regel --- na de velden",
                         "zet na het laatste veld, vóór de tekst, een regel met alleen ---")
        return None
    if split is None:
        problems.add(path, 1, "dit bestand begint niet met front matter tussen twee regels ---",
                     "begin het bestand met ---, dan de velden (zoals title: en description:), en sluit af met ---")
        return None
    front_matter, body, body_line = split
    try:
        data = _front_matter(front_matter)
    except yaml_lines.YamlSyntaxError as error:
        problems.add(path, error.line, *error.explain("de front matter"))
        return None
    if not isinstance(data, yaml_lines.LineDict):
        problems.add(path, 2, "de front matter bevat geen velden", "schrijf elk veld als 'naam: waarde' op een eigen regel")
        return None
    record = read_record(data, schema.fields, names, path, problems)
    body_ok = _check_body(body, body_line, path, problems)
    if record is None:
        return None
    body_ok = check_photo_description(record, data, path, problems) and body_ok
    rules_ok = check_rules(schema.rules, schema.fields, record, data, path, problems)
    image_ok, image = _image(record, data, src_uri, docs_dir, path, problems)
    if not (body_ok and rules_ok and image_ok):
        return None
    return PageSource(path, src_uri, data, record, body, body_line, image)


@functools.lru_cache(maxsize=8192)
def _front_matter(text: str) -> object:
    """The parsed front matter (never changed by its readers), kept by its text: a preview rebuild after an
    edit parses only the file that changed, not the other 2,000 of an archive (a third of loading them)."""
    return yaml_lines.load(text, line_offset=1)


def _image(record: dict, data: yaml_lines.LineDict, src_uri: str, docs_dir: Path, path: str,
           problems: Problems) -> tuple[bool, str | None]:
    """Whether the image is a photo that is there, and its path inside docs/ (its description: PHOTO_RULES)."""
    if "image" not in record:
        return True, None
    image = posixpath.normpath(posixpath.join(posixpath.dirname(src_uri), record["image"]))
    ok = True
    if image.startswith(("../", "/")) or ":" in image or "\\" in image or not (docs_dir / image).is_file():
        problems.add(path, data.line_of("image"), f"de afbeelding '{record['image']}' bestaat niet (gezocht als docs/{image})",
                     "zet het bestand op die plek of verbeter het pad; het pad telt vanaf de map van het bericht")
        ok = False
    elif not image.lower().endswith(PHOTOS):
        problems.add(path, data.line_of("image"), f"'{record['image']}' is geen foto",
                     "kies voor image: een foto (.jpg, .png of .webp); een tekening kan wel in de tekst")
        ok = False
    elif (width := photo_width(docs_dir / image)) and width < HERO_WIDTH:
        problems.add(path, data.line_of("image"), f"de foto is maar {width} pixels breed, te smal om boven de tekst te staan",
                     f"kies een foto van minstens {HERO_WIDTH} pixels breed (een foto van een telefoon is goed)")
        ok = False
    return ok, image


def _check_body(body: str, first_line: int, path: str, problems: Problems) -> bool:
    """The title comes from front matter; a level-1 heading in the text would be a second one. Python-Markdown makes
    one of every line that starts with a single #, with or without a space after it (#Wat ging goed?, #onderwijs)."""
    if not body.startswith("#") and "\n#" not in body:
        return True
    for offset, line in lines_outside_code(body):
        if line.startswith("#") and not line.startswith("##"):
            spaced = line.startswith("# ") or line.strip() == "#"
            problems.add(path, first_line + offset, "de tekst bevat een kop met één # (een tweede titel)"
                         if spaced else f"de regel '{line.strip()[:40]}' begint met één # en wordt zo een kop (een "
                         "tweede titel)", "de titel komt uit 'title'; gebruik ## voor tussenkoppen" if spaced else
                         f"bedoel je een tussenkop, schrijf dan ## {line[1:].strip()[:40]}; bedoel je het teken #, "
                         f"schrijf dan \\{line.strip()[:40]}")
            return False
    return True


@dataclass(frozen=True)
class FixedPage:
    """A hand-written page outside the news and the portraits, as far as the rest of the build needs it."""

    source: PageSource
    aliases: tuple = ()
    """Its old addresses (content/addresses.py OldAddress): those lead here."""

    @property
    def title(self) -> str:
        return self.source.record["title"]

    @property
    def url(self) -> str:
        path = self.source.src_uri.removesuffix(".md")
        return "" if path == "index" else path.removesuffix("/index") + "/"


TEMPLATE_PAGES = {"home.html": "index.md", "networks.html": f"{NETWORKS}/index.md", "portraits.html": f"{PORTRAITS}/index.md"}
"""The overview pages' templates (schema.PAGE's choices), each with the one page it shows the data of."""


def check_fixed_pages(root: Path, docs_dir: Path, is_site_page: Callable[[str], bool],
                      problems: Problems) -> list[PageSource]:
    """The front matter of every hand-written page of the site that is no post or portrait (schema.PAGE),
    the valid ones returned; a page in the wrong place gets its own line (content/files.py)."""
    found = []
    for src_uri in (src for src, is_folder in listing(docs_dir) if not is_folder and src.endswith(".md")):
        folder, _, name = src_uri.rpartition("/")
        if src_uri.startswith(f"{POSTS}/") or (folder == PORTRAITS and name != "index.md"):
            continue  # a post or a portrait: read with its own schema
        source = docs_dir / src_uri
        if source.is_file() and is_site_page(src_uri):
            page = read_page(root, docs_dir, source, PAGE, {}, problems)
            template = page.record.get("template") if page else None
            if template and TEMPLATE_PAGES[template] != src_uri:
                problems.add(page.path, page.data.line_of("template"), f"het sjabloon {template} hoort bij "
                             f"docs/{TEMPLATE_PAGES[template]} en toont daar gegevens die deze pagina niet heeft",
                             "haal de regel template: weg")
            elif page:
                found.append(page)
    return found

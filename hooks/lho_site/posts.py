"""News posts: one Markdown file each in docs/nieuws/posts/, front matter checked."""

from __future__ import annotations

import datetime as dt
import posixpath
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from markdown.extensions.toc import slugify

from . import yaml_lines
from .data_files import slug
from .dates import Moment, calendar_day, clock_time, dutch_day, dutch_time, moment
from .fields import Field, FieldError, block, boolean, list_of, one_of, read_record, text
from .problems import Problems
from .site_data import Author, Category

POSTS_DIR = "nieuws/posts"
WORDS_PER_MINUTE = 200
_DATE_PREFIX = re.compile(r"^\d{4}-\d{2}-\d{2}-")
_FENCE = re.compile(r"^\s*(```|~~~)")


@dataclass(frozen=True)
class Event:
    """The facts box of a meeting: all fields optional, shown when given."""

    date: dt.date | None = None
    start: dt.time | None = None
    end: dt.time | None = None
    place: str | None = None
    attendees: str | None = None

    @property
    def date_text(self) -> str | None:
        return dutch_day(self.date) if self.date else None

    @property
    def time_text(self) -> str | None:
        if not self.start:
            return None
        return dutch_time(self.start) + (f"–{dutch_time(self.end)}" if self.end else "")


@dataclass(frozen=True)
class Post:
    src_uri: str
    path: str
    slug: str
    title: str
    moment: Moment
    description: str
    categories: tuple[Category, ...]
    authors: tuple[Author, ...]
    draft: bool
    image: str | None
    image_alt: str | None
    event: Event | None
    words: int
    guid: str
    """The feed id: pinned in front matter (`id:`), or made from the file name; never from the URL."""
    guid_line: int

    @property
    def url(self) -> str:
        return f"nieuws/{self.moment.when:%Y/%m}/{self.slug}/"

    @property
    def dest_uri(self) -> str:
        return self.url + "index.html"

    @property
    def date_text(self) -> str:
        return dutch_day(self.moment.day)

    @property
    def reading_minutes(self) -> int:
        return max(1, round(self.words / WORDS_PER_MINUTE))

    def is_scheduled(self, now: dt.datetime) -> bool:
        return self.moment.when > now

    def is_public(self, now: dt.datetime) -> bool:
        """Published on the built site: not a draft and not dated in the future."""
        return not self.draft and not self.is_scheduled(now)


def _attendees(value: Any, name: str) -> str:
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return str(value)
    if isinstance(value, str) and re.search(r"\d", value):
        return value.strip()
    raise FieldError(
        f"'{name}' moet een aantal zijn, maar is '{value}'",
        f"schrijf een getal, zoals {name}: 30, of een korte tekst met een getal, zoals {name}: \"ruim 30\"",
    )


_EVENT_FIELDS = [
    Field("date", calendar_day),
    Field("start", clock_time),
    Field("end", clock_time),
    Field("place", text),
    Field("attendees", _attendees),
]


def post_fields(categories: dict[str, Category] | None, authors: dict[str, Author] | None) -> list[Field]:
    """The front-matter fields; with None for a list whose data file is broken, names go unchecked."""
    return [
        Field("title", text, True, '"Titel van het bericht"'),
        Field("date", moment, True, "2024-04-17"),
        Field("categories", list_of(_named(categories, "categorie"), "Actualiteit"), True,
              f"[Actualiteit] (kies uit: {', '.join(categories or ())})"),
        Field("description", text, True, '"Eén of twee zinnen die in overzichten en de feed verschijnen."'),
        Field("authors", list_of(_named(authors, "auteur"), "kerngroep")),
        Field("draft", boolean),
        Field("slug", slug),
        Field("id", text),
        Field("image", text),
        Field("image_alt", text),
        Field("event", block(_EVENT_FIELDS, "date:, start:, end:, place:, attendees:")),
    ]


def _named(known: dict | None, kind: str):
    # A broken data file is reported on its own; checking posts against it would only add noise.
    return text if known is None else one_of(known, kind)


def load_posts(root: Path, docs_dir: Path, fields: list[Field], id_prefix: str, problems: Problems) -> list[Post]:
    """Every post under docs/nieuws/posts/, newest first; problems for the rest.

    `id_prefix` starts the feed id of posts that do not pin one (a tag: URI authority).
    """
    posts = []
    for source in sorted((docs_dir / POSTS_DIR).rglob("*.md")):
        post = _load_post(root, docs_dir, source, fields, id_prefix, problems)
        if post is not None:
            posts.append(post)
    _check_unique(posts, lambda p: p.url, lambda p: 1, problems,
                  "dit bericht krijgt hetzelfde webadres /{key} als {other}",
                  "geef één van beide een andere bestandsnaam of een eigen slug: in de front matter")
    _check_unique(posts, lambda p: p.guid, lambda p: p.guid_line, problems,
                  "dit bericht heeft dezelfde id '{key}' als {other}; feedlezers zouden er één overslaan",
                  "geef dit bericht een eigen id: of haal de id-regel weg")
    posts.sort(key=lambda p: (p.moment.when, p.src_uri), reverse=True)
    return posts


def _load_post(root: Path, docs_dir: Path, source: Path, fields: list[Field], id_prefix: str,
               problems: Problems) -> Post | None:
    path = source.relative_to(root).as_posix()
    src_uri = source.relative_to(docs_dir).as_posix()
    try:
        content = source.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        problems.add(path, 1, "dit bestand is geen UTF-8-tekst", "sla het bestand op als UTF-8 (in de GitHub-editor gaat dat vanzelf)")
        return None
    split = yaml_lines.split_front_matter(content)
    if split is None:
        problems.add(path, 1, "dit bericht begint niet met front matter tussen twee regels ---",
                     "begin het bestand met ---, dan title:, date:, categories: en description:, en sluit af met ---")
        return None
    front_matter, body, body_line = split
    try:
        data = yaml_lines.load(front_matter, line_offset=1)
    except yaml_lines.YamlSyntaxError as error:
        problems.add(path, error.line, *error.explain("de front matter"))
        return None
    if not isinstance(data, yaml_lines.LineDict):
        problems.add(path, 2, "de front matter bevat geen velden", "schrijf elk veld als 'naam: waarde' op een eigen regel")
        return None
    record = read_record(data, fields, path, problems)
    body_ok = _check_body(body, body_line, path, problems)
    if record is None:
        return None
    image_ok, image = _image(record, data, src_uri, docs_dir, path, problems)
    post_slug = record.get("slug") or _DATE_PREFIX.sub("", source.stem)
    slug_ok = "slug" in record or _check_file_name(source, post_slug, path, problems)
    if not (body_ok and image_ok and slug_ok):
        return None
    return Post(
        src_uri=src_uri,
        path=path,
        slug=post_slug,
        title=record["title"],
        moment=record["date"],
        description=record["description"],
        categories=tuple(dict.fromkeys(record["categories"])),
        authors=tuple(dict.fromkeys(record.get("authors", ()))),
        draft=record.get("draft", False),
        image=image,
        image_alt=record.get("image_alt"),
        event=Event(**record["event"]) if "event" in record else None,
        words=len(body.split()),
        guid=record.get("id") or f"{id_prefix}nieuws/{source.stem}",
        guid_line=data.line_of("id"),
    )


def _check_file_name(source: Path, post_slug: str, path: str, problems: Problems) -> bool:
    if slugify(post_slug, "-") == post_slug:
        return True
    date_prefix = source.stem[: len(source.stem) - len(post_slug)]
    problems.add(path, 1, f"de bestandsnaam '{source.name}' geeft geen geldig webadres",
                 f"hernoem het bestand naar {date_prefix}{slugify(post_slug, '-') or 'korte-titel'}.md "
                 "(kleine letters, cijfers en streepjes)")
    return False


def _image(record: dict, data: yaml_lines.LineDict, src_uri: str, docs_dir: Path, path: str,
           problems: Problems) -> tuple[bool, str | None]:
    """Whether the image fields are right, and the image's path inside docs/."""
    if "image" not in record:
        if "image_alt" in record:
            problems.add(path, data.line_of("image_alt"), "'image_alt' staat er, maar 'image' ontbreekt",
                         "voeg image: toe met het pad van de afbeelding, of haal image_alt weg")
            return False, None
        return True, None
    image = posixpath.normpath(posixpath.join(posixpath.dirname(src_uri), record["image"]))
    ok = True
    if image.startswith("../") or not (docs_dir / image).is_file():
        problems.add(path, data.line_of("image"), f"de afbeelding '{record['image']}' bestaat niet (gezocht als docs/{image})",
                     "zet het bestand op die plek of verbeter het pad; het pad telt vanaf de map van het bericht")
        ok = False
    if "image_alt" not in record:
        problems.add(path, data.line_of("image"), "de afbeelding heeft geen beschrijving voor wie haar niet kan zien",
                     "voeg image_alt: toe met een korte beschrijving van wat er op de afbeelding staat")
        ok = False
    return ok, image


def _check_body(body: str, first_line: int, path: str, problems: Problems) -> bool:
    """The title comes from front matter; a level-1 heading in the text would be a second one."""
    in_fence = False
    for offset, line in enumerate(body.split("\n")):
        if _FENCE.match(line):
            in_fence = not in_fence
        elif not in_fence and line.startswith("# "):
            problems.add(path, first_line + offset, "de tekst bevat een kop met één # (een tweede titel)",
                         "de titel komt uit 'title'; gebruik ## voor tussenkoppen")
            return False
    return True


def _check_unique(posts: list[Post], key, line, problems: Problems, what: str, fix: str) -> None:
    """Report every post whose `key` an earlier post (by path) already has."""
    first: dict[str, Post] = {}
    for post in sorted(posts, key=lambda p: p.path):
        other = first.setdefault(key(post), post)
        if other is not post:
            problems.add(post.path, line(post), what.format(key=key(post), other=other.path), fix)

"""News posts: one Markdown file each in docs/nieuws/posts/, front matter checked."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from markdown.extensions.toc import slugify

from .catalog import Catalog
from .data_files import slug
from .dates import Moment, calendar_day, clock_time, dutch_day, dutch_time, moment
from .fields import Field, FieldError, block, boolean, list_of, named, text
from .front_matter import read_page
from .manifest import Campaign, Promise
from .networks import Network
from .problems import Problems
from .site_data import Author, Category

POSTS_DIR = "nieuws/posts"
WORDS_PER_MINUTE = 200
_DATE_PREFIX = re.compile(r"^\d{4}-\d{2}-\d{2}-")


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
    promises: tuple[Promise, ...]
    campaigns: tuple[Campaign, ...]
    network: Network | None
    guid: str
    """The feed id: pinned in front matter (`id:`), or made from the file name; never from the URL."""
    guid_line: int

    @property
    def url(self) -> str:
        return f"nieuws/{self.moment.when:%Y/%m}/{self.slug}/"

    @property
    def dest_uri(self) -> str:
        return self.url + "index.html"

    @cached_property
    def date_text(self) -> str:
        return dutch_day(self.moment.day)

    @cached_property
    def modified(self) -> dt.date:
        return self.moment.day

    @cached_property
    def digest(self) -> str:
        """A hash of everything about the post, made once per build (see preview.py)."""
        return hashlib.sha256(repr(self).encode("utf-8")).hexdigest()

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


def post_fields(catalog: Catalog) -> list[Field]:
    return [
        Field("title", text, True, '"Titel van het bericht"'),
        Field("date", moment, True, "2024-04-17"),
        Field("categories", list_of(named(catalog.categories, "onbekende categorie"), "Actualiteit"), True,
              f"[Actualiteit] (kies uit: {', '.join(catalog.categories or ())})"),
        Field("description", text, True, '"Eén of twee zinnen die in overzichten en de feed verschijnen."'),
        Field("authors", list_of(named(catalog.authors, "onbekende auteur"), "kerngroep")),
        Field("draft", boolean),
        Field("slug", slug),
        Field("id", text),
        Field("image", text),
        Field("image_alt", text),
        Field("event", block(_EVENT_FIELDS, "date:, start:, end:, place:, attendees:")),
        Field("manifest", list_of(named(catalog.promises, "onbekende belofte"), "3")),
        Field("campaigns", list_of(named(catalog.campaigns, "onbekende campagne"), "stop-nu-het-verplichten-van-toetsen")),
        Field("network", named(catalog.networks, "onbekend netwerk")),
    ]


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
    page = read_page(root, docs_dir, source, fields, problems)
    if page is None:
        return None
    record = page.record
    post_slug = record.get("slug") or _DATE_PREFIX.sub("", source.stem)
    if "slug" not in record and not _check_file_name(source, post_slug, page.path, problems):
        return None
    return Post(
        src_uri=page.src_uri,
        path=page.path,
        slug=post_slug,
        title=record["title"],
        moment=record["date"],
        description=record["description"],
        categories=tuple(dict.fromkeys(record["categories"])),
        authors=tuple(dict.fromkeys(record.get("authors", ()))),
        draft=record.get("draft", False),
        image=page.image,
        image_alt=record.get("image_alt"),
        event=Event(**record["event"]) if "event" in record else None,
        words=len(page.body.split()),
        promises=tuple(dict.fromkeys(record.get("manifest", ()))),
        campaigns=tuple(dict.fromkeys(record.get("campaigns", ()))),
        network=record.get("network"),
        guid=record.get("id") or f"{id_prefix}nieuws/{source.stem}",
        guid_line=page.data.line_of("id"),
    )


def _check_file_name(source: Path, post_slug: str, path: str, problems: Problems) -> bool:
    if slugify(post_slug, "-") == post_slug:
        return True
    date_prefix = source.stem[: len(source.stem) - len(post_slug)]
    problems.add(path, 1, f"de bestandsnaam '{source.name}' geeft geen geldig webadres",
                 f"hernoem het bestand naar {date_prefix}{slugify(post_slug, '-') or 'korte-titel'}.md "
                 "(kleine letters, cijfers en streepjes)")
    return False


def _check_unique(posts: list[Post], key, line, problems: Problems, what: str, fix: str) -> None:
    """Report every post whose `key` an earlier post (by path) already has."""
    first: dict[str, Post] = {}
    for post in sorted(posts, key=lambda p: p.path):
        other = first.setdefault(key(post), post)
        if other is not post:
            problems.add(post.path, line(post), what.format(key=key(post), other=other.path), fix)

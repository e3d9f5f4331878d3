"""Governance portraits (bestuurlijke portretten): docs/portretten/*.md, facts in front matter."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from ..routes import PORTRAITS
from .addresses import OldAddress, page_addresses
from .dates import dutch_day
from .fields import Names
from .files import CENTRE
from .front_matter import read_page
from .manifest import Promise
from .problems import Problems
from .schema import PORTRAIT
from .site_data import Region


@dataclass(frozen=True)
class Portrait:
    src_uri: str
    path: str
    title: str
    description: str
    board: str
    region: Region
    bestuurders: tuple[str, ...]
    date: dt.date
    promises: tuple[Promise, ...]
    schools: int | None
    pupils: int | None
    image: str | None
    image_alt: str | None
    image_focus: tuple[float, float]
    """Where the important part of the photo is (from the left, from the top): crops keep it."""
    draft: bool
    aliases: tuple[OldAddress, ...] = ()
    """Where the portrait used to be (`aliases:`): those addresses lead here."""

    @property
    def url(self) -> str:
        return self.src_uri.removesuffix(".md") + "/"

    @property
    def date_text(self) -> str:
        return dutch_day(self.date)

    @property
    def modified(self) -> dt.date:
        return self.date


def load_portraits(root: Path, docs_dir: Path, names: Names, problems: Problems) -> list[Portrait]:
    """Every portrait in docs/portretten/ (its index.md is the overview), drafts too, newest first."""
    portraits = []
    for source in sorted(path for path in (docs_dir / PORTRAITS).glob("*.md") if path.is_file()):
        if source.name == "index.md":
            continue
        page = read_page(root, docs_dir, source, PORTRAIT, names, problems)
        if page is None:
            continue
        record = page.record
        portraits.append(Portrait(
            src_uri=page.src_uri,
            path=page.path,
            title=record["title"],
            description=record["description"],
            board=record["board"],
            region=record["region"],
            bestuurders=tuple(record["bestuurders"]),
            date=record["date"],
            promises=tuple(dict.fromkeys(record["manifest"])),
            schools=record.get("schools"),
            pupils=record.get("pupils"),
            image=page.image,
            image_alt=record.get("image_alt"),
            image_focus=record.get("image_focus", CENTRE),
            draft=record.get("draft", False),
            aliases=page_addresses(page),
        ))
    portraits.sort(key=lambda p: (p.date, p.src_uri), reverse=True)
    return portraits

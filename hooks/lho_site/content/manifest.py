"""The manifest's promises and the movement's campaigns: data/manifest.yml, data/campaigns.yml."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from ..routes import MANIFEST
from .data_files import read_entries, read_mapping
from .dates import dutch_day
from .fields import paragraphs
from .problems import Problems
from .schema import CAMPAIGN
from .schema import MANIFEST as MANIFEST_SCHEMA


@dataclass(frozen=True)
class Promise:
    number: int
    title: str
    text: str

    @property
    def anchor(self) -> str:
        return f"belofte-{self.number}"

    @property
    def url(self) -> str:
        return f"{MANIFEST}/#{self.anchor}"

    @property
    def paragraphs(self) -> list[str]:
        return paragraphs(self.text)


@dataclass(frozen=True)
class Manifest:
    title: str
    intro: str
    promises: dict[int, Promise]

    @property
    def paragraphs(self) -> list[str]:
        return paragraphs(self.intro)


@dataclass(frozen=True)
class Campaign:
    id: str
    title: str
    summary: str
    call: str
    signatories: int
    counted_on: dt.date
    sign: str | None = None
    """Where to sign: a web address, or mailto: for an e-mail address."""

    @property
    def url(self) -> str:
        return f"{MANIFEST}/{self.id}/"

    @property
    def src_uri(self) -> str:
        return f"{MANIFEST}/{self.id}.md"

    @property
    def paragraphs(self) -> list[str]:
        return paragraphs(self.call)

    @property
    def counted_text(self) -> str:
        return dutch_day(self.counted_on)


def load_manifest(root: Path, problems: Problems) -> Manifest | None:
    record = read_mapping(root, MANIFEST_SCHEMA, {}, problems)
    if record is None:
        return None
    promises = {entry["number"]: Promise(**entry) for entry in record["promises"]}
    return Manifest(record["title"], record["intro"], dict(sorted(promises.items())))


def load_campaigns(root: Path, problems: Problems) -> dict[str, Campaign]:
    return {record["id"]: Campaign(**record)
            for _, record in read_entries(root, CAMPAIGN, {}, problems)}

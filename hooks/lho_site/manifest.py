"""The manifest's promises and the movement's campaigns: data/manifest.yml, data/campaigns.yml."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from .data_files import read_entries, read_mapping, slug
from .dates import calendar_day, dutch_day
from .fields import Field, block, list_of, paragraphs, text, unique_items, whole_number
from .problems import Problems

MANIFEST = "manifest"


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


_PROMISE = block([
    Field("number", whole_number, True, "3"),
    Field("title", text, True, '"Je willen verantwoorden en transparant zijn"'),
    Field("text", text, True, "|"),
], "number: 3, title: … en text: …")

_MANIFEST_FIELDS = [
    Field("title", text, True, "Het manifest"),
    Field("intro", text, True, "|"),
    Field("promises", unique_items(list_of(_PROMISE, "{number: 3, title: …, text: …}"), "number"), True, ""),
]

_CAMPAIGN_FIELDS = [
    Field("id", slug, True, "stop-nu-het-verplichten-van-toetsen"),
    Field("title", text, True, '"Stop nu het verplichten van toetsen"'),
    Field("summary", text, True, '"Eén zin over de campagne."'),
    Field("call", text, True, "|"),
    Field("signatories", whole_number, True, "57"),
    Field("counted_on", calendar_day, True, "2021-03-04"),
]


def load_manifest(root: Path, problems: Problems) -> Manifest | None:
    record = read_mapping(root, "data/manifest.yml", _MANIFEST_FIELDS, problems)
    if record is None:
        return None
    promises = {entry["number"]: Promise(**entry) for entry in record["promises"]}
    return Manifest(record["title"], record["intro"], dict(sorted(promises.items())))


def load_campaigns(root: Path, problems: Problems) -> dict[str, Campaign]:
    return {record["id"]: Campaign(**record)
            for _, record in read_entries(root, "data/campaigns.yml", _CAMPAIGN_FIELDS, problems, "id")}

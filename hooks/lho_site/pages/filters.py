"""The portraits by region and by promise: a page each, so narrowing works without JavaScript."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from ..content.portraits import Portrait
from ..routes import PORTRAITS


@dataclass(frozen=True)
class PortraitFilter:
    """The portraits of one region or one promise."""

    src_uri: str
    title: str
    label: str
    portraits: tuple[Portrait, ...]

    @property
    def url(self) -> str:
        return self.src_uri.removesuffix("index.md")

    @property
    def modified(self) -> dt.date:
        return self.portraits[0].date


def build_filters(portraits: Sequence[Portrait]) -> tuple[list[PortraitFilter], list[PortraitFilter]]:
    """(by region, by promise), each sorted by name or number."""
    regions = sorted({p.region for p in portraits}, key=lambda region: region.slug)
    by_region = [
        PortraitFilter(f"{PORTRAITS}/regio/{region.slug}/index.md", f"Portretten uit {region.name}", region.name,
                       tuple(p for p in portraits if p.region == region))
        for region in regions
    ]
    promises = sorted({promise for p in portraits for promise in p.promises}, key=lambda promise: promise.number)
    by_promise = [
        PortraitFilter(f"{PORTRAITS}/belofte/{promise.number}/index.md",
                       f"Portretten bij belofte {promise.number}", f"{promise.number}. {promise.title}",
                       tuple(p for p in portraits if promise in p.promises))
        for promise in promises
    ]
    return by_region, by_promise

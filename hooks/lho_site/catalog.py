"""Everything front matter may refer to by name, gathered from data/ for one build."""

from __future__ import annotations

from dataclasses import dataclass

from .manifest import Campaign, Promise
from .networks import Network
from .site_data import Author, Category


@dataclass(frozen=True)
class Catalog:
    """By the name editors write; None where that data file is broken (then names go unchecked)."""

    categories: dict[str, Category] | None
    authors: dict[str, Author] | None
    promises: dict[str, Promise] | None
    campaigns: dict[str, Campaign] | None
    networks: dict[str, Network] | None


"""Everything one build knows about the content, loaded and checked in one go."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from .listings import Listing, build_listings
from .posts import Post, load_posts, post_fields
from .problems import Problems
from .site_data import SiteData, load_authors, load_categories, load_settings


@dataclass
class Site:
    data: SiteData
    posts: list[Post]
    """Every valid post, newest first, including drafts and scheduled ones."""
    shown: list[Post]
    """The posts this build shows: the public ones, or all of them in a preview."""
    listings: list[Listing]
    preview: bool
    now: dt.datetime
    _by_src: dict[str, Post | Listing] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._by_src = {p.src_uri: p for p in self.posts} | {item.src_uri: item for item in self.listings}

    def post(self, src_uri: str) -> Post | None:
        found = self._by_src.get(src_uri)
        return found if isinstance(found, Post) else None

    def listing(self, src_uri: str) -> Listing | None:
        found = self._by_src.get(src_uri)
        return found if isinstance(found, Listing) else None

    def latest(self, count: int) -> list[Post]:
        return self.shown[:count]


def _unless_broken(load, root: Path, problems: Problems):
    """What `load` read from a data file, or None when that file has problems."""
    before = len(problems.found)
    loaded = load(root, problems)
    return loaded if len(problems.found) == before else None


def load_site(root: Path, docs_dir: Path, now: dt.datetime, preview: bool) -> Site:
    """Load and check all content; raises ContentError listing every problem."""
    problems = Problems()
    settings = load_settings(root, problems)
    categories = _unless_broken(load_categories, root, problems)
    authors = _unless_broken(load_authors, root, problems)
    posts = load_posts(root, docs_dir, post_fields(categories, authors), problems)
    problems.raise_if_any()
    data = SiteData(**settings, categories=categories, authors=authors)
    shown = posts if preview else [p for p in posts if p.is_public(now)]
    return Site(data, posts, shown, build_listings(shown, data), preview, now)

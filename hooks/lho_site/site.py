"""Everything one build knows about the content, loaded and checked in one go."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from .listings import Listing, build_listings
from .newsletter import Issue, build_issues, load_issue_notes
from .posts import Post, load_posts, post_fields
from .problems import Problems
from .site_data import SiteData, load_authors, load_categories, load_settings


@dataclass
class Site:
    data: SiteData
    posts: list[Post]
    """Every valid post, newest first, including drafts and scheduled ones."""
    public: list[Post]
    """The published posts: no drafts, none dated in the future. Only these reach the feeds."""
    shown: list[Post]
    """The posts this build shows: the public ones, or all of them in a preview."""
    listings: list[Listing]
    issues: list[Issue]
    """The newsletter issues this build shows: the published ones, or all of them in a preview."""
    preview: bool
    now: dt.datetime
    _by_src: dict[str, Post | Listing | Issue] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._by_src = {item.src_uri: item for item in [*self.posts, *self.listings, *self.issues]}

    @property
    def published_issues(self) -> list[Issue]:
        return [issue for issue in self.issues if issue.is_published(self.now)]

    def issue(self, src_uri: str) -> Issue | None:
        found = self._by_src.get(src_uri)
        return found if isinstance(found, Issue) else None

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
    id_prefix = settings["id_prefix"] if settings else ""
    posts = load_posts(root, docs_dir, post_fields(categories, authors), id_prefix, problems)
    notes = load_issue_notes(root, problems)
    problems.raise_if_any()
    data = SiteData(**settings, categories=categories, authors=authors)
    public = [p for p in posts if p.is_public(now)]
    shown = posts if preview else public
    issues = build_issues(public, notes, id_prefix)
    if not preview:
        issues = [issue for issue in issues if issue.is_published(now)]
    return Site(data, posts, public, shown, build_listings(shown, data), issues, preview, now)

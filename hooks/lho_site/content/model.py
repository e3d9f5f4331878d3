"""The content of one build: every record, validated, and the names records refer to.

`load_content` reads docs/ and data/ once, checks everything (ContentError lists every
problem), and returns a frozen `Content`. It knows nothing of pages, templates or files
to write: the view (lho_site/pages/) makes pages of it, the outputs feeds and calendars.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from .addresses import OLD_FEED, check_unique, page_addresses
from .data_files import WORDPRESS_RECORD, check_data_folder
from .dates import dutch_moment
from .fields import Names
from .files import check_content_files
from .front_matter import FixedPage, check_fixed_pages
from .manifest import Campaign, Manifest, load_campaigns, load_manifest
from .networks import Network, load_networks, load_people
from .newsletter import Issue, Quarter, build_issues, load_issue_notes
from .portraits import Portrait, load_portraits
from .posts import Post, load_posts
from .problems import Problems
from .schema import ALL
from .site_data import (
    OldCategory,
    SiteData,
    load_authors,
    load_categories,
    load_old_categories,
    load_regions,
    load_settings,
)


@dataclass(frozen=True)
class Content:
    data: SiteData
    manifest: Manifest
    campaigns: dict[str, Campaign]
    networks: dict[str, Network]
    posts: tuple[Post, ...]
    """Every valid post, newest first, including drafts and scheduled ones."""
    all_portraits: tuple[Portrait, ...]
    """Every valid portrait, drafts too, newest first."""
    issue_notes: dict[Quarter, dict]
    old_categories: tuple[OldCategory, ...]
    """The old WordPress site's categories (data/wordpress-categories.yml): their addresses lead on."""
    fixed_pages: tuple[FixedPage, ...]
    """The hand-written pages outside the news and the portraits (some with old addresses: `aliases:`)."""
    names: Names
    """Everything front matter and data may refer to, by kind (content/fields.py), people included:
    the choices of the web editor's forms (cms_config.py)."""
    now: dt.datetime
    preview: bool
    """Drafts and scheduled posts shown (`mkdocs serve`, a pull request's preview)."""

    @cached_property
    def public(self) -> tuple[Post, ...]:
        """The published posts: no drafts, none dated in the future. Only these reach the feeds."""
        return tuple(p for p in self.posts if p.is_public(self.now))

    @cached_property
    def shown(self) -> tuple[Post, ...]:
        """The posts this build shows: the public ones, or all of them in a preview."""
        return self.posts if self.preview else self.public

    @cached_property
    def portraits(self) -> tuple[Portrait, ...]:
        """The portraits this build shows: drafts only in a preview."""
        return tuple(p for p in self.all_portraits if self.preview or not p.draft)

    @cached_property
    def hidden(self) -> frozenset[str]:
        """Pages of docs/ this build leaves out: drafts, and posts waiting for their date."""
        shown = {p.src_uri for p in (*self.shown, *self.portraits)}
        return frozenset(p.src_uri for p in (*self.posts, *self.all_portraits) if p.src_uri not in shown)

    @cached_property
    def issues(self) -> tuple[Issue, ...]:
        """The newsletter issues this build shows: the published ones, or all of them in a preview."""
        issues = build_issues(self.public, self.issue_notes, self.data.id_prefix)
        return tuple(issue for issue in issues if self.preview or issue.is_published(self.now))

    @property
    def published_issues(self) -> list[Issue]:
        return [issue for issue in self.issues if issue.is_published(self.now)]

    def scheduled(self) -> list[str]:
        """A line for each post that waits for its date: what the build output lists."""
        return [f"Gepland: {post.path} verschijnt op {dutch_moment(post.moment)}"
                for post in reversed(self.posts) if not post.draft and post.is_scheduled(self.now)]


def _unless_broken(load, *args):
    """What `load` read from a data file, or None when that file has problems (the last argument)."""
    problems = args[-1]
    before = len(problems.found)
    loaded = load(*args)
    return loaded if len(problems.found) == before else None


def load_content(root: Path, docs_dir: Path, now: dt.datetime, preview: bool,
                 is_site_page: Callable[[str], bool] = lambda src_uri: True) -> Content:
    """Load and check all content; raises ContentError listing every problem.

    `is_site_page(src_uri)`: whether a hand-written page outside the news and portraits belongs to
    the site (the configuration's menu says so); see content/files.py."""
    root, docs_dir = root.resolve(), docs_dir.resolve()
    problems = Problems()
    check_content_files(root, docs_dir, is_site_page, problems)
    fixed_pages = tuple(FixedPage(page, page_addresses(page))
                        for page in check_fixed_pages(root, docs_dir, is_site_page, problems))
    check_data_folder(root, [*(schema.path for schema in ALL if schema.path.startswith("data/")), WORDPRESS_RECORD],
                      problems)
    settings = load_settings(root, problems)
    manifest = _unless_broken(load_manifest, root, problems)
    people = _unless_broken(load_people, root, problems)
    names = {
        "categories": _unless_broken(load_categories, root, problems),
        "authors": _unless_broken(load_authors, root, problems),
        "regions": _unless_broken(load_regions, root, problems),
        "promises": {str(n): p for n, p in manifest.promises.items()} if manifest else None,
        "campaigns": _unless_broken(load_campaigns, root, problems),
        "networks": _unless_broken(load_networks, root, people, problems),
    }
    id_prefix = settings["id_prefix"] if settings else ""
    posts = load_posts(root, docs_dir, names, id_prefix, now, problems)
    portraits = load_portraits(root, docs_dir, names, problems)
    notes = load_issue_notes(root, problems)
    old_categories = load_old_categories(root, names, problems)
    check_unique([OLD_FEED, *(a for item in [*posts, *portraits, *fixed_pages] for a in item.aliases),
                  *(a for old in old_categories for a in old.addresses)], problems)
    problems.raise_if_any()
    data = SiteData(**settings, categories=names["categories"], authors=names["authors"])
    return Content(data, manifest, names["campaigns"], names["networks"], tuple(posts), tuple(portraits), notes,
                   tuple(old_categories), fixed_pages, {**names, "people": people}, now, preview)

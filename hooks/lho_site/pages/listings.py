"""The generated news listings: index, category pages and the yearly archive."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import groupby

from ..content.posts import Post
from ..content.site_data import Category, SiteData
from ..routes import ARCHIVE, NEWS


@dataclass(frozen=True)
class PageLink:
    number: int
    url: str


@dataclass(frozen=True)
class Listing:
    """One generated page that lists posts."""

    src_uri: str
    title: str
    kind: str
    """"news" (the index and its pages), "category", "archive" or "year"."""
    posts: tuple[Post, ...]
    page: int = 1
    pages: tuple[PageLink, ...] = ()
    category: Category | None = None
    years: tuple[tuple[int, int], ...] = ()

    @property
    def url(self) -> str:
        return self.src_uri.removesuffix("index.md")

    @property
    def modified(self) -> dt.date | None:
        return self.posts[0].moment.day if self.posts else None

    @property
    def window(self) -> list[PageLink | None]:
        """The page links to show: the first, the last and two either side of this page; None is a gap.

        Listing every page would make each page of a long listing grow with the listing."""
        shown = [link for link in self.pages
                 if link.number in (1, len(self.pages)) or abs(link.number - self.page) <= 2]
        window: list[PageLink | None] = []
        for link in shown:
            if window and window[-1].number + 1 < link.number:
                window.append(None)
            window.append(link)
        return window

    @property
    def newer(self) -> PageLink | None:
        return self.pages[self.page - 2] if self.page > 1 else None

    @property
    def older(self) -> PageLink | None:
        return self.pages[self.page] if self.page < len(self.pages) else None


def _paginate(base: str, title: str, kind: str, posts: Sequence[Post], per_page: int, **extra) -> list[Listing]:
    """Pages of `per_page` posts: `base/index.md`, then `base/pagina/2/index.md`, …"""
    chunks = [tuple(posts[i:i + per_page]) for i in range(0, len(posts), per_page)] or [()]
    uris = [f"{base}/index.md"] + [f"{base}/pagina/{n}/index.md" for n in range(2, len(chunks) + 1)]
    links = tuple(PageLink(n, uri.removesuffix("index.md")) for n, uri in enumerate(uris, 1))
    return [
        Listing(uri, title if n == 1 else f"{title} – pagina {n}", kind, chunk, n, links, **extra)
        for n, (uri, chunk) in enumerate(zip(uris, chunks, strict=True), 1)
    ]


def build_listings(posts: Sequence[Post], site: SiteData) -> list[Listing]:
    """All listing pages for `posts` (newest first)."""
    listings = _paginate(NEWS, "Nieuws", "news", posts, site.news_per_page)
    for category in site.categories.values():
        in_category = [p for p in posts if category in p.categories]
        listings += _paginate(
            category.url.rstrip("/"), category.name, "category", in_category, site.news_per_page, category=category
        )
    by_year = [(year, tuple(group)) for year, group in groupby(posts, key=lambda p: p.moment.when.year)]
    listings.append(Listing(
        f"{ARCHIVE}/index.md", "Archief", "archive", (),
        years=tuple((year, len(group)) for year, group in by_year),
    ))
    listings += [
        Listing(f"{ARCHIVE}/{year}/index.md", f"Archief {year}", "year", group)
        for year, group in by_year
    ]
    return listings


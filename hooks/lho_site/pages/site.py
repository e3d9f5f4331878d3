"""The view of one build: the content (content/model.py) and its photos, made into pages.

`Site` is what templates call `lho` and what the outputs read: the content's records
(through it, as `site.data`, `site.posts` …), and what the site makes of them: listings,
the agenda, the portrait filters, each page's context, share image and alternates,
JSON-LD. The page types are listed once, in pages/registry.py; everything per page here
follows from that list. It is made after the photos are converted, and never changes.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from .. import routes
from ..content.manifest import Campaign, Promise
from ..content.model import Content, load_content
from ..content.networks import Network
from ..content.portraits import Portrait
from ..content.posts import Post
from .agenda import Agenda, build_agenda
from .cards import CARD_SIZE, ShareCard, card_of
from .filters import PortraitFilter, build_filters
from .listings import Listing, build_listings
from .reading import Link, RelatedPosts, hidden_sidebars, report_link, share_links
from .registry import TYPES, PageType
from .structured_data import event, news_article, organization


@dataclass(frozen=True)
class Wordmark:
    """The movement's name as the SVG the header shows (outputs/images.py draws it). Its text is stretched
    to a width that follows from the name alone, so the page knows its size before it loads."""

    name: str
    path: str = "assets/images/woordmerk.svg"
    height: int = 48
    font_size: int = 34
    margin: int = 4

    @property
    def text_width(self) -> int:
        # About the average width of a letter of a bold sans-serif, in em.
        return round(len(self.name) * self.font_size * 0.58)

    @property
    def width(self) -> int:
        return self.text_width + 2 * self.margin


@dataclass(frozen=True)
class Home:
    """The home page: its own text, the next meeting and the latest news."""

    latest: tuple[Post, ...]
    next_meeting: Post | None
    src_uri: str = "index.md"
    url: str = ""
    title: str = ""


class Site:
    """The view of one build (see the module's docstring)."""

    def __init__(self, content: Content, photos: Mapping[str, object]) -> None:
        self.content = content
        self.photos = photos
        """The converted photos by their path in docs/ (outputs/photos.py)."""

    def __getattr__(self, name: str):
        # The content's records and selections are the view's too: templates read lho.data, lho.now.
        return getattr(self.content, name)

    @cached_property
    def listings(self) -> list[Listing]:
        return build_listings(self.shown, self.data)

    def listings_of(self, kind: str) -> list[Listing]:
        return [listing for listing in self.listings if listing.kind == kind]

    @cached_property
    def _filters(self) -> tuple[list[PortraitFilter], list[PortraitFilter]]:
        return build_filters(self.portraits)

    @property
    def region_filters(self) -> list[PortraitFilter]:
        return self._filters[0]

    @property
    def promise_filters(self) -> list[PortraitFilter]:
        return self._filters[1]

    @cached_property
    def agenda(self) -> Agenda:
        """The meetings of the shown posts."""
        return build_agenda(self.shown, self.now)

    @cached_property
    def wordmark(self) -> Wordmark:
        return Wordmark(self.data.name)

    @cached_property
    def home(self) -> Home:
        return Home(self.shown[:3], self.agenda.next)

    def to_fill_in(self) -> list[str]:
        """A line for each thing the pages stand in for until the movement fills it in: what the build output
        lists, as it lists scheduled posts."""
        return [f"Nog in te vullen: data/campaigns.yml, campagne '{c.id}': sign: (waar bestuurders tekenen); "
                "tot dan vraagt de pagina Doe mee hen de kerngroep te mailen" for c in self.campaigns.values() if not c.sign]

    @cached_property
    def pages(self) -> dict[str, tuple[PageType, object]]:
        """Every page of a page type (pages/registry.py), by its src_uri: its type and its item."""
        return {item.src_uri: (page_type, item) for page_type in TYPES for item in page_type.items(self)}

    def page_type(self, src_uri: str) -> PageType | None:
        found = self.pages.get(src_uri)
        return found[0] if found else None

    def context(self, src_uri: str) -> dict:
        """What the page at `src_uri` hands its template: {'post': …}, {'network': …}, or nothing."""
        found = self.pages.get(src_uri)
        return {found[0].context: found[1]} if found else {}

    def post(self, src_uri: str) -> Post | None:
        return self.context(src_uri).get("post")

    def is_reading(self, src_uri: str) -> bool:
        """Whether the page is one to read (pages/reading.py): of a reading type, or a hand-written page
        of its own (not a section's overview)."""
        page_type = self.page_type(src_uri)
        return page_type.reading if page_type else not src_uri.endswith("index.md")

    def hidden_sidebars(self, src_uri: str, headings: int, hide: list[str]) -> list[str]:
        """What of Material's layout the page hides (front matter `hide:`); `headings`: how many it has. The menu
        column shows only in a section that lists pages (its overview and those pages): elsewhere it would show the
        page alone; the table of contents only where there are headings."""
        if self.is_reading(src_uri):
            return hidden_sidebars(headings, hide)
        page_type = self.page_type(src_uri)
        hidden = {*hide, *(() if headings else ("toc",))}
        if not (src_uri in self._sections or (page_type and page_type.menu)):
            hidden.add("navigation")
        return sorted(hidden)

    @cached_property
    def _sections(self) -> set[str]:
        """The overview pages whose section of the menu lists pages."""
        return {page_type.menu for page_type, _ in self.pages.values() if page_type.menu}

    def related(self, src_uri: str) -> list[Post]:
        """The posts a reader of this post or portrait may read next."""
        item = self.post(src_uri) or self.context(src_uri).get("portrait")
        return self._related.of(item) if item else []

    @cached_property
    def _related(self) -> RelatedPosts:
        return RelatedPosts(self.shown)

    def share_links(self, title: str, url: str) -> list[Link]:
        return share_links(title, url)

    def report_link(self, title: str, url: str) -> str:
        return report_link(self.data.contact_email, title, url)

    def shows_photo_above(self, src_uri: str) -> bool:
        """Whether the page's template shows a photo above its content (a post's or portrait's image)."""
        item = self.post(src_uri) or self.context(src_uri).get("portrait")
        return bool(item and item.image)

    def _own_share_photo(self, src_uri: str):
        """The photo above the page (a post's or portrait's) whose crop a link to it shows; None without."""
        item = self.post(src_uri) or self.context(src_uri).get("portrait")
        return self.photos.get(item.image) if self.shows_photo_above(src_uri) else None

    def share_image(self, src_uri: str) -> tuple[str, int, int, str]:
        """(path, width, height, alt text) of the image a link to this page shows: the crop of its post's
        or portrait's photo, or its share card."""
        if photo := self._own_share_photo(src_uri):
            item = self.post(src_uri) or self.context(src_uri).get("portrait")
            return photo.share.path, photo.share.width, photo.share.height, item.image_alt
        return (card := self.share_card(src_uri)).path, *CARD_SIZE, card.alt

    def share_card(self, src_uri: str) -> ShareCard:
        """The card of the page (pages/cards.py); for a page of no type, that of the type whose overview it is,
        or the home page's."""
        if found := self.pages.get(src_uri):
            return card_of(*found, self.data.name)
        return card_of(next((t for t in TYPES if t.menu == src_uri), TYPES[0]), None, self.data.name)

    @cached_property
    def share_cards(self) -> dict[str, ShareCard]:
        """Every card the build draws, by its path in the output: one per page of a type without a photo of its
        own, and each type's own."""
        cards = [self.share_card(src_uri) for src_uri in self.pages if not self._own_share_photo(src_uri)]
        cards += [card_of(page_type, None, self.data.name) for page_type in TYPES]
        return {card.path: card for card in cards}

    def modified(self, src_uri: str) -> dt.date | None:
        """The date the page's content last changed, as far as the content says; None if it does not."""
        item = next(iter(self.context(src_uri).values()), None)
        return getattr(item, "modified", None)

    def menu(self) -> dict[str, list[tuple[str, str]]]:
        """The pages the menu lists under the overview page of their section: (title, src_uri). The titles
        are escaped: Material prints a menu's titles as HTML."""
        sections: dict[str, list[tuple[str, str]]] = {}
        for page_type, item in self.pages.values():
            if page_type.menu is not None:
                sections.setdefault(page_type.menu, []).append((html.escape(item.title), item.src_uri))
        return sections

    def organization(self, site_url: str) -> dict:
        return organization(site_url, self.data.name, self.data.description)

    def news_article(self, post: Post, site_url: str, image_url: str) -> dict:
        return news_article(post, site_url, self.data.name, image_url)

    def event(self, post: Post, site_url: str, image_url: str) -> dict | None:
        """The meeting of `post` for search engines; None when it has no date (it is then no event of the agenda)."""
        return event(post, site_url, self.data.name, image_url) if post.event and post.event.date else None

    def alternates(self, src_uri: str) -> list[routes.Alternate]:
        """The files the page at `src_uri` announces with <link rel="alternate">."""
        found = self.pages.get(src_uri)
        return [*routes.site_feeds(self.data.name), *(found[0].alternates(self, found[1]) if found else ())]

    @property
    def calendar(self) -> routes.Alternate:
        """The calendar of every meeting (outputs/calendar.py)."""
        return routes.agenda_calendar(self.data.name)

    @property
    def newsletter_feed(self) -> routes.Alternate:
        return routes.newsletter_feed(self.data.name)

    @cached_property
    def announced(self) -> set[routes.Alternate]:
        """Every file some page announces (see routes.py)."""
        return {alternate for src_uri in self.pages for alternate in self.alternates(src_uri)}

    @property
    def feed_folders(self) -> list[str]:
        """Every folder but the top that a page's alternate link points into: each gets a sitemap of its
        own pages (outputs/sitemaps.py); the top's sitemap.xml is the index of them all."""
        return sorted({alternate.folder for alternate in self.announced} - {""})

    def posts_about(self, subject: Promise | Campaign | Network) -> list[Post]:
        """The shown posts that name `subject` in their front matter, newest first."""
        return [p for p in self.shown if subject in (*p.promises, *p.campaigns, p.network)]

    def portraits_about(self, promise: Promise) -> list[Portrait]:
        return [p for p in self.portraits if promise in p.promises]


def load_site(root: Path, docs_dir: Path, now: dt.datetime, preview: bool,
              is_site_page: Callable[[str], bool] = lambda src_uri: True) -> Site:
    """The content as the build reads it, seen as the site shows it (without converting photos):
    for tools and tests that ask what the site has."""
    return Site(load_content(root, docs_dir, now, preview, is_site_page), {})


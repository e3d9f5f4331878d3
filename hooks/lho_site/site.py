"""Everything one build knows about the content, loaded and checked in one go."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from . import routes
from .content.addresses import OLD_FEED, check_unique
from .content.dates import dutch_moment
from .content.fields import Names
from .content.files import check_content_files
from .content.manifest import Campaign, Manifest, Promise, load_campaigns, load_manifest
from .content.networks import Network, load_networks, load_people
from .content.newsletter import Issue, build_issues, load_issue_notes
from .content.portraits import Portrait, PortraitFilter, build_filters, load_portraits
from .content.posts import Post, load_posts
from .content.problems import Problems
from .content.site_data import (
    OldCategory,
    SiteData,
    load_authors,
    load_categories,
    load_old_categories,
    load_regions,
    load_settings,
)
from .outputs.images import CARD_SIZE, SHARE_CARDS
from .outputs.photos import Photo
from .pages.agenda import Agenda, build_agenda
from .pages.listings import Listing, build_listings
from .pages.structured_data import event, news_article, organization


@dataclass
class Site:
    data: SiteData
    manifest: Manifest
    campaigns: dict[str, Campaign]
    networks: dict[str, Network]
    posts: list[Post]
    """Every valid post, newest first, including drafts and scheduled ones."""
    public: list[Post]
    """The published posts: no drafts, none dated in the future. Only these reach the feeds."""
    shown: list[Post]
    """The posts this build shows: the public ones, or all of them in a preview."""
    portraits: list[Portrait]
    """The portraits this build shows: drafts only in a preview."""
    region_filters: list[PortraitFilter]
    promise_filters: list[PortraitFilter]
    listings: list[Listing]
    issues: list[Issue]
    """The newsletter issues this build shows: the published ones, or all of them in a preview."""
    hidden: frozenset[str]
    """Pages of docs/ this build leaves out: drafts, and posts waiting for their date."""
    old_categories: list[OldCategory]
    """The old WordPress site's categories (data/wordpress-categories.yml): their addresses lead on."""
    preview: bool
    now: dt.datetime
    agenda: Agenda
    """The meetings of the shown posts."""
    names: Names
    """Everything front matter and data may refer to, by kind (content/fields.py), people included:
    the choices of the web editor's forms (cms_config.py)."""
    photos: dict[str, Photo] = field(default_factory=dict)
    """The converted photos by their path in docs/ (outputs/photos.py), once the build has made them."""
    _context: dict[str, dict] = field(default_factory=dict)

    def __post_init__(self) -> None:
        named = [("post", self.shown), ("listing", self.listings), ("issue", self.issues),
                 ("portrait", self.portraits), ("network", self.networks.values()),
                 ("filter", [*self.region_filters, *self.promise_filters]),
                 ("campaign", self.campaigns.values()), ("agenda", [self.agenda])]
        self._context = {item.src_uri: {name: item} for name, items in named for item in items}
        self._context["index.md"] = {"latest": self.shown[:3], "next_meeting": self.agenda.next}
        self._context[f"{routes.NEWSLETTER}/index.md"] = {"issues": self.issues}

    def context(self, src_uri: str) -> dict:
        """What the page at `src_uri` hands its template: {'post': …}, {'network': …}, or nothing."""
        return self._context.get(src_uri, {})

    def post(self, src_uri: str) -> Post | None:
        return self.context(src_uri).get("post")

    def shows_photo_above(self, src_uri: str) -> bool:
        """Whether the page's template shows a photo above its content (a post's or portrait's image)."""
        item = self.post(src_uri) or self.context(src_uri).get("portrait")
        return bool(item and item.image)

    def share_image(self, src_uri: str) -> tuple[str, int, int, str]:
        """(path, width, height, alt text) of the image a link to this page shows: the crop of its post's
        or portrait's photo, or its section's card."""
        item = self.post(src_uri) or self.context(src_uri).get("portrait")
        if self.shows_photo_above(src_uri) and item.image in self.photos:
            share = self.photos[item.image].share
            return share.path, share.width, share.height, item.image_alt
        card = SHARE_CARDS.get(src_uri.split("/", 1)[0], SHARE_CARDS[""])
        return card.path, *CARD_SIZE, card.alt

    def modified(self, src_uri: str) -> dt.date | None:
        """The date the page's content last changed, as far as the content says; None if it does not."""
        item = next(iter(self.context(src_uri).values()), None)
        return getattr(item, "modified", None)

    def organization(self, site_url: str) -> dict:
        return organization(site_url, self.data.name, self.data.description)

    def news_article(self, post: Post, site_url: str, image_url: str) -> dict:
        return news_article(post, site_url, self.data.name, image_url)

    def event(self, post: Post, site_url: str) -> dict | None:
        """The meeting of `post` for search engines; None when it has no date (it is then no event of the agenda)."""
        return event(post, site_url, self.data.name) if post.event and post.event.date else None

    def alternates(self, src_uri: str) -> list[routes.Alternate]:
        """The files the page at `src_uri` announces with <link rel="alternate">."""
        found = list(routes.site_feeds(self.data.name))
        listing = self.context(src_uri).get("listing")
        if listing and listing.category:
            found.append(routes.category_feed(listing.category.url, listing.category.name, self.data.name))
        if src_uri.startswith(f"{routes.NEWSLETTER}/"):
            found.append(routes.newsletter_feed(self.data.name))
        if src_uri == self.agenda.src_uri:
            found.append(self.calendar)
        return found

    @property
    def calendar(self) -> routes.Alternate:
        """The calendar of every meeting (outputs/calendar.py)."""
        return routes.agenda_calendar(self.data.name)

    @property
    def announced(self) -> set[routes.Alternate]:
        """Every file some page announces (see routes.py)."""
        pages = ["index.md", f"{routes.NEWSLETTER}/index.md", self.agenda.src_uri,
                 *(c.url + "index.md" for c in self.data.categories.values())]
        return {alternate for src_uri in pages for alternate in self.alternates(src_uri)}

    @property
    def feed_folders(self) -> list[str]:
        """Every folder but the top that a page's alternate link points into: each gets a sitemap of its
        own pages (outputs/sitemaps.py); the top's sitemap.xml is the index of them all."""
        return sorted({alternate.folder for alternate in self.announced} - {""})

    @property
    def published_issues(self) -> list[Issue]:
        return [issue for issue in self.issues if issue.is_published(self.now)]

    def scheduled(self) -> list[str]:
        """A line for each post that waits for its date: what the build output lists."""
        return [f"Gepland: {post.path} verschijnt op {dutch_moment(post.moment)}"
                for post in reversed(self.posts) if not post.draft and post.is_scheduled(self.now)]

    def posts_about(self, subject: Promise | Campaign | Network) -> list[Post]:
        """The shown posts that name `subject` in their front matter, newest first."""
        return [p for p in self.shown if subject in (*p.promises, *p.campaigns, p.network)]

    def portraits_about(self, promise: Promise) -> list[Portrait]:
        return [p for p in self.portraits if promise in p.promises]


def _unless_broken(load, *args):
    """What `load` read from a data file, or None when that file has problems (the last argument)."""
    problems = args[-1]
    before = len(problems.found)
    loaded = load(*args)
    return loaded if len(problems.found) == before else None


def load_site(root: Path, docs_dir: Path, now: dt.datetime, preview: bool,
              is_site_page: Callable[[str], bool] = lambda src_uri: True) -> Site:
    """Load and check all content; raises ContentError listing every problem.

    `is_site_page(src_uri)`: whether a hand-written page outside the news and portraits belongs to
    the site (the configuration's menu says so); see content/files.py."""
    root, docs_dir = root.resolve(), docs_dir.resolve()
    problems = Problems()
    check_content_files(root, docs_dir, is_site_page, problems)
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
    check_unique([OLD_FEED, *(a for item in [*posts, *portraits] for a in item.aliases),
                  *(a for old in old_categories for a in old.addresses)], problems)
    problems.raise_if_any()

    data = SiteData(**settings, categories=names["categories"], authors=names["authors"])
    public = [p for p in posts if p.is_public(now)]
    shown = posts if preview else public
    hidden = {p.src_uri for p in posts if p not in shown} | {p.src_uri for p in portraits if p.draft and not preview}
    portraits = [p for p in portraits if p.src_uri not in hidden]
    issues = build_issues(public, notes, id_prefix)
    if not preview:
        issues = [issue for issue in issues if issue.is_published(now)]
    return Site(data, manifest, names["campaigns"], names["networks"], posts, public, shown, portraits,
                *build_filters(portraits), build_listings(shown, data), issues, frozenset(hidden), old_categories,
                preview, now, build_agenda(shown, now), {**names, "people": people})

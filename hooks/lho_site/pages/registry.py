"""Every type of page the site has, one entry each: the one place to add a page type.

An entry says what the pages of its type are made from (a function of the view: the
items, each with `src_uri`, `url` and `title`), the template that shows them, whether the
build makes them in memory or they are files in docs/, where they sit in the menu, their
share card, and the feeds or calendars they announce. From this list the build makes
the generated pages (pages/generated.py), their templates' context and share image
(pages/site.py), the menu (pages/nav.py), the share cards it draws (outputs/images.py)
and which pages stay out of the menu; the browser tests open one page of each type.

Adding a page type: an entry here, a template in overrides/ (or a Markdown template in
overrides/pages/ for a page made from data), and what it is made of in the view.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import routes

if TYPE_CHECKING:
    from .site import Site


@dataclass(frozen=True)
class Page:
    """A page that stands for itself (its template shows what it needs from the site)."""

    src_uri: str
    title: str

    @property
    def url(self) -> str:
        return self.src_uri.removesuffix("index.md")


@dataclass(frozen=True)
class PageType:
    name: str
    """Dutch: the type's name, in the browser tests and in its share card's file name."""
    context: str
    """The name the template gets the page's item by ("post", "network" …)."""
    items: Callable[[Site], Iterable[Any]]
    """The pages of this type in a build: objects with src_uri, url and title."""
    share: str
    """The heading of the type's share card (a page with a photo of its own shows that instead)."""
    template: str | None = None
    """The theme template (overrides/) that shows it."""
    body: str | None = None
    """A page made from data/: its Markdown template (overrides/pages/<body>.md), which MkDocs renders."""
    source: str | None = None
    """The data file it is made from: its edit link, and where a problem in it is reported."""
    menu: str | None = None
    """The overview page (src_uri) whose section of the menu lists these pages, "" for the menu's top
    level; None: not in the menu."""
    alternates: Callable[[Site, Any], list[routes.Alternate]] = field(default=lambda site, item: [])
    """What it announces besides the site's feeds: a category's feed, the calendar."""
    generated: bool = True
    """Made by the build in memory; False: a Markdown file of docs/ (posts, portraits, the home page)."""
    searchable: bool = True
    reading: bool = False
    """A page to read (pages/reading.py): one column, with related posts, share links and a mistake report."""


TYPES: tuple[PageType, ...] = (
    PageType("home", "home", lambda site: [site.home], "Van moeten naar mogen", template="home.html",
             generated=False),
    PageType("bericht", "post", lambda site: site.shown, "Nieuws", template="post.html", generated=False,
             reading=True),
    PageType("nieuws", "listing", lambda site: site.listings_of("news"), "Nieuws", template="news-list.html",
             searchable=False),
    PageType("categorie", "listing", lambda site: site.listings_of("category"), "Nieuws", template="news-list.html",
             searchable=False, alternates=lambda site, listing: [routes.category_feed(
                 listing.category.url, listing.category.name, site.data.name)]),
    PageType("archief", "listing", lambda site: site.listings_of("archive"), "Nieuws", template="news-archive.html",
             searchable=False),
    PageType("archiefjaar", "listing", lambda site: site.listings_of("year"), "Nieuws", template="news-year.html",
             searchable=False),
    PageType("agenda", "agenda", lambda site: [site.agenda], "De agenda", template="agenda.html", searchable=False,
             alternates=lambda site, agenda: [site.calendar]),
    PageType("manifest", "manifest", lambda site: [Page(f"{routes.MANIFEST}/index.md", site.manifest.title)],
             "Het manifest", body="manifest",
             source="data/manifest.yml"),
    PageType("campagne", "campaign", lambda site: site.campaigns.values(), "Het manifest", body="campaign",
             source="data/campaigns.yml", menu=f"{routes.MANIFEST}/index.md"),
    PageType("portret", "portrait", lambda site: site.portraits, "Bestuurlijke portretten", template="portrait.html",
             generated=False, menu=f"{routes.PORTRAITS}/index.md", reading=True),
    PageType("regio", "filter", lambda site: site.region_filters, "Bestuurlijke portretten", template="portraits.html",
             searchable=False),
    PageType("belofte", "filter", lambda site: site.promise_filters, "Bestuurlijke portretten",
             template="portraits.html", searchable=False),
    PageType("netwerk", "network", lambda site: site.networks.values(), "Leernetwerken", body="network",
             source="data/networks.yml", menu=f"{routes.NETWORKS}/index.md"),
    PageType("nieuwsbrieven", "archive", lambda site: [Page(f"{routes.NEWSLETTER}/index.md", "Nieuwsbrief")],
             "De kwartaalnieuwsbrief",
             template="newsletter-archive.html", alternates=lambda site, archive: [site.newsletter_feed]),
    PageType("nieuwsbrief", "issue", lambda site: site.issues, "De kwartaalnieuwsbrief",
             template="newsletter-issue.html", source="data/newsletter.yml",
             alternates=lambda site, issue: [site.newsletter_feed]),
    PageType("doe-mee", "participate", lambda site: [Page("doe-mee/index.md", "Doe mee")], "Doe mee",
             template="participate.html", source="data/campaigns.yml", menu="", reading=True),
)
"""In the order the browser tests visit them."""

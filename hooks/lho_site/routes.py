"""Where things are on the site: its sections, and the files pages announce.

Every page announces the site's feeds with `<link rel="alternate">`, and some
pages announce one more (a category's feed, the newsletter's, the agenda's
calendar). Those links, the files the build writes for them, and the sitemaps
all come from `alternates`: Material's script fetches the sitemap.xml next to
every alternate link a page has, so each folder holding one gets a sitemap of
its own (outputs/sitemaps.py). Adding an output is one entry here.
"""

from __future__ import annotations

from dataclasses import dataclass

NEWS = "nieuws"
POSTS = f"{NEWS}/posts"
CATEGORIES = f"{NEWS}/categorie"
ARCHIVE = f"{NEWS}/archief"
MANIFEST = "manifest"
PORTRAITS = "portretten"
NETWORKS = "netwerken"
NEWSLETTER = "nieuwsbrief"
PAGES = "paginas"
"""Pages outside the menu (mkdocs.yml `not_in_nav`), such as those of the old WordPress site."""
AGENDA = "agenda"

RSS = "application/rss+xml"
ATOM = "application/atom+xml"
JSON_FEED = "application/feed+json"
CALENDAR = "text/calendar"
MEETING_CALENDAR = "bijeenkomst.ics"
"""Next to a post's page: its meeting alone, for the "Zet in je agenda" link."""


@dataclass(frozen=True)
class Alternate:
    """A file of the site that pages link to with <link rel="alternate">."""

    path: str
    """In the output folder: "feed.xml", "nieuwsbrief/feed.xml"."""
    media_type: str
    title: str

    @property
    def folder(self) -> str:
        """The folder it is in, as a site path: "" or "nieuwsbrief/"."""
        return self.path.rpartition("/")[0] + "/" if "/" in self.path else ""


def site_feeds(site_name: str) -> tuple[Alternate, ...]:
    """The news feeds, announced on every page."""
    return (Alternate("feed.xml", RSS, f"{site_name} (RSS)"),
            Alternate("feed.atom", ATOM, f"{site_name} (Atom)"),
            Alternate("feed.json", JSON_FEED, f"{site_name} (JSON Feed)"))


def category_feed(category_url: str, category_name: str, site_name: str) -> Alternate:
    """A category's own feed, announced on its listing pages."""
    return Alternate(f"{category_url}feed.xml", RSS, f"{site_name} – {category_name} (RSS)")


def newsletter_feed(site_name: str) -> Alternate:
    """One item per newsletter issue, announced on the newsletter's pages."""
    return Alternate(f"{NEWSLETTER}/feed.xml", RSS, f"Nieuwsbrief {site_name} (RSS)")


def agenda_calendar(site_name: str) -> Alternate:
    """Every meeting, as a calendar members subscribe to; announced on the agenda page. In the top
    folder, whose sitemap Material's script finds."""
    return Alternate(f"{AGENDA}.ics", CALENDAR, f"Agenda {site_name} (iCalendar)")

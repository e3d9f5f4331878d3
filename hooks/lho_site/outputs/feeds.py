"""The feeds: RSS, Atom and JSON Feed of the news, per category, and the newsletter.

Every feed is the same for the same content: dates come from the posts (never
the build time), ids from the posts' front matter or file names (never the
host or URL), and every link and image in the content is absolute, because
feed readers and e-mail clients do not know where the page was.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import lxml.html
from feedgen.feed import FeedGenerator
from jinja2 import Environment

from .. import routes
from ..content.dates import AMSTERDAM
from ..content.newsletter import Issue
from ..content.posts import Post
from ..pages.site import Site
from ..routes import NEWSLETTER
from .html import serialize

LANGUAGE = "nl"
NEWSLETTER_FEED_LENGTH = 8
"""Two years of quarterly issues: a newsletter service only ever sends the newest."""


@dataclass(frozen=True)
class Enclosure:
    url: str
    length: int
    mime_type: str


@dataclass(frozen=True)
class Entry:
    """One feed item, with every URL absolute."""

    guid: str
    title: str
    url: str
    published: dt.datetime
    summary: str
    content: str
    categories: tuple[str, ...] = ()
    authors: tuple[str, ...] = ()
    enclosure: Enclosure | None = None


@dataclass(frozen=True)
class Channel:
    title: str
    description: str
    site_url: str
    feed_id: str
    image_url: str


def news_feed_posts(site: Site) -> dict[str, list[Post]]:
    """The posts of each news feed by its path: the site's newest, and each category's own newest
    (so a quiet category is not crowded out by the others)."""
    length = site.data.feed_length
    selection = {path.path: site.public[:length] for path in routes.site_feeds(site.data.name)}
    for category in site.data.categories.values():
        feed = routes.category_feed(category.url, category.name, site.data.name)
        selection[feed.path] = [p for p in site.public if category in p.categories][:length]
    return selection


def carried_posts(site: Site) -> list[Post]:
    """Every post that some feed carries."""
    return list({p.src_uri: p for posts in news_feed_posts(site).values() for p in posts}.values())


_PAGE_ONLY = ("srcset", "sizes", "loading", "decoding", "fetchpriority")


def absolute_html(html: str, base_url: str) -> str:
    """`html` with every link and image made absolute, heading permalinks (#) dropped, and each
    <picture> its plain JPEG: feed readers and e-mail clients know neither srcset nor AVIF."""
    fragment = lxml.html.fragment_fromstring(html, create_parent="div")
    for permalink in fragment.find_class("headerlink"):
        permalink.drop_tree()
    for picture in list(fragment.iter("picture")):
        image = picture.find(".//img")  # libxml2 nests what follows an unclosed <source>
        image.tail = picture.tail
        picture.getparent().replace(picture, image)
    for image in fragment.iter("img"):
        for attribute in _PAGE_ONLY:
            image.attrib.pop(attribute, None)
    fragment.make_links_absolute(base_url, resolve_base_href=False)
    return serialize(fragment)


class FeedWriter:
    """Renders all feeds of one build; `contents(src_uri)` gives a post's HTML as the pipeline left it."""

    def __init__(self, site: Site, contents: Callable[[str], str], site_url: str,
                 templates: Environment) -> None:
        self.site = site
        self.contents = contents
        self.site_url = site_url.rstrip("/") + "/"
        self.templates = templates
        self._entries: dict[str, Entry] = {}
        suffix = " (voorbeeld)" if site.preview else ""
        self.channel = Channel(
            title=site.data.name + suffix,
            description=site.data.description,
            site_url=self.site_url,
            feed_id=f"{site.data.id_prefix}feed",
            image_url=self.absolute("assets/images/logo.png"),
        )

    def absolute(self, url: str) -> str:
        return self.site_url + url

    def files(self) -> dict[str, bytes]:
        """Every feed file of the site, by its path in the output folder (see routes.py)."""
        public, name = self.site.public, self.site.data.name
        newest = public[0].moment.when if public else dt.datetime(2000, 1, 1, tzinfo=AMSTERDAM)
        selection = news_feed_posts(self.site)
        rss_feed, atom_feed, json_feed_ = routes.site_feeds(name)
        entries = [self.post_entry(post) for post in selection[rss_feed.path]]
        files = {
            rss_feed.path: rss(self.channel, entries, self.absolute(rss_feed.path), newest),
            atom_feed.path: atom(self.channel, entries, self.absolute(atom_feed.path), newest),
            json_feed_.path: json_feed(self.channel, entries, self.absolute(json_feed_.path)),
        }
        for category in self.site.data.categories.values():
            feed = routes.category_feed(category.url, category.name, name)
            in_category = [self.post_entry(post) for post in selection[feed.path]]
            channel = self._channel(f"{self.channel.title} – {category.name}", category.description,
                                    f"{category.url}feed", category.url)
            files[feed.path] = rss(channel, in_category, self.absolute(feed.path),
                                   in_category[0].published if in_category else newest)
        issues = [self.issue_entry(issue) for issue in self.site.published_issues[:NEWSLETTER_FEED_LENGTH]]
        feed = routes.newsletter_feed(name)
        channel = self._channel(f"Nieuwsbrief {self.channel.title}", "De kwartaalnieuwsbrief van " + name,
                                NEWSLETTER, f"{NEWSLETTER}/")
        files[feed.path] = rss(channel, issues, self.absolute(feed.path), issues[0].published if issues else newest)
        return files

    def _channel(self, title: str, description: str, feed_id: str, page: str) -> Channel:
        return Channel(title, description, self.absolute(page), f"{self.site.data.id_prefix}{feed_id}",
                       self.channel.image_url)

    def post_entry(self, post: Post) -> Entry:
        """The feed item of `post`, made once per build however many feeds carry it."""
        if post.src_uri not in self._entries:
            self._entries[post.src_uri] = self._post_entry(post)
        return self._entries[post.src_uri]

    def _post_entry(self, post: Post) -> Entry:
        url = self.absolute(post.url)
        enclosure = None
        if post.image in self.site.photos:
            feed = self.site.photos[post.image].feed
            enclosure = Enclosure(self.absolute(feed.path), feed.length, feed.media_type)
        html = self.templates.get_template("feeds/post.html").render(
            post=post, image_url=enclosure.url if enclosure else None, content=self.contents(post.src_uri))
        return Entry(
            guid=post.guid,
            title=post.title,
            url=url,
            published=post.moment.when,
            summary=post.description,
            content=absolute_html(html, url),
            categories=tuple(c.name for c in post.categories),
            authors=tuple(a.name for a in post.authors),
            enclosure=enclosure,
        )

    def issue_entry(self, issue: Issue) -> Entry:
        url = self.absolute(issue.url)
        html = self.templates.get_template("feeds/newsletter.html").render(
            issue=issue, about=self.site.data.about, site_url=self.site_url, absolute=self.absolute,
            photo=lambda src_uri: self.site.photos[src_uri].feed,
            agenda_url=self.site.agenda.url)
        html = absolute_html(html, url)
        return Entry(guid=issue.guid, title=issue.title, url=url, published=issue.published_at,
                     summary=html, content=html)


def _generator(channel: Channel, entries: Sequence[Entry], self_url: str, updated: dt.datetime) -> FeedGenerator:
    feed = FeedGenerator()
    # dc:creator names authors in RSS, whose own <author> needs an e-mail address.
    feed.load_extension("dc", atom=False, rss=True)
    feed.id(channel.feed_id)
    feed.title(channel.title)
    feed.description(channel.description)
    feed.author({"name": channel.title})
    feed.language(LANGUAGE)
    # feedgen makes the last link() the channel's link: `self` first.
    feed.link(href=self_url, rel="self")
    feed.link(href=channel.site_url, rel="alternate")
    feed.image(url=channel.image_url, title=channel.title, link=channel.site_url)
    feed.logo(channel.image_url)
    feed.generator("Leve het Onderwijs! (feedgen)")
    feed.lastBuildDate(updated)
    for entry in entries:
        item = feed.add_entry(order="append")
        item.guid(entry.guid, permalink=False)
        item.title(entry.title)
        item.link(href=entry.url, rel="alternate")
        item.published(entry.published)
        item.updated(entry.published)
        item.summary(entry.summary)
        item.content(entry.content, type="html")
        for name in entry.categories:
            item.category(term=name, label=name)
        if entry.authors:
            item.author([{"name": name} for name in entry.authors])
            item.dc.dc_creator(list(entry.authors))
        if entry.enclosure:
            item.enclosure(entry.enclosure.url, str(entry.enclosure.length), entry.enclosure.mime_type)
    return feed


def rss(channel: Channel, entries: Sequence[Entry], self_url: str, updated: dt.datetime) -> bytes:
    return _generator(channel, entries, self_url, updated).rss_str(pretty=True)


def atom(channel: Channel, entries: Sequence[Entry], self_url: str, updated: dt.datetime) -> bytes:
    return _generator(channel, entries, self_url, updated).atom_str(pretty=True)


def json_feed(channel: Channel, entries: Sequence[Entry], self_url: str) -> bytes:
    """JSON Feed 1.1 (feedgen does not write it): https://www.jsonfeed.org/version/1.1/"""
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": channel.title,
        "home_page_url": channel.site_url,
        "feed_url": self_url,
        "description": channel.description,
        "icon": channel.image_url,
        "language": LANGUAGE,
        "authors": [{"name": channel.title}],
        "items": [_json_item(entry) for entry in entries],
    }
    return (json.dumps(feed, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _json_item(entry: Entry) -> dict:
    item = {
        "id": entry.guid,
        "url": entry.url,
        "title": entry.title,
        "summary": entry.summary,
        "content_html": entry.content,
        "date_published": entry.published.isoformat(),
        "tags": list(entry.categories),
    }
    if entry.authors:
        item["authors"] = [{"name": name} for name in entry.authors]
    if entry.enclosure:
        item["image"] = entry.enclosure.url
        item["attachments"] = [{"url": entry.enclosure.url, "mime_type": entry.enclosure.mime_type,
                                "size_in_bytes": entry.enclosure.length}]
    return item

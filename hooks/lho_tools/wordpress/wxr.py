"""Reading a WordPress export (WXR: RSS 2.0 with WordPress's own elements), as WordPress writes it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

_CONTENT = "http://purl.org/rss/1.0/modules/content/"
_DC = "http://purl.org/dc/elements/1.1/"
_WP_PREFIX = "http://wordpress.org/export/"
_NO_DATE = "0000-00-00 00:00:00"


class ExportError(Exception):
    """The file is no WordPress export that can be read; the message is Dutch."""


@dataclass(frozen=True)
class Term:
    slug: str
    name: str


@dataclass(frozen=True)
class Author:
    login: str
    display_name: str


@dataclass(frozen=True)
class Item:
    """One <item>: a post, a page, an attachment (a photo or file) or anything else WordPress keeps."""

    id: int
    post_type: str
    status: str
    title: str
    link: str
    guid: str
    creator: str
    content: str
    excerpt: str
    name: str
    """wp:post_name, the slug (may be percent-encoded, or empty for a draft)."""
    password: str
    parent: int
    menu_order: int
    date: dt.datetime | None
    """wp:post_date_gmt, in UTC; None when WordPress left it empty (drafts)."""
    local_date: dt.datetime | None
    """wp:post_date, the site's own time, without a zone."""
    modified: dt.datetime | None
    categories: tuple[Term, ...]
    attachment_url: str
    meta: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Export:
    site_url: str
    """The old site's address (wp:base_blog_url, else the channel's link), ending in /."""
    authors: dict[str, Author]
    categories: dict[str, Term]
    items: list[Item]

    def of_type(self, post_type: str) -> list[Item]:
        return [item for item in self.items if item.post_type == post_type]


def _date(value: str | None, zone: dt.tzinfo | None) -> dt.datetime | None:
    if not value or value.strip() == _NO_DATE:
        return None
    try:
        return dt.datetime.strptime(value.strip(), "%Y-%m-%d %H:%M:%S").replace(tzinfo=zone)
    except ValueError:
        return None


def _number(value: str | None) -> int:
    return int(value) if value and value.strip().isdigit() else 0


def read_export(path: Path) -> Export:
    """The export at `path`; ExportError when it is not one."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True, strip_cdata=True)
    try:
        channel = etree.parse(str(path), parser).getroot().find("channel")
    except OSError:
        raise ExportError(f"{path} bestaat niet of kan niet worden gelezen") from None
    except etree.XMLSyntaxError as error:
        raise ExportError(f"{path} is geen geldig XML-bestand (regel {error.lineno}: {error.msg})") from None
    wp = next((uri for uri in (channel.nsmap.values() if channel is not None else ())
               if uri and uri.startswith(_WP_PREFIX) and not uri.endswith("excerpt/")), None)
    if channel is None or wp is None:
        raise ExportError(f"{path} is geen WordPress-export: maak er een in WordPress met Extra → Exporteren → Alle inhoud")
    excerpt = wp.rstrip("/") + "/excerpt/"

    def text(element, tag: str, namespace: str | None = wp) -> str:
        found = element.find(f"{{{namespace}}}{tag}" if namespace else tag)
        return (found.text or "") if found is not None else ""

    authors = {text(a, "author_login"): Author(text(a, "author_login"), text(a, "author_display_name"))
               for a in channel.iterfind(f"{{{wp}}}author")}
    categories = {text(c, "category_nicename"): Term(text(c, "category_nicename"), text(c, "cat_name"))
                  for c in channel.iterfind(f"{{{wp}}}category")}
    items = []
    for element in channel.iterfind("item"):
        items.append(Item(
            id=_number(text(element, "post_id")),
            post_type=text(element, "post_type"),
            status=text(element, "status"),
            title=text(element, "title", None),
            link=text(element, "link", None).strip(),
            guid=text(element, "guid", None).strip(),
            creator=text(element, "creator", _DC),
            content=text(element, "encoded", _CONTENT),
            excerpt=text(element, "encoded", excerpt),
            name=text(element, "post_name"),
            password=text(element, "post_password"),
            parent=_number(text(element, "post_parent")),
            menu_order=_number(text(element, "menu_order")),
            date=_date(text(element, "post_date_gmt"), dt.UTC),
            local_date=_date(text(element, "post_date"), None),
            modified=_date(text(element, "post_modified_gmt"), dt.UTC),
            categories=tuple(Term(c.get("nicename", ""), c.text or "") for c in element.iterfind("category")
                             if c.get("domain") == "category"),
            attachment_url=text(element, "attachment_url").strip(),
            meta={text(m, "meta_key"): text(m, "meta_value") for m in element.iterfind(f"{{{wp}}}postmeta")},
        ))
    site_url = (text(channel, "base_blog_url") or text(channel, "link", None)).strip().rstrip("/") + "/"
    return Export(site_url, authors, categories, items)

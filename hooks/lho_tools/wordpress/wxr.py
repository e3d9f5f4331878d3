"""Reading a WordPress export (WXR: RSS 2.0 with WordPress's own elements), as WordPress writes it."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from pathlib import Path
from xml.sax.saxutils import escape

from lxml import etree

_CONTENT = "http://purl.org/rss/1.0/modules/content/"
_DC = "http://purl.org/dc/elements/1.1/"
_WP = re.compile(r"https?://wordpress\.org/export/\d+\.\d+/")
"""WordPress's own namespace, of any version of the format (1.0, 1.1, 1.2), over http or https: an element
counts by its namespace, whatever prefix the file binds to it (WordPress's importer tests redefine `wp:`)."""
_VERSION = re.compile(r"\d+\.\d+")
_NO_DATE = "0000-00-00 00:00:00"
_CDATA = re.compile(r"<(?P<tag>[\w:.-]+)(?P<attributes>\s[^>]*)?>\s*<!\[CDATA\[(?P<text>.*?)\]\]>\s*</(?P=tag)>", re.DOTALL)


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
    date: dt.datetime
    """When it was made (the channel's pubDate, else the file's time): the date of a post that has none."""

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


def _is_wp(element, name: str, excerpt: bool = False) -> bool:
    """Whether `element` is WordPress's `name` (wp:name, or excerpt:name in the excerpt's namespace)."""
    if not isinstance(element.tag, str):
        return False  # a comment or processing instruction
    tag = etree.QName(element)
    namespace = tag.namespace or ""
    if excerpt:
        return tag.localname == name and namespace.endswith("/excerpt/") and bool(_WP.fullmatch(namespace[:-8]))
    return tag.localname == name and bool(_WP.fullmatch(namespace))


def _wp_children(element, name: str, excerpt: bool = False) -> list:
    return [child for child in element if _is_wp(child, name, excerpt)]


def _repaired_cdata(data: bytes) -> bytes:
    """The export with every <tag><![CDATA[…]]></tag> whose text holds an unescaped ]]> (older WordPress
    wrote those; WordPress's own importer reads them with its regular-expression parser) written as
    escaped text instead."""
    text = data.decode("utf-8", errors="surrogateescape")

    def escaped(match: re.Match) -> str:
        return (f"<{match['tag']}{match['attributes'] or ''}>{escape(match['text'])}</{match['tag']}>"
                if "]]>" in match["text"] else match.group(0))

    return _CDATA.sub(escaped, text).encode("utf-8", errors="surrogateescape")


def _parse(path: Path):
    """The document's root; namespace warnings (a namespace URI with non-ASCII letters) do not stop it, an
    error of the XML does."""
    try:
        data = path.read_bytes()
    except OSError:
        raise ExportError(f"{path} bestaat niet of kan niet worden gelezen") from None
    first = None
    for attempt in (data, _repaired_cdata(data)):
        parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True, strip_cdata=True,
                                 recover=True)
        try:
            root = etree.fromstring(attempt, parser)
        except etree.XMLSyntaxError as error:
            root, errors = None, [error]
        else:
            errors = [e for e in parser.error_log if e.domain_name != "NAMESPACE"]
        if root is not None and not errors:
            return root
        first = first or (errors[0] if errors else None)
        if not any(getattr(e, "type_name", "") == "ERR_MISPLACED_CDATA_END" for e in errors):
            break
    line, message = (first.line, first.message) if hasattr(first, "message") and hasattr(first, "line") else (
        getattr(first, "lineno", 1), getattr(first, "msg", "onleesbaar"))
    raise ExportError(f"{path} is geen geldig XML-bestand (regel {line}: {message}) — exporteer opnieuw in WordPress "
                      "(Extra → Exporteren → Alle inhoud) en zet het bestand ongewijzigd hier neer")


def read_export(path: Path) -> Export:
    """The export at `path`; ExportError when it is not one."""
    root = _parse(path)
    channel = root.find("channel") if root is not None else None
    version = _wp_children(channel, "wxr_version") if channel is not None else []
    if channel is None or not version or not _VERSION.fullmatch((version[-1].text or "").strip()):
        raise ExportError(f"{path} is geen WordPress-export (er staat geen versie van het formaat in, wp:wxr_version): "
                          "maak er een in WordPress met Extra → Exporteren → Alle inhoud")

    def text(element, tag: str) -> str:
        """WordPress's element `tag` of `element` (the last, as WordPress reads it), "" when it is not there."""
        found = _wp_children(element, tag)
        return (found[-1].text or "") if found else ""

    def plain(element, tag: str, namespace: str | None = None) -> str:
        found = element.findall(f"{{{namespace}}}{tag}" if namespace else tag)
        return (found[-1].text or "") if found else ""

    def excerpt(element) -> str:
        found = _wp_children(element, "encoded", excerpt=True)
        return (found[-1].text or "") if found else ""

    authors = {}
    for author in _wp_children(channel, "author"):
        login = text(author, "author_login")
        if login:
            authors[login] = Author(login, text(author, "author_display_name"))
    categories = {text(c, "category_nicename"): Term(text(c, "category_nicename"), text(c, "cat_name"))
                  for c in _wp_children(channel, "category")}
    items = []
    for element in channel.iterfind("item"):
        items.append(Item(
            id=_number(text(element, "post_id")),
            post_type=text(element, "post_type"),
            status=text(element, "status"),
            title=plain(element, "title"),
            link=plain(element, "link").strip(),
            guid=plain(element, "guid").strip(),
            creator=plain(element, "creator", _DC),
            content=plain(element, "encoded", _CONTENT),
            excerpt=excerpt(element),
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
            meta={text(m, "meta_key"): text(m, "meta_value") for m in _wp_children(element, "postmeta")},
        ))
    site_url = (text(channel, "base_blog_url") or plain(channel, "link")).strip().rstrip("/") + "/"
    try:
        made = parsedate_to_datetime(plain(channel, "pubDate").strip()).astimezone(dt.UTC)
    except (TypeError, ValueError):
        made = dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC).replace(microsecond=0)
    return Export(site_url, authors, categories, items, made)

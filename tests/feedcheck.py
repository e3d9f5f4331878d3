"""Rules for a feed that feedparser's `bozo` does not check: read with lxml, judged here."""

from __future__ import annotations

import email.utils
import json
from urllib.parse import urlsplit

import feedparser
import lxml.html
from lxml import etree

ATOM = "{http://www.w3.org/2005/Atom}"
CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
DC_CREATOR = "{http://purl.org/dc/elements/1.1/}creator"


def _is_absolute(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in ("http", "https", "mailto") and (parts.scheme == "mailto" or bool(parts.netloc))


def html_problems(html: str, where: str) -> list[str]:
    """Relative links or images, images without alt text, scripts, double escaping."""
    problems = []
    fragment = lxml.html.fragment_fromstring(html, create_parent="div")
    for element in fragment.iter():
        urls = [element.get("href"), element.get("src")]
        urls += [part.split()[0] for part in (element.get("srcset") or "").split(",") if part.strip()]
        problems += [f"{where}: relative URL {url!r}" for url in urls if url is not None and not _is_absolute(url)]
        if element.tag == "img" and not element.get("alt"):
            problems.append(f"{where}: image without alt text")
        if element.tag == "script":
            problems.append(f"{where}: script")
    text = fragment.text_content()
    for escaped in ("&amp;", "&lt;", "&gt;", "&quot;", "&#"):
        if escaped in text:
            problems.append(f"{where}: double escaped {escaped!r} in {text[:60]!r}")
    return problems


def _date_problem(value: str | None, where: str) -> list[str]:
    if not value:
        return [f"{where}: no date"]
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return [f"{where}: not an RFC 822 date: {value!r}"]
    return [] if parsed.tzinfo else [f"{where}: date without time zone: {value!r}"]


def rss_problems(data: bytes, self_url: str) -> list[str]:
    """Everything wrong with an RSS 2.0 feed; [] when it is right."""
    problems = []
    if feedparser.parse(data).bozo:
        problems.append("feedparser: not well-formed")
    channel = etree.fromstring(data).find("channel")
    for name in ("title", "link", "description", "language", "lastBuildDate"):
        if not (channel.findtext(name) or "").strip():
            problems.append(f"channel: no {name}")
    if channel.findtext("language") != "nl":
        problems.append("channel: language is not nl")
    self_links = [link.get("href") for link in channel.findall(f"{ATOM}link") if link.get("rel") == "self"]
    if self_links != [self_url]:
        problems.append(f"channel: atom:link rel=self is {self_links}, not [{self_url!r}]")
    if not channel.findtext("image/url", "").startswith("http"):
        problems.append("channel: no absolute image url")
    problems += _date_problem(channel.findtext("lastBuildDate"), "channel lastBuildDate")
    items = channel.findall("item")
    dates = [email.utils.parsedate_to_datetime(i.findtext("pubDate")) for i in items if i.findtext("pubDate")]
    if dates and email.utils.parsedate_to_datetime(channel.findtext("lastBuildDate")) != max(dates):
        problems.append("channel: lastBuildDate is not the newest item's date")
    if dates != sorted(dates, reverse=True):
        problems.append("items are not newest first")
    guids = [i.findtext("guid") for i in items]
    if len(set(guids)) != len(guids):
        problems.append(f"duplicate guids: {guids}")
    for index, item in enumerate(items):
        where = f"item {index} ({item.findtext('title')!r})"
        for name in ("title", "link", "guid", "description"):
            if not (item.findtext(name) or "").strip():
                problems.append(f"{where}: no {name}")
        if item.find("guid") is not None and item.find("guid").get("isPermaLink") != "false":
            problems.append(f"{where}: guid is not isPermaLink=false")
        if not _is_absolute(item.findtext("link") or ""):
            problems.append(f"{where}: relative link")
        problems += _date_problem(item.findtext("pubDate"), where)
        if "&amp;" in (item.findtext("title") or ""):
            problems.append(f"{where}: double escaped title")
        content = item.findtext(CONTENT)
        if content is None:
            problems.append(f"{where}: no content:encoded")
        for html in (content or "", item.findtext("description") or ""):
            if "<" in html:
                problems += html_problems(html, where)
        enclosure = item.find("enclosure")
        if enclosure is not None and not (enclosure.get("length", "0").isdigit() and int(enclosure.get("length")) > 0
                                          and "/" in enclosure.get("type", "") and _is_absolute(enclosure.get("url"))):
            problems.append(f"{where}: bad enclosure {dict(enclosure.attrib)}")
    if b">None<" in data or b'"None"' in data:
        problems.append("a literal None")
    return problems


def atom_problems(data: bytes, self_url: str) -> list[str]:
    problems = []
    if feedparser.parse(data).bozo:
        problems.append("feedparser: not well-formed")
    feed = etree.fromstring(data)
    for name in ("id", "title", "updated"):
        if not feed.findtext(f"{ATOM}{name}"):
            problems.append(f"feed: no {name}")
    if not feed.findtext(f"{ATOM}author/{ATOM}name"):
        problems.append("feed: no author")
    if [link.get("href") for link in feed.findall(f"{ATOM}link") if link.get("rel") == "self"] != [self_url]:
        problems.append("feed: no rel=self link to itself")
    for entry in feed.findall(f"{ATOM}entry"):
        for name in ("id", "title", "updated", "published", "summary"):
            if not entry.findtext(f"{ATOM}{name}"):
                problems.append(f"entry: no {name}")
        content = entry.find(f"{ATOM}content")
        if content is None or content.get("type") != "html":
            problems.append("entry: no html content")
        else:
            problems += html_problems(content.text, f"entry {entry.findtext(f'{ATOM}title')!r}")
    return problems


def json_feed_problems(data: bytes, self_url: str) -> list[str]:
    feed = json.loads(data)
    problems = []
    if feed.get("version") != "https://jsonfeed.org/version/1.1":
        problems.append("not JSON Feed 1.1")
    if not feed.get("title") or feed.get("feed_url") != self_url:
        problems.append("no title or wrong feed_url")
    ids = [item.get("id") for item in feed.get("items", [])]
    if len(set(ids)) != len(ids) or not all(ids):
        problems.append("item ids missing or not unique")
    for item in feed.get("items", []):
        if not (item.get("content_html") and item.get("url") and item.get("date_published")):
            problems.append(f"item {item.get('id')}: missing content_html, url or date_published")
        problems += html_problems(item.get("content_html", ""), item.get("id"))
    return problems

"""Sitemaps: a small index at /sitemap.xml and one sitemap per folder that has a feed.

Why not MkDocs' single sitemap.xml: Material's JavaScript reads the sitemap
next to every `<link rel="alternate">` of a page, which includes our feed
links. A single sitemap of all pages would be downloaded by every visitor and
grow with every post; a folder without a sitemap would answer 404. So the
root sitemap is an index of a few lines, and each feed folder (a category,
the newsletter) has a sitemap of its own pages.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from lxml import etree

NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9"
ALL_OTHER_PAGES = "sitemap-paginas.xml"


@dataclass(frozen=True)
class Entry:
    url: str
    """Relative to the site root: "nieuws/2024/04/slug/"."""
    modified: dt.date | None
    """From the content; None when the content has no date."""


def _xml(root: etree._Element) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _urlset(entries: Iterable[Entry], site_url: str) -> bytes:
    root = etree.Element("urlset", nsmap={None: NAMESPACE})
    for entry in entries:
        url = etree.SubElement(root, "url")
        etree.SubElement(url, "loc").text = site_url + entry.url.removeprefix("./")
        if entry.modified:
            etree.SubElement(url, "lastmod").text = entry.modified.isoformat()
    return _xml(root)


def sitemap_files(entries: Sequence[Entry], site_url: str, feed_folders: Sequence[str]) -> dict[str, bytes]:
    """Every sitemap file by its path in the output folder; each page is in exactly one sitemap."""
    folders = sorted(feed_folders, key=len, reverse=True)
    grouped: dict[str, list[Entry]] = {folder: [] for folder in folders}
    rest = []
    for entry in entries:
        folder = next((f for f in folders if entry.url.startswith(f)), None)
        (grouped[folder] if folder else rest).append(entry)
    files = {ALL_OTHER_PAGES: _urlset(rest, site_url)}
    files |= {f"{folder}sitemap.xml": _urlset(grouped[folder], site_url) for folder in sorted(folders)}
    index = etree.Element("sitemapindex", nsmap={None: NAMESPACE})
    for path in files:
        etree.SubElement(etree.SubElement(index, "sitemap"), "loc").text = site_url + path
    return files | {"sitemap.xml": _xml(index)}

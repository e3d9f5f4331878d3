"""Titles as the theme needs them: escaped text, taken from the page as the sanitizer left it.

Material prints a page's title and its table of contents as HTML, and MkDocs makes both
by cutting comments and then tags out of a heading's HTML: a heading whose harmless
attributes hold the halves of a tag comes out of that as a working <script>. So the
titles the theme gets are made here instead, from the text of the sanitized headings,
and escaped: whatever an editor writes, a title is text.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from typing import Protocol

import lxml.html
from lxml.html import HtmlElement

_SPACE = re.compile(r"\s+")


class TocItem(Protocol):
    """An entry of a page's table of contents (MkDocs' AnchorLink)."""

    id: str
    title: str
    children: list


def heading_text(element: HtmlElement) -> str:
    """A heading's text without its permalink (#), as plain text."""
    parts = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str) and "headerlink" not in (child.get("class") or "").split():
            parts.append(child.text_content())
        parts.append(child.tail or "")
    return _SPACE.sub(" ", "".join(parts)).strip()


def plain_text(markup: str) -> str:
    """The text a browser would show for `markup` (tags and comments gone, references read)."""
    if not markup.strip():
        return ""
    return _SPACE.sub(" ", lxml.html.fragment_fromstring(markup, create_parent="div").text_content()).strip()


def escape_toc(items: Iterable[TocItem], root: HtmlElement) -> None:
    """Every entry's title becomes the escaped text of its heading in `root` (the processed page)."""
    headings = {element.get("id"): element for element in root.iter("h1", "h2", "h3", "h4", "h5", "h6")
                if element.get("id")}

    def escape(entries: Iterable[TocItem]) -> None:
        for item in entries:
            heading = headings.get(item.id)
            item.title = html.escape(heading_text(heading) if heading is not None else plain_text(item.title))
            escape(item.children)

    escape(items)


def page_title(meta_title: object, root: HtmlElement, fallback: str) -> str:
    """The page's title as escaped text: its front matter's, or its first heading's (MkDocs takes the
    first element when it is an <h1>), or `fallback` (the file's name)."""
    if meta_title is not None and str(meta_title).strip():
        return html.escape(str(meta_title))
    first = next((child for child in root if isinstance(child.tag, str)), None)
    if first is not None and first.tag == "h1":
        return html.escape(heading_text(first))
    return html.escape(plain_text(fallback))

"""The search index, in the format of Material's search plugin, made with lxml.

Material's plugin reads every page with Python's html.parser, which took a tenth
of a build at 2000 posts; lxml does the same work several times faster. We keep
Material's search (its JavaScript, the Dutch stemmer, its settings) and replace
only the making of search/search_index.json. Like Material's, the index has an
entry for each page and one for each heading with an id, and keeps paragraphs,
lists and code as bare tags so that results show readable snippets.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable

from lxml.html import HtmlElement

from .titles import heading_text

_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_KEEP = {"p", "code", "pre", "li", "ol", "ul", "sub", "sup"}
_SKIP = {"script", "style", "object"}
_SPACE = re.compile(r"\s+")


def _text(element: HtmlElement, parts: list[str]) -> None:
    keep = element.tag in _KEEP
    if keep:
        parts.append(f"<{element.tag}>")
    if element.text:
        parts.append(html.escape(element.text, quote=False))
    for child in element:
        if child.tag not in _SKIP and isinstance(child.tag, str) and "headerlink" not in (child.get("class") or ""):
            _text(child, parts)
        if child.tail:
            parts.append(html.escape(child.tail, quote=False))
    if keep:
        parts.append(f"</{element.tag}>")


def _clean(parts: list[str]) -> str:
    return _SPACE.sub(" ", "".join(parts)).strip()


def page_entries(url: str, title: str, root: HtmlElement) -> list[dict]:
    """The index entries of one page (its content parsed, as outputs/html.py leaves it): the page
    itself, then a section per heading with an id. A page without content (its template shows
    everything) has none, as with Material. Material's search shows titles as HTML: `title` is
    escaped already (outputs/titles.py), and so are the headings' texts here."""
    if len(root) == 0 and not (root.text or "").strip():
        return []
    sections = [{"location": url, "title": title, "text": []}]
    for element in root:
        if element.tag in _HEADINGS and element.get("id"):
            heading = html.escape(heading_text(element))
            if element.tag == "h1" and len(sections) == 1 and not sections[0]["text"]:
                sections[0]["title"] = heading
            else:
                sections.append({"location": f"{url}#{element.get('id')}", "title": heading, "text": []})
        elif element.tag not in _SKIP and isinstance(element.tag, str):
            _text(element, sections[-1]["text"])
            if element.tail and element.tail.strip():
                sections[-1]["text"].append(html.escape(element.tail, quote=False))
    return [{"location": s["location"], "title": s["title"], "text": _clean(s["text"])} for s in sections]


def index_json(config: dict, entries: Iterable[dict]) -> bytes:
    return json.dumps({"config": config, "docs": list(entries)}, ensure_ascii=False,
                      separators=(",", ":")).encode("utf-8")


def merged_entries(previous: bytes | None, rebuilt: dict[str, list[dict]], pages: set[str]) -> list[dict]:
    """The previous index with the entries of the pages rebuilt now replaced (a preview rebuild),
    and none of a page that is gone; `pages`: the URL of every page of this build."""
    kept = []
    if previous:
        kept = [doc for doc in json.loads(previous)["docs"]
                if doc["location"].split("#")[0] not in rebuilt and doc["location"].split("#")[0] in pages]
    return kept + [entry for entries in rebuilt.values() for entry in entries]

"""One pipeline for the HTML of every page: the page, its search entries and the feeds take it from here.

MkDocs renders a page's Markdown to HTML; the hooks hand that HTML to `process`
once. It is parsed once, each step may change the tree or report a problem
in the content, and the result keeps what the rest of the build needs: the
HTML to show, its ids (for anchor checks) and its links (for the link check).
A step is a function (tree, page, report); see STEPS.
"""

from __future__ import annotations

import dataclasses
import posixpath
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from html import unescape
from urllib.parse import unquote, urlsplit

import lxml.html
from lxml.html import HtmlElement

from ..content.descriptions import lines_outside_code


@dataclass(frozen=True)
class PageInfo:
    """The page whose HTML is processed."""

    src_uri: str
    url: str
    path: str
    """The file editors change, relative to the project: for messages."""
    generated: bool = False
    """Made by the build from data/ through our own templates, not written by an editor."""

    @property
    def folder(self) -> str:
        """The folder the page's links are relative to, from the site's root: "/nieuws/2024/04/slug"."""
        return posixpath.dirname("/" + self.url.removesuffix("index.html") + "x")

    def relative(self, path: str) -> str:
        """A link from this page to `path` (from the site's root, like "fotos/x.jpg")."""
        return posixpath.relpath("/" + path, self.folder)


def site_path(address: str) -> str:
    """An address on the site ("/nieuws/x/", "nieuws/x/index.html", "./") as the path from its root that
    `ProcessedPage.own_paths` gives: "nieuws/x", "nieuws/x/index.html", ""."""
    return posixpath.normpath("/" + address).strip("/")


@dataclass(frozen=True)
class Finding:
    """Something wrong in the content that a step found: where (as written) and what to do."""

    near: tuple[str, ...]
    """Texts of the source to look for, in this order, to find the problem's line."""
    what: str
    fix: str


@dataclass
class ProcessedPage:
    page: PageInfo
    root: HtmlElement | None
    """The parsed content, for readers (search index); not to be changed after processing. None in the
    page as the build keeps it (`kept`)."""
    html: str
    ids: frozenset[str]
    links: tuple[str, ...]
    """Every href and src in the content, as MkDocs rendered them (before the steps)."""
    findings: list[Finding] = field(default_factory=list)

    def own_paths(self, anchored: bool = False) -> set[str]:
        """What the content links to on this site, as paths from the site's root without a slash at either end
        ("nieuws/2024/04/slug", "nieuws/posts/foto.jpg"): every link and source without scheme or host; with
        `anchored`, only those of links to a place on that page (#kop)."""
        found = set()
        for link in self.links:
            parts = urlsplit(link)
            if not (parts.scheme or parts.netloc) and parts.path and (parts.fragment or not anchored):
                found.add(site_path(posixpath.join(self.page.folder, unquote(parts.path))))
        return found

    def kept(self) -> ProcessedPage:
        """The page without its tree, for what needs it after processing (feeds, checks): trees held for
        every page were a third of the peak memory of a build of 2,000 posts."""
        return dataclasses.replace(self, root=None)


Step = Callable[[HtmlElement, PageInfo, Callable[[Finding], None]], None]


# libxml2's serializer knows HTML 4's empty elements only; these of HTML 5 it would close.
_VOID_END_TAGS = re.compile(r"</(?:source|track|wbr)>")


def serialize(element: HtmlElement, children_only: bool = True) -> str:
    """HTML of the element's children (or of the element itself), with HTML 5's empty elements unclosed."""
    if children_only:
        html = (element.text or "") + "".join(lxml.html.tostring(child, encoding="unicode") for child in element)
    else:
        html = lxml.html.tostring(element, encoding="unicode")
    return _VOID_END_TAGS.sub("", html)


# The tags of a whole document: an HTML parser that meets one in a page's content restructures it (the
# text before <body> would vanish without a word), so they are reported and taken out before parsing.
_DOCUMENT_TAGS = re.compile(r"<\s*/?\s*(html|head|body)\b[^>]*>", re.IGNORECASE)


def process(html: str, page: PageInfo, steps: Sequence[Step] = ()) -> ProcessedPage:
    """Run `steps` over the page's HTML; an empty page stays empty."""
    findings: list[Finding] = []
    for tag in sorted({name.lower() for name in _DOCUMENT_TAGS.findall(html)}):
        findings.append(Finding((f"<{tag}",), f"de tekst bevat <{tag}>, de opbouw van een hele pagina",
                                f"haal <{tag}> weg: de site maakt de pagina eromheen zelf"))
    html = _DOCUMENT_TAGS.sub("", html)
    root = lxml.html.fragment_fromstring(html, create_parent="div") if html.strip() else lxml.html.Element("div")
    # Plain strings: lxml's default "smart" results each keep the whole parsed page alive (a page kept its tree).
    links = tuple(root.xpath(".//a/@href | .//img/@src", smart_strings=False))  # as written, before any step
    for step in steps:
        step(root, page, findings.append)
    ids = frozenset(root.xpath(".//@id", smart_strings=False))
    return ProcessedPage(page, root, serialize(root) if steps else html, ids, links, findings)


_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)


def _outside_code(source: str) -> str:
    """`source` with its code (fenced blocks, code spans) and HTML comments blanked, line for line: what is
    written there is shown as text or not at all, and is never what a problem of the page is about."""
    lines = [""] * source.count("\n") + [""]
    for offset, line in lines_outside_code(source):
        lines[offset] = line
    return _COMMENT.sub(lambda comment: re.sub(r"[^\n]", " ", comment[0]), "\n".join(lines))


def line_of(source: str, near: Iterable[str]) -> int:
    """The line (1-based) where the first of `near` that occurs in `source` is: outside code and comments first
    (an example in a code block may come before the real thing), then anywhere, then with its character
    references read (`&#106;avascript:` is what a parser reads as javascript:); 1 if none does."""
    near = [text for text in near if text]
    for text_to_search in (_outside_code(source), source):
        for text in near:
            index = text_to_search.find(text)
            if index >= 0:
                return text_to_search.count("\n", 0, index) + 1
    for number, line in enumerate(source.splitlines(), 1):
        if "&" in line and any(text in unescape(line) for text in near):
            return number
    return 1


def findings(pages: Iterable[ProcessedPage], source: Callable[[PageInfo], str]) -> Iterator[tuple[str, int, str, str]]:
    """(path, line, what, fix) of every finding; `source(page)` gives the text of the page's file."""
    for page in pages:
        if page.findings:
            text = source(page.page)
            for finding in page.findings:
                yield page.page.path, line_of(text, finding.near), finding.what, finding.fix

"""Links and images in the content that lead nowhere: one Dutch line each, with file and line.

MkDocs' own checks say in English which page has a broken link, without a line
or a fix, and accept any link to the site's public address. This check runs on
the HTML of every page (outputs/html.py) once all pages are rendered: each link
to this site — relative, from the site root, or to its public address — must
reach a page or file of the build, and its #anchor a heading of that page.
"""

from __future__ import annotations

import difflib
import posixpath
from collections.abc import Callable, Iterable
from urllib.parse import unquote, urljoin, urlsplit

from lxml.html import HtmlElement

from ..content.files import IMAGES
from .html import Finding, PageInfo, ProcessedPage, Step

_BASE = "https://site.invalid/"
_OTHER_SCHEMES = ("mailto:", "tel:", "javascript:", "data:")


def _normal(path: str) -> str:
    """A site path with and without index.html the same; the home page "" (MkDocs calls its address "./")."""
    path = unquote(path).removesuffix("index.html")
    return "" if path == "./" else path


def _site_path(href: str, page_url: str, site_url: str) -> str | None:
    """The path inside the site that `href` on the page at `page_url` leads to; None for elsewhere."""
    site = urlsplit(site_url)
    parts = urlsplit(href)
    if parts.netloc and not parts.scheme:  # //host/path: another host, on the page's own scheme
        parts = urlsplit("https:" + href)
    if parts.scheme in ("http", "https"):
        if parts.hostname != site.hostname or not parts.path.startswith(site.path):
            return None
        return parts.path.removeprefix(site.path)
    if parts.scheme or href.startswith(_OTHER_SCHEMES):
        return None
    if href.startswith("/"):
        return parts.path.lstrip("/")
    return urlsplit(urljoin(_BASE + page_url, href)).path.removeprefix("/")


def check_links(pages: Iterable[ProcessedPage], ids: dict[str, frozenset[str]], known: Iterable[str],
                site_url: str, sources: dict[str, str] | None = None,
                left_out: dict[str, tuple[str, str]] | None = None) -> None:
    """Add a finding to each page for every link that leads to no file of `known` (site paths), or to
    an anchor its page has not; `ids`: the ids of each page rendered in this build, by URL; `sources`: the file
    (src_uri) of every page by URL, also of those left out, to find the link as the editor wrote it; `left_out`:
    the pages this build leaves out (drafts, posts waiting for their date), URL → (why: the end of "een bericht
    dat …", what to do)."""
    known = {_normal(path) for path in known}
    ids = {_normal(url): value for url, value in ids.items()}
    sources = {_normal(url): src_uri for url, src_uri in (sources or {}).items()}
    left_out = {_normal(url): why for url, why in (left_out or {}).items()}
    for page in pages:
        for href in dict.fromkeys(page.links):
            finding = _check(href, page.page, known, ids, site_url, sources, left_out)
            if finding:
                page.findings.append(finding)


def _from_the_file(href: str, src_uri: str) -> str | None:
    """The site path of a relative `href` read from the folder of the page's file in docs/ (as Markdown links are
    read, not raw HTML); None for other addresses."""
    parts = urlsplit(href)
    if parts.scheme or parts.netloc or href.startswith("/"):
        return None
    return _normal(posixpath.normpath(posixpath.join(posixpath.dirname(src_uri), unquote(parts.path))))


def _meant(href: str, src_uri: str, known: set[str], sources: dict[str, str]) -> str | None:
    """What a link that leads nowhere was likely meant to be, written from the page's file: a page's file with
    a name much like it (a typo, a capital, a word left out), or a file of the site that differs only in capitals
    (foto.JPG for foto.jpg)."""
    parts = urlsplit(href)
    if parts.scheme or parts.netloc or not parts.path or href.startswith("/"):
        return None
    folder, written = posixpath.dirname(src_uri), unquote(parts.path)
    if written.lower().endswith(".md"):
        names = {posixpath.relpath(source, folder or "."): source for source in sources.values()}
        by_case = {name.lower(): name for name in names}
        found = by_case.get(written.lower()) or next(iter(difflib.get_close_matches(written, names, 1, 0.85)), None)
        return found and found + (f"#{parts.fragment}" if parts.fragment else "")
    wanted = _from_the_file(href, src_uri)
    by_case = {path.lower(): path for path in known}
    if wanted and wanted.lower() in by_case and by_case[wanted.lower()] != wanted:
        return posixpath.relpath(by_case[wanted.lower()], folder or ".")
    return None


def _written_as_target(href: str) -> tuple[str, ...]:
    """`href` as the target of a link or image in Markdown or HTML: looked for before the address alone, which
    can be the end of another address earlier in the text (https://elders.nl/zaal.jpg before zaal.jpg)."""
    return f"]({href}", f"](<{href}>", f"]: {href}", f'="{href}"', f"='{href}'"


def _check(href: str, page: PageInfo, known: set[str], ids: dict[str, frozenset[str]], site_url: str,
           sources: dict[str, str], left_out: dict[str, tuple[str, str]]) -> Finding | None:
    path = _site_path(href, page.url, site_url)
    if path is None:
        return None
    fragment = unquote(urlsplit(href).fragment)
    target = _normal(path)
    near = (*_written_as_target(href), href, href.rsplit("/", 1)[-1])
    # MkDocs wrote a link to a page's file as the page's address: the text has the file's name.
    name = posixpath.basename(sources[target]) if target in sources else None
    if name:
        # Also by the name alone: the editor may have written a path to it (nieuws/posts/2024-04-17-titel.md).
        near = (*(_written_as_target(f"{name}#{fragment}") if fragment else ()), *_written_as_target(name), *near, name)
    if target in left_out:
        why, fix = left_out[target]
        return Finding(near, f"de link naar {name} leidt naar een bericht dat {why}", fix)
    if target not in known:
        if href.lower().endswith(IMAGES) and _from_the_file(href, page.src_uri) in known:
            return Finding((f'="{href}"', f"='{href}'", href), f"de afbeelding '{href}' staat in <img>, en daar "
                           "telt het pad vanaf het webadres van de pagina, niet vanaf de map van het bestand",
                           f"schrijf de afbeelding als ![beschrijving]({href}): dan telt het pad vanaf de map van het "
                           "bestand (en krijgt een foto ook de formaten voor telefoons)")
        meant = _meant(href, page.src_uri, known, sources)
        if meant:
            what = "de afbeelding '{href}' bestaat niet" if href.lower().endswith(IMAGES) else \
                "de link '{href}' leidt naar een pagina die niet bestaat"
            return Finding(near, what.format(href=href), f"bedoel je {meant}? schrijf dat dan tussen de haakjes")
        if href.lower().endswith(IMAGES):
            return Finding(near, f"de afbeelding '{href}' bestaat niet",
                           "zet het bestand op die plek of verbeter het pad; het pad telt vanaf de map van het bestand")
        return Finding(near, f"de link '{href}' leidt naar een pagina die niet bestaat",
                       "link naar een bericht met zijn bestandsnaam, zoals [tekst](2024-04-17-titel.md), of plak het "
                       "webadres van een bestaande pagina van de site")
    if fragment and target in ids and fragment not in ids[target]:
        headings = sorted(ids[target])[:6]
        choose = (f"kies een kopje dat er wel is: {', '.join('#' + h for h in headings)}" if headings
                  else "haal het stuk vanaf # weg: die pagina heeft geen kopjes om naar te linken")
        return Finding((*near, f"#{fragment}"),
                       f"de link naar /{target}#{fragment} wijst naar een kopje dat op die pagina niet staat", choose)
    return None


def own_address(site_url: str) -> Callable[[str], bool]:
    """Whether an address is of this site: a path, or the site's public address (not //elsewhere)."""
    def is_own(url: str) -> bool:
        parts = urlsplit(url.strip())
        if parts.scheme in ("http", "https") or parts.netloc:
            return _site_path(url.strip(), "", site_url) is not None
        return not parts.scheme

    return is_own


def relative_own_links(site_url: str, directory_urls: bool = True) -> Step:
    """A pipeline step: links to the site's public address become relative, so that a preview's
    pages lead to the preview's own pages (also from a folder, where `directory_urls` is off and
    a folder's page is its index.html); feeds make every link absolute again."""
    def step(root: HtmlElement, page: PageInfo, report) -> None:
        for element in root.iter("a", "img"):
            attribute = "href" if element.tag == "a" else "src"
            value = element.get(attribute) or ""
            parts = urlsplit(value)
            path = _site_path(value, page.url, site_url) if parts.scheme in ("http", "https") else None
            if path is None:
                continue
            relative = page.relative(path)
            if path == "" or path.endswith("/"):
                relative = ("" if relative == "." else relative + "/") + ("" if directory_urls else "index.html")
            element.set(attribute, (relative or "./") + (f"#{parts.fragment}" if parts.fragment else ""))

    return step

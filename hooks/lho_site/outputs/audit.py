"""The last step of every build: each file it wrote is read back and held to what the site allows.

The sanitizer judges what editors write; this audit judges what came out, whatever way it
came (a template, a title, a data file, a file copied as it is), so a hole in one is
caught by the other. Pages are read with an HTML parser that follows the HTML standard,
as browsers do (Lexbor, through selectolax), feeds with an XML parser that loads nothing.

In every page, feed and search entry: no script but the templates' own (an inline script
only with a hash the templates gave, outputs/csp.py; a script file only one the site
brings), no event-handler attribute, no javascript:, vbscript: or data: address, no <base>,
no refresh but on our redirect pages, no frame, object or embed, no id twice (an element
of the content with an id of the theme's would take its place), nothing loaded from
another host (src, srcset, poster, stylesheets, icons, preloads, url() in styles), and the
site's policy in every page. Every address of our own site that a page's <meta> and <link> tags
and its JSON-LD, a feed, a calendar or a sitemap gives leads to a file of the built site (links
in the text are checked by outputs/links.py). SVG files must survive the SVG allowlist unchanged
in meaning (content/svg.py). A finding names the file in the output; the build names its source.
"""

from __future__ import annotations

import functools
import json
import os
import posixpath
import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from icalendar import Calendar
from lxml import etree
from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..content.cores import mapped
from ..content.svg import clean_svg
from .csp import script_hash


@dataclass(frozen=True)
class Rules:
    """What this build's files may hold."""

    trusted_scripts: frozenset[str]
    """Hashes of the inline scripts the templates emit (outputs/csp.py)."""
    script_files: frozenset[str]
    """Site paths of the script files the site brings: Material's, ours, the web editor's."""
    redirect_pages: frozenset[str]
    """Site paths of the pages at old addresses, which send a visitor on with a refresh."""
    policies: dict[str, str]
    """The Content-Security-Policy of pages, by what they are: "page", "redirect", "editor"."""
    editor_folder: str
    """Where the web editor's page is; it has a policy of its own."""
    site_url: str
    site_files: frozenset[str] | None = None
    """Every file of the built site (paths from its root): the addresses of our own site that pages, feeds,
    calendars and sitemaps give must lead to one. None: those addresses go unchecked."""

    def leads_nowhere(self, url: str) -> bool:
        """Whether `url` is an address of our own site with no file of the site behind it."""
        if self.site_files is None or not url.startswith(self.site_url):
            return False
        path = unquote(urlsplit(url[len(self.site_url):]).path)
        path = path + "index.html" if not path or path.endswith("/") else path
        return path not in self.site_files and f"{path}/index.html" not in self.site_files

    def policy(self, path: str) -> str:
        """The policy the page at `path` must carry."""
        if path in self.redirect_pages:
            return self.policies["redirect"]
        return self.policies["editor" if path.startswith(self.editor_folder + "/") else "page"]


@dataclass(frozen=True)
class AuditFinding:
    path: str
    """The file in the output, from the site's root."""
    near: tuple[str, ...]
    """Texts to look for in the source to find the line."""
    what: str
    fix: str
    page_url: str | None = None
    """For a feed item or search entry: the address of the page it comes from."""


_FIX_CODE = "haal de code weg, ook uit kopjes, titels en beschrijvingen; de site draait alleen haar eigen scripts"
_FIX_LOAD = ("download het bestand en zet het in de map fotos/ naast het bericht; verwijs ernaar met een pad als "
             "fotos/naam.jpg")
_FIX_SITE = "dit komt uit de sjablonen of instellingen van de site zelf: meld het aan een ontwikkelaar"


def _nowhere(url: str, where: str) -> tuple[tuple[str, ...], str, str]:
    return (url[:40],), f"het adres '{url[:100]}' ({where}) leidt naar geen bestand van de site", _FIX_SITE


def _strings(value: object) -> Iterator[str]:
    """Every text in parsed JSON, at any depth."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)

_URL_ATTRIBUTES = {"href", "src", "srcset", "poster", "action", "formaction", "data", "cite", "background",
                   "xlink:href", "ping", "longdesc", "manifest", "icon", "codebase", "archive", "lowsrc", "dynsrc",
                   "usemap", "profile"}
_LOADING_ATTRIBUTES = {"src", "srcset", "poster", "data", "background", "lowsrc", "dynsrc", "ping", "manifest",
                       "codebase", "archive", "icon"}
_LOADING_SVG = {"image", "use", "feimage", "script"}
"""SVG elements whose href is fetched."""
_NAVIGATION_RELS = {"canonical", "alternate", "author", "license", "me", "prev", "next", "help", "external",
                    "nofollow", "noopener", "noreferrer", "bookmark", "tag", "search"}
"""Link relations that only name another address; every other one (stylesheet, icon, preload…) fetches it."""
_FRAMES = {"iframe", "frame", "frameset", "object", "embed", "applet", "portal", "fencedframe"}
_JUDGED_TAGS = {"script", *_FRAMES, "base", "noscript", "template", "meta", "link", "style"}
"""The elements judged by what they are; any other only by its attributes (most of a page: p, a, div, span)."""
_BAD_SCHEMES = {"javascript", "vbscript", "data"}
_EXECUTABLE_TYPES = {"", "text/javascript", "module", "application/javascript", "application/ecmascript",
                     "text/ecmascript", "application/x-javascript", "text/jscript", "text/livescript"}
_DATA_TYPES = {"application/json", "application/ld+json"}
_CSS_URL = re.compile(r"url\s*\(\s*(['\"]?)(.*?)\1\s*\)|@import\s+(['\"])(.*?)\3", re.IGNORECASE | re.DOTALL)
_CSS_ESCAPE = re.compile(r"\\[0-9a-fA-F]|expression\s*\(|behavior\s*:|-moz-binding", re.IGNORECASE)
_STRIPPED = re.compile(r"[\t\n\r]")
_SEARCH_TAGS = re.compile(r"</?(?:p|code|pre|li|ol|ul|sub|sup)>")


@functools.lru_cache(maxsize=4096)  # a page's addresses mostly repeat on every other page
def _scheme(url: str) -> str:
    """The scheme a browser reads in `url` (it strips spaces and controls, and ignores tabs and newlines)."""
    cleaned = _STRIPPED.sub("", url.strip("\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0c\x0e\x0f\x10\x11\x12\x13"
                                          "\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f "))
    match = re.match(r"^([A-Za-z][A-Za-z0-9+.-]*):", cleaned)
    return match[1].lower() if match else ""


@functools.lru_cache(maxsize=4096)
def _is_own(url: str, host: str | None) -> bool:
    """Whether a browser asks `url` of the site's own host (or of the page's, for a relative address)."""
    cleaned = _STRIPPED.sub("", url.strip())
    if cleaned.startswith(("//", "\\\\", "/\\", "\\/")):
        return urlsplit("https:" + cleaned.replace("\\", "/")).hostname == host
    scheme = _scheme(cleaned)
    if not scheme:
        return True
    return scheme in ("http", "https") and urlsplit(cleaned).hostname == host


class _Judge:
    """The rules for one file, applied to elements of its parsed tree."""

    def __init__(self, path: str, rules: Rules, report: Callable[..., None], scripts_allowed: bool) -> None:
        self.path, self.rules, self.report, self.scripts_allowed = path, rules, report, scripts_allowed
        self.host = urlsplit(rules.site_url).hostname

    def is_own(self, url: str) -> bool:
        return _is_own(url, self.host)

    def site_path(self, url: str) -> str:
        """The file of the site a relative or root-relative script address leads to."""
        parts = urlsplit(url)
        base = posixpath.dirname("/" + self.path)
        return posixpath.normpath(posixpath.join(base, parts.path)).lstrip("/")

    def element(self, node: LexborNode, attributes: dict[str, str]) -> None:
        """`attributes`: the node's, by their names in lower case (values never None)."""
        tag = node.tag.lower()
        for name, value in attributes.items():
            if name.startswith("on") or name == "style" or name in _URL_ATTRIBUTES or name.endswith(":href"):
                self.attribute(tag, name, value, attributes)  # only these can run, load or lead anywhere
        if tag not in _JUDGED_TAGS:
            return
        if tag == "script":
            self.script(node, attributes)
        elif tag in _FRAMES:
            self.report((f"<{tag}",), f"de pagina bevat <{tag}>: dat laadt een andere pagina of een programma in",
                        "zet voor een video alleen de link op een eigen regel (zie CONTRIBUTING.md)")
        elif tag == "base":
            self.report(("<base",), "de pagina bevat <base>, dat elke link van de pagina kan omleiden",
                        "haal <base> weg")
        elif tag == "noscript" and node.child is not None and any(
                child.tag != "-text" for child in node.iter(include_text=False)):
            self.report(("<noscript",), "de pagina bevat <noscript> met elementen erin, die een browser anders leest "
                        "dan een controle", "haal <noscript> weg")
        elif tag == "template":
            self.report(("<template",), "de pagina bevat <template>", "haal <template> weg")
        elif tag == "meta" and "http-equiv" in attributes:
            self.meta(attributes)
        elif tag == "meta" and self.rules.leads_nowhere(attributes.get("content", "")):
            kind = attributes.get("property") or attributes.get("name") or ""
            self.report(*_nowhere(attributes["content"], f'<meta property="{kind}">'))
        elif tag == "link":
            self.link(attributes)
        elif tag == "style":
            self.style(node.text(deep=True), "<style")

    def attribute(self, tag: str, name: str, value: str, attributes: dict[str, str]) -> None:
        """An attribute that can run, load or lead anywhere: a handler, a style or an address."""
        if name.startswith("on"):
            self.report((name,), f"de pagina bevat het attribuut {name}=\"…\" op <{tag}>: code die in de browser "
                        "van bezoekers zou draaien", f"haal {name}=\"…\" weg")
        elif name == "style":
            self.style(value, value[:40])
        else:  # an address
            urls = [part.strip().split(" ")[0] for part in value.split(",")] if name == "srcset" else [value]
            for url in urls:
                if _scheme(url) in _BAD_SCHEMES:
                    self.report((url[:40], name), f"de pagina bevat een adres dat met {_scheme(url)}: begint "
                                f"({name} op <{tag}>)", "link naar een webadres (https://…) of een bestand van de site")
                elif not self.is_own(url) and (name in _LOADING_ATTRIBUTES or (
                        name.endswith("href") and tag in _LOADING_SVG)):
                    self.report((url[:40],), f"de pagina laat elke bezoeker iets ophalen van een andere site "
                                f"('{url[:80]}')", _FIX_LOAD)

    def script(self, node: LexborNode, attributes: dict[str, str]) -> None:
        kind = attributes.get("type", "").strip().lower()
        if "src" in attributes:
            if not (self.scripts_allowed and self.is_own(attributes["src"])
                    and self.site_path(attributes["src"]) in self.rules.script_files):
                self.report((attributes["src"][:40], "<script"), "de pagina laadt een script dat de site niet zelf "
                            f"meebrengt ('{attributes['src'][:80]}')", _FIX_CODE)
        elif kind in _EXECUTABLE_TYPES:
            body = node.text(deep=True)
            if not (self.scripts_allowed and script_hash(body) in self.rules.trusted_scripts):
                self.report((body.strip()[:30], "<script"), "de pagina bevat een script dat niet uit de sjablonen "
                            f"van de site komt ('{' '.join(body.split())[:60]}')", _FIX_CODE)
        elif kind in _DATA_TYPES and self.scripts_allowed:
            try:
                data = json.loads(node.text(deep=True))
            except ValueError:
                self.report(("<script",), "de pagina bevat een gegevensblok (JSON) dat geen geldige JSON is", _FIX_SITE)
                return
            for url in filter(self.rules.leads_nowhere, _strings(data)):
                self.report(*_nowhere(url, "in de gegevens voor zoekmachines, JSON-LD"))
        else:
            self.report(("<script",), f"de pagina bevat een <script> van het soort '{kind}'", _FIX_CODE)

    def meta(self, attributes: dict[str, str]) -> None:
        kind, content = attributes["http-equiv"].strip().lower(), attributes.get("content", "")
        if kind == "content-security-policy":
            if content != self.rules.policy(self.path):
                self.report(("Content-Security-Policy",), "de pagina heeft een ander beveiligingsbeleid "
                            "(Content-Security-Policy) dan de site", _FIX_SITE)
        elif kind == "refresh":
            target = content.partition(";")[2].strip().removeprefix("url=").removeprefix("URL=").strip("'\" ")
            if self.path not in self.rules.redirect_pages or not self.is_own(target) or _scheme(target) in _BAD_SCHEMES:
                self.report(("http-equiv", "refresh"), "de pagina stuurt bezoekers door (<meta http-equiv=\"refresh\">)",
                            "haal de doorverwijzing weg; een oud adres zet je onder aliases: in de front matter")
        else:
            self.report(("http-equiv",), f"de pagina bevat <meta http-equiv=\"{kind}\">", "haal dit <meta>-element weg")

    def link(self, attributes: dict[str, str]) -> None:
        rels = set(attributes.get("rel", "").lower().split())
        href = attributes.get("href", "")
        if rels - _NAVIGATION_RELS and not self.is_own(href):
            self.report((href[:40],), f"de pagina laat elke bezoeker iets ophalen van een andere site ('{href[:80]}', "
                        f"rel=\"{' '.join(sorted(rels))}\")", _FIX_LOAD)
        elif self.rules.leads_nowhere(href):
            self.report(*_nowhere(href, f'<link rel="{" ".join(sorted(rels))}">'))

    def style(self, css: str, near: str) -> None:
        if _CSS_ESCAPE.search(css):
            self.report((near,), "de pagina bevat opmaak (CSS) met escapes of code", "haal de opmaak weg")
        for match in _CSS_URL.finditer(css):
            url = match[2] if match[2] is not None else match[4]
            if not url.startswith("#") and (not self.is_own(url) or _scheme(url) in ("javascript", "vbscript")):
                self.report((url[:40], near), f"de opmaak van de pagina haalt iets op van een andere site ('{url[:80]}')",
                            _FIX_LOAD)


def _attributes(node: LexborNode) -> dict[str, str]:
    return {name.lower(): value or "" for name, value in node.attributes.items()}


def audit_page(path: str, html: str, rules: Rules) -> list[AuditFinding]:
    """Findings in an HTML page of the site (a page of the theme, a redirect page, the editor's page)."""
    found: list[AuditFinding] = []

    def report(near, what, fix):
        found.append(AuditFinding(path, near, what, fix))

    tree = LexborHTMLParser(html)
    judge = _Judge(path, rules, report, scripts_allowed=True)
    policies = 0
    ids: Counter[str] = Counter()
    for node in tree.root.traverse(include_text=False) if tree.root else ():
        attributes = _attributes(node)
        judge.element(node, attributes)
        if node.tag == "meta" and attributes.get("http-equiv", "").lower() == "content-security-policy":
            policies += 1
        if attributes.get("id"):
            ids[attributes["id"]] += 1
    if policies != 1:
        report(("<head",), "de pagina heeft geen eigen beveiligingsbeleid (Content-Security-Policy)" if not policies
               else "de pagina heeft meer dan één beveiligingsbeleid (Content-Security-Policy)", _FIX_SITE)
    for name, count in sorted(ids.items()):
        if count > 1:
            report((f"#{name}", name), f"het id '{name[:60]}' staat {count} keer op de pagina; de site of het thema "
                   "gebruikt het zelf", "kies een ander id, of een andere tekst voor het kopje")
    return found


def audit_fragment(path: str, html: str, rules: Rules, page_url: str | None) -> list[AuditFinding]:
    """Findings in HTML that a reader shows inside its own page (a feed item, a newsletter):
    no script, style, meta or link of any kind."""
    found: list[AuditFinding] = []

    def report(near, what, fix):
        found.append(AuditFinding(path, near, what, fix, page_url))

    judge = _Judge(path, rules, report, scripts_allowed=False)
    tree = LexborHTMLParser(html)
    for node in tree.root.traverse(include_text=False) if tree.root else ():
        if node.tag in ("meta", "link", "style", "base"):
            report((f"<{node.tag}",), f"de tekst bevat <{node.tag}>", _FIX_CODE)
        else:
            judge.element(node, _attributes(node))
    return found


_XML = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True)
_CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
_ATOM = "{http://www.w3.org/2005/Atom}"
_MEDIA = "{http://search.yahoo.com/mrss/}"


def _xml(path: str, data: bytes, report: Callable[..., None]) -> etree._Element | None:
    try:
        tree = etree.fromstring(data, _XML).getroottree()
    except etree.XMLSyntaxError as error:
        report(("<",), f"het bestand is geen geldige XML ({error})", _FIX_SITE)
        return None
    if tree.docinfo.internalDTD is not None:
        report(("<!DOCTYPE",), "het bestand heeft een DOCTYPE met eigen definities", _FIX_SITE)
    return tree.getroot()


def audit_feed(path: str, data: bytes, rules: Rules) -> list[AuditFinding]:
    """Findings in an RSS or Atom feed (or a sitemap, which has none of these): the HTML of every item,
    and every address a reader fetches."""
    found: list[AuditFinding] = []
    judge = _Judge(path, rules, lambda *finding: found.append(AuditFinding(path, *finding)), scripts_allowed=False)
    root = _xml(path, data, lambda *finding: found.append(AuditFinding(path, *finding)))
    if root is None:
        return found
    for item in root.iter("item", f"{_ATOM}entry"):
        link = item.findtext("link") or next((e.get("href") for e in item.iter(f"{_ATOM}link")
                                              if e.get("rel", "alternate") == "alternate"), None)
        for element in item.iter("description", _CONTENT, f"{_ATOM}content", f"{_ATOM}summary"):
            if element.tag == "description" or element.get("type", "html") in ("html", "xhtml") or element.tag == _CONTENT:
                found += audit_fragment(path, element.text or "", rules, link)
        for element in item.iter("enclosure", f"{_MEDIA}content", f"{_MEDIA}thumbnail", f"{_ATOM}link"):
            url = element.get("url") or (element.get("href") if element.get("rel") == "enclosure" else None)
            if url is not None and not judge.is_own(url):
                found.append(AuditFinding(path, (url[:40],), f"de feed laat lezers iets ophalen van een andere site "
                                          f"('{url[:80]}')", _FIX_LOAD, link))
    where = "in de sitemap" if etree.QName(root).localname in ("urlset", "sitemapindex") else "in de feed"
    for element in root.iter():
        for url in filter(rules.leads_nowhere, [(element.text or "").strip(), *element.attrib.values()]):
            found.append(AuditFinding(path, *_nowhere(url, where)))
    for element in root.iter("url", f"{_ATOM}icon", f"{_ATOM}logo"):
        if element.text and not judge.is_own(element.text.strip()):
            found.append(AuditFinding(path, (element.text[:40],), "de feed verwijst naar een afbeelding op een andere "
                                      f"site ('{element.text[:80]}')", _FIX_SITE))
    return found


def audit_json_feed(path: str, data: bytes, rules: Rules) -> list[AuditFinding]:
    """Findings in a JSON Feed: the HTML of every item, and every image and attachment it names."""
    found: list[AuditFinding] = []
    judge = _Judge(path, rules, lambda *finding: None, scripts_allowed=False)
    feed = json.loads(data)
    found += [AuditFinding(path, *_nowhere(url, "in de feed")) for url in _strings(feed) if rules.leads_nowhere(url)]
    for key in ("icon", "favicon"):
        if feed.get(key) and not judge.is_own(feed[key]):
            found.append(AuditFinding(path, (feed[key][:40],), f"de feed verwijst naar '{feed[key][:80]}'", _FIX_SITE))
    for item in feed.get("items", ()):
        link = item.get("url")
        found += audit_fragment(path, item.get("content_html") or "", rules, link)
        urls = [item.get("image"), item.get("banner_image"), *(a.get("url") for a in item.get("attachments", ()))]
        for url in filter(None, urls):
            if not judge.is_own(url):
                found.append(AuditFinding(path, (url[:40],), f"de feed laat lezers iets ophalen van een andere site "
                                          f"('{url[:80]}')", _FIX_LOAD, link))
    return found


_CALENDAR_ADDRESSES = ("URL", "ATTACH", "IMAGE", "SOURCE", "TZURL")


def audit_calendar(path: str, data: bytes, rules: Rules) -> list[AuditFinding]:
    """Findings in an iCalendar file: each address of our own site it gives leads to a file of the site."""
    try:
        calendar = Calendar.from_ical(data)
    except ValueError as error:
        return [AuditFinding(path, ("BEGIN",), f"het bestand is geen geldige iCalendar ({error})", _FIX_SITE)]
    values = [value for component in calendar.walk() for name in _CALENDAR_ADDRESSES
              for value in (component.get(name) if isinstance(component.get(name), list) else [component.get(name)])]
    return [AuditFinding(path, *_nowhere(str(url), "in de agenda")) for url in values
            if url is not None and rules.leads_nowhere(str(url))]


def audit_search_index(path: str, data: bytes) -> list[AuditFinding]:
    """Findings in Material's search index, whose titles and texts its search shows as HTML: only the
    bare tags the index keeps (outputs/search_index.py), everything else escaped."""
    found = []
    for entry in json.loads(data).get("docs", ()):
        location = entry.get("location", "")
        page = location.split("#")[0]
        if _scheme(location) or location.startswith(("/", "\\")):
            found.append(AuditFinding(path, (location[:40],), f"de zoekindex verwijst naar '{location[:80]}'",
                                      _FIX_SITE, page))
        for field in ("title", "text"):
            if "<" in _SEARCH_TAGS.sub("", entry.get(field, "")):
                found.append(AuditFinding(path, ("<",), f"de zoekindex bevat HTML in de {field} van een pagina",
                                          _FIX_CODE, page))
    return found


def audit_redirect_map(path: str, data: bytes) -> list[AuditFinding]:
    """The map lho-old-addresses.js sends visitors on with: each target a path of the site itself."""
    return [AuditFinding(path, (old,), f"het oude adres '{old[:60]}' leidt naar '{target[:60]}', buiten de site",
                         "zet onder aliases: alleen oude adressen van deze site")
            for old, target in json.loads(data).items()
            if _scheme(target) or target.startswith(("//", "\\", "/\\"))]


def audit_svg(path: str, data: bytes) -> list[AuditFinding]:
    return [AuditFinding(path, ("<",), what, "sla de afbeelding opnieuw op zonder scripts en verwijzingen, of als .png")
            for _, what in clean_svg(data).problems]


JUDGED = (".html", ".htm", ".xhtml", ".xml", ".atom", ".json", ".svg", ".ics")
"""The kinds of file the audit reads; other kinds (pictures, scripts, styles, fonts) are the build's own or
checked where they come in (content/files.py)."""


def audit_file(path: str, data: bytes, rules: Rules) -> list[AuditFinding]:
    """Findings in one file of the output, by its kind (JUDGED)."""
    name = posixpath.basename(path)
    if name.endswith((".html", ".htm", ".xhtml")):
        return audit_page(path, data.decode("utf-8", errors="replace"), rules)
    if name.endswith((".xml", ".atom")):
        return audit_feed(path, data, rules)
    if name == "search_index.json":
        return audit_search_index(path, data)
    if name == "redirects.json":
        return audit_redirect_map(path, data)
    if name.endswith(".json") and str(json.loads(data).get("version", "")).startswith("https://jsonfeed.org/"):
        return audit_json_feed(path, data, rules)
    if name.endswith(".svg"):
        return audit_svg(path, data)
    if name.endswith(".ics"):
        return audit_calendar(path, data, rules)
    return []


FORK_FROM = 200
"""Fewer files to read than this are audited in the build's own process: forking would cost more than it saves
(the real site, a few hundred files of which a hundred pages, builds faster without)."""


def audit_files(folder: Path, paths: Sequence[str], rules: Rules, workers: int = 1) -> list[AuditFinding]:
    """The findings of `audit_file` in each of `paths` (files of `folder`), in the order of `paths`. With
    `workers` > 1 in as many forked processes (content/cores.py): the audit of a clean build of 2,000 posts
    is a sixth of its time, and each file's is independent of the others'."""
    judged = [path for path in paths if path.endswith(JUDGED)]
    found = mapped(functools.partial(_audit_path, folder, rules), judged, workers, FORK_FROM)
    return [finding for findings in found for finding in findings]


def _audit_path(folder: Path, rules: Rules, path: str) -> list[AuditFinding]:
    return audit_file(path, (folder / path).read_bytes(), rules)


def files_in(folder: Path) -> dict[str, float]:
    """Every file under `folder` (paths from it, with /) and its modification time: what the audit reads, and
    what addresses of our own site may lead to. One walk with the names and times the system already gives
    (pathlib's rglob and a stat per file were a tenth of a preview rebuild at 2,000 posts)."""
    files: dict[str, float] = {}
    folders = [(folder, "")]
    while folders:
        where, prefix = folders.pop()
        with os.scandir(where) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    folders.append((Path(entry.path), f"{prefix}{entry.name}/"))
                elif entry.is_file():
                    files[f"{prefix}{entry.name}"] = entry.stat().st_mtime
    return files

"""Nothing an editor writes runs script or loads something from another site.

A pipeline step (outputs/html.py) that hands every page's rendered HTML to nh3
(the Python binding of Rust's ammonia) with the allowlist below, after Markdown,
so that a Markdown link to `javascript:` is judged too. Pages the build makes from
data/ pass it too, with the same rules: only the classes our data-page templates
write (overrides/pages/) are allowed there as well. What nh3 removes is reported in
Dutch, one line per thing, and the build fails; the page keeps only what nh3 let
through. A picture must be the site's own, and an id may not be one the theme
uses: both are judged here as well.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import lxml.html
import nh3
from lxml.html import HtmlElement

from ..content.link_targets import FIX as LINK_FIX
from ..content.link_targets import link_problem
from .html import Finding, PageInfo, Step, serialize

_BLOCKS = {"admonition", "note", "abstract", "info", "tip", "success", "question", "warning", "failure", "danger",
           "bug", "example", "quote", "footnote"}
CLASSES = {"div": _BLOCKS, "p": {"admonition-title"}, "a": {"headerlink", "footnote-ref", "footnote-backref"}}
"""The classes Markdown's extensions write: admonitions (!!! note), footnotes, heading permalinks; and
on code, the language of a fenced block. Others (attr_list's {: .x }) could take on the theme's looks."""


RESERVED_IDS = ("__", "lho-")
"""The ids Material's templates and scripts use start with __ (__config, __drawer, __search, …),
ours with lho-: an element of the content with such an id would take their place."""


def _cleaner(template_classes: frozenset[str]) -> nh3.Cleaner:
    def attribute_filter(tag: str, name: str, value: str) -> str | None:
        if name == "id":
            return None if value.startswith(RESERVED_IDS) else value
        if name != "class":
            return value
        kept = [c for c in value.split() if c in CLASSES.get(tag, ()) or c in template_classes
                or (tag == "code" and c.startswith("language-"))]
        return " ".join(kept) or None

    return nh3.Cleaner(
        # <bdo> and dir= turn text around as the direction marks refused in content/markdown_limits.py do.
        tags=nh3.ALLOWED_TAGS - {"map", "area", "center", "acronym", "strike", "tt", "bdo"},
        clean_content_tags={"script", "style", "noscript", "template", "iframe", "object", "embed", "textarea",
                            "select"},
        attributes={
            "*": {"id", "title", "lang", "class"},
            "a": {"href", "hreflang"},
            "img": {"src", "alt", "width", "height"},
            "ol": {"start", "type", "reversed"},
            "li": {"value"},
            "th": {"colspan", "rowspan", "style", "scope"},
            "td": {"colspan", "rowspan", "style"},
            "time": {"datetime"},
        },
        attribute_filter=attribute_filter,
        # Python-Markdown aligns table columns with style="text-align: …"; nothing else may be styled.
        filter_style_properties={"text-align"},
        url_schemes={"http", "https", "mailto", "tel"},
        link_rel=None,
        strip_comments=True,
    )


SANITIZER = _cleaner(frozenset())
"""The rules for what editors write."""


_CODE = {"script", "style", "noscript", "template"}
_ELSEWHERE = {"iframe", "object", "embed", "frame", "frameset", "audio", "video", "source", "track", "applet",
              "portal", "link", "meta", "base"}
_FORMS = {"form", "input", "button", "select", "textarea", "option", "fieldset", "label", "output"}
_URLS = {"href", "src"}


def _features(root: HtmlElement) -> Iterator[tuple]:
    """What an element tree holds, as the sanitizer could remove it: elements, attributes, classes,
    style properties (by name: the sanitizer rewrites a style's spacing)."""
    for element in root.iter():
        if not isinstance(element.tag, str) or element is root:
            continue
        yield "tag", element.tag
        for name, value in element.attrib.items():
            if name == "class":
                yield from (("class", element.tag, word) for word in value.split())
            elif name == "style":
                yield from (("style", element.tag, part.split(":")[0].strip().lower())
                            for part in value.split(";") if part.strip())
            else:
                yield "attribute", element.tag, name, value


def _explain(feature: tuple) -> Finding:
    kind, tag = feature[0], feature[1]
    if kind == "tag" and tag in _CODE:
        return Finding((f"<{tag}",), f"de tekst bevat <{tag}>: code die in de browser van bezoekers zou draaien",
                       "haal de code weg; voor een video zet je alleen de link op een eigen regel (zie CONTRIBUTING.md)")
    if kind == "tag" and tag in _ELSEWHERE:
        return Finding((f"<{tag}",), f"de tekst bevat <{tag}>: dat haalt bij elk bezoek iets op van een andere site",
                       "zet voor een video van YouTube of Vimeo alleen de link op een eigen regel (zie CONTRIBUTING.md); "
                       "link naar andere dingen met [tekst](webadres)")
    if kind == "tag" and tag in _FORMS:
        return Finding((f"<{tag}",), f"de tekst bevat een formulier (<{tag}>)",
                       "link naar het formulier op de site waar het staat, met [tekst](webadres)")
    if kind == "tag":
        return Finding((f"<{tag}",), f"de tekst bevat <{tag}>, wat de site niet toestaat",
                       "gebruik Markdown voor opmaak: **vet**, *schuin*, ## kop, - lijst")
    if kind == "class":
        return Finding((feature[2],), f"de class '{feature[2]}' op <{tag}> is niet toegestaan",
                       "haal hem weg; een kader maak je met !!! note (zie CONTRIBUTING.md)")
    if kind == "style":
        return Finding(("style=",), f"opmaak met style ('{feature[2]}') op <{tag}> is niet toegestaan",
                       "haal style weg en gebruik Markdown voor opmaak")
    name, value = feature[2], feature[3]
    if name.lower().startswith("on"):
        return Finding((name,), f"het attribuut {name} op <{tag}> laat code draaien in de browser van bezoekers",
                       f"haal {name}=\"…\" weg")
    if name == "id":
        return Finding((value, f"#{value}"), f"het id '{value[:60]}' op <{tag}> gebruikt de site zelf (ids die met "
                       f"{' of '.join(RESERVED_IDS)} beginnen)",
                       "kies een ander id, of een andere tekst voor het kopje")
    if name in _URLS:
        return Finding((value, value[:30]), f"'{value[:60]}' is geen webadres dat de site toestaat",
                       "link naar een webadres (https://…), een e-mailadres (mailto:…) of een bestand van de site")
    return Finding((name,), f"het attribuut {name} op <{tag}> is niet toegestaan", f"haal {name}=\"…\" weg")


def _removed(before: HtmlElement, after: HtmlElement) -> list[tuple]:
    """What the sanitizer took out; not the attributes and classes of elements it took out whole."""
    gone = Counter(_features(before)) - Counter(_features(after))
    tags = {feature[1] for feature in gone if feature[0] == "tag"}
    return [feature for feature in gone if feature[0] == "tag" or feature[1] not in tags]


def _foreign_pictures(root: HtmlElement, is_own: Callable[[str], bool], report: Callable[[Finding], None]) -> None:
    """A picture from another site would be fetched from there by every visitor and every feed reader."""
    for image in list(root.iter("img")):
        source = image.get("src") or ""
        if not is_own(source):
            report(Finding((source, source[:40]), f"de afbeelding '{source[:80]}' staat op een andere site: elke "
                           "bezoeker en elke feedlezer zou haar daar ophalen",
                           "download de afbeelding en zet haar in de map fotos/ naast het bericht; verwijs ernaar "
                           "met ![beschrijving](fotos/naam.jpg)"))
            image.drop_tree()


def sanitizer(template_classes: frozenset[str], is_own: Callable[[str], bool]) -> Step:
    """The pipeline step: `root` keeps only what the sanitizer allows, and only pictures `is_own` says
    are the site's own; each removal is reported. `template_classes`: the classes our data-page
    templates write, allowed on the pages made from data only."""
    cleaners = {False: SANITIZER, True: _cleaner(template_classes)}

    def step(root: HtmlElement, page: PageInfo, report: Callable[[Finding], None]) -> None:
        html = serialize(root)
        if html.strip():
            cleaned = lxml.html.fragment_fromstring(cleaners[page.generated].clean(html), create_parent="div")
            for feature in _removed(root, cleaned):
                report(_explain(feature))
            root.clear()
            root.text = cleaned.text
            root.extend(list(cleaned))
        _foreign_pictures(root, is_own, report)
        _misleading_links(root, report)

    return step


def _misleading_links(root: HtmlElement, report: Callable[[Finding], None]) -> None:
    """A link that leads elsewhere than it reads, or mails a third party as well (content/link_targets.py)."""
    for anchor in root.iter("a"):
        href = anchor.get("href") or ""
        problem = link_problem(href)
        if problem:
            report(Finding((href, href[:30]), f"de link '{href[:60]}': {problem}", LINK_FIX))


_CLASS_ATTRIBUTE = re.compile(r"""\bclass=["']([^"'{}]+)["']""")


def template_classes(folder: Path) -> frozenset[str]:
    """Every class the data-page templates in `folder` write (class="…", without template code)."""
    return frozenset(word for template in sorted(folder.glob("*.md"))
                     for value in _CLASS_ATTRIBUTE.findall(template.read_text(encoding="utf-8"))
                     for word in value.split())

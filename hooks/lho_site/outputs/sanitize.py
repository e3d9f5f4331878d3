"""Nothing an editor writes runs script or loads something from another site.

A pipeline step (outputs/html.py) that hands every page's rendered HTML to nh3
(the Python binding of Rust's ammonia) with the allowlist below, after Markdown,
so that a Markdown link to `javascript:` is judged too. What nh3 removes is
reported in Dutch, one line per thing, and the build fails; the page keeps only
what nh3 let through.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator

import lxml.html
import nh3
from lxml.html import HtmlElement

from .html import Finding, PageInfo, serialize

_BLOCKS = {"admonition", "note", "abstract", "info", "tip", "success", "question", "warning", "failure", "danger",
           "bug", "example", "quote", "footnote"}
CLASSES = {"div": _BLOCKS, "p": {"admonition-title"}, "a": {"headerlink", "footnote-ref", "footnote-backref"}}
"""The classes Markdown's extensions write: admonitions (!!! note), footnotes, heading permalinks; and
on code, the language of a fenced block. Others (attr_list's {: .x }) could take on the theme's looks."""


def _classes(tag: str, name: str, value: str) -> str | None:
    if name != "class":
        return value
    kept = [c for c in value.split() if c in CLASSES.get(tag, ()) or (tag == "code" and c.startswith("language-"))]
    return " ".join(kept) or None

SANITIZER = nh3.Cleaner(
    tags=nh3.ALLOWED_TAGS - {"map", "area", "center", "acronym", "strike", "tt"},
    clean_content_tags={"script", "style", "noscript", "template", "iframe", "object", "embed", "textarea", "select"},
    attributes={
        "*": {"id", "title", "lang", "dir", "class"},
        "a": {"href", "hreflang"},
        "img": {"src", "alt", "width", "height"},
        "ol": {"start", "type", "reversed"},
        "li": {"value"},
        "th": {"colspan", "rowspan", "style", "scope"},
        "td": {"colspan", "rowspan", "style"},
        "time": {"datetime"},
    },
    attribute_filter=_classes,
    # Python-Markdown aligns table columns with style="text-align: …"; nothing else may be styled.
    filter_style_properties={"text-align"},
    url_schemes={"http", "https", "mailto", "tel"},
    link_rel=None,
    strip_comments=True,
)

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
    if name in _URLS:
        return Finding((value, value[:30]), f"'{value[:60]}' is geen webadres dat de site toestaat",
                       "link naar een webadres (https://…), een e-mailadres (mailto:…) of een bestand van de site")
    return Finding((name,), f"het attribuut {name} op <{tag}> is niet toegestaan", f"haal {name}=\"…\" weg")


def _removed(before: HtmlElement, after: HtmlElement) -> list[tuple]:
    """What the sanitizer took out; not the attributes and classes of elements it took out whole."""
    gone = Counter(_features(before)) - Counter(_features(after))
    tags = {feature[1] for feature in gone if feature[0] == "tag"}
    return [feature for feature in gone if feature[0] == "tag" or feature[1] not in tags]


def sanitize(root: HtmlElement, page: PageInfo, report: Callable[[Finding], None]) -> None:
    """A pipeline step: `root` keeps only what the sanitizer allows; each removal is reported.
    Pages the build makes from data come from our templates, which escape every value."""
    if page.generated:
        return
    html = serialize(root)
    cleaned = lxml.html.fragment_fromstring(SANITIZER.clean(html), create_parent="div") if html.strip() else root
    if cleaned is root:
        return
    for feature in _removed(root, cleaned):
        report(_explain(feature))
    root.clear()
    root.text = cleaned.text
    root.extend(list(cleaned))

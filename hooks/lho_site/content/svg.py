"""SVG pictures in docs/ are rebuilt from an allowlist: what is published is only shapes, text and paint.

An SVG is a document: opened on its own it can run a <script> or an onload handler, pull in
pictures or styles from another site, or hide its script in an entity of its own DOCTYPE,
where no search for "<script" finds it. So an SVG is not checked for what is bad: it is
parsed (no DTD, no entities, no network) and written anew with only the elements and
attributes below. What would run or load elsewhere is refused in Dutch, with its line;
what is merely unknown (an editor's metadata, a drawing program's own attributes) is left
out of the rebuilt file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
XML_NS = "http://www.w3.org/XML/1998/namespace"

ELEMENTS = frozenset({
    "svg", "g", "defs", "title", "desc", "symbol", "use",
    "path", "rect", "circle", "ellipse", "line", "polyline", "polygon",
    "text", "tspan", "textPath",
    "linearGradient", "radialGradient", "stop", "pattern", "clipPath", "mask",
})
"""Shapes, text, gradients, clip paths and masks: what a logo or a chart is drawn with."""

ATTRIBUTES = frozenset({
    "id", "class", "viewBox", "preserveAspectRatio", "width", "height", "version",
    "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "ry", "fx", "fy", "d", "points", "pathLength",
    "dx", "dy", "rotate", "textLength", "lengthAdjust", "startOffset",
    "transform", "opacity", "visibility", "display", "color",
    "fill", "fill-opacity", "fill-rule", "stroke", "stroke-width", "stroke-opacity", "stroke-linecap",
    "stroke-linejoin", "stroke-miterlimit", "stroke-dasharray", "stroke-dashoffset", "vector-effect",
    "clip-path", "clip-rule", "clipPathUnits", "mask", "maskUnits", "maskContentUnits",
    "gradientUnits", "gradientTransform", "spreadMethod", "offset", "stop-color", "stop-opacity",
    "patternUnits", "patternContentUnits", "patternTransform",
    "font-family", "font-size", "font-weight", "font-style", "font-variant", "text-anchor",
    "dominant-baseline", "alignment-baseline", "baseline-shift", "letter-spacing", "word-spacing",
    "text-decoration", "writing-mode", "direction", "paint-order", "shape-rendering", "text-rendering",
    "style", "href",
})
"""Geometry and paint; `href` only to a part of the same file (#id), `style` only with these properties."""

_CODE = {"script", "foreignObject", "iframe", "object", "embed", "handler", "listener", "image", "feImage",
         "animate", "set", "animateMotion", "animateTransform", "animateColor", "a", "style", "font-face-uri",
         "audio", "video", "cursor"}
"""Elements that run code, load something, link, animate or restyle: refused, not left out."""

_URL = re.compile(r"url\s*\(\s*(['\"]?)(.*?)\1\s*\)", re.IGNORECASE | re.DOTALL)
_FUNCTION = re.compile(r"([A-Za-z_-]+)\s*\(")
FUNCTIONS = frozenset({"url", "rgb", "rgba", "hsl", "hsla", "translate", "rotate", "scale", "matrix", "skewx", "skewy"})
"""The only CSS functions a value may call: colours, transforms, and url(#id) to a part of the file.
Any other (image-set, src, var …) could fetch something; a backslash could spell one in escapes."""
_INSIDE = re.compile(r"^#[A-Za-z_][\w.:-]*$")
_ESCAPES = re.compile(r"\\|@import|expression\s*\(|javascript:", re.IGNORECASE)
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                          remove_comments=True, remove_pis=False, recover=False)
FIX = "sla de afbeelding opnieuw op zonder scripts, links en verwijzingen naar andere bestanden, of als .png"


@dataclass
class CleanSvg:
    """The rebuilt SVG (None when it was refused), and why it was refused: (line, what) each."""

    data: bytes | None
    problems: list[tuple[int, str]] = field(default_factory=list)


def _local(name: str) -> tuple[str | None, str]:
    qname = etree.QName(name)
    return qname.namespace, qname.localname


def _outside_references(value: str) -> list[str]:
    """What in a value could fetch something: url(…) targets that are not a part of this file (#id),
    functions other than FUNCTIONS, and CSS escapes (a backslash), which can spell either."""
    found = [target for _, target in _URL.findall(value) if not _INSIDE.match(target.strip())]
    found += [f"{name}(" for name in _FUNCTION.findall(value) if name.lower() not in FUNCTIONS]
    return found + (["\\"] if "\\" in value else [])


def _style(value: str) -> tuple[str, list[str]]:
    """A style attribute with only allowed properties, and what in it was refused."""
    refused, kept = [], []
    if _ESCAPES.search(value):
        return "", ["bevat style met @import, een escape of code"]
    for declaration in value.split(";"):
        name, _, setting = declaration.partition(":")
        name = name.strip().lower()
        if not name:
            continue
        outside = _outside_references(setting)
        if outside:
            refused.append(f"verwijst met style naar '{outside[0][:60]}'")
        elif name in ATTRIBUTES and name not in ("style", "href"):
            kept.append(f"{name}:{setting.strip()}")
    return ";".join(kept), refused


def _attributes(element: etree._Element) -> tuple[dict[str, str], list[str]]:
    kept, refused = {}, []
    for name, value in element.attrib.items():
        namespace, local = _local(name)
        if local.lower().startswith("on"):
            refused.append(f'bevat {local}="…": code die zou draaien')
        elif local == "href" and namespace in (None, XLINK_NS):
            if _INSIDE.match(value.strip()):
                kept["href"] = value.strip()
            else:
                refused.append(f"verwijst naar '{value[:60]}'")
        elif namespace == XML_NS and local in ("space", "lang"):
            kept[name] = value
        elif namespace is not None or local not in ATTRIBUTES:
            continue  # a drawing program's own attribute, or one a picture does not need
        elif local == "style":
            style, problems = _style(value)
            refused += problems
            if style:
                kept["style"] = style
        elif _outside_references(value):
            refused.append(f"verwijst met {local} naar '{_outside_references(value)[0][:60]}'")
        else:
            kept[local] = value
    return kept, refused


def _rebuild(source: etree._Element, target: etree._Element | None, problems: list[tuple[int, str]]) -> etree._Element:
    """The allowed part of `source`, appended to `target` (the new root when target is None)."""
    namespace, local = _local(source.tag)
    attributes, refused = _attributes(source)
    problems += [(source.sourceline or 1, f"de afbeelding {what}") for what in refused]
    built = (etree.Element(f"{{{SVG_NS}}}{local}", nsmap={None: SVG_NS}) if target is None
             else etree.SubElement(target, f"{{{SVG_NS}}}{local}"))
    for name, value in attributes.items():
        built.set(name, value)
    built.text = source.text if local in ("text", "tspan", "textPath", "title", "desc") else None
    for child in source:
        if isinstance(child, etree._Entity):
            problems.append((child.sourceline or 1, f"de afbeelding gebruikt de eigen definitie &{child.name};"))
            continue
        if not isinstance(child.tag, str):
            if isinstance(child, etree._ProcessingInstruction):
                problems.append((child.sourceline or 1, f"de afbeelding bevat een instructie <?{child.target} …?>"))
            continue
        child_ns, child_local = _local(child.tag)
        if child_local in _CODE:
            problems.append((child.sourceline or 1,
                             f"de afbeelding bevat <{child_local}>: dat zou code draaien, iets ophalen of linken"))
        elif child_ns == SVG_NS and child_local in ELEMENTS:
            kept = _rebuild(child, built, problems)
            kept.tail = child.tail if local in ("text", "tspan", "textPath") else None
    return built


def clean_svg(data: bytes) -> CleanSvg:
    """The SVG `data` rebuilt from the allowlist, or refused with the reasons."""
    try:
        tree = etree.fromstring(data, _PARSER).getroottree()
    except (etree.XMLSyntaxError, ValueError) as error:
        line = getattr(error, "lineno", None) or 1
        return CleanSvg(None, [(line, "deze SVG-afbeelding is geen geldig SVG-bestand")])
    root, problems = tree.getroot(), []
    dtd = tree.docinfo.internalDTD
    if dtd is not None and (any(True for _ in dtd.iterentities()) or any(True for _ in dtd.iterelements())):
        problems.append((1, "de afbeelding heeft een DOCTYPE met eigen definities (entities), waarin code kan "
                            "schuilen"))
    for sibling in (*root.itersiblings(preceding=True), *root.itersiblings()):
        if isinstance(sibling, etree._ProcessingInstruction):
            problems.append((sibling.sourceline or 1, f"de afbeelding bevat een instructie <?{sibling.target} …?>"))
    if _local(root.tag) != (SVG_NS, "svg"):
        problems.append((root.sourceline or 1, "dit bestand is geen SVG-afbeelding (het begint niet met <svg>)"))
        return CleanSvg(None, problems)
    rebuilt = _rebuild(root, None, problems)
    if problems:
        return CleanSvg(None, sorted(set(problems)))
    return CleanSvg(etree.tostring(rebuilt, xml_declaration=True, encoding="UTF-8") + b"\n")

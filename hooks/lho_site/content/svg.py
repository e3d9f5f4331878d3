"""SVG pictures in docs/ may not run script or load anything from elsewhere.

An SVG is a document: opened on its own it can run a <script> or an onload handler, and
it can pull in pictures or styles from another site. HTML sanitizers do not read SVG,
so its elements and attributes are checked here, with lxml.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from lxml import etree

_CODE = {"script", "foreignObject", "iframe", "object", "embed", "handler", "listener"}
_LINKS = {"href", "{http://www.w3.org/1999/xlink}href"}
_ELSEWHERE = re.compile(r"url\(\s*['\"]?\s*(?!#|data:image/)[^)]+\)|@import", re.IGNORECASE)
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def svg_problems(path: Path) -> Iterator[tuple[int, str, str]]:
    """(line, what, fix) for everything in the SVG at `path` that would run or load elsewhere."""
    fix = "sla de afbeelding opnieuw op zonder scripts en zonder verwijzingen naar andere sites, of als .png"
    try:
        root = etree.parse(str(path), _PARSER).getroot()
    except etree.XMLSyntaxError as error:
        yield error.lineno or 1, "deze SVG-afbeelding is geen geldig SVG-bestand", fix
        return
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        name = etree.QName(element).localname
        if name in _CODE:
            yield element.sourceline, f"de afbeelding bevat <{name}>: code die zou draaien als iemand haar opent", fix
        for attribute, value in element.attrib.items():
            local = etree.QName(attribute).localname
            if local.lower().startswith("on"):
                yield element.sourceline, f"de afbeelding bevat {local}=\"…\": code die zou draaien", fix
            elif attribute in _LINKS and not value.strip().startswith(("#", "data:image/")):
                yield element.sourceline, f"de afbeelding verwijst naar '{value[:60]}'", fix
            elif local == "style" and _ELSEWHERE.search(value):
                yield element.sourceline, "de afbeelding haalt met style iets van elders op", fix
        if name == "style" and _ELSEWHERE.search(element.text or ""):
            yield element.sourceline, "de afbeelding haalt met <style> iets van elders op", fix

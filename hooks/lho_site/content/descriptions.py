"""Descriptions of images: what someone who cannot see an image hears instead of it.

One check for every description an editor writes: `image_alt:` in front matter (with the front
matter's other fields), and every image in the text of a post, portrait or page (Markdown
`![beschrijving](pad)`, a reference image `![beschrijving][naam]`, HTML `<img alt="…">`; when the
page is rendered, build.py). A description that is empty, a file name
(IMG_2231.jpg, what a phone or camera calls a photo) or a word that only says it is an image
("foto") tells a screen reader's user nothing, and is refused in Dutch on its line.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass

from . import yaml_lines
from .problems import Problem, Problems

FENCE = re.compile(r"^\s*(```|~~~)")
_CODE_SPAN = re.compile(r"(`+).*?\1")

PLACEHOLDERS = frozenset({
    "foto", "fotos", "afbeelding", "afbeeldingen", "plaatje", "plaatjes", "beeld", "illustratie", "figuur", "image",
    "images", "img", "picture", "photo", "pic", "placeholder", "alt", "beschrijving", "omschrijving", "tekst",
    "hier", "klik", "van", "de", "het", "een", "bij", "artikel", "bericht",
})
"""Words that only say that there is an image: a description of nothing but these describes nothing."""
_ONLY_PLACEHOLDER_WORDS = re.compile(r"[^\W\d_]+")
_FILE_NAME = re.compile(r"[^\s/\\]*[/\\]?[^\s/\\]+\.(?:jpe?g|png|gif|webp|svg|heic|heif|tiff?|bmp|avif|pdf)",
                        re.IGNORECASE)
_CAMERA_NAME = re.compile(r"(?:img|dsc[nf]?|pxl|mvimg|vid|photo|image)[_-]?\d[\w.-]*"
                          r"|(?:screenshot|schermafbeelding|whatsapp image)\b.*\d.*", re.IGNORECASE)
EXAMPLE = "Bestuurders in gesprek aan een lange tafel"


def reason(description: str | None) -> str | None:
    """Why `description` tells nothing of an image ("is leeg", …); None when it describes something."""
    text = " ".join((description or "").split())
    if not text:
        return "ontbreekt" if description is None else "is leeg"
    if _FILE_NAME.fullmatch(text) or _CAMERA_NAME.fullmatch(text):
        return f"is de bestandsnaam '{text}'"
    words = _ONLY_PLACEHOLDER_WORDS.findall(text.lower())
    if all(word in PLACEHOLDERS for word in words):
        return f"is alleen '{text}'"
    return None


@dataclass(frozen=True)
class TextImage:
    """An image in the Markdown text, as the editor wrote it."""

    offset: int
    """The line in the text, counted from 0."""
    description: str | None
    """None: an <img> without alt."""
    source: str
    """The path (or reference name) as written, to name the image."""
    html: bool


def lines_outside_code(text: str) -> Iterator[tuple[int, str]]:
    """(offset, line) of every line of Markdown that is not in a fenced code block, code spans blanked."""
    in_fence = False
    for offset, line in enumerate(text.split("\n")):
        if FENCE.match(line):
            in_fence = not in_fence
        elif not in_fence:
            yield offset, _CODE_SPAN.sub(lambda span: " " * len(span[0]), line)


_INLINE = re.compile(r"!\[(?P<alt>[^\]]*)\]\(\s*<?(?P<src>[^)\s>]*)")
_REFERENCE = re.compile(r"!\[(?P<alt>[^\]]*)\](?:\[(?P<ref>[^\]]*)\])?(?![(\[])")
_DEFINITION = re.compile(r"^ {0,3}\[(?P<ref>[^\]]+)\]:\s*\S")
_IMG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_ALT = re.compile(r"""\salt\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", re.IGNORECASE)
_SRC = re.compile(r"""\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", re.IGNORECASE)


def _attribute(pattern: re.Pattern, tag: str) -> str | None:
    found = pattern.search(tag)
    return html.unescape(next(group for group in found.groups() if group is not None)) if found else None


def text_images(text: str) -> list[TextImage]:
    """Every image of a Markdown text outside code: inline, by reference (to a definition there is) and HTML."""
    lines = list(lines_outside_code(text))
    defined = {m["ref"].strip().lower() for _, line in lines if (m := _DEFINITION.match(line))}
    images = []
    for offset, line in lines:
        for match in _INLINE.finditer(line):
            images.append(TextImage(offset, match["alt"], match["src"], False))
        for match in _REFERENCE.finditer(line):
            ref = (match["ref"] or match["alt"]).strip().lower()
            if ref in defined:
                images.append(TextImage(offset, match["alt"], f"[{match['ref'] or match['alt']}]", False))
        for tag in _IMG.findall(line):
            images.append(TextImage(offset, _attribute(_ALT, tag), _attribute(_SRC, tag) or "zonder src", True))
    return images


def check_photo_description(record: dict, data: yaml_lines.LineDict, path: str, problems: Problems) -> bool:
    """The photo's `image_alt:` describes what is to be seen; a problem when not."""
    why = reason(record["image_alt"]) if record.get("image_alt") is not None else None
    if why:
        problems.add(path, data.line_of("image_alt"), f"de beschrijving van de foto (image_alt) {why}, dus wie de foto "
                     "niet kan zien, hoort niet wat erop staat",
                     f'schrijf wat er op de foto te zien is, zoals image_alt: "{EXAMPLE}"')
    return not why


def text_image_problems(text: str, path: str) -> list[Problem]:
    """A problem for each image in the Markdown file `text` (front matter and all) whose description
    describes nothing. Checked when the page is rendered, with the problems of its HTML, so that an
    editor gets them all at once."""
    split = yaml_lines.split_front_matter(text)
    body, body_line = (split[1], split[2]) if split else (text, 1)
    problems = []
    for image in text_images(body):
        why = reason(image.description)
        if why:
            fix = (f'schrijf in alt="…" wat er op de afbeelding te zien is, zoals <img src="{image.source}" '
                   f'alt="{EXAMPLE}">' if image.html else
                   f"schrijf tussen ![ en ] wat er op de afbeelding te zien is, zoals ![{EXAMPLE}]"
                   + (image.source if image.source.startswith("[") else f"({image.source})"))
            problems.append(Problem(path, body_line + image.offset, f"de beschrijving van de afbeelding {image.source} "
                                    f"{why}, dus wie de afbeelding niet kan zien, hoort niet wat erop staat", fix))
    return problems

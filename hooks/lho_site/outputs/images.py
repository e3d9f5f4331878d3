"""The site's own images, drawn at build time: the wordmark, the icons and the share cards.

Nothing is fetched: the colours are the house style's (outputs/house_style.py), the SVGs use
the visitor's own fonts, the PNGs the font that ships inside Pillow. The same input always
gives the same bytes.
"""

from __future__ import annotations

import functools
import hashlib
import io
from collections.abc import Iterable
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from PIL import Image, ImageDraw, ImageFont

from ..content.cache import keep
from ..content.cores import mapped
from ..pages.cards import CARD_SIZE, ShareCard
from ..pages.site import Wordmark
from .house_style import RGB

FONT_STACK = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"
MARK_SVG = "assets/images/favicon.svg"


def _hex(colour: RGB) -> str:
    return "#" + "".join(f"{channel:02x}" for channel in colour)


def _png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True)
    return out.getvalue()


def _split(name: str) -> tuple[str, str]:
    """The name and its closing exclamation mark, which the wordmark and mark colour apart."""
    return (name[:-1], "!") if name.endswith("!") else (name, "")


def _svg_text(text: str, bang: str, palette: dict[str, RGB], fill: str, **attributes) -> str:
    attrs = " ".join(f"{key.replace('_', '-')}={quoteattr(str(value))}" for key, value in attributes.items())
    mark = f'<tspan fill="{_hex(palette["highlight"])}">{escape(bang)}</tspan>' if bang else ""
    return (f'<text {attrs} font-family="{FONT_STACK}" font-weight="800" fill="{fill}">'
            f"{escape(text)}{mark}</text>")


def wordmark_svg(wordmark: Wordmark, palette: dict[str, RGB]) -> bytes:
    """The movement's name in white, its "!" in the highlight colour: for the blue header bar."""
    text, bang = _split(wordmark.name)
    label = wordmark.name
    body = _svg_text(text, bang, palette, _hex(palette["on-brand"]), x=wordmark.margin, y=round(wordmark.height * 0.72),
                     font_size=wordmark.font_size, textLength=wordmark.text_width, lengthAdjust="spacingAndGlyphs")
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {wordmark.width} {wordmark.height}" role="img" '
            f'aria-label={quoteattr(label)}><title>{escape(label)}</title>{body}</svg>').encode()


def mark_svg(name: str, palette: dict[str, RGB]) -> bytes:
    """The icon: the name's first letter and its "!" on a blue rounded square."""
    _, bang = _split(name)
    body = _svg_text(name[0].upper(), bang, palette, _hex(palette["on-brand"]), x=24, y=35, font_size=30,
                     text_anchor="middle")
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48"><rect width="48" height="48" rx="10" '
            f'fill="{_hex(palette["brand"])}"/>{body}</svg>').encode()


def _font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.load_default(size=size)


def logo_png(size: int, name: str, palette: dict[str, RGB]) -> bytes:
    """The icon of mark_svg, drawn for places that take no SVG (touch icon, feeds, search engines)."""
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((0, 0, size - 1, size - 1), radius=size * 10 // 48, fill=palette["brand"])
    _, bang = _split(name)
    font, stroke = _font(round(size * 0.62)), max(1, size // 48)
    letter = name[0].upper()
    width = draw.textlength(letter + bang, font=font)
    left, middle = (size - width) / 2, size * 0.5
    draw.text((left, middle), letter, font=font, fill=palette["on-brand"], anchor="lm", stroke_width=stroke,
              stroke_fill=palette["on-brand"])
    if bang:
        draw.text((left + draw.textlength(letter, font=font), middle), bang, font=font, fill=palette["highlight"],
                  anchor="lm", stroke_width=stroke, stroke_fill=palette["highlight"])
    return _png(image)


CARD_DESIGN = 3
"""Change when the drawing of the cards changes: cached cards are then drawn again."""
MARGIN = 80
TITLE_BOX = (MARGIN, 170, CARD_SIZE[0] - MARGIN, 500)
"""Where the title goes: left, top, right, bottom."""
TITLE_SIZES = range(84, 43, -4)
"""The title's font sizes, largest first: the largest at which it fits in TITLE_BOX."""


def _break_word(word: str, font, width: float, draw: ImageDraw.ImageDraw) -> list[str]:
    """A word too long for a line, in pieces that fit, each but the last ending in a hyphen."""
    pieces, piece = [], ""
    for letter in word:
        if piece and draw.textlength(piece + letter + "-", font=font) > width:
            pieces.append(piece + "-")
            piece = ""
        piece += letter
    return [*pieces, piece]


def wrap(text: str, font, width: float, draw: ImageDraw.ImageDraw) -> list[str]:
    """`text` in lines no wider than `width` drawn in `font`: broken between words, a word too long
    for a line broken with a hyphen."""
    lines: list[str] = []
    for word in text.split():
        candidate = f"{lines[-1]} {word}" if lines else word
        if lines and draw.textlength(candidate, font=font) <= width:
            lines[-1] = candidate
        elif draw.textlength(word, font=font) <= width:
            lines.append(word)
        else:
            lines += _break_word(word, font, width, draw)
    return lines


def _line_height(font) -> int:
    return round(font.size * 1.18)


TITLE_MOST = 1000


def fit_title(title: str, draw: ImageDraw.ImageDraw) -> tuple[ImageFont.FreeTypeFont, list[str]]:
    """The title's font and lines: the largest size at which it fits in TITLE_BOX; at the smallest, the lines
    that fit, the last one cut short with an ellipsis."""
    left, top, right, bottom = TITLE_BOX
    # More than the box holds at its smallest size (so it still ends in "…"), and no more: wrapping measures
    # every word, and a title of a hundred thousand letters would take minutes.
    title = title[:TITLE_MOST]
    for size in TITLE_SIZES:
        font = _font(size)
        lines = wrap(title, font, right - left, draw)
        if len(lines) * _line_height(font) <= bottom - top:
            return font, lines
    room = (bottom - top) // _line_height(font)
    last = lines[room - 1]
    while last and draw.textlength(last + " …", font=font) > right - left:
        last = last[:-1]
    return font, [*lines[:room - 1], last.rstrip(" -") + " …"]


def share_card_png(card: ShareCard, palette: dict[str, RGB]) -> bytes:
    """The card: the label in the highlight colour, the title large in white, the name as the wordmark at the foot,
    on the house blue with a bar of the accent colour."""
    image = Image.new("RGB", CARD_SIZE, palette["brand"])
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, CARD_SIZE[1] - 18, CARD_SIZE[0], CARD_SIZE[1]), fill=palette["accent"])
    label = _font(34)
    draw.text((MARGIN, 90), wrap(card.label.upper(), label, CARD_SIZE[0] - 2 * MARGIN, draw)[0] if card.label else "",
              font=label, fill=palette["highlight"], stroke_width=1, stroke_fill=palette["highlight"])
    font, lines = fit_title(card.title, draw)
    for number, line in enumerate(lines):
        draw.text((MARGIN, TITLE_BOX[1] + number * _line_height(font)), line, font=font, fill=palette["on-brand"],
                  stroke_width=2, stroke_fill=palette["on-brand"])
    text, bang = _split(card.site_name)
    name = _font(44)
    foot = (MARGIN, CARD_SIZE[1] - 70)
    draw.text(foot, text, font=name, fill=palette["on-brand"], anchor="ls", stroke_width=1, stroke_fill=palette["on-brand"])
    draw.text((foot[0] + draw.textlength(text, font=name) + 2, foot[1]), bang, font=name, fill=palette["highlight"],
              anchor="ls", stroke_width=1, stroke_fill=palette["highlight"])
    # Few colours: a quarter of the bytes of a full-colour PNG, and the same look. Found by octree and packed at
    # zlib's default level: 0.03 s a card instead of 0.23 s (median cut, optimize) for ~15% more bytes, which
    # counts at two thousand posts (a clean build spent 250 of its seconds here).
    out = io.BytesIO()
    image.quantize(colors=32, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE).save(out, "PNG",
                                                                                               compress_level=6)
    return out.getvalue()


ICONS = {"assets/images/logo.png": 144, "assets/images/favicon.png": 48, "assets/images/apple-touch-icon.png": 180}
DRAWN = (*ICONS, MARK_SVG, Wordmark("").path)
"""Where the images that every build draws are in the output folder (besides the share cards)."""


def image_paths(share_cards: Iterable[str]) -> list[str]:
    """Where the drawn images are in the output folder."""
    return [*DRAWN, *share_cards]


DRAW_FORKED_FROM = 50
"""Fewer new cards than this are drawn in the build's own process: forking would cost more than it saves."""


def image_files(wordmark: Wordmark, share_cards: Iterable[ShareCard], palette: dict[str, RGB],
                cache: Path, workers: int = 1) -> dict[str, bytes | Path]:
    """Every image the build draws, by its path in the output folder: its bytes, or for a card its file.
    A card is drawn once: it is kept in `cache` by a hash of all it shows and how, and copied from there
    (2,000 cards in memory at once were 50 MB of a build's peak). New cards are drawn in `workers` forked
    processes (content/cores.py): 2,000 of them were most of a first build of an imported archive."""
    name = wordmark.name
    files = {path: logo_png(size, name, palette) for path, size in ICONS.items()}
    files |= {MARK_SVG: mark_svg(name, palette), wordmark.path: wordmark_svg(wordmark, palette)}
    cache.mkdir(parents=True, exist_ok=True)
    new = []
    for card in share_cards:
        key = hashlib.sha256(repr((card, sorted(palette.items()), CARD_DESIGN)).encode()).hexdigest()
        kept = cache / f"{key}.png"
        if not kept.is_file():
            new.append((card, kept))
        files[card.path] = kept
    mapped(functools.partial(_draw_card, palette), new, workers, DRAW_FORKED_FROM)
    return files


def _draw_card(palette: dict[str, RGB], card_and_file: tuple[ShareCard, Path]) -> None:
    card, kept = card_and_file
    keep(kept, share_card_png(card, palette))

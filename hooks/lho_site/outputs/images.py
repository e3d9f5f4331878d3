"""The site's own images, drawn at build time: the wordmark, the icons and the share cards.

Nothing is fetched: the colours are the house style's (outputs/house_style.py), the SVGs use
the visitor's own fonts, the PNGs the font that ships inside Pillow. The same input always
gives the same bytes.
"""

from __future__ import annotations

import io
import textwrap
from xml.sax.saxutils import escape, quoteattr

from PIL import Image, ImageDraw, ImageFont

from ..pages.site import CARD_SIZE, SHARE_CARDS, ShareCard, Wordmark
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
    label = escape(wordmark.name)
    body = _svg_text(text, bang, palette, _hex(palette["on-brand"]), x=wordmark.margin, y=round(wordmark.height * 0.72),
                     font_size=wordmark.font_size, textLength=wordmark.text_width, lengthAdjust="spacingAndGlyphs")
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {wordmark.width} {wordmark.height}" role="img" '
            f'aria-label="{label}"><title>{label}</title>{body}</svg>').encode()


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


def share_card_png(card: ShareCard, site_name: str, palette: dict[str, RGB]) -> bytes:
    image = Image.new("RGB", CARD_SIZE, palette["brand"])
    draw = ImageDraw.Draw(image)
    draw.text((80, 105), site_name, font=_font(52), fill=palette["on-brand"])
    heading = _font(84)
    for number, line in enumerate(textwrap.wrap(card.heading, width=24)[:3]):
        draw.text((80, 290 + number * 100), line, font=heading, fill=palette["on-brand"])
    return _png(image)


ICONS = {"assets/images/logo.png": 144, "assets/images/favicon.png": 48, "assets/images/apple-touch-icon.png": 180}
IMAGE_PATHS = (*ICONS, *SHARE_CARDS, MARK_SVG, Wordmark("").path)
"""Where the drawn images are in the output folder."""


def image_files(wordmark: Wordmark, palette: dict[str, RGB]) -> dict[str, bytes]:
    """Every image the build draws, by its path in the output folder."""
    name = wordmark.name
    files = {path: logo_png(size, name, palette) for path, size in ICONS.items()}
    files |= {MARK_SVG: mark_svg(name, palette), wordmark.path: wordmark_svg(wordmark, palette)}
    files |= {card.path: share_card_png(card, name, palette) for card in SHARE_CARDS.values()}
    return files

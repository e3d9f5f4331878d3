"""The site's own images, drawn at build time with Pillow: logo, app icon and share cards.

Nothing is fetched: the shapes are geometry and the text uses the font that
ships inside Pillow. The same input always gives the same bytes.
"""

from __future__ import annotations

import io
import textwrap

from PIL import Image, ImageDraw, ImageFont

from ..pages.site import CARD_SIZE, SHARE_CARDS, ShareCard

BRAND = (29, 79, 115)
WHITE = (255, 255, 255)


def _png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True)
    return out.getvalue()


def _draw_mark(draw: ImageDraw.ImageDraw, left: int, top: int, size: int, background, foreground) -> None:
    """The mark: an exclamation mark in a rounded square."""
    draw.rounded_rectangle((left, top, left + size - 1, top + size - 1), radius=size // 5, fill=background)
    bar = size // 7
    middle = left + size // 2
    draw.rounded_rectangle((middle - bar // 2, top + size * 0.18, middle + bar // 2, top + size * 0.62),
                           radius=bar // 2, fill=foreground)
    dot = bar * 0.6
    draw.ellipse((middle - dot, top + size * 0.74, middle + dot, top + size * 0.74 + 2 * dot), fill=foreground)


def logo_png(size: int) -> bytes:
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    _draw_mark(ImageDraw.Draw(image), 0, 0, size, BRAND, WHITE)
    return _png(image)


def share_card_png(card: ShareCard, site_name: str) -> bytes:
    image = Image.new("RGB", CARD_SIZE, BRAND)
    draw = ImageDraw.Draw(image)
    _draw_mark(draw, 80, 80, 120, WHITE, BRAND)
    draw.text((230, 105), site_name, font=ImageFont.load_default(size=52), fill=WHITE)
    heading = ImageFont.load_default(size=84)
    for number, line in enumerate(textwrap.wrap(card.heading, width=24)[:3]):
        draw.text((80, 290 + number * 100), line, font=heading, fill=WHITE)
    return _png(image)


ICONS = {"assets/images/logo.png": 144, "assets/images/favicon.png": 48, "assets/images/apple-touch-icon.png": 180}
IMAGE_PATHS = (*ICONS, *SHARE_CARDS)
"""Where the drawn images are in the output folder."""


def image_files(site_name: str) -> dict[str, bytes]:
    """Every image the build draws, by its path in the output folder."""
    files = {path: logo_png(size) for path, size in ICONS.items()}
    files |= {card.path: share_card_png(card, site_name) for card in SHARE_CARDS.values()}
    return files

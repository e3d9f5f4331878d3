"""The house style (overrides/assets/stylesheets/huisstijl.css) as the build draws with it: its colours.

The stylesheet is the one place the movement sets its colours; the wordmark, icons and share
cards (outputs/images.py) read them from it, and a test checks the contrast of the pairs that
CONTRIBUTING.md documents (WCAG 2 relative luminance)."""

from __future__ import annotations

import re

STYLESHEET = "assets/stylesheets/huisstijl.css"
"""Where the house style is, in overrides/ and in the site."""

_COLOUR = re.compile(r"--lho-([a-z-]+)\s*:\s*#([0-9a-fA-F]{6})\s*;")

RGB = tuple[int, int, int]

DRAWN_WITH = ("brand", "on-brand", "highlight", "accent")
"""The colours the build draws the wordmark, icons and share cards with."""


def colours(css: str) -> dict[str, RGB]:
    """The colours of the house style by name (`--lho-brand` → "brand"), as RGB."""
    return {name: tuple(int(value[i:i + 2], 16) for i in (0, 2, 4)) for name, value in _COLOUR.findall(css)}


_LOADS = re.compile(r"url\s*\(|image-set\s*\(|@import|@font-face|expression\s*\(|\\", re.IGNORECASE)
"""What makes a stylesheet load something, or hides a word from this check (a CSS escape: \\75rl( is url()."""


def loads(css: str) -> list[tuple[int, str]]:
    """(line, what) for every place the house style would load a file: it holds colours and fonts by name only,
    so that no stylesheet edit can make every page fetch from another host."""
    return [(number, found.group()) for number, line in enumerate(css.splitlines(), 1)
            for found in _LOADS.finditer(line)]


def missing(palette: dict[str, RGB]) -> list[str]:
    """The colours the build draws with that the house style does not give as #rrggbb."""
    return [name for name in DRAWN_WITH if name not in palette]


def _luminance(colour: RGB) -> float:
    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = map(linear, colour)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(foreground: RGB, background: RGB) -> float:
    """The WCAG contrast ratio of two colours, from 1 to 21."""
    lighter, darker = sorted((_luminance(foreground), _luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)

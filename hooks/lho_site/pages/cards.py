"""The share cards: the 1200×630 image a link to a page shows when the page has no photo of its own.

Each page of a page type gets its own card, with its title and what kind of page it is (for a
post its categories and date); a page of no type shows the card of the type whose overview it
is, or the home page's. The file name holds a hash of what the card shows, so a changed title
is a new file for every service that cached the old one. outputs/images.py draws them.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cached_property

from markdown.extensions.toc import slugify

from .registry import PageType

CARD_SIZE = (1200, 630)
"""Share cards and photo crops for link previews are this size."""
FOLDER = "assets/images/delen"


@dataclass(frozen=True)
class ShareCard:
    title: str
    label: str
    """Above the title: the categories and date of a post, or the kind of page."""
    site_name: str

    @cached_property
    def path(self) -> str:
        """Named by a hash of all it shows; asked for often (the card's page, the build's files, drawing)."""
        digest = hashlib.sha256("\n".join((self.title, self.label, self.site_name)).encode()).hexdigest()[:10]
        return f"{FOLDER}/{slugify(self.title, '-')[:48].strip('-') or 'pagina'}-{digest}.png"

    @property
    def alt(self) -> str:
        return f"{self.title}, {self.site_name}"


def card_of(page_type: PageType, item, site_name: str) -> ShareCard:
    """The card of one page of `page_type` (`item` None: the type's own card, for pages of no type)."""
    if item is None or not getattr(item, "title", ""):
        return ShareCard(page_type.share, "", site_name)
    categories = getattr(item, "categories", None)
    if categories is not None:
        label = f"{', '.join(c.name for c in categories)} · {item.date_text}"
    else:
        label = page_type.share if page_type.share != item.title else ""
    return ShareCard(item.title, label, site_name)

"""Old addresses: where the site's pages used to be (on the old WordPress site), and where they lead now.

A post or portrait lists its old addresses under `aliases:`; data/wordpress-categories.yml
gives each old category its old addresses; the old feed address is the site's own. Each
old address gets a page that sends the visitor on (pages/redirects.py), so no two may
claim the same one.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from .front_matter import PageSource
from .problems import Problems


@dataclass(frozen=True)
class OldAddress:
    address: str
    """As written: from the site's root, like /2021/03/04/titel/ or /?p=123."""
    path: str
    """The file that names it, for messages; "" for the site's own (OLD_FEED)."""
    line: int

    @property
    def query(self) -> str:
        return urlsplit(self.address).query

    @property
    def page_path(self) -> str:
        """The address without its query, decoded, from the root: "/2021/03/04/titel/"."""
        return unquote(urlsplit(self.address).path)

    @property
    def dest_uri(self) -> str | None:
        """The file in the built site that answers it; None for an address with a query, which no
        file can answer (GitHub Pages ignores the query): those are looked up by a script."""
        if self.query:
            return None
        path = self.page_path.strip("/")
        if posixpath.splitext(path)[1].lower() in (".html", ".htm"):
            return path
        return f"{path}/index.html" if path else "index.html"

    @property
    def where(self) -> str:
        return f"in {self.path}:{self.line}" if self.path else "voor de feed van de site"


OLD_FEED = OldAddress("/feed/", "", 0)
"""WordPress's feed: readers subscribed to it find the site's feed (pages/redirects.py)."""


def page_addresses(page: PageSource) -> tuple[OldAddress, ...]:
    """The `aliases:` of a post or portrait, with their lines."""
    written = page.data.get("aliases")
    return tuple(OldAddress(address, page.path, written.line_of(index))
                 for index, address in enumerate(page.record.get("aliases", ())))


def old_category_addresses(slug: str, path: str, line: int) -> tuple[OldAddress, OldAddress]:
    """WordPress's page and feed of a category."""
    return OldAddress(f"/category/{slug}/", path, line), OldAddress(f"/category/{slug}/feed/", path, line)


def check_unique(addresses: Iterable[OldAddress], problems: Problems) -> None:
    """Report every old address that an earlier one (the site's own first, then by file and line) already claims."""
    first: dict[str, OldAddress] = {}
    for old in sorted(addresses, key=lambda a: (a.path != "", a.path, a.line)):
        key = f"{old.page_path}?{old.query}" if old.query else old.dest_uri  # /x and /x/ are one file
        other = first.setdefault(key, old)
        if other is not old:
            problems.add(old.path, old.line, f"het oude adres {old.address} is al in gebruik ({other.where})",
                         "een oud adres kan maar naar één pagina leiden: haal het hier of daar weg")

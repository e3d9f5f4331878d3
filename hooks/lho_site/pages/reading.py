"""How a reading page (a post, a portrait, a page of its own) is laid out, and what ends it.

A reading page is one column of text: no menu column beside it (the menu stays in the
drawer on phones), a table of contents only when there are enough headings to need one,
then posts to read next, links to share it and a way to report a mistake. All links are
plain links: no script of another site is loaded to share.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlencode

TOC_MIN_HEADINGS = 3
"""Fewer headings than this read well without a table of contents."""


def heading_count(toc: Iterable[Any]) -> int:
    """The headings below the title in a page's table of contents (items with `level` and `children`)."""
    return sum((item.level > 1) + heading_count(item.children) for item in toc)


def hidden_sidebars(headings: int, hide: Iterable[str] = ()) -> list[str]:
    """What a reading page hides of Material's layout (its front matter `hide:`): the menu column, and the
    table of contents when there are fewer than TOC_MIN_HEADINGS headings; besides what `hide` hides already."""
    hidden = [*hide, "navigation"]
    if headings < TOC_MIN_HEADINGS:
        hidden.append("toc")
    return sorted(set(hidden))


def _topics(item: Any) -> frozenset[tuple[str, str]]:
    return frozenset([*(("promise", p) for p in item.promises),
                      *(("category", c) for c in getattr(item, "categories", ()))])


class RelatedPosts:
    """The posts to read next after an item (a post or a portrait), of the same `posts` (newest first) for every
    item: each post's promises and categories gathered once (per pair it was a tenth of a preview rebuild)."""

    def __init__(self, posts: Sequence[Any]) -> None:
        self._posts = [(_topics(post), post) for post in posts]
        self._place = {post.src_uri: index for index, post in enumerate(posts)}
        self._times = [post.moment.when.timestamp() for post in posts]

    def of(self, item: Any, limit: int = 3) -> list[Any]:
        """Up to `limit` posts that share a promise of the manifest or a category with `item`: most in common
        first, among equals the nearest in time (before or after; the newer of two as near), as Hugo's related
        content weighs dates. So each post gets its own (the newest of a category are on the category's page),
        and a new post joins the lists of the few posts nearest to it, not of every post of its category.
        An item of no date (a portrait) gets the newest. Never `item` itself."""
        topics = _topics(item)
        most, found, best = len(topics), [], 0
        for index in self._nearest_first(item):
            post_topics, post = self._posts[index]
            score = len(topics & post_topics)
            if score:
                found.append((score, post))
                best += score == most
                if best == limit:  # nearer posts with all in common: no farther one can come before them
                    break
        # sorted() is stable: nearest first among equals.
        return [post for _, post in sorted(found, key=lambda scored: scored[0], reverse=True)[:limit]]

    def _nearest_first(self, item: Any) -> Iterator[int]:
        """The places of the posts but `item`, nearest to it in time first: outward from its own place."""
        place, times, count = self._place.get(item.src_uri), self._times, len(self._times)
        if place is None:  # not a post: the newest first
            yield from range(count)
            return
        when, newer, older = times[place], place - 1, place + 1
        while newer >= 0 and older < count:
            if times[newer] - when <= when - times[older]:
                yield newer
                newer -= 1
            else:
                yield older
                older += 1
        yield from range(newer, -1, -1)
        yield from range(older, count)


@dataclass(frozen=True)
class Link:
    label: str
    href: str


def share_links(title: str, url: str) -> list[Link]:
    """Where a visitor shares the page: by e-mail or in a service's own share page, with the title and address
    filled in. Plain links: the services see a visitor only when they click."""
    text = f"{title} {url}"
    return [
        Link("E-mail", "mailto:?" + urlencode({"subject": title, "body": url}, quote_via=quote)),
        Link("LinkedIn", "https://www.linkedin.com/sharing/share-offsite/?" + urlencode({"url": url}, quote_via=quote)),
        Link("WhatsApp", "https://wa.me/?" + urlencode({"text": text}, quote_via=quote)),
        Link("Bluesky", "https://bsky.app/intent/compose?" + urlencode({"text": text}, quote_via=quote)),
    ]


def report_link(email: str, title: str, url: str) -> str:
    """A mail to the movement about a mistake on the page, with the page named in the subject and body."""
    return f"mailto:{email}?" + urlencode({"subject": f"Fout gezien: {title}", "body": f"Op {url} zag ik: "},
                                          quote_via=quote)

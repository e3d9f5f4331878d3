"""Videos of YouTube and Vimeo without tracking: a link card, and the player only after a click.

An editor puts the address of a video on a line of its own — as a link, `[title](address)`,
`<address>` or the bare address. This pipeline step (outputs/html.py) turns that paragraph
into a card with a Dutch notice and a plain link to the video; the site's own script
(overrides/assets/javascripts/lho-video.js) adds a play button that loads the player
(youtube-nocookie.com, or Vimeo with dnt=1) in its place. Nothing is asked of YouTube or
Vimeo before that click, and without JavaScript or in a feed the card is a link.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from lxml.html import HtmlElement, builder

from ..content.videos import Video, video
from .html import Finding, PageInfo


def _alone(paragraph: HtmlElement) -> tuple[str, str] | None:
    """(address, link text) when the paragraph is one link or one bare address, and nothing else."""
    text = (paragraph.text or "").strip()
    if len(paragraph) == 0:
        return (text, "") if re.fullmatch(r"https?://\S+", text) else None
    link = paragraph[0]
    if len(paragraph) == 1 and link.tag == "a" and not text and not (link.tail or "").strip():
        label = link.text_content().strip()
        return link.get("href", ""), "" if label == link.get("href") else label
    return None


def card(found: Video, title: str) -> HtmlElement:
    """A figure that is a link to the video, with what a click on play will do."""
    title = title or f"Video op {found.service}"
    return builder.E.figure(
        {"class": "lho-video", "data-lho-player": found.player_url, "data-lho-title": title},
        builder.P({"class": "lho-video__title"}, title),
        builder.P({"class": "lho-video__notice"},
                  f"Deze video staat op {found.service}. Pas als je op Afspelen klikt, laadt de site de speler van "
                  f"{found.service}; {found.service} kan dan gegevens over je bezoek verzamelen."),
        builder.P(builder.A({"href": found.watch_url}, f"Bekijk de video op {found.service}")),
    )


def embed_videos(root: HtmlElement, page: PageInfo, report: Callable[[Finding], None]) -> None:
    """A pipeline step: every paragraph that is only a video's address becomes its card."""
    for paragraph in list(root.iter("p")):
        alone = _alone(paragraph)
        found = video(alone[0]) if alone else None
        if found:
            replacement = card(found, alone[1])
            replacement.tail = paragraph.tail
            paragraph.getparent().replace(paragraph, replacement)

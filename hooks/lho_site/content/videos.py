"""Addresses of videos on YouTube and Vimeo: which ones are, and where their players are.

The build turns a paragraph that is only such an address into a card (outputs/video.py);
the WordPress import recognises the same addresses in old posts' embeds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

PLAYERS = ("https://www.youtube-nocookie.com", "https://player.vimeo.com")
"""Where a player comes from, once a visitor asks for it (the Content-Security-Policy allows them)."""


@dataclass(frozen=True)
class Video:
    service: str
    watch_url: str
    """The address to watch it on the service's own site."""
    player_url: str


def video(url: str) -> Video | None:
    """The video at `url` on YouTube or Vimeo, or None when `url` is no such address."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").removeprefix("www.").removeprefix("m.")
    path = parts.path.strip("/").split("/")
    if host in ("youtube.com", "youtube-nocookie.com"):
        key = parse_qs(parts.query).get("v", [""])[0] if path == ["watch"] else (
            path[1] if len(path) > 1 and path[0] in ("embed", "shorts", "live") else "")
    elif host == "youtu.be":
        key = path[0]
    elif host in ("vimeo.com", "player.vimeo.com"):
        key = path[-1] if path[-1].isdigit() else ""
        return Video("Vimeo", f"https://vimeo.com/{key}", f"{PLAYERS[1]}/video/{key}?dnt=1&autoplay=1") if key else None
    else:
        return None
    if not re.fullmatch(r"[\w-]{11}", key or ""):
        return None
    return Video("YouTube", f"https://www.youtube.com/watch?v={key}", f"{PLAYERS[0]}/embed/{key}?autoplay=1")

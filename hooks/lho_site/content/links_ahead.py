"""A post waiting for its date that links to a post that appears later, or to a draft.

The build checks the links of every page it publishes (outputs/links.py), and a post waiting for its
date is not published yet: its links are checked on the day it appears, in the morning's publish. A
link from it to a post that appears later still, or to a draft, would fail that publish; this finds
it in the text now, when the editor can still choose another date.
"""

from __future__ import annotations

import datetime as dt
import posixpath
import re
from collections.abc import Iterable, Iterator
from urllib.parse import unquote

from .descriptions import lines_outside_code

_LINKED_FILE = re.compile(r"\]\(\s*<?([^)\s>#?]+\.md)|^ {0,3}\[[^\]]+\]:\s*<?([^\s>#?]+\.md)")


def linked_files(text: str, folder: str) -> Iterator[tuple[int, str]]:
    """(line offset, src_uri) of every Markdown file a Markdown text links to, outside code; `folder`: the
    text's own folder in docs/, which its links count from."""
    for offset, line in lines_outside_code(text):
        for match in _LINKED_FILE.finditer(line):
            name = unquote(match[1] or match[2])
            yield offset, posixpath.normpath(posixpath.join(folder, name)).lstrip("/")


def links_ahead(posts: Iterable, bodies: dict[str, tuple[str, int]], now: dt.datetime) -> Iterator[tuple[str, int, str, str]]:
    """(path, line, what, fix) for each link of a post waiting for its date to a draft or to a post that appears
    after it; `bodies`: each post's Markdown body and the file line it starts on, by its path."""
    posts = list(posts)
    by_src = {post.src_uri: post for post in posts}
    for post in posts:
        if post.draft or post.moment.when <= now:
            continue
        body, first_line = bodies[post.path]
        for offset, src_uri in linked_files(body, posixpath.dirname(post.src_uri)):
            target = by_src.get(src_uri)
            name = posixpath.basename(src_uri)
            if target is not None and target.draft:
                yield (post.path, first_line + offset, f"dit bericht verschijnt op {post.date_text} en linkt naar {name}, "
                       "dat nog een concept is (draft: true): op die dag zou de link nergens heen leiden en de site niet "
                       "gebouwd worden", "haal de link weg, of zet hem terug als dat bericht verschijnt")
            elif target is not None and target.moment.when > post.moment.when:
                yield (post.path, first_line + offset, f"dit bericht verschijnt op {post.date_text} en linkt naar {name}, "
                       f"dat pas op {target.date_text} verschijnt: op {post.date_text} zou de link nergens heen leiden en "
                       "de site niet gebouwd worden",
                       f"geef dit bericht een datum op of na {target.date_text}, of haal de link weg")

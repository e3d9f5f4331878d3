"""Which files next to a draft the draft names, however it writes their names.

A draft's photo or pdf must not be published before the draft. Finding its links with a
pattern misses the other ways Markdown and HTML can point at a file (a reference
definition, an <img> tag, md_in_html); so the draft's whole text is read as a browser
and Markdown would read a name in it (percent-escapes, character references, backslash
escapes undone), and every file beside it whose name occurs is the draft's.
"""

from __future__ import annotations

import html
import posixpath
import re
from collections.abc import Iterable
from urllib.parse import unquote

_BACKSLASH_ESCAPE = re.compile(r"\\(.)")


def _plain(text: str) -> str:
    """`text` with every escape undone, repeatedly (an escape can hide another)."""
    for _ in range(5):
        plain = _BACKSLASH_ESCAPE.sub(r"\1", html.unescape(unquote(text)))
        if plain == text:
            break
        text = plain
    return text


def named_files(text: str, folder: str, files: Iterable[str]) -> set[str]:
    """The files among `files` in `folder` or below whose name `text` mentions."""
    plain = _plain(text)
    return {path for path in files if path.startswith(folder + "/") and posixpath.basename(path) in plain}

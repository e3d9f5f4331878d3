"""WordPress shortcodes ([caption …]…[/caption], [gallery ids="1,2"], [embed]…[/embed]) found in a post.

The patterns follow WordPress's own get_shortcode_regex() and shortcode_parse_atts():
a shortcode is `[name attributes]`, optionally with content and `[/name]`; `[[name]]`
is the escaped, literal text `[name]`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

_SHORTCODE = re.compile(
    r"\[(?P<open>\[?)(?P<name>[A-Za-z][\w-]*)(?![\w-])(?P<attributes>[^\]/]*(?:/(?!\])[^\]/]*)*?)"
    r"(?:(?P<closed>/)\]|\](?:(?P<content>.*?)\[/(?P=name)\])?)(?P<close>\]?)",
    re.DOTALL,
)
_ATTRIBUTE = re.compile(
    r"""([\w-]+)\s*=\s*"([^"]*)"(?:\s|$)|([\w-]+)\s*=\s*'([^']*)'(?:\s|$)|([\w-]+)\s*=\s*([^\s'"]+)(?:\s|$)"""
    r"""|"([^"]*)"(?:\s|$)|'([^']*)'(?:\s|$)|(\S+)(?:\s|$)""")


@dataclass(frozen=True)
class Shortcode:
    name: str
    attributes: dict[str, str]
    """Named attributes, lower-cased names; positional ones under "0", "1", …"""
    content: str | None
    """What stands between [name] and [/name]; None for a shortcode without a closing tag."""
    text: str
    """The shortcode as written."""


def _attributes(text: str) -> dict[str, str]:
    found: dict[str, str] = {}
    position = 0
    for match in _ATTRIBUTE.finditer(text.replace("\u00a0", " ")):
        groups = match.groups()
        for name_index in (0, 2, 4):
            if groups[name_index]:
                found[groups[name_index].lower()] = groups[name_index + 1]
                break
        else:
            found[str(position)] = next(g for g in groups[6:] if g is not None)
            position += 1
    return found


def _is_shortcode(name: str, attributes: str, content: str | None, known: set[str]) -> bool:
    """Whether `[name …]` is meant as a shortcode: a known one, one with attributes (a=…) or a closing
    tag. A bare `[sic]` or `[1]` in a text is left as it stands."""
    return name.lower() in known or "=" in attributes or content is not None


def replace_shortcodes(text: str, handle: Callable[[Shortcode], str], known: set[str]) -> str:
    """`text` with each shortcode replaced by what `handle` returns for it."""
    def replace(match: re.Match) -> str:
        if match["open"] and match["close"]:
            return match.group(0)[1:-1]  # [[name]]: the literal text [name]
        name, attributes, content = match["name"], match["attributes"], match["content"]
        if not _is_shortcode(name, attributes, content, known):
            return match.group(0)
        found = Shortcode(name.lower(), _attributes(attributes), content, match.group(0))
        return match["open"] + handle(found) + match["close"]

    return _SHORTCODE.sub(replace, text)

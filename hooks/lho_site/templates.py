"""Our own Jinja environment, for HTML that is not a page of the theme: feeds, e-mail, data pages.

Unlike MkDocs' environment it escapes every value by default.
"""

from __future__ import annotations

from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

_MARKDOWN_SPECIAL = str.maketrans({char: "\\" + char for char in "\\`*_[]#|"})


def markdown_text(value: str) -> str:
    """Text that Markdown shows as it is: its special characters backslash-escaped."""
    return str(value).translate(_MARKDOWN_SPECIAL)


def environment(overrides: Path) -> Environment:
    env = Environment(loader=FileSystemLoader(overrides), autoescape=True, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    env.filters["md"] = markdown_text
    return env

"""Our own Jinja environment, for HTML that is not a page of the theme: feeds, e-mail, data pages.

Unlike MkDocs' environment it escapes every value by default.
"""

from __future__ import annotations

from pathlib import Path

from jinja2 import Environment, FileSystemBytecodeCache, FileSystemLoader, StrictUndefined

_MARKDOWN_SPECIAL = str.maketrans({char: "\\" + char for char in "\\`*_[]#|"})


def markdown_text(value: str) -> str:
    """Text that Markdown shows as it is: its special characters backslash-escaped."""
    return str(value).translate(_MARKDOWN_SPECIAL)


def environment(overrides: Path, root: Path) -> Environment:
    env = Environment(loader=FileSystemLoader(overrides), autoescape=True, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
                      bytecode_cache=bytecode_cache(root, "ours"))
    env.filters["md"] = markdown_text
    return env


def bytecode_cache(root: Path, environment_name: str) -> FileSystemBytecodeCache:
    """Compiled templates in .cache/jinja/<environment>/. MkDocs makes a new Jinja environment for
    every build, which compiles Material's 50 templates again each time (a third of a preview
    rebuild). Jinja still reads every template and uses the compiled code only if the source is
    unchanged. One folder per environment: the same template compiles differently with autoescape."""
    folder = root / ".cache" / "jinja" / environment_name
    folder.mkdir(parents=True, exist_ok=True)
    return FileSystemBytecodeCache(str(folder))

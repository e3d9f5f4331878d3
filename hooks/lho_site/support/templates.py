"""Our own Jinja environment, for HTML that is not a page of the theme: feeds, e-mail, data pages.

Unlike MkDocs' environment it escapes every value by default.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import jinja2
from jinja2 import Environment, FileSystemBytecodeCache, FileSystemLoader, StrictUndefined

_MARKDOWN_SPECIAL = str.maketrans({char: "\\" + char for char in "\\`*_[]#|"})


def markdown_text(value: str) -> str:
    """Text that Markdown shows as it is: its special characters backslash-escaped."""
    return str(value).translate(_MARKDOWN_SPECIAL)


def environment(overrides: Path, root: Path) -> Environment:
    env = Environment(loader=FileSystemLoader(overrides), autoescape=True, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    env.filters["md"] = markdown_text
    env.bytecode_cache = bytecode_cache(root, env)
    return env


def bytecode_cache(root: Path, env: Environment) -> FileSystemBytecodeCache:
    """Compiled templates in .cache/jinja/<settings>/. MkDocs makes a new Jinja environment for
    every build, which compiles Material's 50 templates again each time (a third of a preview
    rebuild). Jinja still reads every template and uses the compiled code only if the source is
    unchanged; the folder is named by what else the compiled code depends on: the Jinja version,
    the extensions (compiled code names them) and the syntax settings, autoescape among them."""
    settings = (jinja2.__version__, sorted(env.extensions), env.autoescape, env.trim_blocks, env.lstrip_blocks,
                env.keep_trailing_newline, env.block_start_string, env.variable_start_string)
    folder = root / ".cache" / "jinja" / hashlib.sha256(repr(settings).encode()).hexdigest()[:16]
    folder.mkdir(parents=True, exist_ok=True)
    return FileSystemBytecodeCache(str(folder))

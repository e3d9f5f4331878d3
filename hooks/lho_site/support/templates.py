"""Our own Jinja environment, for HTML that is not a page of the theme: feeds, e-mail, data pages.

Unlike MkDocs' environment it escapes every value by default.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import jinja2
from jinja2 import Environment, FileSystemBytecodeCache, FileSystemLoader, StrictUndefined
from markupsafe import Markup

_MARKDOWN_SPECIAL = str.maketrans({char: "\\" + char for char in "\\`*_{}[]()#+-.!|"})


def markdown_text(value: str) -> str:
    """Text that Markdown shows as it is, on one line: every character Python-Markdown (or an extension:
    attr_list's {: …}, tables' |) gives a meaning backslash-escaped, and line breaks made spaces, so that
    no value starts a list, a heading or a block of HTML. `<` and `&` the environment escapes."""
    return " ".join(str(value).split()).translate(_MARKDOWN_SPECIAL)


@jinja2.pass_context
def _one_line_in_markdown(context, value):
    """In a data page's Markdown (overrides/pages/*.md) every value stays on its line: a value with a
    blank line in it would otherwise end a block of HTML there and start Markdown of its own."""
    if isinstance(value, str) and not isinstance(value, Markup) and (context.name or "").endswith(".md"):
        return " ".join(value.split())
    return value


def environment(overrides: Path, root: Path) -> Environment:
    env = Environment(loader=FileSystemLoader(overrides), autoescape=True, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True, finalize=_one_line_in_markdown)
    env.filters["md"] = markdown_text
    env.bytecode_cache = bytecode_cache(root, env)
    return env


def bytecode_cache(root: Path, env: Environment) -> FileSystemBytecodeCache:
    """Compiled templates in .cache/jinja/<settings>/. MkDocs makes a new Jinja environment for
    every build, which compiles Material's 50 templates again each time (a third of a preview
    rebuild). Jinja still reads every template and uses the compiled code only if the source is
    unchanged; the folder is named by what else the compiled code depends on: the Jinja version,
    the extensions (compiled code names them) and the syntax settings, autoescape and finalize among them."""
    settings = (jinja2.__version__, sorted(env.extensions), env.autoescape, env.trim_blocks, env.lstrip_blocks,
                env.keep_trailing_newline, env.block_start_string, env.variable_start_string, bool(env.finalize))
    folder = root / ".cache" / "jinja" / hashlib.sha256(repr(settings).encode()).hexdigest()[:16]
    folder.mkdir(parents=True, exist_ok=True)
    return FileSystemBytecodeCache(str(folder))

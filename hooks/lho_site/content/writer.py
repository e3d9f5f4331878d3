"""Writing content files the way CONTRIBUTING.md shows them, for every tool that writes one.

`make nieuw` (lho_tools/new_post.py) and the WordPress import write front matter here, in
the order of the schema and in the style of the examples an editor copies: texts of the
front matter in double quotes, lists of names as [A, B], paragraphs as a | block, dates as
2024-04-17. Each kind says how its values are written (content/kinds.py); what is written
reads back, with the build's own reader, as exactly the values given (tests/unit/test_writer.py).
The web editor writes in the same style in JavaScript (overrides/beheer/formats.js), from the
same kinds (cms_config.py `format_settings`).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from typing import Any

import yaml

from . import yaml_lines
from .fields import Field
from .kinds import KINDS
from .schema import Schema

_INDENT = "  "


def _reads_back(text: str, in_list: bool) -> bool:
    """Whether `text`, unquoted, reads back as that text with the build's reader and with PyYAML's own
    (YAML 1.1: 15:00 would be a number there, 2024-04-17 a date), also inside a [list]."""
    written = f"x: [{text}]\n" if in_list else f"x: {text}\n"
    wanted = {"x": [text] if in_list else text}
    try:
        return yaml_lines.load(written) == wanted and yaml.load(written, Loader=yaml.SafeLoader) == wanted
    except (yaml_lines.YamlSyntaxError, yaml.YAMLError):
        return False


def scalar(value: Any, quoted: bool = False, in_list: bool = False) -> str:
    """One value on one line: in double quotes when asked or when plain YAML would read it otherwise."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.datetime):
        return f"{value:%Y-%m-%d %H:%M}"
    if isinstance(value, (int, dt.date)):
        return str(value)
    text = str(value)
    if quoted or not text or text != text.strip() or not _reads_back(text, in_list):
        return json.dumps(text, ensure_ascii=False)  # JSON's strings are YAML's double-quoted scalars
    return text


def _lines(name: str, field: Field | None, value: Any, indent: str, top_level: bool) -> list[str]:
    """The lines of `name: value` for `value` of `field`."""
    kind = KINDS[field.kind] if field else None
    fields = {f.name: f for f in (field.fields if field else ())}
    if isinstance(value, Mapping):
        return [f"{indent}{name}:", *_mapping(value, fields, indent + _INDENT)]
    if isinstance(value, (list, tuple)) and any(isinstance(item, Mapping) for item in value):
        lines = [f"{indent}{name}:"]
        for item in value:
            first, *rest = _mapping(item, fields, indent + _INDENT * 2)
            lines += [f"{indent}{_INDENT}- {first.lstrip()}", *rest]
        return lines
    if isinstance(value, (list, tuple)):
        return [f"{indent}{name}: [" + ", ".join(scalar(_data(kind, item), in_list=True) for item in value) + "]"]
    if kind and kind.block and isinstance(value, str) and "\n" in value.strip("\n"):
        return [f"{indent}{name}: |", *(f"{indent}{_INDENT}{line}" if line.strip() else ""
                                       for line in value.strip("\n").split("\n"))]
    return [f"{indent}{name}: " + scalar(_data(kind, value), quoted=bool(kind and kind.quoted and top_level))]


def _data(kind, value: Any) -> Any:
    """A parsed value as the YAML data an editor writes (a Moment as 2024-04-17 10:30)."""
    if kind and kind.data and not isinstance(value, (str, int, dt.date)):
        return kind.data(value)
    return value


def _mapping(values: Mapping[str, Any], fields: Mapping[str, Field], indent: str, top_level: bool = False) -> list[str]:
    """The lines of `values`, in the order of `fields` (then any others)."""
    order = [name for name in fields if name in values] + [name for name in values if name not in fields]
    return [line for name in order for line in _lines(name, fields.get(name), values[name], indent, top_level)]


def front_matter(schema: Schema, values: Mapping[str, Any]) -> str:
    """The front matter of a page of `schema` (a post, a portrait), between its --- lines."""
    return "---\n" + "".join(line + "\n" for line in _mapping(values, {f.name: f for f in schema.fields}, "",
                                                                top_level=True)) + "---\n"


def page(schema: Schema, values: Mapping[str, Any], body: str) -> str:
    """A whole Markdown page: front matter, a blank line, the text."""
    return front_matter(schema, values) + ("\n" + body.strip("\n") + "\n" if body.strip() else "")


def field_line(schema: Schema, name: str, value: Any) -> str:
    """The line `name: value` of a field of `schema`, as front_matter writes it: what a tool tells an editor to
    paste in."""
    return "\n".join(_lines(name, next((f for f in schema.fields if f.name == name), None), value, "", True))

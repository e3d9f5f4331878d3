"""The build's problems as the web editor shows them under `make beheer`: in the form's words.

A problem names a file, a line and YAML keys ("voeg place: toe"); an editor in the form sees
labels ("Plaats"). For a problem in a file the editor edits (a post, a portrait, a data file of
the schema), the field is found from the key on the problem's line and the keys it is indented
under, and the message names the schema's labels instead of its keys. beheer.js lists them
above the form, each with a link to its entry.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import PurePosixPath

from ..content.fields import Field
from ..content.problems import Problem
from ..content.schema import ALL, Schema

FILE = "problemen.json"
"""Next to the editor's page: what beheer.js reads."""
_KEY = re.compile(r"^(\s*(?:- )?)([A-Za-z_][A-Za-z0-9_]*):(?:\s|$)")


def _schema_of(path: str) -> tuple[Schema, str] | None:
    """The schema of the file at `path` and the entry's name in the editor (a page's slug, a data file's name)."""
    for schema in ALL:
        if schema.is_pages and path.startswith(schema.path) and "/" not in path[len(schema.path):]:
            return schema, PurePosixPath(path).stem
        if path == schema.path:
            return schema, schema.name
    return None


def key_path(lines: list[str], line: int) -> list[str]:
    """The keys leading to line `line` (1-based): its own key and those it is indented under."""
    keys, indent = [], None
    for text in reversed(lines[:line]):
        match = _KEY.match(text)
        if not match:
            continue
        width = len(match[1])
        if indent is None or width < indent:
            keys.insert(0, match[2])
            indent = width
            if width == 0:
                break
    return keys


def _field(schema: Schema, keys: list[str]) -> list[Field]:
    """The fields along `keys` (the longest path of them the schema knows)."""
    fields, found = schema.fields, []
    for key in keys:
        field = next((f for f in fields if f.name == key), None)
        if field is None:
            if found:
                break
            continue  # a list's key above the record (data/people.yml: none), or the top of a data file
        found.append(field)
        fields = field.fields
    return found


def _all_fields(fields: Iterable[Field]) -> Iterator[Field]:
    for field in fields:
        yield field
        yield from _all_fields(field.fields)


def in_form_words(text: str, schema: Schema) -> str:
    """`text` with the schema's keys ('place', `place`, place:) as the form's labels ('Plaats')."""
    for field in sorted(_all_fields(schema.fields), key=lambda f: -len(f.name)):
        name, label = re.escape(field.name), f"'{field.label}'"
        text = re.sub(rf"'{name}'|`{name}`|\b{name}:(?!//)", label, text)
    return text


def editor_problems(problems: Iterable[Problem], read: Callable[[str], str | None]) -> list[dict]:
    """Each problem for the editor: its file and line, the entry and field when the editor edits that file,
    and the message in the form's words. `read(path)`: the file's text, or None."""
    shown = []
    for problem in sorted(problems):
        entry = {"file": problem.path, "line": problem.line, "message": f"{problem.what} — {problem.fix}"}
        found = _schema_of(problem.path)
        if found:
            schema, name = found
            text = read(problem.path) or ""
            fields = _field(schema, key_path(text.splitlines(), problem.line))
            entry |= {"collection": schema.name, "entry": name,
                      "field": " › ".join(field.label for field in fields) or None,
                      "message": in_form_words(entry["message"], schema)}
        shown.append(entry)
    return shown

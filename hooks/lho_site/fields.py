"""Typed fields of front matter and data files, checked with Dutch messages.

A record (a post's front matter, one entry of a data file) is described by a
list of `Field`s. `read_record` checks every field, reports every problem with
its file line, and returns the parsed values, or None when anything was wrong.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .problems import Problems
from .yaml_lines import LineDict, LineList


class FieldError(Exception):
    """A value that does not fit its field; `line` when it is not the key's line."""

    def __init__(self, what: str, fix: str, line: int | None = None) -> None:
        super().__init__(what)
        self.what = what
        self.fix = fix
        self.line = line


class FieldErrors(FieldError):
    """Several problems inside one field (items of a list, keys of a block)."""

    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__(errors[0].what, errors[0].fix, errors[0].line)
        self.errors = errors


Parser = Callable[[Any, str], Any]


@dataclass(frozen=True)
class Field:
    name: str
    parse: Parser
    required: bool = False
    example: str = ""


def paragraphs(value: str) -> list[str]:
    """Plain text from data as paragraphs: a blank line starts a new one."""
    return [p.strip() for p in value.split("\n\n") if p.strip()]


def _describe(value: Any) -> str:
    if value is None:
        return "leeg"
    if isinstance(value, bool):
        return "ja/nee-waarde"
    if isinstance(value, (list, tuple)):
        return "lijst"
    if isinstance(value, dict):
        return "blok met velden"
    if isinstance(value, (int, float)):
        return "getal"
    return "tekst"


def text(value: Any, name: str) -> str:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        raise FieldError(
            f"'{name}' moet tekst zijn, maar is een {_describe(value)}",
            f"schrijf de tekst tussen aanhalingstekens: {name}: \"…\"",
        )
    if not value.strip():
        raise FieldError(f"'{name}' is leeg", f"vul '{name}' in of laat de regel weg als het veld niet verplicht is")
    return value.strip()


def boolean(value: Any, name: str) -> bool:
    if not isinstance(value, bool):
        raise FieldError(
            f"'{name}' moet true of false zijn, maar is '{value}'",
            f"schrijf {name}: true of {name}: false",
        )
    return value


def whole_number(value: Any, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise FieldError(
            f"'{name}' moet een heel getal groter dan 0 zijn, maar is '{value}'",
            f"schrijf alleen cijfers, bijvoorbeeld {name}: 12",
        )
    return value


def one_of(choices: Mapping[str, Any], unknown: str) -> Parser:
    """A text that must name one of `choices`; returns the chosen object. `unknown`: "onbekende categorie"."""

    def parse(value: Any, name: str) -> Any:
        key = text(value, name)
        if key not in choices:
            close = difflib.get_close_matches(key, list(choices), n=1)
            hint = f"bedoel je '{close[0]}'? " if close else ""
            raise FieldError(
                f"{unknown} '{key}'",
                f"{hint}kies uit: {', '.join(choices)}",
            )
        return choices[key]

    return parse


def named(known: Mapping[str, Any] | None, unknown: str) -> Parser:
    """`one_of(known)`, or any text when `known` is None: its data file is broken and reported
    on its own, so checking names against it would only add noise."""
    return text if known is None else one_of(known, unknown)


def list_of(item: Parser, example: str) -> Parser:
    """A YAML list whose items each pass `item`; one problem per bad item."""

    def parse(value: Any, name: str) -> list:
        if not isinstance(value, list):
            raise FieldError(
                f"'{name}' moet een lijst zijn, maar is een {_describe(value)}",
                f"schrijf het als lijst, bijvoorbeeld {name}: [{example}]",
            )
        if not value:
            raise FieldError(f"'{name}' is een lege lijst", f"noem er minstens één, bijvoorbeeld {name}: [{example}]")
        errors, parsed = [], []
        for index, entry in enumerate(value):
            try:
                parsed.append(item(entry, name))
            except FieldError as error:
                line = error.line or (value.line_of(index) if isinstance(value, LineList) else None)
                errors.append(FieldError(error.what, error.fix, line))
        if errors:
            raise FieldErrors(errors)
        return parsed

    return parse


def unique_items(parse: Parser, key: str) -> Parser:
    """A list (from `parse`) whose items' `key` must differ; each repeat is reported on its line."""

    def check(value: Any, name: str) -> list:
        parsed = parse(value, name)
        seen: set = set()
        errors = []
        for index, item in enumerate(parsed):
            if item[key] in seen:
                errors.append(FieldError(f"{key} {item[key]} staat er twee keer in", f"geef elk item een eigen {key}",
                                         value.line_of(index)))
            seen.add(item[key])
        if errors:
            raise FieldErrors(errors)
        return parsed

    return check


def block(fields: Sequence[Field], example: str) -> Parser:
    """A nested mapping (like `event:`) with fields of its own."""

    def parse(value: Any, name: str) -> dict:
        if not isinstance(value, LineDict):
            raise FieldError(
                f"'{name}' moet een blok met velden zijn, maar is een {_describe(value)}",
                f"schrijf de velden ingesprongen onder '{name}:', bijvoorbeeld {example}",
            )
        errors: list[FieldError] = []
        parsed = _check(value, fields, errors, prefix=f"{name}.")
        if errors:
            raise FieldErrors(errors)
        return parsed

    return parse


def _check(data: LineDict, fields: Sequence[Field], errors: list[FieldError], prefix: str = "") -> dict:
    known = {f.name: f for f in fields}
    parsed: dict[str, Any] = {}
    for key, line in getattr(data, "duplicate_keys", []):
        errors.append(FieldError(f"het veld '{prefix}{key}' staat er twee keer", "laat één van de twee regels staan", line))
    for key in data:
        if key not in known:
            close = difflib.get_close_matches(str(key), list(known), n=1)
            hint = f"bedoel je '{prefix}{close[0]}'? " if close else ""
            errors.append(FieldError(
                f"onbekend veld '{prefix}{key}'",
                f"{hint}toegestaan zijn: {', '.join(prefix + n for n in known)}",
                data.line_of(key),
            ))
    for field in fields:
        if field.name not in data:
            if field.required:
                errors.append(FieldError(
                    f"het verplichte veld '{prefix}{field.name}' ontbreekt",
                    f"voeg een regel toe, bijvoorbeeld {prefix}{field.name}: {field.example}",
                    data.line,
                ))
            continue
        try:
            parsed[field.name] = field.parse(data[field.name], prefix + field.name)
        except FieldErrors as many:
            errors.extend(_at(e, data.line_of(field.name)) for e in many.errors)
        except FieldError as error:
            errors.append(_at(error, data.line_of(field.name)))
    return parsed


def _at(error: FieldError, line: int) -> FieldError:
    return error if error.line else FieldError(error.what, error.fix, line)


def read_record(data: LineDict, fields: Sequence[Field], path: str, problems: Problems) -> dict | None:
    """Check `data` against `fields`; report to `problems`; None if anything was wrong."""
    errors: list[FieldError] = []
    parsed = _check(data, fields, errors)
    for error in errors:
        problems.add(path, error.line or data.line, error.what, error.fix)
    return None if errors else parsed

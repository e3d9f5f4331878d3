"""Fields of front matter and data files, described as data, checked with Dutch messages.

A kind of record (a post's front matter, one entry of a data file) is a tuple
of `Field`s: plain data — name, kind, whether it is required, a Dutch label and
help text, an example, the allowed values. `read_record` checks a record
against them and reports every problem with its file line; content/schema.py
holds the records of the site, and the field tables of the docs, `make nieuw`
and the web editor's forms are made from the same data.

Each kind of value is an object of content/kinds.py. A field that names other content
(`refers_to`: a category, an author, a promise …) is checked against the `Names` of one build.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .kinds import KINDS, FieldError, FieldErrors, describe, own_key
from .problems import Problems
from .yaml_lines import LineDict, LineList


@dataclass(frozen=True)
class Field:
    name: str
    kind: str
    """The name of its kind (content/kinds.py): how the value is written and read."""
    required: bool = False
    label: str = ""
    """Dutch, for tables and forms."""
    help: str = ""
    """Dutch: what the field is for, and how to write it."""
    example: str = ""
    """A value as an editor writes it in YAML."""
    choices: tuple[tuple[str, str], ...] = ()
    """Kind "choice": (value, Dutch label) pairs."""
    refers_to: str | None = None
    """Kind "reference": which names of the build (see Names)."""
    many: bool = False
    """A YAML list of such values (at least one)."""
    fields: tuple[Field, ...] = ()
    """Kind "block": its own fields."""
    unique: str | None = None
    """A list of blocks: the field whose value must differ between the items."""
    form_help: str = ""
    """Dutch, for the web editor's form, where `help` speaks of writing YAML; empty: `help` serves both."""
    attribute: str = ""
    """The attribute of the record that holds the value, when it is not called `name` (tests/unit/test_records.py)."""

    @property
    def choice_labels(self) -> dict[str, str]:
        return dict(self.choices)


Names = Mapping[str, Mapping[str, Any] | None]
"""What front matter may refer to, by kind ("categories", "authors", …): the name an editor
writes → the object. None where that data file is broken: names then go unchecked."""

UNKNOWN = {"categories": "onbekende categorie", "authors": "onbekende auteur", "promises": "onbekende belofte",
           "campaigns": "onbekende campagne", "networks": "onbekend netwerk", "people": "onbekende persoon",
           "regions": "onbekende regio"}


def paragraphs(value: str) -> list[str]:
    """Plain text from data as paragraphs: a blank line starts a new one."""
    return [p.strip() for p in value.split("\n\n") if p.strip()]

def _one_of(key: str, choices: Mapping[str, Any], unknown: str) -> Any:
    if key not in choices:
        close = difflib.get_close_matches(key, list(choices), n=1)
        hint = f"bedoel je '{close[0]}'? " if close else ""
        raise FieldError(f"{unknown} '{key}'", f"{hint}kies uit: {', '.join(choices)}")
    return choices[key]


def _parse_one(field: Field, value: Any, name: str, names: Names) -> Any:
    if field.kind == "block":
        return _block(field, value, name, names)
    parsed = KINDS[field.kind].parse(value, name)
    if field.kind == "choice":
        _one_of(parsed, field.choice_labels, f"onbekende {field.label.lower()}")
    if field.kind == "reference":
        known = names.get(field.refers_to)
        return parsed if known is None else _one_of(parsed, known, UNKNOWN[field.refers_to])
    return parsed


def _parse(field: Field, value: Any, name: str, names: Names) -> Any:
    if not field.many:
        return _parse_one(field, value, name, names)
    example = field.example.strip("[]") or "…"
    if not isinstance(value, list):
        raise FieldError(
            f"'{name}' moet een lijst zijn, maar is een {describe(value)}",
            f"schrijf het als lijst, bijvoorbeeld {own_key(name)}: [{example}]",
        )
    if not value:
        raise FieldError(f"'{name}' is een lege lijst", f"noem er minstens één, bijvoorbeeld {own_key(name)}: [{example}]")
    errors, parsed = [], []
    for index, entry in enumerate(value):
        try:
            parsed.append(_parse_one(field, entry, name, names))
        except FieldErrors as many:
            errors += many.errors
        except FieldError as error:
            line = error.line or (value.line_of(index) if isinstance(value, LineList) else None)
            errors.append(FieldError(error.what, error.fix, line))
    if field.unique and not errors:
        seen: set = set()
        for index, item in enumerate(parsed):
            key = item[field.unique]
            if key in seen:
                errors.append(FieldError(f"{field.unique} {key} staat er twee keer in",
                                         f"geef elk item een eigen {field.unique}", value.line_of(index)))
            seen.add(key)
    if errors:
        raise FieldErrors(errors)
    return parsed


def _block(field: Field, value: Any, name: str, names: Names) -> dict:
    """A nested mapping (like `event:`) with fields of its own."""
    if not isinstance(value, LineDict):
        example = ", ".join(f"{f.name}: …" for f in field.fields[:3])
        raise FieldError(
            f"'{name}' moet een blok met velden zijn, maar is een {describe(value)}",
            f"schrijf de velden ingesprongen onder '{name}:', bijvoorbeeld {example}",
        )
    errors: list[FieldError] = []
    parsed = _check(value, field.fields, names, errors, prefix=f"{name}.")
    if errors:
        raise FieldErrors(errors)
    return parsed


def _check(data: LineDict, fields: Sequence[Field], names: Names, errors: list[FieldError], prefix: str = "") -> dict:
    known = {f.name: f for f in fields}
    parsed: dict[str, Any] = {}
    for key, line in data.duplicate_keys:
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
                    f"voeg {f'onder {prefix[:-1]}: ' if prefix else ''}een regel toe, bijvoorbeeld "
                    f"{field.name}: {field.example}",
                    data.line,
                ))
            continue
        line = data.line_of(field.name)
        comment = data.comment_after(field.name)
        if comment and KINDS[field.kind].free_text:
            whole = f"{data[field.name]} {comment}".replace('"', "'")
            errors.append(FieldError(
                f"de tekst van '{prefix}{field.name}' stopt bij '#': in YAML begint daar een opmerking",
                f"zet de hele tekst tussen aanhalingstekens: {field.name}: {json.dumps(whole, ensure_ascii=False)}", line))
            continue
        try:
            parsed[field.name] = _parse(field, data[field.name], prefix + field.name, names)
        except FieldErrors as many:
            errors.extend(_at(e, line) for e in many.errors)
        except FieldError as error:
            errors.append(_at(error, line))
    return parsed


def _at(error: FieldError, line: int) -> FieldError:
    return error if error.line else FieldError(error.what, error.fix, line)


def read_record(data: LineDict, fields: Sequence[Field], names: Names, path: str, problems: Problems) -> dict | None:
    """Check `data` against `fields`; report to `problems`; None if anything was wrong."""
    errors: list[FieldError] = []
    parsed = _check(data, fields, names, errors)
    for error in errors:
        problems.add(path, error.line or data.line, error.what, error.fix)
    return None if errors else parsed


def _at_path(fields: Sequence[Field], path: str) -> Field:
    for part in path.split("."):
        field = next(f for f in fields if f.name == part)
        fields = field.fields
    return field


def _line_at(data: LineDict, path: str) -> int:
    *blocks, name = path.split(".")
    for block in blocks:
        data = data[block]
    return data.line_of(name)


def check_rules(rules: Sequence[Any], fields: Sequence[Field], record: dict, data: LineDict, path: str,
                problems: Problems) -> bool:
    """Check the rules between fields (content/rules.py) on a record whose fields were right."""
    def show(name: str, value: Any) -> str:
        return KINDS[_at_path(fields, name).kind].show(value)

    broken = [found for rule in rules if (found := rule.broken(record, show))]
    for where, what, fix in broken:
        problems.add(path, _line_at(data, where), what, fix)
    return not broken

"""Fields of front matter and data files, described as data, checked with Dutch messages.

A kind of record (a post's front matter, one entry of a data file) is a tuple
of `Field`s: plain data — name, kind, whether it is required, a Dutch label and
help text, an example, the allowed values. `read_record` checks a record
against them and reports every problem with its file line; content/schema.py
holds the records of the site, and the field tables of the docs, `make nieuw`
and the web editor's forms are made from the same data.

Each kind has one parser here. A field that names other content (`refers_to`:
a category, an author, a promise …) is checked against the `Names` of one build.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from markdown.extensions.toc import slugify

from .dates import AMSTERDAM, Moment
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


@dataclass(frozen=True)
class Field:
    name: str
    kind: str
    """One of KINDS: how the value is written and read."""
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


# Something that a browser would read as a tag or a character reference: plain-text fields
# are text everywhere, so markup in them is refused rather than shown differently in
# different places (Material's templates and its search show titles as HTML).
_MARKUP = re.compile(r"<[A-Za-z/!?]|&(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z]+);")


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
    if _MARKUP.search(value):
        code = _MARKUP.search(value).group(0)
        raise FieldError(
            f"'{name}' bevat HTML-code ('{code}…'); dit veld is gewone tekst",
            "haal de code weg; opmaak, links en afbeeldingen horen in de tekst van het bericht",
        )
    return value.strip()


def boolean(value: Any, name: str) -> bool:
    if not isinstance(value, bool):
        raise FieldError(
            f"'{name}' moet true of false zijn, maar is '{value}'",
            f"schrijf {name}: true of {name}: false",
        )
    return value


# Dutch numbers group thousands with a dot: 3.800 is three thousand eight hundred.
_DUTCH_THOUSANDS = re.compile(r"^\d{1,3}(\.\d{3})+$")


def whole_number(value: Any, name: str) -> int:
    if isinstance(value, str) and _DUTCH_THOUSANDS.match(value.strip()):
        value = int(value.strip().replace(".", ""))
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise FieldError(
            f"'{name}' moet een heel getal groter dan 0 zijn, maar is '{value}'",
            f"schrijf alleen cijfers, bijvoorbeeld {name}: 12",
        )
    return value


def slug(value: Any, name: str) -> str:
    """A URL part: lowercase letters, digits and hyphens."""
    raw = text(value, name)
    if slugify(raw, "-") != raw:
        raise FieldError(
            f"'{raw}' mag niet in een webadres staan",
            f"gebruik kleine letters, cijfers en streepjes, bijvoorbeeld {name}: {slugify(raw, '-') or 'mijn-bericht'}",
        )
    return raw


def amount(value: Any, name: str) -> str:
    """A number of people, or a short text with one ("ruim 30")."""
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return str(value)
    if isinstance(value, str) and re.search(r"\d", value):
        return text(value, name)
    raise FieldError(
        f"'{name}' moet een aantal zijn, maar is '{value}'",
        f"schrijf een getal, zoals {name}: 30, of een korte tekst met een getal, zoals {name}: \"ruim 30\"",
    )


_EMAIL = re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[A-Za-z]{2,}$")


def link(value: Any, name: str) -> str:
    """A web address (https://…) or an e-mail address, as a link target."""
    raw = text(value, name)
    if raw.startswith("mailto:") and _EMAIL.match(raw.removeprefix("mailto:").split("?")[0]):
        return raw
    if _EMAIL.match(raw):
        return "mailto:" + raw
    if re.match(r"^https?://[^\s/]+\.[^\s]+$", raw):
        return raw
    raise FieldError(
        f"'{raw}' is geen webadres en geen e-mailadres",
        f"schrijf een volledig webadres, zoals {name}: https://voorbeeld.nl/aanmelden, of een e-mailadres, "
        f"zoals {name}: info@voorbeeld.nl",
    )


def focus(value: Any, name: str) -> tuple[float, float]:
    """Where in a photo the important part is, from the left and from the top: "50% 30%"."""
    raw = text(value, name)
    match = re.fullmatch(r"(\d{1,3})\s*%\s+(\d{1,3})\s*%", raw)
    if not match or int(match[1]) > 100 or int(match[2]) > 100:
        raise FieldError(f"'{raw}' is geen plek op de foto",
                         f'schrijf {name}: "50% 30%": hoe ver van links en hoe ver van boven het belangrijkste staat')
    return int(match[1]) / 100, int(match[2]) / 100


def old_address(value: Any, name: str) -> str:
    """An address this site had before (on the old WordPress site), from its root: /2021/03/04/titel/ or /?p=123."""
    raw = text(value, name)
    parts = urlsplit(raw)
    if parts.scheme or parts.netloc:
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        raise FieldError(f"'{raw}' is een volledig webadres; hier hoort alleen het deel na de domeinnaam",
                         f"schrijf {path}")
    if not raw.startswith("/") or parts.fragment or re.search(r"\s", raw) or ".." in parts.path.split("/"):
        raise FieldError(f"'{raw}' is geen adres op deze site",
                         "schrijf het deel na de domeinnaam, beginnend met /, zoals /2021/03/04/titel/ of /?p=123")
    if parts.path == "/" and not parts.query:
        raise FieldError("'/' is de homepagina", "haal het weg; de homepagina blijft de homepagina")
    return raw


def quarter(value: Any, name: str) -> str:
    raw = text(value, name)
    if not re.fullmatch(r"\d{4}-[1-4]", raw):
        raise FieldError(f"'{raw}' is geen kwartaal", f'schrijf {name}: "JJJJ-K", bijvoorbeeld {name}: "2024-2"')
    return raw


# 2024-04-17, 2024-04-17 10:30 or, Dutch style, 2024-04-17 10.30; ISO 8601 with a T, seconds and an
# offset too. Read here rather than by datetime.fromisoformat, which takes "10.30" as 10.3 hours.
_MOMENT = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2})[:.](\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?)?$")
_TIME = re.compile(r"^(\d{1,2})[:.](\d{2})$")


def moment(value: Any, name: str) -> Moment:
    """A post's date: a day, or a day and a time, in Europe/Amsterdam unless an offset is given."""
    raw = text(value, name)
    match = _MOMENT.match(raw)
    try:
        if not match:
            raise ValueError(raw)
        year, month, day, hour, minute, second, offset = match.groups()
        when = dt.datetime(int(year), int(month), int(day), int(hour or 0), int(minute or 0), int(second or 0))
    except ValueError:
        raise FieldError(
            f"'{raw}' is geen bestaande datum",
            f"schrijf {name}: JJJJ-MM-DD (bijvoorbeeld 2024-04-17) of JJJJ-MM-DD UU:MM (bijvoorbeeld 2024-04-17 10:30)",
        ) from None
    if offset:
        when = dt.datetime.fromisoformat(when.isoformat() + offset.replace("Z", "+00:00"))
    else:
        when = when.replace(tzinfo=AMSTERDAM)
    return Moment(when.astimezone(AMSTERDAM), hour is not None)


def calendar_day(value: Any, name: str) -> dt.date:
    raw = text(value, name)
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw):
            raise ValueError(raw)
        return dt.date.fromisoformat(raw)
    except ValueError:
        raise FieldError(
            f"'{raw}' is geen bestaande datum",
            f"schrijf {name}: JJJJ-MM-DD, bijvoorbeeld 2021-03-04",
        ) from None


def clock_time(value: Any, name: str) -> dt.time:
    """15:00, or Dutch style 15.00."""
    raw = text(value, name)
    match = _TIME.match(raw)
    try:
        if not match:
            raise ValueError(raw)
        return dt.time(int(match[1]), int(match[2]))
    except ValueError:
        raise FieldError(
            f"'{raw}' is geen geldige tijd",
            f"schrijf {name}: \"UU:MM\", bijvoorbeeld {name}: \"15:00\"",
        ) from None


Parser = Callable[[Any, str], Any]
KINDS: dict[str, Parser] = {
    "text": text,
    "paragraphs": text,
    "boolean": boolean,
    "number": whole_number,
    "slug": slug,
    "amount": amount,
    "link": link,
    "quarter": quarter,
    "address": old_address,
    "date": calendar_day,
    "moment": moment,
    "time": clock_time,
    "image": text,
    "focus": focus,
    "id": text,
    "choice": text,
    "reference": text,
    "block": text,
}
"""Every kind a field can have, with the parser of one value (choices, references and blocks
are checked further by `_parse`). The web editor maps each kind to a widget."""

_TEXT_KINDS = {"text", "paragraphs", "image", "id"}


def _one_of(key: str, choices: Mapping[str, Any], unknown: str) -> Any:
    if key not in choices:
        close = difflib.get_close_matches(key, list(choices), n=1)
        hint = f"bedoel je '{close[0]}'? " if close else ""
        raise FieldError(f"{unknown} '{key}'", f"{hint}kies uit: {', '.join(choices)}")
    return choices[key]


def _parse_one(field: Field, value: Any, name: str, names: Names) -> Any:
    if field.kind == "block":
        return _block(field, value, name, names)
    parsed = KINDS[field.kind](value, name)
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
            f"'{name}' moet een lijst zijn, maar is een {_describe(value)}",
            f"schrijf het als lijst, bijvoorbeeld {name}: [{example}]",
        )
    if not value:
        raise FieldError(f"'{name}' is een lege lijst", f"noem er minstens één, bijvoorbeeld {name}: [{example}]")
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
            f"'{name}' moet een blok met velden zijn, maar is een {_describe(value)}",
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
                    f"voeg een regel toe, bijvoorbeeld {prefix}{field.name}: {field.example}",
                    data.line,
                ))
            continue
        line = data.line_of(field.name)
        comment = data.comment_after(field.name)
        if comment and field.kind in _TEXT_KINDS:
            whole = f"{data[field.name]} {comment}".replace('"', "'")
            errors.append(FieldError(
                f"de tekst van '{prefix}{field.name}' stopt bij '#': in YAML begint daar een opmerking",
                f"zet de hele tekst tussen aanhalingstekens: {field.name}: \"{whole}\"", line))
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

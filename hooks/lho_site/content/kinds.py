"""The kinds of value a field can hold, each one object: how it is read, checked and written.

A kind carries everything the site knows about its values: the parser the build checks
them with (a Dutch FieldError for what does not fit), the pattern the web editor's form
checks before saving (the same regular expression, where the parser is one), the widget
the form shows, whether the value is written in quotes or as a block of lines, how it is
written as YAML data, and a line of Dutch for the docs. content/fields.py reads records
with them, cms_config.py makes the form, content/writer.py writes files (`make nieuw`, the
WordPress import), and field_docs.py the table of kinds in CONTRIBUTING.md.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote, urlsplit

from markdown.extensions.toc import slugify

from .dates import AMSTERDAM, Moment, dutch_moment, dutch_time
from .link_targets import FIX as LINK_FIX
from .link_targets import link_problem


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


def own_key(name: str) -> str:
    """The field's own name in a line of YAML: `start` for event.start (advice is a line to write there)."""
    return name.rpartition(".")[2]


def describe(value: Any) -> str:
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
    if isinstance(value, (bytes, bytearray)):
        return "blok binaire gegevens (!!binary)"
    if isinstance(value, (dt.date, dt.datetime)):
        return "datum"
    return "tekst" if isinstance(value, str) else "andere soort waarde"


# Something that a browser would read as a tag or a character reference: plain-text fields
# are text everywhere, so markup in them is refused rather than shown differently in
# different places (Material's templates and its search show titles as HTML).
INVISIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u202a-\u202e\u2066-\u2069\ufffe\uffff]")
_MARKUP = re.compile(r"<[A-Za-z/!?]|&(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z]+);")


def text(value: Any, name: str) -> str:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        raise FieldError(
            f"'{name}' moet tekst zijn, maar is een {describe(value)}",
            f"schrijf de tekst tussen aanhalingstekens: {own_key(name)}: \"…\"",
        )
    if not value.strip():
        raise FieldError(f"'{name}' is leeg", f"vul '{name}' in of laat de regel weg als het veld niet verplicht is")
    invisible = INVISIBLE.search(value)
    if invisible:
        raise FieldError(f"'{name}' bevat een onzichtbaar stuurteken (U+{ord(invisible[0]):04X})",
                         "typ de tekst opnieuw (bij kopiëren uit een ander programma komt zo'n teken soms mee)")
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
            f"schrijf {own_key(name)}: true of {own_key(name)}: false",
        )
    return value


# Dutch numbers group thousands with a dot: 3.800 is three thousand eight hundred.
_DUTCH_THOUSANDS = re.compile(r"^\d{1,3}(\.\d{3}){1,5}$")


def whole_number(value: Any, name: str) -> int:
    if isinstance(value, str) and _DUTCH_THOUSANDS.match(value.strip()):
        value = int(value.strip().replace(".", ""))
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise FieldError(
            f"'{name}' moet een heel getal groter dan 0 zijn, maar is '{str(value)[:40]}'",
            f"schrijf alleen cijfers, bijvoorbeeld {own_key(name)}: 12",
        )
    return value


SLUG = re.compile(r"^[a-z0-9_]+(?:-[a-z0-9_]+)*$")
"""A part of a web address: lowercase letters, digits and underscores, with single hyphens between."""
MAX_NAME = 120
"""The longest part of a web address the site makes: a folder of that name must fit any file system."""


def slug(value: Any, name: str) -> str:
    raw = text(value, name)
    if len(raw) > MAX_NAME:
        raise FieldError(f"'{raw[:40]}…' is te lang voor een webadres ({len(raw)} tekens)",
                         f"kies een kortere naam, van hooguit {MAX_NAME} tekens")
    if not SLUG.match(raw):
        suggestion = slugify(raw, "-").strip("-") or "mijn-bericht"
        raise FieldError(f"'{raw}' mag niet in een webadres staan",
                         f"gebruik kleine letters, cijfers en streepjes, bijvoorbeeld {own_key(name)}: {suggestion}")
    return raw


def url_name(value: Any, name: str) -> str:
    """A name that also becomes part of a web address (a region's, a category's)."""
    raw = text(value, name)
    if len(raw) > MAX_NAME or len(slugify(raw, "-")) > MAX_NAME:
        raise FieldError(f"'{raw[:40]}…' is te lang: de naam wordt ook een deel van een webadres",
                         f"kies een kortere naam, van hooguit {MAX_NAME} tekens")
    return raw


_FEED_ID = re.compile(r"(?:https?://|tag:|urn:)[^\s\"<>\\^`{|}]+")
"""A feed id is a URI that names the item for good: a web address, a tag: or a urn:."""


def feed_id(value: Any, name: str) -> str:
    raw = text(value, name)
    if len(raw) > 300 or not _FEED_ID.fullmatch(raw):
        raise FieldError(f"'{raw[:60]}' is geen feed-id", "schrijf het oude adres van het bericht (https://…) of een "
                         'tag:-id, zoals "tag:levehetonderwijs.nl,2024:nieuws/2024-04-17-titel"')
    return raw


def amount(value: Any, name: str) -> str:
    """A number of people, or a short text with one ("ruim 30")."""
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return str(value)
    if isinstance(value, str) and re.search(r"\d", value):
        return text(value, name)
    raise FieldError(
        f"'{name}' moet een aantal zijn, maar is '{value}'",
        f"schrijf een getal, zoals {own_key(name)}: 30, of een korte tekst met een getal, zoals {own_key(name)}: \"ruim 30\"",
    )


LINK = re.compile(r"^(?:https?://[^\s/]+\.\S+|(?:mailto:)?[^@\s<>?]+@[^@\s<>?]+\.[A-Za-z]{2,}(?:\?\S*)?)$")
"""A web address, or an e-mail address (with mailto: and a ?subject=… if you like)."""


def link(value: Any, name: str) -> str:
    """A web address (https://…) or an e-mail address, as a link target."""
    raw = text(value, name)
    if not LINK.match(raw):
        raise FieldError(
            f"'{raw[:80]}' is geen webadres en geen e-mailadres",
            f"schrijf een volledig webadres, zoals {own_key(name)}: https://voorbeeld.nl/aanmelden, of een e-mailadres, "
            f"zoals {own_key(name)}: info@voorbeeld.nl",
        )
    target = raw if raw.startswith(("http", "mailto:")) else "mailto:" + raw
    problem = link_problem(target)
    if problem:
        raise FieldError(f"'{raw[:80]}': {problem}", LINK_FIX)
    return target


EMAIL = re.compile(r"^[^@\s<>?&:/\\\"']+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")
"""One e-mail address, no more: a template puts it after mailto:, so ?bcc=… would copy every visitor's mail."""


def email(value: Any, name: str) -> str:
    """An e-mail address on its own (kerngroep@levehetonderwijs.nl)."""
    raw = text(value, name)
    if not EMAIL.match(raw):
        raise FieldError(f"'{raw[:80]}' is niet één los e-mailadres",
                         f"schrijf alleen het adres, zoals {own_key(name)}: kerngroep@levehetonderwijs.nl "
                         "(zonder mailto: en zonder ? erachter)")
    return raw


def focus(value: Any, name: str) -> tuple[float, float]:
    """Where in a photo the important part is, from the left and from the top: "50% 30%"."""
    raw = text(value, name)
    match = re.fullmatch(r"(\d{1,3})\s*%\s+(\d{1,3})\s*%", raw)
    if not match or int(match[1]) > 100 or int(match[2]) > 100:
        raise FieldError(f"'{raw}' is geen plek op de foto",
                         f'schrijf {own_key(name)}: "50% 30%": hoe ver van links en hoe ver van boven het belangrijkste staat')
    return int(match[1]) / 100, int(match[2]) / 100


_UNWRITABLE = re.compile(r"[\x00-\x1f\x7f]")
_QUERY = re.compile(r"[A-Za-z0-9_-]+=[A-Za-z0-9_.-]+(?:&[A-Za-z0-9_-]+=[A-Za-z0-9_.-]+)*")
"""WordPress's queries: parameters with a value, like p=123 or page_id=7&lang=nl."""


def old_address(value: Any, name: str) -> str:
    """An address this site had before (on the old WordPress site), from its root: /2021/03/04/titel/ or /?p=123."""
    raw = text(value, name)
    parts = urlsplit(raw)
    if parts.scheme or parts.netloc:
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        raise FieldError(f"'{raw}' is een volledig webadres; hier hoort alleen het deel na de domeinnaam",
                         f"schrijf {path}")
    path = unquote(parts.path)
    segments = path.split("/")
    if (not raw.startswith("/") or parts.fragment or re.search(r"\s", raw) or _UNWRITABLE.search(unquote(raw))
            or "\\" in path or "" in segments[1:-1] or {".", ".."} & set(segments)):
        raise FieldError(f"'{raw[:80]}' is geen adres op deze site",
                         "schrijf het deel na de domeinnaam, beginnend met /, zoals /2021/03/04/titel/ of /?p=123 "
                         "(zonder // of /./ en zonder stuurtekens)")
    if any(len(segment.encode()) > MAX_NAME for segment in segments):
        raise FieldError(f"een deel van '{raw[:60]}…' is te lang voor een webadres",
                         f"een oud adres heeft delen van hooguit {MAX_NAME} tekens tussen de /")
    # A query is looked up by its parameters (lho-old-addresses.js): one without any would match every query.
    if parts.query and not _QUERY.fullmatch(parts.query):
        raise FieldError(f"de vraag na ? in '{raw}' noemt geen parameter met een waarde",
                         "schrijf het oude adres met zijn parameter, zoals /?p=123")
    if parts.path == "/" and not parts.query:
        raise FieldError("'/' is de homepagina", "haal het weg; de homepagina blijft de homepagina")
    return raw


def quarter(value: Any, name: str) -> str:
    raw = text(value, name)
    if not re.fullmatch(r"\d{4}-[1-4]", raw):
        raise FieldError(f"'{raw[:40]}' is geen kwartaal",
                         f'schrijf {own_key(name)}: "JJJJ-K", bijvoorbeeld {own_key(name)}: "2024-2"')
    _check_year(int(raw[:4]), raw, name)
    return raw


# 2024-04-17, 2024-04-17 10:30 or, Dutch style, 2024-04-17 10.30; ISO 8601 with a T, seconds and an
# offset too. Read here rather than by datetime.fromisoformat, which takes "10.30" as 10.3 hours.
YEARS = range(1900, 2200)
"""The years a date of the site may have: earlier or later is a typo (and beyond what calendars can say)."""


def _check_year(year: int, raw: str, name: str) -> None:
    if year not in YEARS:
        raise FieldError(f"het jaar in '{raw}' ligt buiten {YEARS.start}–{YEARS.stop - 1}",
                         f"controleer het jaartal van {name}")


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
            _as_written(name, raw, "moment")
            or f"schrijf {own_key(name)}: JJJJ-MM-DD (bijvoorbeeld 2024-04-17) of JJJJ-MM-DD UU:MM "
               "(bijvoorbeeld 2024-04-17 10:30)",
        ) from None
    _check_year(when.year, raw, name)
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
        day = dt.date.fromisoformat(raw)
    except ValueError:
        raise FieldError(
            f"'{raw}' is geen bestaande datum",
            _as_written(name, raw, "day") or f"schrijf {own_key(name)}: JJJJ-MM-DD, bijvoorbeeld 2021-03-04",
        ) from None
    _check_year(day.year, raw, name)
    return day


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
            _as_written(name, raw, "time")
            or f"schrijf {own_key(name)}: \"UU:MM\", bijvoorbeeld {own_key(name)}: \"15:00\"",
        ) from None


# How Dutch people write a day and a time: 3-4-2026, 03/04/2026, 3.4.2026; 19.30, 19u30, 19:30 uur.
_DUTCH_DAY = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})")
_DUTCH_TIME = re.compile(r"(\d{1,2})\s*[:.u]\s*(\d{2})(?:\s*(?:uur|u))?", re.IGNORECASE)


def _as_written(name: str, raw: str, want: str) -> str | None:
    """For a `want` ("day", "moment" or "time") written the Dutch way, the line to write instead; else None."""
    day_part, _, time_part = raw.strip().partition(" ") if want != "time" else ("", "", raw.strip())
    day = _DUTCH_DAY.fullmatch(day_part)
    clock = _DUTCH_TIME.fullmatch(time_part.removeprefix("om ").strip())
    if (want == "time" and not clock) or (want != "time" and not day) or (time_part and not clock) \
            or (want == "day" and time_part):
        return None
    try:
        written = dt.date(int(day[3]), int(day[2]), int(day[1])).isoformat() if day else ""
        if clock:
            written = f"{written} {dt.time(int(clock[1]), int(clock[2])):%H:%M}".strip()
    except ValueError:
        return None
    return f'schrijf {own_key(name)}: "{written}"' if want == "time" else f"schrijf {own_key(name)}: {written}"


def _iso(value: Any) -> str:
    return value.isoformat()


def _moment_text(value: Moment) -> str:
    return f"{value.when:%Y-%m-%d %H:%M}" if value.has_time else value.day.isoformat()


@dataclass(frozen=True)
class Kind:
    """One kind of value (see the module's docstring)."""

    name: str
    label: str
    """Dutch: what the docs call it."""
    parse: Callable[[Any, str], Any]
    """The value as the build reads it, or a FieldError in Dutch."""
    describe: str
    """Dutch, for the docs: how a value of this kind is written."""
    widget: Mapping[str, Any] = field(default_factory=lambda: {"widget": "string"})
    """The web editor's widget (Decap CMS), for kinds whose form field does not depend on the field."""
    pattern: tuple[str, str] | None = None
    """(regular expression, Dutch hint) that the form checks before saving; the parser agrees with it."""
    quoted: bool = False
    """Written in double quotes in front matter, as CONTRIBUTING.md shows texts."""
    block: bool = False
    """Written as a block of lines (`|`), a blank line between paragraphs."""
    data: Callable[[Any], Any] | None = None
    """A parsed value back as YAML data (a date as 2024-04-17); None: as it is."""
    show: Callable[[Any], str] = str
    """A parsed value in a Dutch sentence (a rule's message)."""
    free_text: bool = False
    """Any text: a # in it, unquoted, starts a YAML comment that cuts it off (the build says so)."""


def _datetime(saved: str, day: str | bool, time: str | bool) -> dict:
    """Decap's date and time widget: the format it saves (one the parser reads), how it shows day and time."""
    return {"widget": "datetime", "format": saved, "date_format": day, "time_format": time, "picker_utc": False}


KINDS: dict[str, Kind] = {kind.name: kind for kind in (
    Kind("text", "tekst", text, "gewone tekst op één regel; met een dubbele punt of # erin tussen aanhalingstekens",
         quoted=True, free_text=True),
    Kind("paragraphs", "alinea's", text, "gewone tekst, eventueel over meer regels: schrijf | en de tekst ingesprongen op de "
         "regels eronder; een lege regel begint een nieuwe alinea", widget={"widget": "text"}, block=True,
         free_text=True),
    Kind("boolean", "ja/nee", boolean, "true of false", widget={"widget": "boolean"}),
    Kind("number", "getal", whole_number, "een heel getal, zoals 12 of 3.400",
         widget={"widget": "number", "value_type": "int", "min": 1}),
    Kind("slug", "webadresdeel", slug, "kleine letters, cijfers en streepjes, zoals mijn-bericht",
         pattern=(SLUG.pattern, "kleine letters, cijfers en streepjes, zoals mijn-bericht")),
    Kind("amount", "aantal", amount, 'een getal, of een korte tekst met een getal, zoals "ruim 30"',
         pattern=("[0-9]", "een getal, of een korte tekst met een getal, zoals ruim 30")),
    Kind("link", "webadres of e-mail", link, "een volledig webadres (https://…) of een e-mailadres",
         pattern=(LINK.pattern, "een volledig webadres (https://…) of een e-mailadres")),
    Kind("email", "e-mailadres", email, "één e-mailadres, zoals info@voorbeeld.nl",
         pattern=(EMAIL.pattern, "één e-mailadres, zoals info@voorbeeld.nl")),
    Kind("quarter", "kwartaal", quarter, 'jaar en kwartaal tussen aanhalingstekens, zoals "2024-2"', quoted=True,
         pattern=("^[0-9]{4}-[1-4]$", "jaar en kwartaal, zoals 2024-2")),
    Kind("address", "oud adres", old_address, "het deel van een oud webadres na de domeinnaam, beginnend met /",
         pattern=(r"^/\S*$", "het deel na de domeinnaam, beginnend met /, zoals /2021/03/04/titel/")),
    Kind("date", "datum", calendar_day, "een dag als JJJJ-MM-DD, zoals 2021-03-04",
         widget=_datetime("YYYY-MM-DD", "YYYY-MM-DD", False), data=_iso, show=lambda day: day.isoformat()),
    Kind("moment", "datum en tijd", moment, "een dag als JJJJ-MM-DD, of met een tijd als JJJJ-MM-DD UU:MM (Nederlandse tijd)",
         widget=_datetime("YYYY-MM-DD HH:mm", "YYYY-MM-DD", "HH:mm"), data=_moment_text, show=dutch_moment),
    Kind("time", "tijd", clock_time, 'een tijd als "UU:MM" tussen aanhalingstekens, zoals "15:00"', quoted=True,
         widget=_datetime("HH:mm", False, "HH:mm"), data=lambda time: f"{time:%H:%M}", show=dutch_time),
    Kind("image", "foto", text, "het pad van een foto vanaf het bestand, zoals fotos/bijeenkomst.jpg",
         widget={"widget": "image", "choose_url": False}, free_text=True),
    Kind("focus", "plek op de foto", focus, 'hoe ver van links en hoe ver van boven, zoals "50% 30%"', quoted=True,
         pattern=(r"^[0-9]{1,3}\s*%\s+[0-9]{1,3}\s*%$", "hoe ver van links en hoe ver van boven, zoals 50% 30%"),
         data=lambda place: f"{round(place[0] * 100)}% {round(place[1] * 100)}%"),
    Kind("id", "vaste id", feed_id, "een vast webadres (https://…) of tag:-id dat nooit verandert", quoted=True),
    Kind("name", "naam in een webadres", url_name, f"gewone tekst op één regel, hooguit {MAX_NAME} tekens (de naam wordt ook een "
         "webadres)", quoted=True, free_text=True),
    Kind("choice", "keuze", text, "één van de genoemde waarden"),
    Kind("reference", "naam", text, "een naam uit een ander gegevensbestand (zie het veld)"),
    Kind("block", "blok", text, "velden ingesprongen onder de naam van het veld"),
)}
"""Every kind a field can have. Choices, references and blocks are checked further by content/fields.py
(against the field's choices, the build's names, the block's fields); their form field depends on the field."""

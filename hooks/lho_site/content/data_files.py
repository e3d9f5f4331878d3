"""Reading the YAML files in data/: parse, check the shape, report with lines."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from . import yaml_lines
from .fields import Names, read_record
from .files import is_hidden
from .problems import Problems
from .schema import Schema
from .yaml_lines import LineDict, LineList

UNREADABLE = object()
WORDPRESS_RECORD = "data/wordpress-import.yml"
"""What `make importeer-wordpress` wrote (hooks/lho_tools/wordpress/): the tool's own, which the site does not read."""


def read_yaml(root: Path, relative: str, problems: Problems):
    """Parse one YAML file of the project; UNREADABLE (and a problem) when it cannot be read."""
    try:
        source = (root / relative).read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        problems.add(relative, 1, "dit bestand ontbreekt", "zet het bestand terug (zie de README voor de velden)")
        return UNREADABLE
    except (UnicodeDecodeError, IsADirectoryError):
        problems.add(relative, 1, "dit bestand is geen UTF-8-tekst",
                     "sla het bestand op als UTF-8 (in de GitHub-editor gaat dat vanzelf)")
        return UNREADABLE
    try:
        return yaml_lines.load(source)
    except yaml_lines.YamlSyntaxError as error:
        problems.add(relative, error.line, *error.explain("dit bestand"))
        return UNREADABLE


def read_mapping(root: Path, schema: Schema, names: Names, problems: Problems) -> dict | None:
    """A data file that is one record (like data/site.yml)."""
    relative = schema.path
    data = read_yaml(root, relative, problems)
    if data is UNREADABLE:
        return None
    if not isinstance(data, LineDict):
        problems.add(relative, 1, "dit bestand moet velden bevatten (naam: waarde)",
                     "begin elke regel met een veldnaam, zoals in de README")
        return None
    return read_record(data, schema.fields, names, relative, problems)


def read_entries(root: Path, schema: Schema, names: Names, problems: Problems) -> list[tuple[int, dict]]:
    """A data file that is a list of records with a unique key; returns (line, record) pairs.

    A file with only comments (None to YAML) is an empty list: `[]` would have to be removed again
    before the first entry can be added below it.
    """
    relative, key = schema.path, schema.key
    data = read_yaml(root, relative, problems)
    if data is UNREADABLE or data is None:
        return []
    if not isinstance(data, LineList):
        problems.add(relative, 1, "dit bestand moet een lijst zijn", "begin elk item met '- ', zoals in de README")
        return []
    records, seen = [], {}
    for index, entry in enumerate(data):
        line = data.line_of(index)
        if not isinstance(entry, LineDict):
            problems.add(relative, line, "dit item heeft geen velden", f"schrijf het als '- {key}: …' met de velden eronder")
            continue
        record = read_record(entry, schema.fields, names, relative, problems)
        if record is None:
            continue
        if record[key] in seen:
            problems.add(
                relative, entry.line_of(key),
                f"'{record[key]}' staat er twee keer in (ook op regel {seen[record[key]]})",
                f"geef elk item een eigen {key}",
            )
            continue
        seen[record[key]] = entry.line_of(key)
        records.append((line, record))
    return records



def check_data_folder(root: Path, known: Iterable[str], problems: Problems) -> None:
    """Every file in data/ is one the site reads (`known`: their paths); another is a typo (regions.yaml)
    or a leftover, whose content would be lost without a word."""
    known = set(known)
    folder = root / "data"
    for path in sorted(folder.rglob("*")) if folder.is_dir() else ():
        relative = path.relative_to(root).as_posix()
        if path.is_file() and relative not in known and not is_hidden(path.name):
            problems.add(relative, 1, f"de site kent het gegevensbestand '{path.name}' niet en leest het niet",
                         "de site leest alleen " + ", ".join(sorted(p.removeprefix("data/") for p in known))
                         + "; controleer de naam (.yml, niet .yaml) of haal het bestand weg")

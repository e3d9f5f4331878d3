"""The field tables of CONTRIBUTING.md, written from the schema (content/schema.py).

Each table stands between `<!-- velden: NAME -->` and `<!-- /velden -->`, NAME being a
schema's name. `python -m lho_tools.field_docs` writes them anew; tests/test_editor_docs.py
fails when a table differs from the schema.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path

from lho_site.content.fields import Field
from lho_site.content.schema import ALL, Schema

DOCS = ("CONTRIBUTING.md",)
_TABLE = re.compile(r"(<!-- velden: (?P<name>[a-z]+) -->\n).*?(<!-- /velden -->)", re.DOTALL)


def _rows(fields: tuple[Field, ...], prefix: str = "") -> Iterator[str]:
    for field in fields:
        if field.example == "|":
            example = f"; schrijf `{field.name}: \\|` en de tekst ingesprongen op de regels eronder"
        elif field.example and field.kind != "block":
            example = f", bijvoorbeeld `{field.name}: {field.example}`"
        else:
            example = ""
        yield f"| `{prefix}{field.name}` | {'ja' if field.required else 'nee'} | {field.help}{example} |"
        if field.kind == "block":
            yield from _rows(field.fields, f"{prefix}{field.name}{'[]' if field.many else ''}.")


def table(schema: Schema) -> str:
    return "\n".join(["| veld | verplicht | wat |", "|---|---|---|", *_rows(schema.fields)]) + "\n"


def written(text: str) -> str:
    """`text` with every field table written from the schema."""
    schemas = {schema.name: schema for schema in ALL}
    return _TABLE.sub(lambda m: m.group(1) + table(schemas[m.group("name")]) + m.group(3), text)


def main(root: Path) -> int:
    for name in DOCS:
        path = root / name
        path.write_text(written(path.read_text(encoding="utf-8")), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path.cwd()))

"""The field tables of CONTRIBUTING.md, written from the schema (content/schema.py).

Each table stands between `<!-- velden: NAME -->` and `<!-- /velden -->`, NAME being a
schema's name; the rules between fields are said with the fields they concern. The table
of kinds (how a date, a time, a link … is written) stands between `<!-- soorten -->` and
`<!-- /soorten -->`. `python -m lho_tools.field_docs` writes them anew; tests/test_editor_docs.py
fails when a table differs from the schema.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path

from lho_site.content.fields import Field
from lho_site.content.kinds import KINDS
from lho_site.content.schema import ALL, Schema

DOCS = ("CONTRIBUTING.md",)
_TABLE = re.compile(r"(<!-- velden: (?P<name>[a-z]+) -->\n).*?(<!-- /velden -->)", re.DOTALL)
_KINDS = re.compile(r"(<!-- soorten -->\n).*?(<!-- /soorten -->)", re.DOTALL)


def _rows(fields: tuple[Field, ...], rules: tuple, prefix: str = "") -> Iterator[str]:
    for field in fields:
        if field.example == "|":
            example = f"; schrijf `{field.name}: \\|` en de tekst ingesprongen op de regels eronder"
        elif field.example and field.kind != "block":
            example = f", bijvoorbeeld `{field.name}: {field.example}`"
        else:
            example = ""
        said = [doc for rule in rules if (doc := rule.doc(prefix + field.name))]
        help_text = field.help + "".join(f"; {doc}" for doc in said)
        kind = KINDS[field.kind].label + (" (lijst)" if field.many else "")
        yield f"| `{prefix}{field.name}` | {'ja' if field.required else 'nee'} | {kind} | {help_text}{example} |"
        if field.kind == "block":
            yield from _rows(field.fields, rules, f"{prefix}{field.name}{'[]' if field.many else ''}.")


def table(schema: Schema) -> str:
    return "\n".join(["| veld | verplicht | soort | wat |", "|---|---|---|---|", *_rows(schema.fields, schema.rules)]) + "\n"


def kinds_table() -> str:
    """How a value of each kind is written (content/kinds.py)."""
    rows = [f"| {kind.label} | {kind.describe.replace('|', chr(92) + '|')} |" for kind in KINDS.values()]
    return "\n".join(["| soort | zo schrijf je het |", "|---|---|", *rows]) + "\n"


def written(text: str) -> str:
    """`text` with every field table, and the table of kinds, written from the schema."""
    schemas = {schema.name: schema for schema in ALL}
    text = _TABLE.sub(lambda m: m.group(1) + table(schemas[m.group("name")]) + m.group(3), text)
    return _KINDS.sub(lambda m: m.group(1) + kinds_table() + m.group(2), text)


def main(root: Path) -> int:
    for name in DOCS:
        path = root / name
        path.write_text(written(path.read_text(encoding="utf-8")), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path.cwd()))

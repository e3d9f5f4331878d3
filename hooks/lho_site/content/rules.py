"""Rules between fields, declared once in the schema (content/schema.py) and used by everyone.

A field's own kind says what one value may be (content/kinds.py); a rule says how two
fields go together: a photo needs its description, a meeting with a date needs a place,
it ends after it begins. The build checks the rules of a record after its fields (each
broken rule a Dutch line on the field's line), the web editor checks the same rules
before it saves (cms_config.py hands them to beheer.js with the form's labels), and the
field tables of CONTRIBUTING.md say them (lho_tools/field_docs.py).

Fields are named by their path in the record: "image", "event.end".
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any


def value_at(record: Mapping[str, Any], path: str) -> Any:
    """The value at a dotted path of a (parsed or written) record; None when it is not there."""
    value: Any = record
    for part in path.split("."):
        if not isinstance(value, Mapping) or part not in value:
            return None
        value = value[part]
    return value


@dataclass(frozen=True)
class Requires:
    """`field` must be there when `when` is."""

    field: str
    when: str
    what: str
    """Dutch: what is wrong, for the build's line (on the line of `when`)."""
    fix: str
    form_message: str = ""
    """Dutch, for the web editor, in the form's words; empty: one made from the fields' labels."""

    def broken(self, record: Mapping[str, Any], show: Callable[[str, Any], str]) -> tuple[str, str, str] | None:
        """(the field whose line it is, what, fix) when the rule does not hold for `record`."""
        if value_at(record, self.when) is not None and value_at(record, self.field) is None:
            return self.when, self.what, self.fix
        return None

    def form(self, label: Callable[[str], str]) -> dict:
        return {"rule": "requires", "field": self.field.split("."), "when": self.when.split("."),
                "message": self.form_message or f"Vul ook '{label(self.field)}' in: dat hoort bij '{label(self.when)}'."}

    def doc(self, field: str) -> str | None:
        """The rule as said in the docs, where it concerns `field`."""
        return f"verplicht als er een `{self.when}` is" if field == self.field else None


@dataclass(frozen=True)
class After:
    """`later` must come after `earlier`, when both are there."""

    later: str
    earlier: str
    what: str
    """Dutch, with {later} and {earlier}: the two values as shown in a sentence."""
    fix: str

    def broken(self, record: Mapping[str, Any], show: Callable[[str, Any], str]) -> tuple[str, str, str] | None:
        later, earlier = value_at(record, self.later), value_at(record, self.earlier)
        if later is None or earlier is None or _moment(later) > _moment(earlier):
            return None
        return self.later, self.what.format(later=show(self.later, later), earlier=show(self.earlier, earlier)), self.fix

    def form(self, label: Callable[[str], str]) -> dict:
        return {"rule": "after", "field": self.later.split("."), "when": self.earlier.split("."),
                "message": f"'{label(self.later)}' moet na '{label(self.earlier)}' liggen."}

    def doc(self, field: str) -> str | None:
        return f"moet na `{self.earlier}` liggen" if field == self.later else None


def _moment(value: Any) -> Any:
    """What to compare: a post's date (a Moment) by its time, a day or clock time as it is."""
    return getattr(value, "when", value)


Rule = Requires | After

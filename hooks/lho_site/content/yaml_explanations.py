"""Why YAML does not parse, in Dutch: the line to change, what is wrong and what to write instead.

libyaml (CSafeLoader) and PyYAML's SafeLoader word their problems differently but agree on
marks and tokens, so the diagnoses look at those and at the text; an English problem is
matched only where both loaders use the same words. Each diagnosis below recognises one
mistake editors make; the first that recognises the failure explains it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import yaml


def explain(text: str, error: yaml.MarkedYAMLError, loader: type) -> tuple[int, str, str]:
    """(line in `text`, counted from 0; what is wrong; what to write instead) for YAML that `loader`
    (the loader that failed) could not parse."""
    return _explain(_Failure.of(text, error, loader))


_Explanation = tuple[int, str, str]
"""(line in the YAML text, counted from 0; what is wrong; what to write instead)."""


@dataclass(frozen=True)
class _Failure:
    """Where the parser gave up: its error, the text's lines, and the tokens before and from there."""

    error: yaml.MarkedYAMLError
    mark: yaml.Mark
    lines: list[str]
    before: list[yaml.Token]
    after: list[yaml.Token]
    """From the mark on, without the block ends the parser closed there."""

    @classmethod
    def of(cls, text: str, error: yaml.MarkedYAMLError, loader: type) -> _Failure:
        mark = error.problem_mark or error.context_mark or yaml.Mark("", 0, 0, 0, None, None)
        where = (mark.line, mark.column)
        tokens = []
        try:
            for token in yaml.scan(text, Loader=loader):
                tokens.append(token)
        except yaml.YAMLError:
            pass  # a scanner error: the tokens before it are what we need
        # splitlines() breaks lines where YAML does, for any text that got past YAML's reader.
        return cls(error, mark, text.splitlines(),
                   [t for t in tokens if (t.start_mark.line, t.start_mark.column) < where],
                   [t for t in tokens if (t.start_mark.line, t.start_mark.column) >= where
                    and not isinstance(t, yaml.BlockEndToken)])

    def line(self, mark: yaml.Mark) -> str:
        return self.lines[mark.line] if mark.line < len(self.lines) else ""


def _explain(failure: _Failure) -> _Explanation:
    for diagnose in _DIAGNOSES:
        explanation = diagnose(failure)
        if explanation:
            return explanation
    return (failure.mark.line, f"de opbouw van deze regel klopt niet (vanaf kolom {failure.mark.column + 1})",
            "controleer de inspringing (spaties, geen tabs) en zet tekst die met een leesteken begint of een "
            "dubbele punt bevat tussen aanhalingstekens")


def _tab(failure: _Failure) -> _Explanation | None:
    mark = failure.mark
    if failure.line(mark)[mark.column:mark.column + 1] == "\t":
        return mark.line, f"er staat een tab (kolom {mark.column + 1}) waar YAML spaties verwacht", "vervang de tab door spaties"
    return None


def _block_text_on_its_first_line(failure: _Failure) -> _Explanation | None:
    """`intro: | Eerste alinea.` with the rest of the text indented below: after | or > the text starts below."""
    start = failure.error.context_mark
    if failure.error.context != "while scanning a block scalar" or not start:
        return None
    line = failure.line(start)
    below = next((text for text in failure.lines[start.line + 1:] if text.strip()), "")
    if _indent(below) <= _indent(line):
        return None  # not a block of text, but one line that starts with | or >: see _reserved_start
    char, text = line[start.column], line[start.column + 1:].strip()
    return (start.line, f"na {char} hoort de tekst pas op de regel eronder te beginnen",
            f"eindig de regel met {char} en zet '{text}' op een eigen regel eronder, ingesprongen zoals de tekst daar")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _starts_value(line: str, column: int) -> bool:
    """Whether `column` is where the value of `name: value` or `- value` begins."""
    before = line[:column]
    return before != before.rstrip() and before.rstrip().endswith((":", "-"))


_INDICATORS = "*&!@`%|>-?"
"""Characters that make YAML read a value as something other than text (an alias, a tag, a list…)."""


def _reserved_start(failure: _Failure) -> _Explanation | None:
    """`title: @gemeente` or `title: *Nieuw*`: a value that starts with one of the _INDICATORS."""
    for mark in filter(None, (failure.error.problem_mark, failure.error.context_mark)):
        line = failure.line(mark)
        char = line[mark.column:mark.column + 1]
        if char and char in _INDICATORS and _starts_value(line, mark.column):
            return (mark.line, f"de tekst begint met {char}, een teken dat in YAML iets anders betekent dan tekst",
                    _quoted(line, mark.column, len(line), line[mark.column:].rstrip()))
    return None


def _text_after_quotes(failure: _Failure) -> _Explanation | None:
    """`title: "Het "nieuwe" leren"`: the quoted text ends at the second quote, and more text follows."""
    if not (failure.before and failure.after):
        return None
    quoted, rest = failure.before[-1], failure.after[0]
    if not (isinstance(quoted, yaml.ScalarToken) and quoted.style in ("'", '"') and isinstance(rest, yaml.ScalarToken)
            and rest.start_mark.line == quoted.end_mark.line):
        return None
    start, line = quoted.start_mark, failure.line(quoted.start_mark)
    if start.line < quoted.end_mark.line:
        return _unclosed_quote(failure, start)
    if not _starts_value(line, start.column):
        return None
    # The value is the rest of the line: 'Onderwijsregio's: wat nu?' goes on after the token YAML saw.
    text = line[start.column:].rstrip()
    if len(text) > 1 and text.endswith(quoted.style):  # quotes around it all: they were meant to quote it
        text = text[1:-1]
    names = {'"': 'aanhalingstekens ("…")', "'": "apostrofs ('…')"}
    return (start.line,
            f"de tekst tussen {names[quoted.style]} bevat zelf ook een {quoted.style}; daar eindigt voor YAML de tekst",
            _quoted(line, start.column, len(line), text))


def _unclosed_quote_at_end(failure: _Failure) -> _Explanation | None:
    if failure.error.context == "while scanning a quoted scalar" and failure.error.context_mark:
        return _unclosed_quote(failure, failure.error.context_mark)
    return None


def _unclosed_quote(failure: _Failure, start: yaml.Mark) -> _Explanation | None:
    line = failure.line(start)
    if not _starts_value(line, start.column):
        return None
    if line[start.column:start.column + 1] == '"':
        return (start.line, 'de tekst begint met een aanhalingsteken (") dat op deze regel niet gesloten wordt',
                _quoted(line, start.column, len(line), line[start.column + 1:].rstrip()))
    # A Dutch apostrophe ('s avonds, 't begin) that YAML takes for the start of quoted text: keep it.
    return (start.line, "de tekst begint met een apostrof ('), en YAML zoekt dan op deze regel een tweede die de tekst sluit",
            _quoted(line, start.column, len(line), line[start.column:].rstrip()))


def _backslash(failure: _Failure) -> _Explanation | None:
    """`title: "C:\\Users"`: between double quotes a backslash starts a code (like \\n for a new line)."""
    start, mark = failure.error.context_mark, failure.mark
    line = failure.line(mark)
    opened = start and start.line == mark.line and line[start.column:start.column + 1] == '"'
    if not (opened and _starts_value(line, start.column) and "\\" in line[start.column:mark.column + 1]):
        return None
    text = line[start.column + 1:].rstrip()
    return (mark.line, "tussen dubbele aanhalingstekens begint een \\ een code, zoals \\n voor een nieuwe regel",
            _quoted(line, start.column, len(line), text.removesuffix('"')))


def _quoted(line: str, start: int, end: int, text: str) -> str:
    """The fix: `line` with line[start:end] replaced by `text` in quotes that keep it one text."""
    if '"' not in text and "\\" not in text:
        quoted, how = f'"{text}"', "dubbele aanhalingstekens om de hele tekst"
    elif "'" not in text:
        quoted, how = f"'{text}'", "enkele aanhalingstekens om de hele tekst"
    else:
        quoted, how = "'" + text.replace("'", "''") + "'", "enkele aanhalingstekens om de hele tekst, en elke ' erin twee keer"
    written = (line[:start] + quoted + line[end:]).strip()
    try:  # the advice is a line to copy: it must itself be YAML
        yaml.safe_load(written)
    except yaml.YAMLError:
        return "zet de hele tekst na de dubbele punt tussen aanhalingstekens (\"…\")"
    return f"schrijf {written} (met {how})"


def _empty_list_then_more(failure: _Failure) -> _Explanation | None:
    """A data file that starts as `[]` (no entries yet), with entries added below it."""
    kinds = [type(token) for token in failure.before[-3:]]
    if kinds == [yaml.StreamStartToken, yaml.FlowSequenceStartToken, yaml.FlowSequenceEndToken]:
        return (failure.before[-1].start_mark.line, "[] betekent een lege lijst, maar eronder staat nog meer",
                "haal de regel [] weg; wat eronder staat, wordt dan de lijst")
    return None


_COLON_IN_VALUE = "er staat een dubbele punt midden in een waarde"
_FIELD_NAME = re.compile(r"[A-Za-z_][\w-]*")


def _colon(failure: _Failure) -> _Explanation | None:
    """A colon YAML cannot take as the end of a field name (both loaders: 'mapping values are not allowed …')."""
    if "mapping values are not allowed" not in (failure.error.problem or "") or len(failure.before) < 2:
        return None
    value, mark, line = failure.before[-1], failure.mark, failure.line(failure.mark)
    start = value.start_mark.column
    if value.start_mark.line == mark.line:
        return mark.line, _COLON_IN_VALUE, _quoted(line, start, len(line), line[start:].rstrip())
    # The colon's line continues the text of a line above it.
    outer = [key for key in _keys(failure.before) if key.start_mark.column < _indent(line)]
    if _FIELD_NAME.fullmatch(line[:mark.column].strip()) and outer:
        return _indentation(mark.line, "verder", outer[-1])
    if not isinstance(failure.before[-2], yaml.ValueToken):
        return _no_colon(value.start_mark.line)
    return mark.line, _COLON_IN_VALUE, 'zet tekst met een dubbele punt tussen aanhalingstekens, zoals title: "Terugblik: 2023"'


def _missing_colon(failure: _Failure) -> _Explanation | None:
    """A line without `: ` where a field name was expected; the context mark is that line."""
    if failure.error.problem == "could not find expected ':'" and failure.error.context_mark:
        return _no_colon(failure.error.context_mark.line)
    return None


def _no_colon(line: int) -> _Explanation:
    return line, "deze regel mist de dubbele punt tussen veldnaam en waarde", "schrijf elk veld als naam: waarde"


def _under_indented(failure: _Failure) -> _Explanation | None:
    """A field whose line starts left of the fields it belongs with."""
    mark, line = failure.mark, failure.line(failure.mark)
    starts_field = failure.after and isinstance(failure.after[0], (yaml.BlockMappingStartToken, yaml.KeyToken))
    if not starts_field or mark.column != _indent(line):
        return None
    inner = [key for key in _keys(failure.before) if key.start_mark.column > mark.column]
    return _indentation(mark.line, "minder ver", inner[-1]) if inner else None


def _keys(tokens: list[yaml.Token]) -> list[yaml.ScalarToken]:
    """The field names among `tokens`."""
    return [name for key, name in zip(tokens, tokens[1:], strict=False)
            if isinstance(key, yaml.KeyToken) and isinstance(name, yaml.ScalarToken)]


def _indentation(line: int, how_far: str, key: yaml.ScalarToken) -> _Explanation:
    spaces = key.start_mark.column
    where = "helemaal vooraan" if spaces == 0 else "met 1 spatie" if spaces == 1 else f"met {spaces} spaties"
    return line, f"deze regel springt {how_far} in dan '{key.value}:' erboven", f"begin de regel {where}, net als '{key.value}:'"


def _unclosed_list(failure: _Failure) -> _Explanation | None:
    """A `[` whose list is still open on a later line, where the parser gave up."""
    opened = []
    for token in failure.before:
        if isinstance(token, yaml.FlowSequenceStartToken):
            opened.append(token)
        elif isinstance(token, yaml.FlowSequenceEndToken) and opened:
            opened.pop()
    if opened and opened[-1].start_mark.line < failure.mark.line:
        return (opened[-1].start_mark.line, "een lijst tussen [ en ] is niet afgesloten",
                "sluit de lijst af met ], zoals categories: [Actualiteit]")
    return None


# In this order: the first that recognises the failure explains it.
_DIAGNOSES = [
    _tab, _block_text_on_its_first_line, _reserved_start, _text_after_quotes, _unclosed_quote_at_end, _backslash,
    _empty_list_then_more, _colon, _missing_colon, _under_indented, _unclosed_list,
]

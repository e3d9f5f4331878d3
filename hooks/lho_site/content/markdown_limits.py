"""No text stalls the build: what would make Python-Markdown work for minutes is refused first.

Python-Markdown reads some things in time that grows with the square of their length:
for each `[` or `(` it looks ahead for the one that closes it, to the end of the
paragraph when there is none; a paragraph of many lines is split again line by line;
a table row is searched again for each backtick; lists and quotes nested fifty deep on
every line are taken apart one level at a time. So before a page is converted,
`too_costly` adds up that work, and refuses a page whose total would take more than
about a second; no ordinary text comes near (a long post costs a few hundredths of it).

That model knows the shapes found so far. For any other, `ConversionGuard` gives each
conversion a deadline (ten seconds, a thousand times what a long post takes) and stops
it there; and it catches the other way a text can break Markdown, depth: emphasis
nested a few hundred deep exhausts Python's stack inside the converter. Either way the
page is refused with a Dutch line instead of a stall or a traceback.
"""

from __future__ import annotations

import re
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import markdown
from markdown.extensions import Extension

BUDGET = 2_000_000
"""Work units per page: about a second of Python-Markdown on this project's machine."""
_LINE_WEIGHT = 10
"""Splitting a block's lines costs a tenth of a unit per pair of lines (measured beside the brackets)."""
_TABLE_WEIGHT = 30
"""A table row costs a thirtieth of a unit per pair of backticks in it (measured: 20,000 take six seconds)."""
_BLOCK_SEPARATOR = re.compile(r"\n[ \t]*\n")
_OPENERS = {"]": "[", ")": "(", ">": "<"}
_BRACKET = re.compile(r"[\[\]()<>]")
_ABBREVIATION = re.compile(r"^\*\[", re.MULTILINE)
_MARKERS = re.compile(r"(?:[ \t]*(?:[*+-]|\d{1,9}[.)])[ \t]+|[ \t]*>[ \t]?)+")
_MARKER = re.compile(r"[*+->]|\d{1,9}[.)]")
_BRACKETS_FIX = ("sluit elke [ met ], elke ( met ) en elke < met >, of zet de tekst tussen ` (dan leest de site hem als "
                 "gewone tekens); deel een heel lange alinea op met lege regels")
WHAT = {
    "block": ("heeft zo veel haken zonder sluithaak of regels zonder witregel", _BRACKETS_FIX),
    "abbreviations": ("heeft zo veel afkortingen (*[…]:)", "houd het bij een paar afkortingen per bericht"),
    "footnotes": ("heeft zo veel voetnootverwijzingen ([^…])", "houd het bij een paar voetnoten per bericht"),
    "nesting": ("heeft lijsten of citaten zo diep in elkaar", "gebruik hooguit een paar niveaus van * of > aan het begin "
                "van een regel"),
    "table": ("heeft zo veel ` in een tabelregel", "zet code niet in een tabel, of deel de regel op"),
}
"""For each kind of costly text: what it is, and what to write instead."""


def _blocks(text: str) -> list[str]:
    """The blocks of `text`: text between blank lines."""
    return _BLOCK_SEPARATOR.split(text)


def block_cost(block: str) -> int:
    """The work Markdown's look-ahead does in one block: for every [, ( and < (of a tag: a letter, / ! or ?
    after it) the distance to its ], ) or >, or to the block's end when it has none; and the splitting
    of its lines."""
    stacks: dict[str, list[int]] = {opener: [] for opener in _OPENERS.values()}
    cost = 0
    for match in _BRACKET.finditer(block):  # only brackets count: skip the text between them
        position, char = match.start(), match[0]
        if char in stacks and (char != "<" or block[position + 1:position + 2].isalpha()
                               or block[position + 1:position + 2] in ("/", "!", "?")):
            stacks[char].append(position)
        elif char in _OPENERS and stacks[_OPENERS[char]]:
            cost += position - stacks[_OPENERS[char]].pop()
    cost += sum(len(block) - position for stack in stacks.values() for position in stack)
    lines = block.count("\n") + 1
    return cost + lines * lines // _LINE_WEIGHT


def _line_costs(text: str) -> Iterator[tuple[int, str, str]]:
    """(cost, line, kind) of the lines that cost by themselves: nested markers, and backticks in a table row."""
    for line in text.splitlines():
        markers = _MARKERS.match(line)
        if markers:
            depth = len(_MARKER.findall(markers[0]))
            yield 2 * depth * depth, line[:40], "nesting"
        if "|" in line:
            yield line.count("`") ** 2 // _TABLE_WEIGHT, line[:40], "table"


def too_costly(text: str) -> tuple[str, str, str] | None:
    """(where, what, what to write instead) when converting `text` would take more than the budget: `where`
    is the start of its costliest part, to find its line by."""
    costs = [(block_cost(block), block.strip()[:40], "block") for block in _blocks(text)]
    # Each abbreviation (*[AVG]: …) is looked for in all text, and their list is checked per definition;
    # each footnote reference ([^1]) is numbered against all the references before it.
    abbreviations = len(_ABBREVIATION.findall(text))
    costs.append((abbreviations * abbreviations, "*[", "abbreviations"))
    references = text.count("[^")
    costs.append((2 * references * references, "[^", "footnotes"))
    costs.extend(_line_costs(text))
    total = sum(cost for cost, _, _ in costs)
    if total <= BUDGET:
        return None
    worst, near, kind = max(costs)
    share = "" if worst == total else " (en andere stukken tekst)"
    what, fix = WHAT[kind]
    return near, f"de tekst vanaf hier{share} {what} dat het omzetten minuten zou duren", fix


DEADLINE = 10.0
"""Seconds one page's conversion may take."""


class TooSlow(Exception):
    """A conversion ran past its deadline."""


@contextmanager
def _deadline(seconds: float) -> Iterator[None]:
    """Raise TooSlow in the code inside after `seconds`. Only the main thread gets signals: elsewhere
    (never under `mkdocs build` or `serve`) the text model alone stands guard."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(_signal, _frame):
        raise TooSlow

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


REFUSALS = {
    "depth": ("de tekst is zo diep genest (opmaak binnen opmaak, honderden lagen) dat de site hem niet kan omzetten",
              "haal de herhaalde * of _ of > weg; gebruik voor opmaak hooguit een paar lagen"),
    "time": (f"het omzetten van deze tekst duurde langer dan {DEADLINE:.0f} seconden (een gewoon bericht kost een "
             "honderdste seconde): een stuk tekst wordt steeds opnieuw gelezen",
             "zoek het stuk dat vele malen herhaald wordt (tekens, haken, regels) en haal het weg of deel het op met "
             "witregels"),
}
"""Why ConversionGuard refused a page, and what to write instead."""


class ConversionGuard(Extension):
    """Turns a conversion that exhausts the stack or runs past its deadline into an empty page and a
    note (`take()`), for the build to report as a problem of that page."""

    def __init__(self, seconds: float = DEADLINE) -> None:
        super().__init__()
        self.seconds = seconds
        self._refused: str | None = None

    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 (Python-Markdown's name)
        convert = md.convert

        def guarded(source: str) -> str:
            try:
                with _deadline(self.seconds):
                    return convert(source)
            except RecursionError:
                self._refused = "depth"
            except TooSlow:
                self._refused = "time"
            return ""

        md.convert = guarded

    def hand_over(self) -> str | None:
        """Why the last conversion was refused, forgotten here: for the guard of the process that reports it."""
        refused, self._refused = self._refused, None
        return refused

    def take_over(self, refused: str | None) -> None:
        """A refusal of a conversion done in another process (`hand_over()` there), for `take()`."""
        self._refused = refused

    def take(self) -> tuple[str, str] | None:
        """Why the last conversion was refused (what, what to write instead), if it was; forgets it."""
        refused, self._refused = self._refused, None
        return REFUSALS[refused] if refused else None


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u202a-\u202e\u2066-\u2069\ufffe\uffff]"
                      r"|&#0*(?:[0-8]|1[1-2]|1[4-9]|2\d|3[01]|127|823[4-8]|829[4-7]);"
                      r"|&#[xX]0*(?:[0-8]|[bBcC]|[eEfF]|1[0-9a-fA-F]|7[fF]|202[a-eA-E]|206[6-9]);")
"""Control characters, and the marks that reverse the direction of the text after them (a word would
read otherwise than it is written: "Trojan Source"), written or as references."""


CONTROL_FIX = "haal het teken weg (het komt vaak mee bij kopiëren uit een ander programma)"


def control_character(text: str) -> tuple[str, str, str] | None:
    """(where, what, what to write instead) for the first control character in `text`, written or as a reference (&#14;):
    invisible, never meant, and refused by the XML tools the build uses (a traceback, not a page)."""
    found = _CONTROL.search(text)
    if not found:
        return None
    shown = found[0] if found[0].startswith("&") else f"U+{ord(found[0]):04X}"
    return text[max(0, found.start() - 20):found.start()] or found[0], (
        f"de tekst bevat een onzichtbaar stuurteken ({shown})"), CONTROL_FIX

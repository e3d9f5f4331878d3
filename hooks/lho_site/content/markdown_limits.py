"""No text stalls the build: what would make Python-Markdown work for minutes is refused first.

Python-Markdown reads some things in time that grows with the square of their length:
for each `[` or `(` it looks ahead for the one that closes it, to the end of the
paragraph when there is none; and a paragraph of many lines is split again line by
line. A post of a few tens of kilobytes of `[` takes minutes. So before a page is
converted, `too_costly` adds up that work for each block (text between blank lines),
for abbreviations and footnote references, and refuses a page whose total would take
more than about a second; no ordinary text comes near (a long post costs a few
hundredths of it).

The other way a text can break Markdown is depth: emphasis nested a few hundred deep
exhausts Python's stack inside the converter. `DepthGuard` catches that there, and the
page is refused with the same kind of Dutch line instead of a traceback.
"""

from __future__ import annotations

import re
from xml.etree import ElementTree

import markdown
from markdown.extensions import Extension

BUDGET = 2_000_000
"""Work units per page: about a second of Python-Markdown on this project's machine."""
_LINE_WEIGHT = 10
"""Splitting a block's lines costs a tenth of a unit per pair of lines (measured beside the brackets)."""
_BLOCK_SEPARATOR = re.compile(r"\n[ \t]*\n")
_OPENERS = {"]": "[", ")": "(", ">": "<"}
_ABBREVIATION = re.compile(r"^\*\[", re.MULTILINE)

FIX = ("sluit elke [ met ], elke ( met ) en elke < met >, of zet de tekst in een codeblok tussen ``` (dan leest de site hem als "
       "gewone tekens); deel een heel lange alinea op met lege regels")


def _blocks(text: str) -> list[str]:
    """The blocks of `text`: text between blank lines."""
    return _BLOCK_SEPARATOR.split(text)


def block_cost(block: str) -> int:
    """The work Markdown's look-ahead does in one block: for every [, ( and < (of a tag: a letter, / ! or ?
    after it) the distance to its ], ) or >, or to the block's end when it has none; and the splitting
    of its lines."""
    stacks: dict[str, list[int]] = {opener: [] for opener in _OPENERS.values()}
    cost = 0
    for position, char in enumerate(block):
        if char in stacks and (char != "<" or block[position + 1:position + 2].isalpha()
                               or block[position + 1:position + 2] in ("/", "!", "?")):
            stacks[char].append(position)
        elif char in _OPENERS and stacks[_OPENERS[char]]:
            cost += position - stacks[_OPENERS[char]].pop()
    cost += sum(len(block) - position for stack in stacks.values() for position in stack)
    lines = block.count("\n") + 1
    return cost + lines * lines // _LINE_WEIGHT


def too_costly(text: str) -> tuple[str, str] | None:
    """(where, what) when converting `text` would take more than the budget: `where` is the start of its
    costliest part, to find its line by."""
    costs = [(block_cost(block), block.strip()[:40]) for block in _blocks(text)]
    # Each abbreviation (*[AVG]: …) is looked for in all text, and their list is checked per definition;
    # each footnote reference ([^1]) is numbered against all the references before it.
    abbreviations = len(_ABBREVIATION.findall(text))
    costs.append((abbreviations * abbreviations, "*["))
    references = text.count("[^")
    costs.append((2 * references * references, "[^"))
    total = sum(cost for cost, _ in costs)
    if total <= BUDGET:
        return None
    worst, near = max(costs)
    share = "" if worst == total else " (en andere stukken tekst)"
    return near, (f"de tekst vanaf hier{share} heeft zo veel haken zonder sluithaak, regels zonder witregel, "
                  "afkortingen of voetnoten dat het omzetten minuten zou duren")


class DepthGuard(Extension):
    """Turns a RecursionError in Markdown's parser or tree processors into an empty page and a note
    (`take()`), for the build to report as a problem of that page."""

    def __init__(self) -> None:
        super().__init__()
        self._refused = False

    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 (Python-Markdown's name)
        guard = self
        parse = md.parser.parseDocument

        def parse_document(lines):
            try:
                return parse(lines)
            except RecursionError:
                guard._refused = True
                return ElementTree.ElementTree(ElementTree.Element(md.doc_tag))

        md.parser.parseDocument = parse_document
        for processor in list(md.treeprocessors):
            processor.run = guard._guarded(processor.run)

    def _guarded(self, run):
        def guarded(root):
            try:
                return run(root)
            except RecursionError:
                self._refused = True
                root.clear()
                return None

        return guarded

    def take(self) -> bool:
        """Whether the last conversion was refused for its depth; forgets it."""
        refused, self._refused = self._refused, False
        return refused


DEPTH_PROBLEM = ("de tekst is zo diep genest (opmaak binnen opmaak, honderden lagen) dat de site hem niet kan omzetten",
                 "haal de herhaalde * of _ of > weg; gebruik voor opmaak hooguit een paar lagen")


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u202a-\u202e\u2066-\u2069\ufffe\uffff]"
                      r"|&#0*(?:[0-8]|1[1-2]|1[4-9]|2\d|3[01]|127|823[4-8]|829[4-7]);"
                      r"|&#[xX]0*(?:[0-8]|[bBcC]|[eEfF]|1[0-9a-fA-F]|7[fF]|202[a-eA-E]|206[6-9]);")
"""Control characters, and the marks that reverse the direction of the text after them (a word would
read otherwise than it is written: "Trojan Source"), written or as references."""


def control_character(text: str) -> tuple[str, str] | None:
    """(where, what) for the first control character in `text`, written or as a reference (&#14;):
    invisible, never meant, and refused by the XML tools the build uses (a traceback, not a page)."""
    found = _CONTROL.search(text)
    if not found:
        return None
    shown = found[0] if found[0].startswith("&") else f"U+{ord(found[0]):04X}"
    return text[max(0, found.start() - 20):found.start()] or found[0], (
        f"de tekst bevat een onzichtbaar stuurteken ({shown})")


CONTROL_FIX = "haal het teken weg (het komt vaak mee bij kopiëren uit een ander programma)"

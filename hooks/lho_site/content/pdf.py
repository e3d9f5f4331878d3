"""PDFs in docs/ may be documents only: nothing in them that runs, launches or carries other files.

A PDF can hold JavaScript (Chromium's own viewer runs it: a dialog, on the site's address),
actions that launch programs or submit forms, attached files and XFA forms. Following the
file's structure is not enough: viewers read broken and ambiguous files each in their own
way (Chromium's takes the last of two equal keys and skips a broken value; a parser may
take the first, or give up). So the check reads the bytes the way pdfid does: every name
anywhere in the file, and in every object stream (where objects are compressed), is
compared with the names that make a PDF active, whatever structure surrounds them. Object
streams in another compression than the usual one, encrypted files and files that are no
PDF are refused too, for they cannot be read that way.
"""

from __future__ import annotations

import logging
import re
import zlib
from contextlib import contextmanager
from pathlib import Path

from pypdf import PdfReader
from pypdf.errors import PyPdfError

ACTIVE = {b"JavaScript", b"Launch", b"SubmitForm", b"ImportData", b"GoToE", b"GoToR", b"Rendition",
          b"RichMedia", b"RichMediaExecute", b"Sound", b"Movie", b"EmbeddedFile", b"EmbeddedFiles",
          b"FileAttachment"}
"""Names that only a PDF that runs code, starts programs, sends data or carries files uses (links to web
pages, /URI, may stay). Long enough that the bytes of a picture in the file do not spell them by chance."""
SHORT = {b"JS": rb"[(<]|\d+\s+\d+\s+R", b"EF": rb"<<|\d+\s+\d+\s+R", b"XFA": rb"\[|\d+\s+\d+\s+R"}
"""Short names that make a PDF active, with the value that must follow them (a script, a file, a form):
three letters alone would turn up in compressed data now and then."""
_NAME = re.compile(rb"/((?:[^\x00-\x20()<>\[\]{}/%#\x7f-\xff]|#[0-9A-Fa-f]{2})+)")
_HEX = re.compile(rb"#([0-9A-Fa-f]{2})")
_SPACE = rb"[\x00\t\n\x0c\r ]*"
_STREAM = re.compile(rb"(?<!end)stream(?:\r\n|\n|\r)")
_OBJECT = re.compile(rb"\d+\s+\d+\s+obj\b")
_FLATE = {b"FlateDecode", b"Fl"}
_INFLATED_LIMIT = 256 * 1024 * 1024
"""Bytes an object stream may unpack to: a bomb of zeros is refused, not followed."""
FIX = "maak de pdf opnieuw zonder scripts, formulieren en bijlagen (bijvoorbeeld met Afdrukken als pdf)"


def _names(data: bytes):
    """(name, position after it) of every name in `data`, #-escapes read."""
    for found in _NAME.finditer(data):
        yield _HEX.sub(lambda hex_: bytes([int(hex_[1], 16)]), found[1]), found.end()


def _active_name(data: bytes) -> str | None:
    """The first name in `data` that makes a PDF active."""
    for name, end in _names(data):
        if name in ACTIVE or name in SHORT and re.match(_SPACE + b"(?:" + SHORT[name] + b")", data[end:end + 40]):
            return "/" + name.decode("ascii", "replace")
    return None


class Unreadable(Exception):
    """An object stream that cannot be unpacked for the check."""


def _object_streams(data: bytes):
    """The unpacked contents of every object stream in `data`, found by their dictionaries' names."""
    for stream in _STREAM.finditer(data):
        heads = list(_OBJECT.finditer(data, max(0, stream.start() - 4096), stream.start()))
        head = data[heads[-1].end() if heads else max(0, stream.start() - 4096):stream.start()]
        names = {name for name, _ in _names(head)}
        if b"ObjStm" not in names:
            continue
        filters = names & {b"Filter", b"DecodeParms"}
        if filters != {b"Filter"} or not names & _FLATE or names & {b"ASCIIHexDecode", b"ASCII85Decode", b"LZWDecode",
                                                                     b"RunLengthDecode", b"Crypt", b"AHx", b"A85",
                                                                     b"LZW", b"RL"}:
            raise Unreadable
        inflater = zlib.decompressobj()
        try:
            inflated = inflater.decompress(data[stream.end():], _INFLATED_LIMIT)
        except zlib.error as error:
            raise Unreadable from error
        if not inflater.eof:
            raise Unreadable
        yield inflated


def pdf_problem(path: Path) -> str | None:
    """What is wrong with the PDF at `path` (Dutch), or None for a plain document."""
    data = path.read_bytes()
    if not data[:1024].lstrip().startswith(b"%PDF-"):
        return "dit bestand heet .pdf, maar is geen pdf"
    if any(name == b"Encrypt" for name, _ in _names(data)):
        return "de pdf is versleuteld, dus de site kan niet zien wat erin staat"
    try:
        found = _active_name(data) or next(filter(None, map(_active_name, _object_streams(data))), None)
        if not found:
            with _quiet():
                PdfReader(path, strict=False).get_num_pages()
    except (Unreadable, PyPdfError, OSError, ValueError, KeyError, RecursionError):
        return "de site kan deze pdf niet lezen"
    return f"de pdf bevat {found}: code of een bijlage die de pdf-lezer van bezoekers zou openen" if found else None


@contextmanager
def _quiet():
    """pypdf's English notes on a damaged file: the Dutch line says what matters."""
    log = logging.getLogger("pypdf")
    level, log.level = log.level, logging.CRITICAL
    try:
        yield
    finally:
        log.level = level

"""PDFs in docs/ may be documents only: nothing in them that runs, launches or carries other files.

A PDF can hold JavaScript (Chromium's own viewer runs it: a dialog, on the site's address),
actions that launch programs or submit forms, attached files and XFA forms. Every object
of the file that a viewer can reach is read with pypdf (object streams too, where a plain
search for "/JavaScript" finds nothing), and such a PDF is refused in Dutch. A file named
.pdf that is no PDF (an HTML page, say) is refused as well.
"""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from pypdf.errors import PyPdfError
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

ACTIONS = {"/JavaScript", "/Launch", "/SubmitForm", "/ImportData", "/GoToE", "/GoToR", "/Rendition",
           "/RichMediaExecute", "/Sound", "/Movie"}
"""Actions that run code, start programs, send data or fetch other documents (links to web pages, /URI, may stay)."""
KEYS = {"/JS", "/JavaScript", "/EmbeddedFiles", "/EmbeddedFile", "/XFA", "/RichMedia"}
FIX = "maak de pdf opnieuw zonder scripts, formulieren en bijlagen (bijvoorbeeld met Afdrukken als pdf)"


def _active(root: object) -> str | None:
    """The first active part reachable from `root`: an action or key of ACTIONS or KEYS."""
    seen: set[tuple[int, int]] = set()
    todo = [root]
    while todo:
        item = todo.pop()
        if isinstance(item, IndirectObject):
            key = (item.idnum, item.generation)
            if key in seen:
                continue
            seen.add(key)
            item = item.get_object()
        if isinstance(item, DictionaryObject):
            if item.get("/S") in ACTIONS:
                return str(item["/S"])
            found = KEYS.intersection(item.keys())
            if found:
                return sorted(found)[0]
            todo.extend(item.values())
        elif isinstance(item, ArrayObject):
            todo.extend(item)
    return None


def pdf_problem(path: Path) -> str | None:
    """What is wrong with the PDF at `path` (Dutch), or None for a plain document."""
    with path.open("rb") as file:
        if not file.read(1024).lstrip().startswith(b"%PDF-"):
            return "dit bestand heet .pdf, maar is geen pdf"
    try:
        reader = PdfReader(path, strict=False)
        if reader.is_encrypted:
            return "de pdf is versleuteld, dus de site kan niet zien wat erin staat"
        found = _active(reader.trailer)
    except (PyPdfError, OSError, ValueError, KeyError, RecursionError):
        return "de site kan deze pdf niet lezen"
    return f"de pdf bevat {found}: code of een bijlage die de pdf-lezer van bezoekers zou openen" if found else None

"""Which files may sit in docs/: mistakes with file names and places, caught before MkDocs.

MkDocs publishes every file in docs/ as it finds it: a post saved as .markdown
becomes a page of its own, one saved as .md.txt (Notepad's default) or .MD is
copied as it is, front matter and all, while the news misses the post. So every
file must be of a type the site knows, with a name a web address can carry, and
every page must be where the site looks for pages of its kind.
"""

from __future__ import annotations

import os
import posixpath
import re
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from markdown.extensions.toc import slugify
from PIL import ExifTags, Image, UnidentifiedImageError

from ..routes import NEWS, PORTRAITS, POSTS
from .pdf import FIX as PDF_FIX
from .pdf import pdf_problem
from .problems import Problems
from .svg import FIX as SVG_FIX
from .svg import clean_svg

PHOTOS = (".jpg", ".jpeg", ".png", ".webp")
"""Converted for the web at build time (outputs/photos.py)."""
DRAWINGS = (".gif", ".svg")
"""Published as they are (a GIF may move, an SVG is drawn at any size)."""
IMAGES = (*PHOTOS, *DRAWINGS)
MAX_BYTES = 40_000_000
MAX_PIXELS = 60_000_000
CENTRE = (0.5, 0.5)
"""Where crops of a photo are cut around, unless its post says otherwise (image_focus)."""
HERO_WIDTH = 600
"""The least width of a photo above a post or portrait: narrower ones look blurred on a phone."""
DOCUMENTS = (".pdf",)
_MARKDOWN_LOOKALIKES = (".md.txt", ".markdown", ".mdown", ".mkd", ".txt")
_IPHONE_PHOTOS = (".heic", ".heif")
_WEB_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
MAX_FILE_NAME = 100
"""Characters in a file's name: the name of a photo's renditions adds a hash and a size to it."""


def _web_name(name: str) -> str:
    stem, dot, suffix = name.rpartition(".")
    return f"{slugify(stem, '-') or 'bestand'}{dot}{suffix.lower()}"


def check_content_files(root: Path, docs_dir: Path, is_site_page: Callable[[str], bool], problems: Problems) -> None:
    """Report every file in `docs_dir` that the site cannot publish as it is meant.

    `is_site_page(src_uri)`: a hand-written page the configuration knows (in the menu, or listed
    as a page outside it); posts and portraits are known by their folder."""
    docs = docs_dir.relative_to(root).as_posix()
    for src_uri, is_folder in listing(docs_dir):
        source, path = docs_dir / src_uri, f"{docs}/{src_uri}"
        name, lower = source.name, source.name.lower()
        if is_folder:
            if lower.endswith((".md", *IMAGES, *DOCUMENTS)):
                problems.add(path, 1, f"'{name}' is een map met de naam van een bestand",
                             "geef de map een naam zonder .md of een ander bestandstype erachter")
            continue
        if not source.is_file():
            problems.add(path, 1, f"'{name}' is geen gewoon bestand", "haal het weg")
            continue
        if lower.endswith(_MARKDOWN_LOOKALIKES) or (lower.endswith(".md") and not name.endswith(".md")):
            stem = name[: -len(next(s for s in _MARKDOWN_LOOKALIKES + (".md",) if lower.endswith(s)))]
            problems.add(path, 1, f"het bestand '{name}' is geen .md-bestand, dus de site laat het niet als bericht zien",
                         f"hernoem het naar {_web_name(stem + '.md')} (kleine letters en streepjes, zonder .txt erachter)")
        elif lower.endswith(_IPHONE_PHOTOS):
            problems.add(path, 1, f"'{name}' is een foto in het formaat van een iPhone (HEIC), dat niet elke browser "
                         "kan tonen", "zet er een .jpg voor in de plaats: op een Mac in Voorvertoning met Archief > "
                         "Exporteer > JPEG, op Windows in Foto's met Opslaan als > .jpg; dan maakt de iPhone voortaan "
                         ".jpg's: Instellingen > Camera > Formaten > Meest compatibel")
        elif not lower.endswith((".md", *IMAGES, *DOCUMENTS)):
            problems.add(path, 1, f"de site kent het soort bestand '{name}' niet",
                         "zet hier alleen .md-bestanden, foto's (.jpg, .png, .webp, .gif, .svg) of pdf's")
        elif not _WEB_NAME.match(name):
            problems.add(path, 1, f"de naam '{name}' past niet in een webadres (spaties of andere tekens)",
                         f"hernoem het bestand naar {_web_name(name)} en pas de verwijzingen aan")
        elif len(name) > MAX_FILE_NAME:
            problems.add(path, 1, f"de naam '{name[:40]}…' is {len(name)} tekens lang; een webadres of map neemt zo'n "
                         "lange naam niet aan", f"geef het bestand een naam van hooguit {MAX_FILE_NAME} tekens")
        elif lower.endswith(".md"):
            _check_place(src_uri, path, is_site_page, problems)
        elif lower.endswith((*PHOTOS, ".gif")):
            for what, fix in _photo_problems(source):
                problems.add(path, 1, what, fix)
        elif lower.endswith(DOCUMENTS):
            problem = pdf_problem(source)
            if problem:
                problems.add(path, 1, problem, PDF_FIX)
        elif lower.endswith(".svg"):
            for line, what in clean_svg(source.read_bytes()).problems:
                problems.add(path, line, what, SVG_FIX)


def refuse_symlinks(root: Path, folders: list[Path]) -> None:
    """Raise ContentError for every symbolic link in `folders` (or a folder that is one). MkDocs follows
    links: one to a folder elsewhere publishes that folder as it is, one to /proc/self/environ the
    build's secrets. Checked before anything in these folders is read."""
    problems = Problems()
    for folder in folders:
        links = [folder] if folder.is_symlink() else []
        for parent, folder_names, file_names in os.walk(folder) if not links else ():
            links += [Path(parent, name) for name in sorted([*folder_names, *file_names])
                      if os.path.islink(os.path.join(parent, name))]
        for link in links:
            path = link.relative_to(root).as_posix() if link.is_relative_to(root) else str(link)
            problems.add(path, 1, f"'{link.name}' is een snelkoppeling (symbolic link) naar een ander bestand of "
                                  "een andere map; de site neemt zulke koppelingen niet over",
                         "zet het bestand zelf hier neer (een kopie), of haal de snelkoppeling weg")
    problems.raise_if_any()


def _check_place(src_uri: str, path: str, is_site_page: Callable[[str], bool], problems: Problems) -> None:
    folder = src_uri.rpartition("/")[0]
    if src_uri.startswith(f"{POSTS}/") or folder == PORTRAITS or is_site_page(src_uri):
        return
    if src_uri.startswith(f"{NEWS}/"):
        problems.add(path, 1, "dit bestand staat niet in de map van de berichten, dus de site slaat het over",
                     f"verplaats het naar docs/{POSTS}/")
    elif src_uri.startswith(f"{PORTRAITS}/"):
        problems.add(path, 1, "portretten staan direct in de map van de portretten, niet in een map daaronder",
                     f"verplaats het naar docs/{PORTRAITS}/")
    else:
        problems.add(path, 1, "deze pagina hoort bij geen enkel onderdeel van de site en staat niet in het menu",
                     f"zet een bericht in docs/{POSTS}/ en een portret in docs/{PORTRAITS}/; een nieuwe vaste "
                     "pagina zet een ontwikkelaar in het menu (nav: in mkdocs.yml)")


def content_images(docs_dir: Path, kinds: tuple[str, ...]) -> list[str]:
    """The src_uri of every picture of these kinds (file name endings) in docs/."""
    return [src_uri for src_uri, is_folder in listing(docs_dir)
            if not is_folder and posixpath.splitext(src_uri)[1].lower() in kinds and (docs_dir / src_uri).is_file()]


def is_hidden(name: str) -> bool:
    """Whether a file or folder of this name is no part of the site, as MkDocs leaves it out (mkdocs.yml
    `exclude_docs`): hidden (a name starting with a dot: the Mac's .DS_Store, vim's swap files) or a copy an
    editor's program keeps beside the file it edits (Emacs and gedit: post.md~, #post.md#)."""
    return name.startswith(".") or name.endswith("~") or (len(name) > 1 and name.startswith("#") and name.endswith("#"))


def listing(folder: Path) -> list[tuple[str, bool]]:
    """Everything below `folder` but what is hidden (`is_hidden`), as (path relative to it, whether a folder), in
    the order of sorted paths. Strings, not pathlib: a preview rebuild lists docs/ of an archive of 2,000 posts
    several times."""
    found = []
    for parent, folders, names in os.walk(folder):
        folders[:] = [name for name in folders if not is_hidden(name)]
        base = os.path.relpath(parent, folder).replace(os.sep, "/")
        prefix = "" if base == "." else base + "/"
        found += [(prefix + name, True) for name in folders]
        found += [(prefix + name, False) for name in names if not is_hidden(name)]
    return sorted(found, key=lambda entry: entry[0].split("/"))


@contextmanager
def open_picture(path: Path) -> Iterator[Image.Image]:
    """A picture opened lazily (its header only), or TooLarge before Pillow decodes a picture of
    hundreds of millions of pixels that a few kilobytes can describe."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with Image.open(path) as image:
                yield image
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
            raise TooLarge(path) from error


class TooLarge(Exception):
    """A picture with far more pixels than any photo."""


def photo_width(path: Path) -> int | None:
    """The width of the photo at `path` as it is shown (a phone's upright photo is stored on its side);
    None when it cannot be read. Reads the file's header only."""
    try:
        with open_picture(path) as image:
            turned = image.getexif().get(ExifTags.Base.Orientation, 1) in (5, 6, 7, 8)
            return image.height if turned else image.width
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, TooLarge):
        return None


MAX_SIDE = 16_000
"""Pixels a picture may be wide or high: WebP, which the site converts photos to, stops at 16,383."""
MAX_RATIO = 20
"""How many times longer than wide (or the other way) a picture may be: a panorama is 4 or 5."""


def _photo_problems(path: Path) -> Iterator[tuple[str, str]]:
    too_large = (f"de afbeelding heeft meer dan {MAX_PIXELS // 1_000_000} miljoen pixels, meer dan de site aanneemt",
                 "kies een kleinere versie van de afbeelding")
    if path.stat().st_size > MAX_BYTES:
        yield (f"de foto is {path.stat().st_size // 1_000_000} MB, meer dan de {MAX_BYTES // 1_000_000} MB die de "
               "site aanneemt", "kies een kleinere versie van de foto (een foto van een telefoon is goed)")
        return
    try:
        with open_picture(path) as image:
            width, height = image.size
            pixels = width * height
    except TooLarge:
        yield too_large
        return
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        yield ("dit bestand is geen foto die de site kan lezen",
               "sla de foto opnieuw op als .jpg of .png, of haal het bestand weg")
        return
    if pixels > MAX_PIXELS:
        yield (f"de foto heeft {pixels // 1_000_000} miljoen pixels, meer dan de {MAX_PIXELS // 1_000_000} miljoen "
               "die de site aanneemt", "kies een kleinere versie van de foto")
    elif max(width, height) > MAX_SIDE or max(width, height) > MAX_RATIO * max(1, min(width, height)):
        yield (f"de afbeelding is {width} × {height} pixels: zo smal of zo lang kan de site haar niet tonen",
               f"snijd haar bij tot een gewone verhouding, zoals 3 × 2, en hooguit {MAX_SIDE} pixels breed of hoog")

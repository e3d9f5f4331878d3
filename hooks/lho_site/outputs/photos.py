"""Photos from a phone, made light, responsive and private at build time.

Every raster image in docs/ becomes renditions: a few widths (never upscaled) in
AVIF, WebP and JPEG for pages (`<picture>` with `srcset` and `sizes`), a 1200×630
crop for link previews, an 800-pixel JPEG for feeds and the newsletter e-mail,
and a small crop for listing cards. The camera's orientation is applied first;
no rendition carries EXIF, XMP or GPS; the originals are never published.

Converting is slow, so each photo's renditions are kept in `.cache/photos/`,
named by a hash of the photo's bytes and the settings below: an unchanged photo
is converted once, whatever the number of builds (also under `make serve`).
"""

from __future__ import annotations

import hashlib
import io
import json
import posixpath
import re
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from lxml import etree
from lxml.html import HtmlElement, builder
from markdown.extensions.toc import slugify
from PIL import ExifTags, Image, ImageOps, UnidentifiedImageError

from ..content.cache import keep
from .html import Finding, PageInfo, serialize

RASTER = (".jpg", ".jpeg", ".png", ".webp")
"""The pictures converted; GIF (perhaps animated) and SVG (a drawing) are published as they are."""
WIDTHS = (480, 800, 1200, 1600)
FORMATS = (
    # libavif's quickest speed: a fifth of the time of speed 8, for files a few percent larger.
    ("image/avif", "avif", {"quality": 55, "speed": 10}),
    ("image/webp", "webp", {"quality": 76, "method": 4}),
    ("image/jpeg", "jpg", {"quality": 80, "optimize": True, "progressive": True}),
)
SHARE = (1200, 630)
FEED_WIDTH = 800
CARD = (320, 240)
SIZES = "(min-width: 76.25em) 40rem, (min-width: 60em) calc(100vw - 26rem), 100vw"
"""How wide a photo shows: the content column on a wide screen, the whole width on a phone."""
CARD_SIZES = "10rem"
SETTINGS = json.dumps([2, WIDTHS, FORMATS, SHARE, FEED_WIDTH, CARD])
"""Part of every cache key: a change here converts every photo again."""
FOLDER = "fotos"
"""Where renditions are published."""


@dataclass(frozen=True)
class Rendition:
    path: str
    """In the output folder."""
    width: int
    height: int
    media_type: str
    length: int


@dataclass(frozen=True)
class Photo:
    src_uri: str
    width: int
    height: int
    """As the camera held it (orientation applied)."""
    sources: tuple[tuple[str, tuple[Rendition, ...]], ...]
    """(media type, renditions from small to large), the JPEG last: what a <picture> offers."""
    share: Rendition
    feed: Rendition
    cards: tuple[Rendition, ...]
    """The small crop for a listing card, one per format, the JPEG last."""

    @property
    def largest(self) -> Rendition:
        return self.sources[-1][1][-1]

    @property
    def paths(self) -> set[str]:
        """Every rendition's path in the output folder."""
        return {self.share.path, self.feed.path, *(r.path for r in self.cards),
                *(r.path for _, renditions in self.sources for r in renditions)}


class PhotoError(Exception):
    """A picture the site cannot use; the message is Dutch."""


def _save(image: Image.Image, extension: str, options: dict) -> bytes:
    out = io.BytesIO()
    if extension == "jpg" and image.mode != "RGB":
        flat = Image.new("RGB", image.size, (255, 255, 255))
        flat.paste(image, mask=image.getchannel("A") if "A" in image.getbands() else None)
        image = flat
    # Nothing of the original's metadata: no EXIF (camera, time, GPS), no XMP, no comments.
    image.info = {}
    image.save(out, extension.replace("jpg", "jpeg").upper(), exif=b"", **options)
    return out.getvalue()


def _open(path: Path) -> tuple[Image.Image, tuple[int, int]]:
    """The photo turned as the camera was held, at least as large as the largest rendition needs,
    and its full size as shown."""
    try:
        with Image.open(path) as opened:
            full = opened.size[::-1] if opened.getexif().get(ExifTags.Base.Orientation, 1) in (5, 6, 7, 8) else opened.size
            # A JPEG decodes at a half or a quarter of its size when that is still large enough: quicker.
            opened.draft("RGB", (WIDTHS[-1], round(WIDTHS[-1] * opened.height / opened.width)))
            image = ImageOps.exif_transpose(opened)
            image.load()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as error:
        raise PhotoError("dit bestand is geen foto die de site kan lezen") from error
    return image.convert("RGBA" if "A" in image.getbands() or image.mode == "P" else "RGB"), full


def _crop(image: Image.Image, size: tuple[int, int], focus: tuple[float, float]) -> Image.Image:
    """`size`, or less when the photo is smaller (the same ratio), cut around `focus`."""
    scale = min(1.0, image.width / size[0], image.height / size[1])
    target = (round(size[0] * scale), round(size[1] * scale))
    return ImageOps.fit(image, target, Image.LANCZOS, centering=focus)


def _convert(path: Path, focus: tuple[float, float]) -> tuple[dict[str, bytes], dict[str, list[int]]]:
    """Every rendition of the photo at `path` by its name in the cache, and each one's size
    (and the photo's own, as "photo")."""
    image, full = _open(path)
    files, sizes = {}, {"photo": list(full)}

    def add(name: str, rendition: Image.Image, formats=FORMATS) -> None:
        for _, extension, options in formats:
            files[f"{name}.{extension}"] = _save(rendition, extension, options)
            sizes[f"{name}.{extension}"] = list(rendition.size)

    current = image
    # From the largest width down, each from the one before: much quicker than from the original.
    for width in sorted({min(w, image.width) for w in WIDTHS}, reverse=True):
        current = current.resize((width, round(image.height * width / image.width)), Image.LANCZOS)
        add(str(width), current)
    feed_width = min(FEED_WIDTH, image.width)
    add("feed", image.resize((feed_width, round(image.height * feed_width / image.width)), Image.LANCZOS), FORMATS[-1:])
    add("share", _crop(image, SHARE, focus), FORMATS[-1:])
    add("card", _crop(image, CARD, focus))
    return files, sizes


class Photos:
    """The photos of one build: converted once (`prepare`), then looked up by their path in docs/."""

    def __init__(self, docs_dir: Path, cache: Path) -> None:
        self.docs_dir = docs_dir
        self.cache = cache
        self.photos: dict[str, Photo] = {}
        self.files: dict[str, Path] = {}
        """Every rendition's file in the cache, by its path in the output folder."""
        self.drawings: dict[str, tuple[int, int]] = {}
        """The size of each GIF and SVG, published as it is, by its path in docs/."""

    def measure(self, src_uris: list[str]) -> None:
        """Note the size of each picture that is published as it is, for its <img>'s width and height."""
        for src_uri in src_uris:
            size = drawing_size(self.docs_dir / src_uri)
            if size:
                self.drawings[src_uri] = size

    def prepare(self, wanted: dict[str, tuple[float, float]]) -> dict[str, str]:
        """Convert the photos `wanted` (src_uri: focus) that the cache lacks, two at a time;
        returns a Dutch message for each photo that cannot be used, by src_uri."""
        def one(item):
            try:
                return item[0], self._photo(*item)
            except PhotoError as error:
                return item[0], error
            except (OSError, ValueError, SyntaxError, ArithmeticError) as error:  # Pillow's ways of failing
                return item[0], PhotoError(f"de site kan deze foto niet omzetten ({error})"[:200])

        problems = {}
        with ThreadPoolExecutor(max_workers=2) as pool:
            for src_uri, result in pool.map(one, sorted(wanted.items())):
                if isinstance(result, PhotoError):
                    problems[src_uri] = str(result)
                else:
                    self.photos[src_uri] = result
        return problems

    def _photo(self, src_uri: str, focus: tuple[float, float]) -> Photo:
        source = self.docs_dir / src_uri
        key = hashlib.sha256(source.read_bytes() + f"{SETTINGS}{focus}".encode()).hexdigest()
        folder = self.cache / key[:2] / key
        if not (folder / "sizes.json").is_file():
            files, sizes = _convert(source, focus)
            for name, data in files.items():
                keep(folder / name, data)
            keep(folder / "sizes.json", json.dumps(sizes).encode())  # last: marks it complete
        sizes = json.loads((folder / "sizes.json").read_text(encoding="utf-8"))
        stem = slugify(posixpath.splitext(posixpath.basename(src_uri))[0], "-") or "foto"

        def rendition(name: str, media_type: str) -> Rendition:
            path = f"{FOLDER}/{stem}-{key[:10]}-{name}"
            self.files[path] = folder / name
            return Rendition(path, *sizes[name], media_type, (folder / name).stat().st_size)

        widths = sorted(int(name.split(".")[0]) for name in sizes if name.endswith(".jpg") and name[0].isdigit())
        return Photo(
            src_uri, *sizes["photo"],
            sources=tuple((media_type, tuple(rendition(f"{w}.{extension}", media_type) for w in widths))
                          for media_type, extension, _ in FORMATS),
            share=rendition("share.jpg", "image/jpeg"),
            feed=rendition("feed.jpg", "image/jpeg"),
            cards=tuple(rendition(f"card.{extension}", media_type) for media_type, extension, _ in FORMATS))


_LENGTH = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(?:px)?\s*$")


def drawing_size(path: Path) -> tuple[int, int] | None:
    """The size a GIF or SVG is drawn at: a GIF's pixels; an SVG's width and height, or its viewBox.
    None when the file does not say (or says nonsense, like a viewBox of words)."""
    try:
        if path.suffix.lower() == ".gif":
            with Image.open(path) as image:
                return image.size
        root = etree.parse(str(path), etree.XMLParser(resolve_entities=False, no_network=True)).getroot()
        width, height = (_LENGTH.match(root.get(name) or "") for name in ("width", "height"))
        if width and height:
            return round(float(width[1])), round(float(height[1]))
        box = (root.get("viewBox") or "").replace(",", " ").split()
        return (round(float(box[2])), round(float(box[3]))) if len(box) == 4 else None
    except (UnidentifiedImageError, OSError, etree.XMLSyntaxError, ValueError, OverflowError):
        return None


def picture(photo: Photo, alt: str, relative: Callable[[str], str], eager: bool = False, card: bool = False) -> HtmlElement:
    """A <picture> of `photo` for a page: `relative(path)` makes an output path a link from that page.
    The first picture of a page is fetched at once and first; the rest when they come into view."""
    if card:
        sources = [(r.media_type, f"{relative(r.path)} {r.width}w") for r in photo.cards]
        fallback, sizes = photo.cards[-1], CARD_SIZES
    else:
        sources = [(media_type, ", ".join(f"{relative(r.path)} {r.width}w" for r in renditions))
                   for media_type, renditions in photo.sources]
        fallback, sizes = photo.sources[-1][1][min(1, len(photo.sources[-1][1]) - 1)], SIZES
    loading = {"fetchpriority": "high"} if eager else {"loading": "lazy", "decoding": "async"}
    image = builder.IMG({"src": relative(fallback.path), "srcset": sources[-1][1], "sizes": sizes, "alt": alt,
                         "width": str(fallback.width), "height": str(fallback.height), **loading})
    return builder.E.picture(*(builder.E.source({"type": media_type, "srcset": srcset, "sizes": sizes})
                               for media_type, srcset in sources[:-1]), image)


def picture_html(*args, **kwargs) -> str:
    return serialize(picture(*args, **kwargs), children_only=False)


def responsive_photos(photos: Photos, first_is_eager: Callable[[str], bool]) -> Callable:
    """A pipeline step: each <img> of a converted photo becomes its <picture>, and a link to one
    leads to its largest JPEG. `first_is_eager(src_uri)`: whether the page's first picture is in its
    content (a page whose template shows a photo above the content has its first picture there)."""
    def step(root: HtmlElement, page: PageInfo, report: Callable[[Finding], None]) -> None:
        def target(url: str) -> str | None:
            """The path in docs/ (and in the site) a relative link leads to."""
            if not url or "://" in url or url.startswith(("#", "mailto:", "data:")):
                return None
            return posixpath.normpath(posixpath.join(page.folder, url.split("#")[0])).lstrip("/")

        def photo_at(url: str) -> Photo | None:
            return photos.photos.get(target(url))

        eager = first_is_eager(page.src_uri)
        for image in list(root.iter("img")):
            photo = photo_at(image.get("src", ""))
            drawing = photos.drawings.get(target(image.get("src", "")))
            if drawing and not image.get("width"):
                image.set("width", str(drawing[0]))
                image.set("height", str(drawing[1]))
            if photo:
                replacement = picture(photo, image.get("alt", ""), page.relative, eager=eager)
                replacement.tail = image.tail
                image.getparent().replace(image, replacement)
                eager = False
        for link in root.iter("a"):
            photo = photo_at(link.get("href", ""))
            if photo:
                link.set("href", page.relative(photo.largest.path))

    return step

"""What a live preview (`mkdocs serve --dirty`) must rebuild after an edit, and what it may keep.

MkDocs' dirty mode rebuilds a page only when its Markdown file is newer than
its output. That is right for a post, but the pages that show posts (the news
index, categories, archive, newsletter, home page) and the pages made from
data have no file of their own, and a change to data, templates or the menu
changes every page. So every build records:

- a fingerprint of everything that shows on all pages (configuration, data,
  templates, the hand-written pages and their menu titles): when it changes,
  the preview is rebuilt from scratch;
- a digest of what each page that shows other content displays: such a page
  is rebuilt exactly when its digest changes;
- the output files, so that the old page of a post whose address changed goes;
- a digest of what the feeds show: they are written again only when it changes.

The record is a file in the preview's output folder, which `mkdocs serve`
keeps for the life of the server, with the processed HTML of every page next
to it: the feeds carry posts that a rebuild did not render.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import os
import shutil
from collections.abc import Callable, Iterable
from pathlib import Path

from ..content.posts import Post
from ..pages.generated import GeneratedPage
from ..pages.registry import Page
from ..pages.site import Site
from ..routes import POSTS

RECORD = ".preview-record.json"
HTML = ".preview-html"


def _describe(value: object) -> object:
    """`value` as plain tuples for hashing, each post described once per build (posts are
    shown by many listings, and their full description is the costly part)."""
    if isinstance(value, Post):
        return value.digest
    if isinstance(value, (list, tuple)):
        return tuple(_describe(item) for item in value)
    if dataclasses.is_dataclass(value):
        return type(value).__name__, tuple(_describe(getattr(value, name)) for name in _field_names(type(value)))
    if isinstance(value, dict):
        return tuple((key, _describe(item)) for key, item in value.items())
    return value


@functools.cache
def _field_names(kind: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(kind))


def _hash(*parts: object) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part if isinstance(part, bytes) else repr(part).encode("utf-8"))
        digest.update(b"\0")
    return digest.hexdigest()


def site_fingerprint(root: Path, docs_dir: Path, watched: Iterable[Path], nav: object) -> str:
    """A hash of every file outside the news posts that can change all pages: its path, size and
    modification time, which is what tells MkDocs' own dirty mode that a file changed."""
    posts = os.path.normpath(docs_dir / POSTS)
    stats = [_stat(root / "mkdocs.yml")]
    for folder in sorted({os.path.normpath(f) for f in [*watched, docs_dir]}):
        for where, folders, names in os.walk(folder):
            folders[:] = sorted(f for f in folders if f != "__pycache__" and os.path.join(where, f) != posts)
            stats += [_stat(Path(where, name)) for name in sorted(names)]
    return _hash(nav, *stats)


def _stat(path: Path) -> tuple:
    status = path.stat()
    return path.as_posix(), status.st_size, status.st_mtime_ns


def page_digests(site: Site, generated: Iterable[GeneratedPage], root: Path) -> dict[str, str]:
    """For each page that shows other content: a hash of everything it displays. A page that stands for
    itself (pages/registry.py `Page`: its template reads the site) changes with any shown post or issue;
    a post or portrait with its own file and text, and the posts it ends with (pages/reading.py)."""
    everything = _hash(_describe((site.shown, site.issues)))  # once, not for each such page: 2,000 posts each

    def shows(src_uri: str) -> object:
        context = site.context(src_uri)
        if any(isinstance(item, Page) for item in context.values()):
            return _describe(context), everything
        return _describe(context)

    digests = {page.src_uri: _hash(page.source(), shows(page.src_uri)) for page in generated}
    digests["index.md"] = _hash(shows("index.md"))
    for src_uri, (page_type, item) in site.pages.items():
        if page_type.reading and not page_type.generated:
            digests[src_uri] = _hash(_describe(item), _describe(site.related(src_uri)), _stat(root / item.path))
    return digests


def feeds_digest(site: Site, posts: Iterable[Post], root: Path, site_url: str, newsletter_length: int) -> str:
    """A hash of everything the feeds show: the `posts` they carry (their front matter and, through
    the file's size and time, their text) and the newsletter issues."""
    return _hash(site_url, *((post.digest, _stat(root / post.path)) for post in posts),
                 _describe(site.published_issues[:newsletter_length]))


class PreviewRecord:
    """What one preview rebuild knows of the previous one, and leaves for the next."""

    def __init__(self, site_dir: Path, fingerprint: str) -> None:
        self.site_dir = site_dir
        try:
            previous = json.loads((site_dir / RECORD).read_text(encoding="utf-8"))
        except (FileNotFoundError, ValueError):
            previous = {}
        self.full = previous.get("site") != fingerprint
        """Something that shows on every page changed (or this is the first build): start clean."""
        if self.full:
            previous = {}
            if site_dir.is_dir():
                for child in site_dir.iterdir():
                    shutil.rmtree(child) if child.is_dir() else child.unlink()
        index = site_dir / "search" / "search_index.json"
        self.search_index = index.read_bytes() if index.is_file() else None
        """The previous search index: a rebuild indexes only the pages it renders."""
        self._previous = previous
        self._next = {"site": fingerprint, "pages": {}, "outputs": [], "feeds": None, "copies": {}, "links": {}, "anchors": {},
                      "written": dict(previous.get("written", {}))}

    def stale(self, digests: dict[str, str], exists) -> set[str]:
        """The pages (of `digests`) whose content changed, or whose output `exists(src_uri)` not."""
        self._next["pages"] = digests
        previous = self._previous.get("pages", {})
        return {src for src, digest in digests.items() if previous.get(src) != digest or not exists(src)}

    def remove_moved(self, outputs: set[str]) -> None:
        """A post whose date or slug changed has moved: remove its page at the old address."""
        for dest_uri in set(self._previous.get("outputs", [])) - outputs:
            self._remove(dest_uri)
        self._next["outputs"] = sorted(outputs)

    def remove_unwritten(self, group: str, written: Iterable[str]) -> None:
        """The build wrote all files of `group` (its calendars, its feeds): remove those of the group an earlier
        rebuild wrote and this one did not (a meeting's calendar at the address its post had before)."""
        written = sorted(written)
        for dest_uri in set(self._next["written"].get(group, [])) - set(written):
            self._remove(dest_uri)
        self._next["written"][group] = written

    def _remove(self, dest_uri: str) -> None:
        """The file, and folders it leaves empty. A file that was never written (a hidden file an editor's program
        made and removed) has no folder."""
        path = self.site_dir / dest_uri
        path.unlink(missing_ok=True)
        while path.parent != self.site_dir and path.parent.is_dir() and not any(path.parent.iterdir()):
            path = path.parent
            path.rmdir()

    def changed_links(self, url_of: Callable[[str], str | None], rendered_again: Callable[[str], bool]) -> set[str]:
        """The pages whose links change or may break: those whose text links to a page that now has another
        address (`url_of(src_uri)`; None when it is gone: a post whose date changed moves), and those that link
        to a place (#kop) on a page this build renders again (`rendered_again`), whose headings may be others
        now: rendered again, their links are checked again. Each page's links are kept for the next rebuild:
        those of the pages this build renders as `keep_links` is told."""
        links = {src: targets for src, targets in self._previous.get("links", {}).items() if url_of(src) is not None}
        anchors = {src: targets for src, targets in self._previous.get("anchors", {}).items() if src in links}
        self._next["links"], self._next["anchors"] = links, anchors
        return ({src for src, targets in links.items() if any(url_of(target) != url for target, url in targets.items())}
                | {src for src, targets in anchors.items() if any(map(rendered_again, targets))})

    def keep_links(self, src_uri: str, targets: dict[str, str], anchored: list[str]) -> None:
        """The pages (src_uri → address) a page this build rendered links to, and those of them it links to a place
        on."""
        self._next["links"][src_uri] = targets
        self._next["anchors"][src_uri] = anchored

    def feeds_changed(self, digest: str) -> bool:
        self._next["feeds"] = digest
        return self._previous.get("feeds") != digest

    def copied_before(self, dest_uri: str, cached: Path) -> bool:
        """Whether the output at `dest_uri` is still the copy of the file `cached` that an earlier rebuild made.
        Cached files are named by a hash of all they hold (a share card's), so the same name is the same bytes."""
        self._next["copies"][dest_uri] = cached.name
        return (self._previous.get("copies", {}).get(dest_uri) == cached.name
                and os.path.isfile(os.path.join(self.site_dir, dest_uri)))

    def keep_html(self, src_uri: str, html: str) -> None:
        """The processed HTML of a page this build rendered, for later rebuilds' feeds."""
        path = self._html_path(src_uri)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(html, encoding="utf-8")

    def kept_html(self, src_uri: str) -> str:
        """The HTML `keep_html` kept for the page: a page is rendered at least once, in the first build."""
        return self._html_path(src_uri).read_text(encoding="utf-8")

    def _html_path(self, src_uri: str) -> Path:
        return self.site_dir / HTML / (hashlib.sha256(src_uri.encode("utf-8")).hexdigest() + ".html")

    def save(self) -> None:
        (self.site_dir / RECORD).write_text(json.dumps(self._next), encoding="utf-8")

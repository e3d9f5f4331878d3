"""One build, from its start (on_config) to its end (on_post_build): everything the hooks hand over.

MkDocs imports the hook module once per process and never reloads it under `mkdocs serve`,
so the hooks keep one `Build`, made anew for every build, and nothing else between events.
The build composes the site: it loads the content, converts the photos and makes the view
(`start`), says which files to add to MkDocs' (`new_files`), runs every page's HTML through
the pipeline (`process`), checks links and titles, makes the policy from the templates'
scripts (`trust`), and writes every output and audits all it wrote (`finish`). The hooks
(hooks/site_hooks.py) only translate between MkDocs' objects and these plain values.
"""

from __future__ import annotations

import json
import os
import posixpath
import shutil
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from jinja2 import Environment

from .content.cores import fork_workers
from .content.descriptions import text_image_problems
from .content.draft_files import named_files
from .content.files import CENTRE, DRAWINGS, PHOTOS, content_images, refuse_symlinks
from .content.gif import clean_gif
from .content.markdown_limits import ConversionGuard, control_character, too_costly
from .content.model import Content, load_content
from .content.problems import ContentError, Problem
from .content.svg import clean_svg
from .outputs import editor
from .outputs.audit import AuditFinding, Rules, audit_files, files_in
from .outputs.calendar import calendar_files
from .outputs.cms_config import Settings as EditorSettings
from .outputs.csp import editor_policy, policy, trusted_hashes, with_policy
from .outputs.editor_problems import FILE as PROBLEMS
from .outputs.editor_problems import editor_problems
from .outputs.feeds import NEWSLETTER_FEED_LENGTH, FeedWriter, carried_posts
from .outputs.house_style import STYLESHEET, colours, loads, missing
from .outputs.html import PageInfo, ProcessedPage, Step, findings, line_of, process, site_path
from .outputs.images import image_files, image_paths
from .outputs.links import check_links, own_address, relative_own_links
from .outputs.photos import Photos, responsive_photos
from .outputs.sanitize import sanitizer, template_classes
from .outputs.search_index import index_json, merged_entries, page_entries
from .outputs.sitemaps import ALL_OTHER_PAGES, sitemap_files
from .outputs.sitemaps import Entry as SitemapEntry
from .outputs.titles import escape_toc, page_title
from .outputs.video import embed_videos
from .pages.cards import FOLDER as CARD_FOLDER
from .pages.generated import generated_pages
from .pages.reading import heading_count
from .pages.redirects import REDIRECTS_MAP, collisions, redirect_html, redirects, redirects_map
from .pages.site import Site
from .support.error_page import error_page
from .support.preview import PreviewRecord, feeds_digest, page_digests, site_fingerprint
from .support.templates import environment


def _file_system_now() -> float:
    """Now as the file system stamps files: under a fake clock (the suite's runs a year ahead) time.time() is
    not, and the audit would take every file for one an earlier build wrote."""
    with tempfile.TemporaryFile() as marker:
        return os.fstat(marker.fileno()).st_mtime


@dataclass(frozen=True)
class Settings:
    """What a build needs of MkDocs' configuration and command, as plain values."""

    root: Path
    """The project folder."""
    docs_dir: Path
    site_dir: Path
    overrides: Path
    site_url: str
    directory_urls: bool
    serving: bool
    """Under `mkdocs serve`: problems show in the browser, live reload runs inline script."""
    dirty: bool
    preview: bool
    """Drafts and scheduled posts shown: `mkdocs serve`, or a pull request's preview."""
    is_site_page: Callable[[str], bool]
    """Whether a hand-written page outside the sections belongs to the site (content/files.py)."""
    menu: frozenset[str]
    """The pages the configuration's menu names."""
    watched: tuple[Path, ...]
    nav: object
    """The configuration's menu as written: part of the preview's fingerprint."""
    editor: EditorSettings
    search: dict | None
    """Material's search settings (lang, separator, pipeline, fields), or None without search."""
    packages: Path
    """Where package.json is, with the npm packages the site serves (the web editor)."""
    now: object


@dataclass(frozen=True)
class NewFile:
    """A file the build adds to MkDocs': a page to render (Markdown), or a file to publish as it is."""

    src_uri: str
    content: str | bytes | None = None
    source: Path | None = None
    """A file copied as it is (the web editor's)."""
    edit_path: str | None = None
    """The file editors change for it (a data file), for its edit link and messages."""
    page: bool = False


@dataclass(frozen=True)
class Processed:
    """A page through the pipeline, in values that go between processes."""

    page: ProcessedPage
    """Without its tree (`kept()`)."""
    title: str
    """Escaped."""
    hide: list[str]
    """What of Material's layout the page hides."""
    search: list[dict] | None
    """Its search entries; None when its front matter leaves it out of search."""


@dataclass
class Build:
    settings: Settings
    content: Content | None = None
    site: Site | None = None
    """The view; None when the content could not be loaded (then `problems` says why)."""
    photos: Photos | None = None
    steps: tuple[Step, ...] = ()
    preview: PreviewRecord | None = None
    """Under `mkdocs serve --dirty`: what this rebuild knows of the previous one."""
    conversion_guard: ConversionGuard = field(default_factory=ConversionGuard)
    """Added to Python-Markdown's extensions: text nested too deep or too slow to convert becomes a problem."""
    problems: list[Problem] = field(default_factory=list)
    pages: dict[str, ProcessedPage] = field(default_factory=dict)
    """Every page rendered in this build, by source path, as the pipeline left it."""
    search: dict[str, list[dict]] = field(default_factory=dict)
    """The search index entries of the pages rendered in this build, by page URL."""
    sitemap: list[SitemapEntry] = field(default_factory=list)
    started: float = field(default_factory=_file_system_now)
    """The audit reads every file written since."""
    trusted: frozenset[str] = frozenset()
    """Hashes of the inline scripts the templates emit (outputs/csp.py)."""
    redirect_pages: set[str] = field(default_factory=set)
    sources: dict[str, str] = field(default_factory=dict)
    """The file each output path comes from, as editors know it (docs/…, data/…), for the audit's messages."""
    script_files: frozenset[str] = frozenset()
    generated: list = field(default_factory=list)
    """The pages this build made in memory (pages/generated.py)."""
    unpublished: set[str] = field(default_factory=set)
    """Files of docs/ that only pages this build leaves out (drafts, scheduled posts) use: not published."""
    palette: dict = field(default_factory=dict)
    """The colours of the house style (outputs/house_style.py)."""

    @classmethod
    def start(cls, settings: Settings) -> Build:
        """Load and check the content, convert the photos, make the view; or note why not."""
        build = cls(settings)
        root, docs_dir = settings.root, settings.docs_dir
        try:
            refuse_symlinks(root, [docs_dir, root / "data", settings.overrides])
            build.content = load_content(root, docs_dir, settings.now, settings.preview, settings.is_site_page)
            build.photos = prepare_photos(build.content, root, docs_dir)
        except ContentError as error:
            build.problems += error.problems
            return build
        site = build.site = Site(build.content, build.photos.photos)
        stylesheet = settings.overrides / STYLESHEET
        css = stylesheet.read_text(encoding="utf-8") if stylesheet.is_file() else ""
        build.palette = colours(css)
        build.problems += [Problem(f"overrides/{STYLESHEET}", line, f"de huisstijl laadt iets ('{what}'), maar hij geeft "
                                   "alleen kleuren en lettertypen bij naam", "haal het weg; een lettertype of plaatje "
                                   "van de site zelf zet een ontwikkelaar in site.css") for line, what in loads(css)]
        build.problems += [Problem(f"overrides/{STYLESHEET}", 1, f"de huisstijl geeft geen kleur --lho-{name}, en daarmee "
                                   "tekent de site het woordmerk en de deelplaatjes",
                                   f"zet in :root een regel als --lho-{name}: #1d4f73;") for name in missing(build.palette)]
        build.steps = (sanitizer(template_classes(settings.overrides / "pages"), own_address(site.data.url)),
                       embed_videos, responsive_photos(build.photos, lambda src: not site.shows_photo_above(src)),
                       relative_own_links(site.data.url, settings.directory_urls))
        if settings.serving and settings.dirty:
            fingerprint = site_fingerprint(root, docs_dir, settings.watched, settings.nav)
            build.preview = PreviewRecord(settings.site_dir, fingerprint)
        return build

    @cached_property
    def templates(self) -> Environment:
        """Our own autoescaping Jinja environment over overrides/: feeds, data pages, redirects, the editor."""
        return environment(self.settings.overrides, self.settings.root)

    @property
    def page_policy(self) -> str:
        return policy(self.trusted, serving=self.settings.serving)

    @property
    def redirect_policy(self) -> str:
        """The pages at old addresses have no script."""
        return policy(frozenset(), serving=self.settings.serving)

    def new_files(self, site_files: dict[str, str]) -> list[NewFile]:
        """The files to add to MkDocs': the generated pages, the published form of SVGs, the web editor,
        the pages at old addresses and their map. `site_files`: MkDocs' files so far, output path → URL."""
        site, docs = self.site, self.settings.docs_dir
        pages = generated_pages(site, self.templates)
        self.generated = pages
        docs_folder = docs.relative_to(self.settings.root).as_posix()
        for page in pages:
            if (docs / page.src_uri).is_file():
                self.problems.append(Problem(f"{docs_folder}/{page.src_uri}", 1, "deze pagina maakt de site zelf al "
                                             f"(uit {page.edit_path or 'de berichten'}); dit bestand zou haar vervangen",
                                             "haal het bestand weg, of zet de tekst in het gegevensbestand"))
        new = [NewFile(page.src_uri, page.source(), edit_path=page.edit_path, page=True) for page in pages]
        # An SVG is published as content/svg.py rebuilt it from its allowlist, a GIF redrawn without its
        # metadata (content/gif.py): never as they were written.
        new += [NewFile(src_uri, clean_svg((docs / src_uri).read_bytes()).data)
                for src_uri in content_images(docs, (".svg",))]
        new += [NewFile(src_uri, clean_gif(docs / src_uri, self.settings.root / ".cache" / "gifs"))
                for src_uri in content_images(docs, (".gif",))]
        new += self._editor_files(site_files)
        return new + self._redirect_files(site_files | self._own_outputs(pages, new))

    def _own_outputs(self, pages: list, new: list[NewFile]) -> dict[str, str]:
        """Every file the build itself adds to the site, by output path → its address: no old address
        may take its place (or that of a folder above it)."""
        site = self.site
        made = {page.src_uri.removesuffix("md") + "html": "/" + page.src_uri.removesuffix("index.md") for page in pages}
        made |= {file.src_uri: "/" + file.src_uri for file in new if not file.page}
        # A post waiting for its date takes its address then: an old address there would break that day's build.
        made |= {post.url + "index.html": "/" + post.url for post in self.content.posts}
        written = [*(a.path for a in site.announced), *(p.calendar_url for p in site.shown),
                   *image_paths(site.share_cards),
                   *self.photos.files, "search/search_index.json", REDIRECTS_MAP, "404.html", "sitemap.xml",
                   *(f"{folder}sitemap.xml" for folder in site.feed_folders), ALL_OTHER_PAGES]
        return made | {path: "/" + path for path in written}

    def _editor_files(self, site_files: Iterable[str]) -> list[NewFile]:
        """The web editor at /beheer/ (outputs/editor.py), when npm has installed it; `site_files`: the paths of
        the site's files, among them its stylesheets for the preview. Without content (the first build failed)
        it comes without the choices of content that could not be read."""
        packages = self.settings.packages
        if not editor.installed(packages):
            return []
        copied = [NewFile(c.dest_uri, source=c.source) for c in editor.copied_files(packages)]
        styles = [f"../{path}" for path in editor.preview_styles(site_files)]
        names = self.site.names if self.site else defaultdict(lambda: None)
        made = editor.generated_files(names, self.settings.editor, self.site.data.name if self.site else "",
                                      self.templates, styles, self.settings.serving)
        if self.settings.serving:  # no problems: beheer.js clears its list (show_problems writes them)
            made[f"{editor.FOLDER}/{PROBLEMS}"] = json.dumps({"problemen": []})
        return copied + [NewFile(path, content) for path, content in made.items()]

    def _redirect_files(self, site_files: dict[str, str]) -> list[NewFile]:
        """A small page at every old address (pages/redirects.py), and the map of those with a query."""
        found = redirects(self.site)
        problems = collisions(found, site_files)
        self.problems += problems
        new = []
        for redirect in found if not problems else ():
            if redirect.old.dest_uri:
                page = redirect_html(redirect, self.settings.site_url, self.site.data.name, self.templates,
                                     self.settings.directory_urls, self.site.preview)
                new.append(NewFile(redirect.old.dest_uri, with_policy(page, self.redirect_policy)))
                self.redirect_pages.add(redirect.old.dest_uri)
        return new + [NewFile(REDIRECTS_MAP, redirects_map(found, self.settings.directory_urls))]

    def stale_pages(self, exists: Callable[[str], bool]) -> dict[str, bool]:
        """Under a preview rebuild: for each page that shows other content, whether to render it again."""
        digests = page_digests(self.site, self.generated, self.settings.root)
        stale = self.preview.stale(digests, exists)
        return {src_uri: src_uri in stale for src_uri in digests}

    def markdown(self, markdown: str, path: str) -> str:
        """A page's Markdown, or nothing when converting it would stall or break (a problem says why).
        The descriptions of its images are checked here, in its file (content/descriptions.py)."""
        found = too_costly(markdown) or control_character(markdown)
        if found:
            near, what, fix = found
            self.problems.append(Problem(path, line_of(self.read(path), (near,)), what, fix))
            return ""
        if path.endswith(".md") and ("![" in markdown or "<img" in markdown.lower()):  # read the file only then
            self.problems += text_image_problems(self.read(path), path)
        return markdown

    def process(self, html: str, page: PageInfo, toc: Iterable, meta: dict, fallback_title: str) -> str:
        """A page's HTML through the pipeline (outputs/html.py), kept (`keep`)."""
        return self.keep(self.processed(html, page, toc, meta, fallback_title), meta)

    def processed(self, html: str, page: PageInfo, toc: Iterable, meta: dict, fallback_title: str) -> Processed:
        """A page's HTML through the pipeline; its titles (in `toc` too) escaped from the result, its search entries.
        Changes nothing of the build: done in another process too (pages_ahead.py of the hooks)."""
        processed = process(html, page, self.steps)
        # Material prints titles as HTML: they become the escaped text of the sanitized headings.
        escape_toc(toc, processed.root)
        title = page_title(meta.get("title"), processed.root, fallback_title)
        hide = self.site.hidden_sidebars(page.src_uri, heading_count(toc), meta.get("hide") or [])
        search = None if (meta.get("search") or {}).get("exclude") else page_entries(page.url, title, processed.root)
        return Processed(processed.kept(), title, hide, search)

    def keep(self, processed: Processed, meta: dict) -> str:
        """What the build learns of a processed page: the conversion guard's refusal, the page as the pipeline left
        it, its search entries. `meta` (the page's front matter) gets the escaped title. The page's HTML."""
        page = processed.page.page
        refused = self.conversion_guard.take()
        if refused:
            self.problems.append(Problem(page.path, 1, *refused))
        self.pages[page.src_uri] = processed.page
        if self.preview:
            self.preview.keep_html(page.src_uri, processed.page.html)
        meta["title"] = processed.title
        if processed.hide:
            meta["hide"] = processed.hide
        if processed.search is not None:
            self.search[page.url] = processed.search
        return processed.page.html

    def check_pages(self, site_files: dict[str, str], documentation: dict[str, str], left_out: dict[str, str]) -> None:
        """Check the links of every rendered page; every finding of the pipeline becomes a problem.
        `documentation`: the pages (src_uri → URL), for the sitemaps; `left_out`: the pages this build leaves out
        (drafts, posts waiting for their date), URL → src_uri, not among `site_files`."""
        site = self.site
        known = ({*site_files.values()} | {a.path for a in site.announced} | set(image_paths(site.share_cards))
                 | set(self.photos.photos) | set(self.photos.files))
        pages = self.pages.values()
        sources = {url: src_uri for src_uri, url in documentation.items()} | left_out
        items = {item.src_uri: item for item in (*self.content.posts, *self.content.all_portraits)}
        check_links(pages, {p.page.url: p.ids for p in pages}, known, site.data.url, sources,
                    {url: _why_left_out(items.get(src_uri)) for url, src_uri in left_out.items()})
        for path, line, what, fix in findings(pages, lambda page: self.read(page.path)):
            self.problems.append(Problem(path, line, what, fix))
        self.sitemap.extend(SitemapEntry(url, site.modified(src_uri)) for src_uri, url in documentation.items())
        if self.preview:
            page_at = {site_path(url): src_uri for src_uri, url in documentation.items()}
            for src_uri, page in self.pages.items():
                linked = {page_at[path] for path in page.own_paths() if path in page_at} - {src_uri}
                anchored = {page_at[path] for path in page.own_paths(anchored=True) if path in page_at} - {src_uri}
                self.preview.keep_links(src_uri, {target: documentation[target] for target in sorted(linked)},
                                        sorted(anchored))

    def drafts_only_files(self, media: Iterable[str]) -> set[str]:
        """The files of docs/ (`media`: photos, drawings, pdf's) that only the pages this build leaves out
        refer to: a draft's photo is not published before the draft. Found in the rendered pages' links
        and the shown items' photos, and in the text of the pages left out (content/draft_files.py)."""
        content = self.content
        shown = {path for page in self.pages.values() for path in page.own_paths()}
        shown |= {item.image for item in (*content.shown, *content.portraits) if item.image}
        hidden_items = [item for item in (*content.posts, *content.all_portraits) if item.src_uri in content.hidden]
        hidden = {item.image for item in hidden_items if item.image}
        media = list(media)
        for item in hidden_items:
            hidden |= named_files(self.read(item.path), posixpath.dirname(item.src_uri), media)
        self.unpublished = hidden - shown
        return self.unpublished

    def trust(self, rendered_partials: Iterable[str], sources: dict[str, str], script_files: Iterable[str]) -> None:
        """The policy's hashes, from the templates' script partials rendered for every page depth (outputs/
        csp.py); and, for the audit, where each output comes from and which script files the site brings."""
        self.trusted = trusted_hashes(rendered_partials)
        self.sources = sources
        self.script_files = frozenset(script_files)

    def policied(self, html: str) -> str:
        """A page of the theme with the site's policy (outputs/csp.py)."""
        return with_policy(html, self.page_policy)

    def finish(self) -> None:
        """Write every output the build makes itself, then audit every file this build wrote."""
        site, settings = self.site, self.settings
        site_dir = settings.site_dir
        outputs = sitemap_files(self.sitemap, settings.site_url, site.feed_folders)
        preview = self.preview
        groups = {"calendars": calendar_files(site, settings.site_url)}
        if not preview or preview.feeds_changed(feeds_digest(site, carried_posts(site), settings.root,
                                                             settings.site_url, NEWSLETTER_FEED_LENGTH)):
            groups["feeds"] = FeedWriter(site, self.html, settings.site_url, self.templates).files()
        for group, files in groups.items():
            outputs |= files
            if preview:
                preview.remove_unwritten(group, files)
        # Every build: a rebuild of the preview may have a new post, and a card drawn before is kept in the cache.
        outputs |= image_files(site.wordmark, site.share_cards.values(), self.palette, settings.root / ".cache" / "cards",
                               fork_workers())
        cards = site_dir / CARD_FOLDER
        for name in os.listdir(cards) if preview and cards.is_dir() else ():
            if name.endswith(".png") and f"{CARD_FOLDER}/{name}" not in site.share_cards:
                (cards / name).unlink()
        if settings.search is not None:
            previous = preview.search_index if preview and not preview.full else None
            # The home page's address is "./" to MkDocs and "" in the search index.
            pages = {entry.url.removeprefix("./") for entry in self.sitemap}
            outputs["search/search_index.json"] = index_json(settings.search, merged_entries(previous, self.search, pages))
        for path, content in outputs.items():
            if isinstance(content, Path) and preview and preview.copied_before(path, content):
                continue  # a rebuild of the preview leaves the 2,000 cards of an archive where they are
            target = site_dir / path
            target.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, Path):
                shutil.copyfile(content, target)
            else:
                target.write_bytes(content)
        withheld = {path for src in self.unpublished if src in self.photos.photos for path in self.photos.photos[src].paths}
        for path, cached in self.photos.files.items():
            if path in withheld:
                continue
            target = site_dir / path
            if not target.is_file():  # names hold the photo's hash: an existing one is the same
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(cached, target)
        policies = {"page": self.page_policy, "redirect": self.redirect_policy,
                    "editor": editor_policy(settings.serving)}
        site_files = files_in(site_dir)
        self.audit(site_dir, Rules(self.trusted, self.script_files, frozenset(self.redirect_pages), policies,
                                   editor.FOLDER, settings.site_url, frozenset(site_files)), site_files)
        if preview and not self.problems:
            preview.save()

    def show_problems(self) -> None:
        """Under `mkdocs serve`: every page becomes the list of problems, which reloads once they are fixed.
        The web editor stays (an editor who saved a mistake must get back to the form) and lists them too."""
        site_dir = self.settings.site_dir
        for child in site_dir.iterdir() if site_dir.is_dir() else ():
            if child.name not in ("assets", editor.FOLDER):
                shutil.rmtree(child) if child.is_dir() else child.unlink()
        page = error_page(self.problems, self.templates)
        site_dir.mkdir(parents=True, exist_ok=True)
        for name in ("index.html", "404.html"):
            (site_dir / name).write_text(page, encoding="utf-8")
        self._keep_editor(site_dir)

    def _keep_editor(self, site_dir: Path) -> None:
        """The editor of the last good build with this build's problems; written anew when there is none (the
        first build already failed): then without the choices of content that could not be read."""
        folder = site_dir / editor.FOLDER
        if not editor.installed(self.settings.packages):
            return
        if not (folder / "index.html").is_file():
            css = (p.relative_to(site_dir).as_posix() for p in (site_dir / "assets").rglob("*.css"))
            for new in self._editor_files(css):
                target = site_dir / new.src_uri
                target.parent.mkdir(parents=True, exist_ok=True)
                if new.source:
                    shutil.copyfile(new.source, target)
                else:
                    target.write_text(new.content, encoding="utf-8")
        problems = editor_problems(self.problems, self.read)
        (folder / PROBLEMS).write_text(json.dumps({"problemen": problems}, ensure_ascii=False), encoding="utf-8")

    def audit(self, site_dir: Path, rules: Rules, site_files: dict[str, float]) -> None:
        """Audit every file of `site_dir` (`site_files`: each one's modification time) this build wrote
        (outputs/audit.py); each finding becomes a problem of the file it comes from."""
        # Dot-files are the preview's own bookkeeping (support/preview.py); MkDocs publishes none from docs/.
        written = [relative for relative, modified in sorted(site_files.items())
                   if not relative.startswith(".") and modified >= self.started - 1]
        for finding in audit_files(site_dir, written, rules, fork_workers()):
            self._add_finding(finding, rules.site_url)

    def _add_finding(self, finding: AuditFinding, site_url: str) -> None:
        """A problem of the source of the file (or, for a feed item or search entry, of its page)."""
        path = finding.path
        if finding.page_url is not None:
            path = finding.page_url.removeprefix(site_url).split("#")[0].lstrip("/")
            path = path + "index.html" if path.endswith("/") or not path else path
        source = self.sources.get(path) or f"site/{path}"
        problem = Problem(source, line_of(self.read(source), finding.near), finding.what, finding.fix)
        if problem not in self.problems:
            self.problems.append(problem)

    def read(self, path: str) -> str:
        """The text of a file of the project (for the line of a problem); empty when it is not there."""
        try:
            return (self.settings.root / path).read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError):
            return ""

    def html(self, src_uri: str) -> str:
        """The processed HTML of a page, as feeds carry it: from this build, or under `mkdocs serve
        --dirty` from the build that last rendered it (see support/preview.py)."""
        if src_uri in self.pages or not self.preview:
            return self.pages[src_uri].html
        return self.preview.kept_html(src_uri)


def _why_left_out(item) -> tuple[str, str]:
    """Why a build leaves out the post or portrait `item` (None: a page MkDocs itself leaves out, a name starting
    with a dot), as the end of "een bericht dat …", and what a page that links to it can do."""
    if item is None:
        return "niet op de site staat", "link naar een pagina die er wel is"
    if item.draft:
        return ("nog een concept is (draft: true), dus niet op de site staat",
                "haal de link weg, of zet hem terug als dat bericht verschijnt (zonder draft: true)")
    return (f"pas op {item.date_text} verschijnt, dus tot dan niet op de site staat",
            f"haal de link weg en zet hem terug vanaf {item.date_text}")


def prepare_photos(content: Content, root: Path, docs_dir: Path) -> Photos:
    """Every photo of docs/ converted (outputs/photos.py), cropped around the focus its post or portrait
    gives; raises ContentError for a photo that cannot be used."""
    photos = Photos(docs_dir, root / ".cache" / "photos")
    focus = {item.image: item.image_focus for item in [*content.posts, *content.all_portraits] if item.image}
    docs = docs_dir.relative_to(root).as_posix()
    failed = photos.prepare({src_uri: focus.get(src_uri, CENTRE) for src_uri in content_images(docs_dir, PHOTOS)})
    photos.measure(content_images(docs_dir, DRAWINGS))
    if failed:
        raise ContentError([Problem(f"{docs}/{src_uri}", 1, message, "sla de foto opnieuw op als .jpg, of haal hem weg")
                            for src_uri, message in failed.items()])
    return photos

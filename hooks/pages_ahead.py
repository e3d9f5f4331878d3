"""The pages of a large build converted from Markdown and rendered from their templates on every core, ahead of
MkDocs' own loops.

MkDocs converts one page after another in one process, then renders one after another: at 2,000 posts that is
two thirds of a clean build, and each page's conversion and rendering is independent of the others'. Forked
processes (copies of the build at that moment: nothing is sent to them) do both exactly as MkDocs would, ahead:
- converted (from on_nav): each page read, every plugin's on_page_markdown, Python-Markdown with MkDocs'
  extensions, and our HTML pipeline; while MkDocs' loop gives the build's own process every event of each
  page, with Markdown of nothing to convert, and it keeps what the pipeline made (Build.keep);
- rendered (from on_env): each page's context, every plugin's on_page_context and its template; MkDocs' loop
  renders a template that puts the result in place (overrides/lho-rendered-ahead.html) and writes it.
MkDocs still runs every event for every page in its own order. A page whose work there logged anything
(a warning counts for --strict, and is the build's own process's to log) or failed is done again in the build's
own process, as without forks: its messages and errors come from there, naming the page.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass

from mkdocs.commands.build import get_context
from mkdocs.structure.files import InclusionLevel
from mkdocs.structure.pages import Page

from lho_site.content.cores import Ahead, fork_workers

log = logging.getLogger("mkdocs.plugins.lho_site.pages_ahead")
TEMPLATE = "lho-rendered-ahead.html"
FROM_PAGES = 300
"""Fewer pages than this are done in the build's own process: forking costs more than it saves there
(the real site, a few hundred files of which a hundred pages, builds faster without)."""

_work: tuple = ()
"""What the forked processes work with: the build's objects at the moment of the fork."""


class _InOrder:
    """The results of one kind of work on the pages, taken in MkDocs' order of the pages."""

    def __init__(self, function, doc_files: list, workers: int) -> None:
        self._order = iter(file.src_uri for file in doc_files)
        self._results = Ahead(function, range(len(doc_files)), workers, initializer=_note_logging)
        self._broken = False

    def take(self, page):
        """The result for `page`, the next in order; None if its work logged anything or failed, or (for it and
        every page after it) when a forked process was killed (as the system does when memory runs out)."""
        if next(self._order, None) != page.file.src_uri:
            raise RuntimeError(f"MkDocs takes {page.file.src_uri} out of the order of the pages done ahead")
        if self._broken:
            return None
        try:
            return next(self._results)
        except BrokenProcessPool:
            self._broken = True
            log.info("Een hulpproces van de build is gestopt; de build doet de overige pagina's zelf.")
            return None

    def close(self) -> None:
        global _work
        self._results.close()
        _work = ()


def _forks(files) -> tuple[list, int]:
    """The documentation pages' files of a build (MkDocs' own list and order) and the processes to fork for them:
    0 when there are too few pages or forking is not safe (content/cores.py)."""
    doc_files = files.documentation_pages(inclusion=InclusionLevel.is_included)
    workers = fork_workers()
    return doc_files, workers if workers > 1 and len(doc_files) >= FROM_PAGES else 0


@dataclass(frozen=True)
class Converted:
    """What MkDocs' Page.render and the build's pipeline leave on a page, in values that go between processes."""

    processed: object
    """What the pipeline made of it (lho_site/build.py Processed)."""
    toc: object
    title: str | None
    anchors: set[str]
    links_to_anchors: dict[str, dict[str, str]] | None
    """By the src_uri of the page linked to (MkDocs keys them by its File)."""
    refused: str | None
    """Why the conversion guard refused the page (content/markdown_limits.py)."""


class ConvertedAhead(_InOrder):
    def __init__(self, doc_files: list, workers: int, files, guard) -> None:
        super().__init__(_convert, doc_files, workers)
        self._files, self._guard, self._page = files, guard, None

    @classmethod
    def start(cls, config, files, guard, process: Callable) -> ConvertedAhead | None:
        """Converting begins. `guard`: the build's ConversionGuard, among config's Markdown extensions; `process(page)`:
        the page's HTML through the build's pipeline, changing nothing of the build (`Build.processed`)."""
        global _work
        doc_files, workers = _forks(files)
        if not workers:
            return None
        _work = (config, files, doc_files, guard, process)
        return cls(doc_files, workers, files, guard)

    def markdown(self, page, markdown: str) -> str:
        """What MkDocs' loop is to convert of `page`: nothing when it was converted ahead."""
        self._page = self.take(page)
        return "" if self._page is not None else markdown

    def processed(self, page):
        """`page` and the guard as MkDocs' render would have left them, and what the pipeline made of the page
        (for `Build.keep`); None when the page was not converted ahead."""
        converted, self._page = self._page, None
        if converted is None:
            return None
        page.toc, page._title_from_render, page.present_anchor_ids = converted.toc, converted.title, converted.anchors
        if converted.links_to_anchors is not None:
            page.links_to_anchors = {self._files.src_uris[src_uri]: links
                                     for src_uri, links in converted.links_to_anchors.items()}
        self._guard.take_over(converted.refused)
        return converted.processed


def _convert(index: int) -> Converted | None:
    """What MkDocs' own _populate_page does with the page, with the pipeline of our on_page_content; None if that
    logged anything or failed."""
    config, files, doc_files, guard, process = _work
    file = doc_files[index]
    page = file.page or Page(None, file, config)
    _Noted.logged = False
    config._current_page = page
    try:
        page = config.plugins.on_pre_page(page, config=config, files=files)
        page.read_source(config)
        page.markdown = config.plugins.on_page_markdown(page.markdown, page=page, config=config, files=files)
        page.render(config, files)
        processed = process(page)
    except Exception:  # done again in the build's own process, which names the page
        return None
    finally:
        config._current_page = None
        refused = guard.hand_over()
    links = None if page.links_to_anchors is None else {
        linked.src_uri: links for linked, links in page.links_to_anchors.items()}
    converted = Converted(processed, page.toc, page._title_from_render, page.present_anchor_ids, links, refused)
    return None if _Noted.logged else converted


class RenderedAhead(_InOrder):
    def __init__(self, doc_files: list, workers: int, env, templates: dict[str, str]) -> None:
        super().__init__(_render, doc_files, workers)
        self._env, self._templates = env, templates

    @classmethod
    def start(cls, env, config, files, nav) -> RenderedAhead | None:
        """Rendering begins, and every page's template becomes the one that puts its result in place."""
        global _work
        doc_files, workers = _forks(files)
        if not workers:
            return None
        pages = [file.page for file in doc_files]
        templates = {page.file.src_uri: page.meta.get("template", "main.html") for page in pages}
        _work = (env, config, doc_files, nav, templates)
        rendered = cls(doc_files, workers, env, templates)
        for page in pages:
            page.meta["template"] = TEMPLATE
        return rendered

    def output(self, page, context) -> str:
        """The page rendered ahead; rendered here, with `context`, if its rendering there logged anything."""
        rendered = self.take(page)
        if rendered is None:
            rendered = self._env.get_template(self._templates[page.file.src_uri]).render(context)
        return rendered


def _render(index: int) -> str | None:
    """What MkDocs' own _build_page renders for the page, up to its on_post_page; None if that logged anything or
    failed."""
    env, config, doc_files, nav, templates = _work
    page = doc_files[index].page
    _Noted.logged = False
    config._current_page, page.active = page, True
    try:
        context = get_context(nav, doc_files, config, page)
        template = env.get_template(templates[page.file.src_uri])
        context = config.plugins.on_page_context(context, page=page, config=config, nav=nav)
        output = template.render(context)
    except Exception:  # done again in the build's own process, which names the page
        return None
    finally:
        config._current_page, page.active = None, False
    return None if _Noted.logged else output


class _Noted(logging.Handler):
    """In a forked process: notes what MkDocs' loggers say instead of printing it."""

    logged = False

    def emit(self, record: logging.LogRecord) -> None:
        if record.levelno >= logging.INFO:
            _Noted.logged = True


def _note_logging() -> None:
    mkdocs_log = logging.getLogger("mkdocs")
    mkdocs_log.handlers = [_Noted()]
    mkdocs_log.propagate = False

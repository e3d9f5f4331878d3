"""The pages of a large build rendered from their templates on every core, ahead of MkDocs' own loop.

MkDocs renders one page after another in one process; filling the theme's templates is a quarter of a
clean build of 2,000 posts, and each page's is independent of the others'. After all pages are read
(on_env), forked processes render each page exactly as MkDocs would (its context, every plugin's
on_page_context, its template) while MkDocs writes the rendered ones. MkDocs' loop still runs every
event for every page; only the template it renders is one that puts the page rendered ahead in place
(overrides/lho-rendered-ahead.html). A page whose rendering logged a warning is rendered again in the
build's own process, where the warning counts for --strict.
"""

from __future__ import annotations

import logging

from mkdocs.commands.build import get_context
from mkdocs.structure.files import InclusionLevel

from lho_site.content.cores import Ahead, fork_workers

TEMPLATE = "lho-rendered-ahead.html"
FROM_PAGES = 300
"""Fewer pages than this are rendered in the build's own process: forking costs more than it saves there
(the real site, a few hundred files of which a hundred pages, builds faster without)."""

_render_args: tuple = ()
"""What the forked processes render with: the build's Jinja environment, configuration, pages, navigation and the
pages' own templates (they are forks of the build: nothing is sent to them)."""


class RenderedAhead:
    """The rendered pages of one build, taken in MkDocs' order."""

    def __init__(self, pages: list, templates: dict[str, str], env, results: Ahead) -> None:
        self._templates, self._env, self._results = templates, env, results
        self._order = iter(page.file.src_uri for page in pages)

    @classmethod
    def start(cls, env, config, files, nav) -> RenderedAhead | None:
        """Rendering in forked processes begins, and every page's template becomes the one that shows its result;
        None when the build has too few pages or may not fork (content/cores.py)."""
        global _render_args
        doc_files = files.documentation_pages(inclusion=InclusionLevel.is_included)
        pages = [file.page for file in doc_files]
        workers = fork_workers()
        if workers < 2 or len(pages) < FROM_PAGES:
            return None
        templates = {page.file.src_uri: page.meta.get("template", "main.html") for page in pages}
        _render_args = (env, config, doc_files, nav, templates)
        results = Ahead(_render, range(len(pages)), workers, initializer=_count_warnings)
        for page in pages:
            page.meta["template"] = TEMPLATE
        return cls(pages, templates, env, results)

    def output(self, page, context) -> str:
        """The page rendered ahead; rendered here, with `context`, if its rendering there warned."""
        src_uri = page.file.src_uri
        if next(self._order, None) != src_uri:
            raise RuntimeError(f"MkDocs renders {src_uri} out of the order of the pages rendered ahead")
        rendered = next(self._results)
        return rendered if rendered is not None else self._env.get_template(self._templates[src_uri]).render(context)

    def close(self) -> None:
        global _render_args
        self._results.close()
        _render_args = ()


class _Warned(logging.Handler):
    """In a forked process: notes a warning of MkDocs' loggers instead of printing it."""

    warned = False

    def emit(self, record: logging.LogRecord) -> None:
        if record.levelno >= logging.WARNING:
            _Warned.warned = True


def _count_warnings() -> None:
    mkdocs_log = logging.getLogger("mkdocs")
    mkdocs_log.handlers = [_Warned()]
    mkdocs_log.propagate = False


def _render(index: int) -> str | None:
    """What MkDocs' own _build_page renders for the page, up to its on_post_page; None if that warned."""
    env, config, doc_files, nav, templates = _render_args
    page = doc_files[index].page
    _Warned.warned = False
    config._current_page, page.active = page, True
    try:
        context = get_context(nav, doc_files, config, page)
        template = env.get_template(templates[page.file.src_uri])
        context = config.plugins.on_page_context(context, page=page, config=config, nav=nav)
        output = template.render(context)
    finally:
        config._current_page, page.active = None, False
    return None if _Warned.warned else output

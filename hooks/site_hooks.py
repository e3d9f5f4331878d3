"""MkDocs hooks: each event hands over to one `Build` of the lho_site package (lho_site/build.py).

MkDocs imports this module once per process and never reloads it under `mkdocs serve`, so
everything a build knows is one `Build`, made anew in on_config; this module keeps that, the
command it runs under, and (for the pages converted and rendered on every core, pages_ahead.py) the
build's navigation and those pages, nothing else. The hooks translate between MkDocs' objects (its
configuration, files, pages, Jinja environment) and the build's plain values. Under
`mkdocs serve --dirty` (make serve) a content error shows as a page in the browser instead of
stopping the server, and the build says which pages an edit makes stale.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from urllib.parse import urlsplit

from jinja2 import pass_context
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.utils import get_relative_url
from mkdocs.utils.templates import url_filter
from watchdog.observers.polling import PollingObserver

from lho_site.build import Build, Settings
from lho_site.content.dates import dutch_number, now
from lho_site.content.files import is_hidden
from lho_site.content.problems import ContentError
from lho_site.outputs.cms_config import Settings as EditorSettings
from lho_site.outputs.csp import SCRIPT_PARTIALS
from lho_site.outputs.html import PageInfo
from lho_site.outputs.photos import picture_html
from lho_site.pages.nav import extend_nav, nav_pages
from lho_site.support.fragment_cache import FragmentCache
from lho_site.support.templates import bytecode_cache
from pages_ahead import ConvertedAhead, RenderedAhead

log = logging.getLogger("mkdocs.plugins.lho_site")
# Where package.json is, with the npm packages the site serves (the web editor): next to these hooks,
# also when a copy of the content elsewhere is built with them (the tests do).
_PROJECT = Path(__file__).resolve().parent.parent


class _KnownDirtyWarning(logging.Filter):
    """MkDocs warns that a dirty build may leave pages stale; our hooks rebuild every stale page."""

    def filter(self, record):
        return not record.getMessage().startswith("A 'dirty' build is being performed")


_DIRTY_WARNING = _KnownDirtyWarning()
_command, _dirty = "build", False
_build: Build | None = None
_nav = None
_converted: ConvertedAhead | None = None
_rendered: RenderedAhead | None = None


def _serving() -> bool:
    return _command == "serve"


def on_startup(command, dirty):
    global _command, _dirty
    _command, _dirty = command, dirty
    if command == "serve" and dirty:
        # The same filter object each time: logging adds it once.
        logging.getLogger("mkdocs.commands.build").addFilter(_DIRTY_WARNING)


def on_config(config):
    global _build
    _stop_working_ahead()  # of a build that stopped before its end
    root = Path(config.config_file_path).resolve().parent
    menu = frozenset(nav_pages(config.nav))
    search = config.plugins.get("material/search")
    _build = Build.start(Settings(
        root=root, docs_dir=Path(config.docs_dir).resolve(), site_dir=Path(config.site_dir),
        overrides=Path(config.theme.custom_dir), site_url=config.site_url, directory_urls=config.use_directory_urls,
        serving=_serving(), dirty=_dirty, preview=_serving() or os.environ.get("SITE_PREVIEW") == "1",
        is_site_page=lambda src: src in menu or bool(config.not_in_nav and config.not_in_nav.match_file(src)),
        menu=menu, watched=tuple(Path(p) for p in config.watch), nav=config.nav,
        editor=EditorSettings.from_extra(config.extra, config.site_url),
        search={key: search.config[key] for key in ("lang", "separator", "pipeline", "fields")} if search else None,
        packages=_PROJECT, now=now()))
    if _build.site is None:
        if not _serving():
            _fail()
        # The server keeps running and shows the problems in the browser (on_post_build).
        config.nav, config.theme.static_templates = [], set()
        return config
    for line in [*_build.content.scheduled(), *_build.site.to_fill_in()]:
        log.info(line)
    config.site_description = _build.site.data.description
    # Our sitemaps replace MkDocs' single one (see lho_site/outputs/sitemaps.py).
    config.theme.static_templates.discard("sitemap.xml")
    config.nav = extend_nav(config.nav, _build.site.menu())
    config.markdown_extensions.append(_build.conversion_guard)
    return config


def _fail():
    """Every problem as one Dutch line (and, on GitHub, an annotation on its line); stop the build."""
    error = ContentError(_build.problems)
    for problem in error.problems:
        log.error(str(problem))
        if os.environ.get("GITHUB_ACTIONS") == "true":
            print(problem.github_annotation(), flush=True)
    raise PluginError(error.summary)


def on_files(files, config):
    # Copies an editor's program keeps beside a file it edits (post.md~, #post.md#) are no part of the site.
    for file in [f for f in files if any(map(is_hidden, f.src_uri.split("/")))]:
        files.remove(file)
    site = _build.site
    if site is None:
        # Only the theme's files, for the error page's looks.
        return Files([f for f in files if not f.is_documentation_page() and not f.src_uri.startswith(("nieuws/",
                                                                                                         "portretten/"))])
    for post in site.posts:
        file = files.src_uris[post.src_uri]
        file.dest_uri = post.dest_uri
        file.url = post.url if config.use_directory_urls else post.dest_uri
        file.abs_dest_path = os.path.normpath(os.path.join(config.site_dir, post.dest_uri))
    for src_uri in site.hidden:
        files.src_uris[src_uri].inclusion = InclusionLevel.DRAFT
    # Photos are published as their renditions (on_post_build), never as the original; MkDocs
    # still knows the original, so that it makes links to it relative to each page.
    for src_uri in _build.photos.photos:
        files.src_uris[src_uri].inclusion = InclusionLevel.EXCLUDED
    # Edit links point at the file a page comes from: docs/… or the data file.
    docs = _build.settings.docs_dir.relative_to(_build.settings.root).as_posix()
    for file in files.documentation_pages():
        file.edit_uri = f"{docs}/{file.src_uri}"
    for new in _build.new_files({f.dest_uri: f"/{f.url}" for f in files}):
        old = files.src_uris.get(new.src_uri)
        if old:  # an SVG of docs/, published rebuilt
            files.remove(old)
        file = File.generated(config, new.src_uri, content=new.content, abs_src_path=new.source and str(new.source))
        if new.page:
            file.edit_uri = new.edit_path or f"{docs}/{new.src_uri}"
            file.inclusion = InclusionLevel.INCLUDED if new.src_uri in _build.settings.menu else InclusionLevel.NOT_IN_NAV
        files.append(file)
    if _build.preview:
        # MkDocs' dirty build rebuilds a page whose file is newer than its output; pages that
        # show other content have no such file: they are rebuilt when what they show changed.
        stale = _build.stale_pages(lambda src: os.path.isfile(files.src_uris[src].abs_dest_path))
        for src_uri, is_stale in stale.items():
            files.src_uris[src_uri].is_modified = lambda is_stale=is_stale: is_stale
        changed = _build.preview.changed_links(lambda src: (file := files.src_uris.get(src)) and file.url,
                                               lambda src: src in files.src_uris and files.src_uris[src].is_modified())
        for src_uri in changed:
            files.src_uris[src_uri].is_modified = lambda: True
        _build.preview.remove_moved({f.dest_uri for f in files})
    return files


def on_nav(nav, config, files):
    global _nav, _converted
    _nav = nav
    if _build.preview:
        # The menu shows titles from the pages' front matter, but a dirty build reads
        # only the pages it rebuilds: read the few menu pages so their titles are known.
        for page in nav.pages:
            page.read_source(config)
    if _forks_allowed():
        _converted = ConvertedAhead.start(config, files, _build.conversion_guard, _processed)
    return nav


def _page_info(page) -> PageInfo:
    return PageInfo(page.file.src_uri, page.url, page.file.edit_uri, generated=page.file.generated_by is not None)


def _processed(page):
    """The page's HTML through the pipeline, for a forked process (pages_ahead.py), which keeps nothing."""
    return _build.processed(page.content, _page_info(page), page.toc, page.meta, page.title)


def _forks_allowed() -> bool:
    """Not for a server's rebuild (its threads make forking unsafe) or a dirty build (MkDocs skips pages)."""
    return not (_serving() or _dirty)


def on_page_markdown(markdown, page, config, files):
    page_type = _build.site.page_type(page.file.src_uri)
    if page_type and not page_type.generated and page_type.template and "template" not in page.meta:
        page.meta["template"] = page_type.template
    markdown = _build.markdown(markdown, page.file.edit_uri)
    return markdown if _converted is None else _converted.markdown(page, markdown)


def on_page_content(html, page, config, files):
    processed = _converted.processed(page) if _converted is not None else None
    if processed is not None:
        html = _build.keep(processed, page.meta)
    else:
        html = _build.process(html, _page_info(page), page.toc, page.meta, page.title)
    # Our index replaces the file of Material's search plugin, which would parse every page
    # again, much more slowly: tell it to skip the page (its own front-matter option).
    page.meta["search"] = {"exclude": True}
    return html


def on_env(env, config, files):
    _stop_working_ahead()  # every page is converted: its processes end before others fork
    if _build.site is None:
        return env
    left_out = {f.url: f.src_uri for f in files if f.is_documentation_page() and f.inclusion.is_excluded()}
    _build.check_pages({f.dest_uri: f.url for f in files if f.url not in left_out},
                       {f.src_uri: f.url for f in files.documentation_pages()}, left_out)
    for file in filter(None, map(files.src_uris.get, _build.drafts_only_files(f.src_uri for f in files.media_files()))):
        file.inclusion = InclusionLevel.EXCLUDED
    if _build.problems and not _serving():
        _fail()
    env.globals["lho"] = _build.site
    env.add_extension(FragmentCache)
    env.bytecode_cache = bytecode_cache(_build.settings.root, env)

    @pass_context
    def href(context, url):
        """A model URL ("nieuws/") as a link from the current page, also without directory URLs."""
        if not config.use_directory_urls and (url == "" or url.endswith("/")):
            url += "index.html"
        return url_filter(context, url)

    @pass_context
    def photo(context, src_uri, alt, **options):
        """The <picture> of a photo of docs/ (see lho_site/outputs/photos.py)."""
        return picture_html(_build.photos.photos[src_uri], alt, lambda path: url_filter(context, path), **options)

    env.filters["href"] = href
    env.globals["lho_picture"] = photo
    env.filters["dutch_number"] = dutch_number
    # The policy's hashes: every script partial, rendered for every depth of page (its base_url) before
    # any content is in a page; the 404 page has the site's path as its base.
    bases = {get_relative_url(".", f.url) for f in files.documentation_pages()} | {".", urlsplit(config.site_url).path}
    # Listed from the theme's folders, not with env.list_templates(), which walks all of Material's templates.
    partials = sorted({SCRIPT_PARTIALS + name for folder in config.theme.dirs if os.path.isdir(folder + "/" + SCRIPT_PARTIALS)
                       for name in os.listdir(folder + "/" + SCRIPT_PARTIALS)})
    features = config.theme.get("features") or []
    docs_dir = _build.settings.docs_dir
    docs = docs_dir.relative_to(_build.settings.root).as_posix()
    _build.trust((env.get_template(name).render(config=config, base_url=base, features=features)
                  for name in partials for base in sorted(bases)),
                 {f.dest_uri: f.edit_uri if f.is_documentation_page() else f"{docs}/{f.src_uri}" for f in files
                  if f.is_documentation_page() or (f.abs_src_path and Path(f.abs_src_path).is_relative_to(docs_dir))},
                 [f.dest_uri for f in files if f.dest_uri.endswith((".js", ".mjs"))])
    global _rendered
    if _forks_allowed():
        _rendered = RenderedAhead.start(env, config, files, _nav)
    return env


def on_page_context(context, page, config, nav):
    context.update(_build.site.context(page.file.src_uri))
    if _rendered is not None:
        context["lho_rendered_ahead"] = _rendered.output(page, context)
    return context


def on_post_page(output, page, config):
    return _build.policied(output)


def on_post_template(output_content, template_name, config):
    return _build.policied(output_content) if template_name.endswith(".html") else output_content


def on_serve(server, config, builder):
    """MkDocs looks for changed files every half second; a quarter makes an edit show sooner.
    A quicker observer, with every path MkDocs watched so far (the docs, mkdocs.yml and, with
    --watch-theme, the theme) watched again on it. The server has no public list of them: its
    `_watched_paths` is read, in MkDocs 1.6.1, whose code no longer changes."""
    watched = dict(server._watched_paths)
    for path, count in watched.items():
        for _ in range(count):
            server.unwatch(path)
    server.observer = PollingObserver(timeout=0.25)
    for path, count in watched.items():
        for _ in range(count):
            server.watch(path)
    return server


def _stop_working_ahead() -> None:
    global _converted, _rendered
    for ahead in (_converted, _rendered):
        if ahead is not None:
            ahead.close()
    _converted = _rendered = None


def on_build_error(error):
    _stop_working_ahead()


def on_post_build(config):
    global _nav
    _stop_working_ahead()
    _nav = None
    if not _build.problems:
        _build.finish()
    if _build.problems:
        if not _serving():
            _fail()
        for problem in _build.problems:
            log.info(str(problem))
        _build.show_problems()

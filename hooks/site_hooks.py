"""MkDocs hooks: each event hands over to the lho_site package in a few lines.

MkDocs imports this module once per process and never reloads it under
`mkdocs serve`, so everything a build knows is one `Build`, made anew in
on_config. Under `mkdocs serve --dirty` (make serve) the hooks also decide
which pages an edit makes stale (lho_site/support/preview.py), and a content
error shows as a page in the browser instead of stopping the server.
"""

from __future__ import annotations

import fnmatch
import logging
import os
import shutil
import time
from pathlib import Path
from urllib.parse import urlsplit

from jinja2 import pass_context
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.utils import get_relative_url
from mkdocs.utils.templates import url_filter
from watchdog.observers.polling import PollingObserver

from lho_site import ContentError, Problem, load_site
from lho_site.build import Build, prepare_photos
from lho_site.cms_config import Settings
from lho_site.content.dates import dutch_number, now
from lho_site.content.files import refuse_symlinks
from lho_site.content.markdown_limits import CONTROL_FIX, DEPTH_PROBLEM, FIX, DepthGuard, control_character, too_costly
from lho_site.content.svg import clean_svg
from lho_site.outputs import editor
from lho_site.outputs.audit import Rules
from lho_site.outputs.calendar import calendar_files
from lho_site.outputs.csp import SCRIPT_PARTIALS, editor_policy, policy, trusted_hashes, with_policy
from lho_site.outputs.feeds import NEWSLETTER_FEED_LENGTH, FeedWriter, carried_posts
from lho_site.outputs.html import PageInfo, line_of
from lho_site.outputs.images import IMAGE_PATHS, image_files
from lho_site.outputs.links import own_address, relative_own_links
from lho_site.outputs.photos import picture_html, responsive_photos
from lho_site.outputs.sanitize import sanitizer, template_classes
from lho_site.outputs.search_index import index_json, merged_entries, page_entries
from lho_site.outputs.sitemaps import Entry as SitemapEntry
from lho_site.outputs.sitemaps import sitemap_files
from lho_site.outputs.titles import escape_toc, page_title
from lho_site.outputs.video import embed_videos
from lho_site.pages.generated import generated_pages
from lho_site.pages.nav import extend_nav, nav_pages
from lho_site.pages.redirects import REDIRECTS_MAP, collisions, redirect_html, redirects, redirects_map
from lho_site.support.error_page import error_page
from lho_site.support.fragment_cache import FragmentCache
from lho_site.support.preview import PreviewRecord, feeds_digest, page_digests, site_fingerprint
from lho_site.support.templates import bytecode_cache, environment

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


def _root(config) -> Path:
    """The project folder (resolved: `mkdocs build -f mkdocs.yml` gives a relative path)."""
    return Path(config.config_file_path).resolve().parent


def _templates(config):
    """Our own (autoescaping) Jinja environment over overrides/, for feeds and data pages."""
    return environment(Path(config.theme.custom_dir), _root(config))


def _serving() -> bool:
    return _command == "serve"


def _redirect_policy() -> str:
    """The policy of the pages at old addresses, which have no script."""
    return policy(frozenset(), serving=_serving())


def on_startup(command, dirty):
    global _command, _dirty
    _command, _dirty = command, dirty
    if command == "serve" and dirty:
        # The same filter object each time: logging adds it once.
        logging.getLogger("mkdocs.commands.build").addFilter(_DIRTY_WARNING)


def on_config(config):
    global _build
    root, docs_dir = _root(config), Path(config.docs_dir)
    # A preview shows drafts and scheduled posts: `mkdocs serve`, or a pull request's build.
    preview = _serving() or os.environ.get("SITE_PREVIEW") == "1"
    in_menu = nav_pages(config.nav)

    def is_site_page(src_uri):
        return src_uri in in_menu or bool(config.not_in_nav and config.not_in_nav.match_file(src_uri))

    overrides = Path(config.theme.custom_dir)
    try:
        refuse_symlinks(root, [docs_dir, root / "data", overrides])
        site = load_site(root, docs_dir, now(), preview, is_site_page)
        photos = prepare_photos(site, root, docs_dir)
    except ContentError as error:
        _build = Build(root, None, problems=error.problems)
        if not _serving():
            _fail(_build)
        # The server keeps running and shows the problems in the browser (on_post_build).
        config.nav, config.theme.static_templates = [], set()
        return config
    steps = (sanitizer(template_classes(overrides / "pages"), own_address(site.data.url)), embed_videos,
             responsive_photos(photos, lambda src_uri: not site.shows_photo_above(src_uri)),
             relative_own_links(site.data.url, config.use_directory_urls))
    _build = Build(root, site, steps=steps, photos=photos, started=time.time())
    # Python-Markdown's stack, exhausted by deeply nested text, becomes a Dutch line (on_page_content).
    _build.depth_guard = DepthGuard()
    config.markdown_extensions.append(_build.depth_guard)
    for line in site.scheduled():
        log.info(line)
    config.site_description = site.data.description
    # Our sitemaps replace MkDocs' single one (see lho_site/outputs/sitemaps.py).
    config.theme.static_templates.discard("sitemap.xml")
    config.nav = extend_nav(config.nav, {
        "manifest/index.md": [(c.title, c.src_uri) for c in site.campaigns.values()],
        "netwerken/index.md": [(n.name, n.src_uri) for n in site.networks.values()],
        "portretten/index.md": [(p.title, p.src_uri) for p in site.portraits],
    })
    if _serving() and _dirty:
        watched = [Path(p) for p in config.watch]
        fingerprint = site_fingerprint(root, docs_dir, watched, config.nav)
        _build.preview = PreviewRecord(Path(config.site_dir), fingerprint)
    return config


def _fail(build: Build):
    """Every problem as one Dutch line (and, on GitHub, an annotation on its line); stop the build."""
    error = ContentError(build.problems)
    for problem in error.problems:
        log.error(str(problem))
        if os.environ.get("GITHUB_ACTIONS") == "true":
            print(problem.github_annotation(), flush=True)
    raise PluginError(error.summary)


def on_files(files, config):
    site = _build.site
    if site is None:
        # Only the theme's files, for the error page's looks.
        return Files([f for f in files if not f.is_documentation_page() and not f.src_uri.startswith(("nieuws/",
                                                                                                         "portretten/"))])
    for post in site.posts:
        file = files.get_file_from_path(post.src_uri)
        file.dest_uri = post.dest_uri
        file.url = post.url if config.use_directory_urls else post.dest_uri
        file.abs_dest_path = os.path.normpath(os.path.join(config.site_dir, post.dest_uri))
    for src_uri in site.hidden:
        files.get_file_from_path(src_uri).inclusion = InclusionLevel.DRAFT
    # An SVG is published as content/svg.py rebuilt it from its allowlist, never as it was written.
    docs_dir = Path(config.docs_dir).resolve()
    for file in [f for f in files.media_files() if f.src_uri.lower().endswith(".svg") and f.abs_src_path
                 and Path(f.abs_src_path).resolve().is_relative_to(docs_dir)]:
        files.remove(file)
        files.append(File.generated(config, file.src_uri, content=clean_svg(Path(file.abs_src_path).read_bytes()).data))
    # Photos are published as their renditions (on_post_build), never as the original; MkDocs
    # still knows the original, so that it makes links to it relative to each page.
    for src_uri in _build.photos.photos:
        files.get_file_from_path(src_uri).inclusion = InclusionLevel.EXCLUDED
    # Edit links point at the file a page comes from: docs/… or the data file.
    docs = Path(config.docs_dir).resolve().relative_to(_root(config)).as_posix()
    for file in files.documentation_pages():
        file.edit_uri = f"{docs}/{file.src_uri}"
    _add_editor(files, config, site)
    pages = generated_pages(site, _templates(config))
    for page in pages:
        file = File.generated(config, page.src_uri, content=page.source())
        file.edit_uri = page.edit_path or f"{docs}/{page.src_uri}"
        files.append(file)
    _add_redirects(site, files, config)
    preview = _build.preview
    if preview:
        # MkDocs' dirty build rebuilds a page whose file is newer than its output; pages that
        # show other content have no such file: they are rebuilt when what they show changed.
        digests = page_digests(site, pages)
        stale = preview.stale(digests, lambda src: os.path.isfile(files.get_file_from_path(src).abs_dest_path))
        for src_uri in digests:
            files.get_file_from_path(src_uri).is_modified = lambda stale=src_uri in stale: stale
        preview.remove_moved({f.dest_uri for f in files})
    return files


def _add_redirects(site, files, config):
    """A small page at every old address (lho_site/pages/redirects.py), and the map of those with a query."""
    found = redirects(site)
    problems = collisions(found, {f.dest_uri: f"/{f.url}" for f in files})
    _build.problems += problems
    templates, directory_urls = _templates(config), config.use_directory_urls
    for redirect in found if not problems else ():
        if redirect.old.dest_uri:
            page = redirect_html(redirect, config.site_url, site.data.name, templates, directory_urls, site.preview)
            files.append(File.generated(config, redirect.old.dest_uri, content=with_policy(page, _redirect_policy())))
            _build.redirect_pages.add(redirect.old.dest_uri)
    files.append(File.generated(config, REDIRECTS_MAP, content=redirects_map(found, directory_urls)))


def _add_editor(files, config, site):
    """The web editor at /beheer/ (lho_site/outputs/editor.py), when npm has installed it."""
    if not editor.installed(_PROJECT):
        log.info("De webeditor (/beheer/) ontbreekt in deze build: installeer hem met npm ci.")
        return
    for copied in editor.copied_files(_PROJECT):
        files.append(File.generated(config, copied.dest_uri, abs_src_path=str(copied.source)))
    styles = [f"../{f.src_uri}" for pattern in editor.PREVIEW_STYLES for f in files
              if fnmatch.fnmatch(f.src_uri, pattern)]
    settings = Settings.from_extra(config.extra, site.data.url)
    made = editor.generated_files(site.names, settings, site.data.name, _templates(config), styles, _serving())
    for dest_uri, content in made.items():
        files.append(File.generated(config, dest_uri, content=content))


def on_nav(nav, config, files):
    if _build.preview:
        # The menu shows titles from the pages' front matter, but a dirty build reads
        # only the pages it rebuilds: read the few menu pages so their titles are known.
        for page in nav.pages:
            page.read_source(config)
    return nav


def on_page_markdown(markdown, page, config, files):
    context = _build.site.context(page.file.src_uri)
    if "post" in context or "portrait" in context:
        page.meta["template"] = "post.html" if "post" in context else "portrait.html"
    for check, fix in ((too_costly, FIX), (control_character, CONTROL_FIX)):
        found = check(markdown)
        if found:
            near, what = found
            path = page.file.edit_uri
            _build.problems.append(Problem(path, line_of(_build.read(path), (near,)), what, fix))
            return ""
    return markdown


def on_page_content(html, page, config, files):
    info = PageInfo(page.file.src_uri, page.url, page.file.edit_uri, generated=page.file.generated_by is not None)
    if _build.depth_guard.take():
        _build.problems.append(Problem(info.path, 1, *DEPTH_PROBLEM))
    processed = _build.process(html, info)
    # Material prints titles as HTML: they become the escaped text of the sanitized headings.
    escape_toc(page.toc, processed.root)
    page.meta["title"] = title = page_title(page.meta.get("title"), processed.root, page.title)
    if not (page.meta.get("search") or {}).get("exclude"):
        _build.search[page.url] = page_entries(page.url, title, processed.root)
    # Our index replaces the file of Material's search plugin, which would parse every page
    # again, much more slowly: tell it to skip the page (its own front-matter option).
    page.meta["search"] = {"exclude": True}
    return processed.html


def on_env(env, config, files):
    site = _build.site
    if site is None:
        return env
    known = ({f.url for f in files} | {a.path for a in site.announced} | set(IMAGE_PATHS)
             | set(_build.photos.photos) | set(_build.photos.files))
    _build.check_pages(known, site.data.url)
    if _build.problems and not _serving():
        _fail(_build)
    env.globals["lho"] = site
    env.add_extension(FragmentCache)
    env.bytecode_cache = bytecode_cache(_root(config), env)

    @pass_context
    def href(context, url):
        """A model URL ("nieuws/") as a link from the current page, also without directory URLs."""
        if not config.use_directory_urls and (url == "" or url.endswith("/")):
            url += "index.html"
        return url_filter(context, url)

    env.filters["href"] = href

    @pass_context
    def photo(context, src_uri, alt, **options):
        """The <picture> of a photo of docs/ (see lho_site/outputs/photos.py)."""
        return picture_html(_build.photos.photos[src_uri], alt, lambda path: url_filter(context, path), **options)

    env.globals["lho_picture"] = photo
    env.filters["dutch_number"] = dutch_number
    _build.trusted = _template_scripts(env, config, files)
    _build.page_policy = policy(_build.trusted, serving=_serving())
    docs = Path(config.docs_dir).resolve().relative_to(_root(config)).as_posix()
    _build.sources = {f.dest_uri: f.edit_uri if f.is_documentation_page() else f"{docs}/{f.src_uri}"
                      for f in files if f.is_documentation_page() or f.abs_src_path and Path(
                          f.abs_src_path).resolve().is_relative_to(Path(config.docs_dir).resolve())}
    _build.script_files = frozenset(f.dest_uri for f in files if f.dest_uri.endswith((".js", ".mjs")))
    _build.sitemap.extend(SitemapEntry(f.url, site.modified(f.src_uri)) for f in files.documentation_pages())
    return env


def _template_scripts(env, config, files) -> frozenset[str]:
    """The hashes of the inline scripts the templates emit (outputs/csp.py), rendered for every depth
    of page in the site (their scripts name the way to its root, MkDocs' base_url)."""
    bases = {get_relative_url(".", f.url) for f in files.documentation_pages()}
    bases |= {".", urlsplit(config.site_url or "/").path}  # static templates, and the 404 page
    partials = [name for name in env.list_templates() if name.startswith(SCRIPT_PARTIALS)]
    return trusted_hashes(env.get_template(name).render(config=config, base_url=base, features=config.theme.get("features") or [])
                          for name in partials for base in sorted(bases))


def on_page_context(context, page, config, nav):
    context.update(_build.site.context(page.file.src_uri))
    return context


def on_post_page(output, page, config):
    return with_policy(output, _build.page_policy)


def on_post_template(output_content, template_name, config):
    return with_policy(output_content, _build.page_policy) if template_name.endswith(".html") else output_content


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


def on_post_build(config):
    site_dir = Path(config.site_dir)
    if _build.problems:
        _show_problems(site_dir, config)
        return
    site = _build.site
    outputs = sitemap_files(_build.sitemap, config.site_url, site.feed_folders)
    preview = _build.preview
    if not preview or preview.feeds_changed(feeds_digest(site, carried_posts(site), _root(config), config.site_url,
                                                         NEWSLETTER_FEED_LENGTH)):
        writer = FeedWriter(site, _build.html, config.site_url, _templates(config))
        outputs |= writer.files()
    outputs |= calendar_files(site, config.site_url)
    if not preview or preview.full:
        outputs |= image_files(site.data.name)
    search = config.plugins.get("material/search")
    if search:
        settings = {key: search.config[key] for key in ("lang", "separator", "pipeline", "fields")}
        previous = preview.search_index if preview and not preview.full else None
        pages = {entry.url for entry in _build.sitemap}
        outputs["search/search_index.json"] = index_json(settings, merged_entries(previous, _build.search, pages))
    for path, content in outputs.items():
        target = site_dir / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
    for path, cached in _build.photos.files.items():
        target = site_dir / path
        if not target.is_file():  # names hold the photo's hash: an existing one is the same
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(cached, target)
    # Last: every file this build wrote, read back and held to the rules (lho_site/outputs/audit.py).
    policies = {"page": _build.page_policy, "redirect": _redirect_policy(), "editor": editor_policy(_serving())}
    _build.audit(site_dir, Rules(_build.trusted, _build.script_files, frozenset(_build.redirect_pages), policies,
                                 editor.FOLDER, config.site_url))
    if _build.problems:
        _fail(_build) if not _serving() else _show_problems(site_dir, config)
        return
    if preview:
        preview.save()


def _show_problems(site_dir: Path, config):
    """Under `mkdocs serve`: every page becomes the list of problems, which reloads once they are fixed."""
    for problem in _build.problems:
        log.info(str(problem))
    for child in site_dir.iterdir() if site_dir.is_dir() else ():
        if child.name != "assets":
            shutil.rmtree(child) if child.is_dir() else child.unlink()
    page = error_page(_build.problems, _templates(config))
    for name in ("index.html", "404.html"):
        (site_dir / name).write_text(page, encoding="utf-8")

"""MkDocs hooks: each event hands over to the lho_site package in a few lines.

MkDocs imports this module once per process and never reloads it under
`mkdocs serve`, so everything a build knows is made anew in on_config.
Under `mkdocs serve --dirty` (make serve) the hooks also decide which pages
an edit makes stale: see lho_site/preview.py.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from jinja2 import pass_context
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, InclusionLevel
from mkdocs.utils.templates import url_filter
from watchdog.observers.polling import PollingObserver

from lho_site import ContentError, Site, load_site
from lho_site.dates import now
from lho_site.feeds import NEWSLETTER_FEED_LENGTH, FeedWriter
from lho_site.fragment_cache import FragmentCache
from lho_site.generated import generated_pages
from lho_site.images import image_files
from lho_site.nav import extend_nav
from lho_site.preview import PreviewRecord, feeds_digest, page_digests, site_fingerprint
from lho_site.search_index import index_json, merged_entries, page_entries
from lho_site.sitemaps import Entry as SitemapEntry
from lho_site.sitemaps import sitemap_files
from lho_site.templates import bytecode_cache, environment

log = logging.getLogger("mkdocs.plugins.lho_site")

_command = "build"
_dirty = False
_site: Site | None = None


class _RenderedPosts(dict):
    """Each post's HTML by source path, for the feeds. A post that a dirty build did not
    render is rendered here when a feed asks for it."""

    files = config = None

    def __missing__(self, src_uri):
        page = self.files.get_file_from_path(src_uri).page
        page.read_source(self.config)
        page.render(self.config, self.files)
        self[src_uri] = page.content
        return page.content


_contents = _RenderedPosts()
_search: dict[str, list[dict]] = {}
"""The search index entries of the pages this build renders, by page URL."""
_sitemap: list[SitemapEntry] = []
_preview: PreviewRecord | None = None
"""Under `mkdocs serve --dirty`: what this rebuild knows of the previous one."""


class _KnownDirtyWarning(logging.Filter):
    """MkDocs warns that a dirty build may leave pages stale; our hooks rebuild every stale page."""

    def filter(self, record):
        return not record.getMessage().startswith("A 'dirty' build is being performed")


def _root(config):
    """The project folder (resolved: `mkdocs build -f mkdocs.yml` gives a relative path)."""
    return Path(config.config_file_path).resolve().parent


def _templates(config):
    """Our own (autoescaping) Jinja environment over overrides/, for feeds and data pages."""
    return environment(Path(config.theme.custom_dir), _root(config))


def on_startup(command, dirty):
    global _command, _dirty
    _command, _dirty = command, dirty
    if command == "serve" and dirty:
        logging.getLogger("mkdocs.commands.build").addFilter(_KnownDirtyWarning())


def on_config(config):
    global _site, _contents, _search, _sitemap, _preview
    _site, _contents, _search, _sitemap, _preview = None, _RenderedPosts(), {}, [], None
    root = _root(config)
    # A preview shows drafts and scheduled posts: `mkdocs serve`, or a pull request's build.
    preview = _command == "serve" or os.environ.get("SITE_PREVIEW") == "1"
    try:
        _site = load_site(root, Path(config.docs_dir), now(), preview)
    except ContentError as error:
        for problem in error.problems:
            log.error(str(problem))
            if os.environ.get("GITHUB_ACTIONS") == "true":
                print(problem.github_annotation(), flush=True)
        raise PluginError(error.summary) from None
    config.site_description = _site.data.description
    # Our sitemaps replace MkDocs' single one (see lho_site/sitemaps.py).
    config.theme.static_templates.discard("sitemap.xml")
    config.nav = extend_nav(config.nav, {
        "manifest/index.md": [(c.title, c.src_uri) for c in _site.campaigns.values()],
        "netwerken/index.md": [(n.name, n.src_uri) for n in _site.networks.values()],
        "portretten/index.md": [(p.title, p.src_uri) for p in _site.portraits],
    })
    if _command == "serve" and _dirty:
        watched = [Path(p) for p in config.watch]
        fingerprint = site_fingerprint(root, Path(config.docs_dir), watched, config.nav)
        _preview = PreviewRecord(Path(config.site_dir), fingerprint)


def on_files(files, config):
    _contents.files, _contents.config = files, config
    for post in _site.posts:
        file = files.get_file_from_path(post.src_uri)
        file.dest_uri = post.dest_uri
        file.url = post.url if config.use_directory_urls else post.dest_uri
        file.abs_dest_path = os.path.normpath(os.path.join(config.site_dir, post.dest_uri))
        if not post.is_public(_site.now) and not _site.preview:
            file.inclusion = InclusionLevel.DRAFT
    # Edit links point at the file a page comes from: docs/… or the data file.
    docs = Path(config.docs_dir).resolve().relative_to(_root(config)).as_posix()
    for file in files.documentation_pages():
        file.edit_uri = f"{docs}/{file.src_uri}"
    pages = generated_pages(_site, _templates(config))
    for page in pages:
        file = File.generated(config, page.src_uri, content=page.source())
        file.edit_uri = page.edit_path
        files.append(file)
    if _preview:
        # MkDocs' dirty build rebuilds a page whose file is newer than its output; pages that
        # show other content have no such file: they are rebuilt when what they show changed.
        digests = page_digests(_site, pages)
        stale = _preview.stale(digests, lambda src: os.path.isfile(files.get_file_from_path(src).abs_dest_path))
        for src_uri in digests:
            files.get_file_from_path(src_uri).is_modified = lambda stale=src_uri in stale: stale
        _preview.remove_moved({f.dest_uri for f in files})
    return files


def on_nav(nav, config, files):
    if _preview:
        # The menu shows titles from the pages' front matter, but a dirty build reads
        # only the pages it rebuilds: read the few menu pages so their titles are known.
        for page in nav.pages:
            page.read_source(config)
    return nav


def on_page_markdown(markdown, page, config, files):
    context = _site.context(page.file.src_uri)
    if "post" in context or "portrait" in context:
        page.meta["template"] = "post.html" if "post" in context else "portrait.html"
    return markdown


def on_page_content(html, page, config, files):
    if _site.post(page.file.src_uri):
        _contents[page.file.src_uri] = html
    if not (page.meta.get("search") or {}).get("exclude"):
        _search[page.url] = page_entries(page.url, page.meta.get("title", page.title), html)
    # Our index replaces the file of Material's search plugin, which would parse every page
    # again, much more slowly: tell it to skip the page (its own front-matter option).
    page.meta["search"] = {"exclude": True}
    return html


def on_env(env, config, files):
    env.globals["lho"] = _site
    env.add_extension(FragmentCache)
    env.bytecode_cache = bytecode_cache(_root(config), "mkdocs")

    @pass_context
    def href(context, url):
        """A model URL ("nieuws/") as a link from the current page, also without directory URLs."""
        if not config.use_directory_urls and (url == "" or url.endswith("/")):
            url += "index.html"
        return url_filter(context, url)

    env.filters["href"] = href
    _sitemap.extend(SitemapEntry(f.url, _site.modified(f.src_uri)) for f in files.documentation_pages())
    return env


def on_page_context(context, page, config, nav):
    context.update(_site.context(page.file.src_uri))
    return context


def on_serve(server, config, builder):
    """MkDocs looks for changed files every half second; a quarter makes an edit show sooner.
    Only public server methods: stop watching, give the server a quicker observer, watch again."""
    watched = [config.docs_dir, config.config_file_path]
    for path in watched:
        server.unwatch(path)
    server.observer = PollingObserver(timeout=0.25)
    for path in watched:
        server.watch(path)
    return server


def on_post_build(config):
    outputs = sitemap_files(_sitemap, config.site_url, _site.feed_folders)
    if _feeds_changed(config):
        writer = FeedWriter(_site, _contents, config.site_url, Path(config.docs_dir), _templates(config))
        outputs |= writer.files()
    if not _preview or _preview.full:
        outputs |= image_files(_site.data.name)
    search = config.plugins.get("material/search")
    if search:
        settings = {key: search.config[key] for key in ("lang", "separator", "pipeline", "fields")}
        previous = _preview.search_index if _preview and not _preview.full else None
        outputs["search/search_index.json"] = index_json(settings, merged_entries(previous, _search))
    for path, content in outputs.items():
        target = Path(config.site_dir) / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
    if _preview:
        _preview.save()


def _feeds_changed(config):
    """Always in a build; in a preview rebuild only when what the feeds show has changed."""
    if not _preview:
        return True
    root = _root(config)
    return _preview.feeds_changed(feeds_digest(_site, root, config.site_url, NEWSLETTER_FEED_LENGTH))

"""MkDocs hooks: each event hands over to the lho_site package in a few lines.

MkDocs imports this module once per process and never reloads it under
`mkdocs serve`, so everything a build knows is made anew in on_config.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from jinja2 import pass_context
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, InclusionLevel
from mkdocs.utils.templates import url_filter

from lho_site import ContentError, Site, load_site
from lho_site.dates import now
from lho_site.feeds import FeedWriter
from lho_site.fragment_cache import FragmentCache
from lho_site.generated import generated_pages
from lho_site.images import image_files
from lho_site.nav import extend_nav
from lho_site.sitemaps import Entry as SitemapEntry
from lho_site.sitemaps import sitemap_files
from lho_site.templates import environment

log = logging.getLogger("mkdocs.plugins.lho_site")

_command = "build"
_site: Site | None = None
_contents: dict[str, str] = {}
"""Each post's rendered HTML, by source path, for the feeds."""
_sitemap: list[SitemapEntry] = []


def on_startup(command, dirty):
    global _command
    _command = command


def on_config(config):
    global _site, _contents, _sitemap
    _site, _contents, _sitemap = None, {}, []
    root = Path(config.config_file_path).parent
    # A preview shows drafts and scheduled posts: `mkdocs serve`, or a pull request's build.
    preview = _command == "serve" or os.environ.get("SITE_PREVIEW") == "1"
    try:
        _site = load_site(root, Path(config.docs_dir), now(), preview)
    except ContentError as error:
        for problem in error.problems:
            log.error(str(problem))
            if os.environ.get("GITHUB_ACTIONS") == "true":
                print(problem.github_annotation(), flush=True)
        raise PluginError(str(error).split("\n", 1)[0]) from None
    config.site_description = _site.data.description
    # Our sitemaps replace MkDocs' single one (see lho_site/sitemaps.py).
    config.theme.static_templates.discard("sitemap.xml")
    config.nav = extend_nav(config.nav, {
        "manifest/index.md": [(c.title, c.src_uri) for c in _site.campaigns.values()],
        "netwerken/index.md": [(n.name, n.src_uri) for n in _site.networks.values()],
        "portretten/index.md": [(p.title, p.src_uri) for p in _site.portraits],
    })


def on_files(files, config):
    for post in _site.posts:
        file = files.get_file_from_path(post.src_uri)
        file.dest_uri = post.dest_uri
        file.url = post.url if config.use_directory_urls else post.dest_uri
        file.abs_dest_path = os.path.normpath(os.path.join(config.site_dir, post.dest_uri))
        if not post.is_public(_site.now) and not _site.preview:
            file.inclusion = InclusionLevel.DRAFT
    # Edit links point at the file a page comes from: docs/… or the data file.
    docs = Path(config.docs_dir).relative_to(Path(config.config_file_path).parent).as_posix()
    for file in files.documentation_pages():
        file.edit_uri = f"{docs}/{file.src_uri}"
    for page in generated_pages(_site, environment(Path(config.theme.custom_dir))):
        file = File.generated(config, page.src_uri, content=page.source())
        file.edit_uri = page.edit_path
        files.append(file)
    return files


def on_page_markdown(markdown, page, config, files):
    context = _site.context(page.file.src_uri)
    if "post" in context or "portrait" in context:
        page.meta["template"] = "post.html" if "post" in context else "portrait.html"
    return markdown


def on_page_content(html, page, config, files):
    if _site.post(page.file.src_uri):
        _contents[page.file.src_uri] = html
    return html


def on_env(env, config, files):
    env.globals["lho"] = _site
    env.add_extension(FragmentCache)

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


def on_post_build(config):
    writer = FeedWriter(_site, _contents, config.site_url, Path(config.docs_dir), Path(config.theme.custom_dir))
    sitemaps = sitemap_files(_sitemap, config.site_url, _site.feed_folders)
    for path, content in (writer.files() | image_files(_site.data.name) | sitemaps).items():
        target = Path(config.site_dir) / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)

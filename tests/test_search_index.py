"""Our search index (lxml) gives what Material's search plugin would give (html.parser)."""

import html
import json
import re

import pytest
from material.plugins.search.plugin import SearchIndex
from mkdocs.config import load_config
from mkdocs.structure.files import get_files
from mkdocs.structure.pages import Page

from lho_site.outputs.html import PageInfo, process
from lho_site.outputs.search_index import merged_entries, page_entries
from sitebuild import ROOT


def normalized(entries):
    squeeze = lambda text: re.sub(r"\s+", " ", text.replace("> <", "><")).strip()  # noqa: E731
    return [(e["location"], html.unescape(e["title"]), squeeze(e["text"])) for e in entries]


@pytest.fixture(scope="module")
def rendered_pages():
    config = load_config(str(ROOT / "mkdocs.yml"))
    files = get_files(config)
    pages = []
    for file in files.documentation_pages():
        if not file.src_uri.endswith(".md") or "template" in file.content_string[:200]:
            continue
        page = Page(None, file, config)
        page.read_source(config)
        page.render(config, files)
        pages.append(page)
    assert len(pages) >= 5
    return pages


def test_entries_match_materials_for_every_hand_written_page(rendered_pages):
    for page in rendered_pages:
        material = SearchIndex()
        material.add_entry_from_context(page)
        root = process(page.content, PageInfo(page.file.src_uri, page.url, page.file.src_uri)).root
        ours = page_entries(page.url, page.meta.get("title", page.title), root)
        assert normalized(ours) == normalized(material.entries), page.file.src_uri


def test_the_built_index_has_materials_settings_and_every_post_and_heading(site):
    index = json.loads((site.site_dir / "search" / "search_index.json").read_text())
    assert index["config"]["lang"] == ["nl"]
    locations = {doc["location"] for doc in index["docs"]}
    for post in site.model.public:
        headings = [h["id"] for h in site.html(post.url).select(".md-content article :is(h2, h3)[id]")]
        content_headings = [id_ for id_ in headings if not id_.startswith("lho-")]  # not the template's
        assert {post.url} | {f"{post.url}#{id_}" for id_ in content_headings} <= locations, post.path
    assert not any(location.startswith("nieuws/pagina/") for location in locations)  # listings excluded


def test_titles_in_the_index_are_text_not_markup():
    """Material's search shows result titles as HTML: a heading's text must come out escaped; the page's
    title comes escaped already (lho_site/outputs/titles.py) and is kept as it is."""
    root = process('<h2 id="a">Toets &lt;img src=x onerror=alert(1)&gt;</h2><p>x</p>', PageInfo("a.md", "a/", "a.md")).root
    entries = page_entries("a/", "Titel &amp; &lt;b&gt;", root)
    assert [e["title"] for e in entries] == ["Titel &amp; &lt;b&gt;", "Toets &lt;img src=x onerror=alert(1)&gt;"]


def test_a_preview_rebuild_replaces_only_the_rebuilt_pages_entries():
    previous = json.dumps({"config": {}, "docs": [
        {"location": "a/", "title": "A", "text": "oud"}, {"location": "a/#kop", "title": "Kop", "text": "oud"},
        {"location": "b/", "title": "B", "text": "blijft"}]}).encode()
    rebuilt = {"a/": [{"location": "a/", "title": "A", "text": "nieuw"}]}
    assert merged_entries(previous, rebuilt, {"a/", "b/"}) == [{"location": "b/", "title": "B", "text": "blijft"},
                                                               {"location": "a/", "title": "A", "text": "nieuw"}]


def test_a_preview_rebuild_drops_the_entries_of_pages_that_are_gone():
    previous = json.dumps({"config": {}, "docs": [{"location": "weg/", "title": "Weg", "text": "oud"},
                                                  {"location": "b/", "title": "B", "text": "blijft"}]}).encode()
    assert merged_entries(previous, {}, {"b/"}) == [{"location": "b/", "title": "B", "text": "blijft"}]

"""Our search index (lxml) gives what Material's search plugin would give (html.parser)."""

import json
import re

import pytest
from material.plugins.search.plugin import SearchIndex
from mkdocs.config import load_config
from mkdocs.structure.files import get_files
from mkdocs.structure.pages import Page

from lho_site.search_index import merged_entries, page_entries
from sitebuild import ROOT


def normalized(entries):
    squeeze = lambda text: re.sub(r"\s+", " ", text.replace("> <", "><")).strip()  # noqa: E731
    return [(e["location"], e["title"], squeeze(e["text"])) for e in entries]


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
        ours = page_entries(page.url, page.meta.get("title", page.title), page.content)
        assert normalized(ours) == normalized(material.entries), page.file.src_uri


def test_the_built_index_has_materials_settings_and_every_post(site):
    index = json.loads((site.site_dir / "search" / "search_index.json").read_text())
    assert index["config"]["lang"] == ["nl"]
    locations = {doc["location"] for doc in index["docs"]}
    assert "nieuws/2021/03/terugkijken-om-vooruit-te-dromen/#thema-schoolweging-en-spreiding" in locations
    assert not any(location.startswith("nieuws/pagina/") for location in locations)  # listings excluded


def test_a_preview_rebuild_replaces_only_the_rebuilt_pages_entries():
    previous = json.dumps({"config": {}, "docs": [
        {"location": "a/", "title": "A", "text": "oud"}, {"location": "a/#kop", "title": "Kop", "text": "oud"},
        {"location": "b/", "title": "B", "text": "blijft"}]}).encode()
    rebuilt = {"a/": [{"location": "a/", "title": "A", "text": "nieuw"}]}
    assert merged_entries(previous, rebuilt) == [{"location": "b/", "title": "B", "text": "blijft"},
                                                 {"location": "a/", "title": "A", "text": "nieuw"}]

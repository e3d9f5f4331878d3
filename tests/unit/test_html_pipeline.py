"""The page pipeline (outputs/html.py) leaves a page the build can keep without its parse."""

import gc
import weakref

from lho_site.outputs.html import PageInfo, process


def test_a_kept_page_holds_plain_strings_and_no_tree():
    """lxml's default results of a query are strings that keep their whole document alive: a build
    that kept a page's links and ids kept every page's tree (a third of its memory at 2,000 posts)."""
    processed = process('<p id="a"><a href="b/">b</a><img src="c.png" alt=""></p>', PageInfo("a.md", "a/", "a.md"))
    assert processed.links == ("b/", "c.png") and processed.ids == {"a"}
    assert {type(value) for value in (*processed.links, *processed.ids)} == {str}
    tree = weakref.ref(processed.root.getroottree().getroot())
    kept = processed.kept()
    del processed
    gc.collect()
    assert kept.root is None and tree() is None
    assert kept.links == ("b/", "c.png") and kept.html.startswith('<p id="a">')

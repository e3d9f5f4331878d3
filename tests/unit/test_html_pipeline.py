"""The page pipeline (outputs/html.py) leaves a page the build can keep without its parse."""

import gc
import weakref

from lho_site.outputs.html import PageInfo, process, site_path


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


def test_own_paths_are_the_site_paths_a_page_links_to():
    """What the preview's record and the drafts' files use: links resolved against the page, without what
    leads elsewhere or only to a place on the page itself."""
    html = ('<p><a href="../../03/b/">b</a><a href="../c/index.html#x">c</a><img src="foto%20a.jpg" alt="">'
            '<a href="https://elders.nl/d/">d</a><a href="mailto:a@b.nl">e</a><a href="#boven">f</a>'
            '<a href="../../../../">home</a><a href="//cdn.nl/e.js">g</a></p>')
    page = process(html, PageInfo("nieuws/posts/a.md", "nieuws/2024/04/a/", "docs/nieuws/posts/a.md"))
    assert page.own_paths() == {"nieuws/2024/03/b", "nieuws/2024/04/c/index.html", "nieuws/2024/04/a/foto a.jpg", ""}
    assert page.own_paths(anchored=True) == {"nieuws/2024/04/c/index.html"}
    assert site_path("./") == "" and site_path("nieuws/2024/03/b/") == "nieuws/2024/03/b"

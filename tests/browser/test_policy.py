"""The Content-Security-Policy in Chromium: the site works under it, and it stops what got in.

Every type of page (with the menu, the search and Material's scripts) runs without one
report of the policy; a script added to a built page does not run and is reported; a
video's player is asked for only after a click on its button.
"""

import re
import shutil

import pytest

from browsing import RECORD_POLICY_VIOLATIONS, WIDTHS, page_kinds
from serving import serve


@pytest.mark.parametrize("width", WIDTHS)
def test_no_page_breaks_its_own_policy(visits, kinds, width):
    found = {kind: visits(kind, width).policy_violations for kind in kinds}
    assert {kind: violations for kind, violations in found.items() if violations} == {}


@pytest.mark.parametrize("kind", ["home", "bericht", "nieuws", "manifest", "campagne", "netwerk", "portret",
                                  "nieuwsbrief", "agenda", "404"])
def test_a_script_smuggled_into_any_page_type_does_not_run(browser, sites, tmp_path, kind):
    """The policy of every page type holds only the templates' hashes: a script or handler added to the
    built page, in its head or its content, does not run and is reported."""
    site = sites("kitchen-sink")
    address = page_kinds(site.model)[kind]
    html = (site.file(address) if kind != "404" else site.site_dir / "404.html").read_text(encoding="utf-8")
    html = html.replace("</head>", "<script>window.__ran = true</script></head>", 1).replace(
        "</article>", '<script>window.__ran = true</script><img src="x" alt="" onerror="window.__ran = true"></article>', 1)
    copy = tmp_path / "site"
    shutil.copytree(site.site_dir, copy)
    (copy / "index.html").write_text(html, encoding="utf-8")
    with serve(copy) as url:
        context = browser.new_context()
        context.add_init_script(RECORD_POLICY_VIOLATIONS)
        page = context.new_page()
        page.goto(url, wait_until="load")
        page.wait_for_timeout(200)
        assert page.evaluate("() => window.__ran") is None
        violations = page.evaluate("() => window.__policyViolations")
        context.close()
    assert "script-src-elem inline" in violations and "script-src-attr inline" in violations


def video_page(site):
    """The address of the first page of `site` with a video card."""
    for path in sorted(site.site_dir.rglob("*.html")):
        if "data-lho-player" in path.read_text(encoding="utf-8"):
            return str(path.relative_to(site.site_dir)).removesuffix("index.html")
    raise AssertionError("the kitchen sink has no post with a video any more")


def test_a_video_player_loads_only_after_a_click(browser, sites):
    site = sites("kitchen-sink")
    with serve(site.site_dir) as url:
        context = browser.new_context(viewport={"width": 390, "height": 844})
        context.add_init_script(RECORD_POLICY_VIOLATIONS)
        requests = []
        context.on("request", lambda request: requests.append(request.url))
        page = context.new_page()
        page.goto(url + video_page(site), wait_until="networkidle")
        assert [r for r in requests if not r.startswith(url)] == []
        button = page.get_by_role("button", name="Video afspelen").first
        button.focus()
        page.keyboard.press("Enter")
        player = page.locator("iframe.lho-video__player").first
        player.wait_for()
        page.wait_for_timeout(300)
        assert re.fullmatch(r"https://www\.youtube-nocookie\.com/embed/[\w-]{11}\?autoplay=1", player.get_attribute("src"))
        assert player.get_attribute("title")
        assert any(r.startswith("https://www.youtube-nocookie.com/embed/") for r in requests)
        assert page.evaluate("() => window.__policyViolations") == []
        context.close()

"""Nothing an editor writes runs script or reaches a third party: on the page, in search, in feeds.

Each unsafe input fails the build with one Dutch line (fixture sites); a video becomes a
card that loads its player only on a click; every page of every site carries a
Content-Security-Policy that lets only its own scripts run (tests/browser/test_policy.py
proves it in Chromium).
"""

import base64
import hashlib
import json

import lxml.html
import pytest
from lxml import etree

from feedcheck import CONTENT
from sitebuild import build_site, fixture_site
from test_site import all_pages
from test_validation import GOOD, POST, expect_only, failed_build, post

SVG = "docs/nieuws/posts/logo.svg"
BODY_FIX_CODE = "haal de code weg; voor een video zet je alleen de link op een eigen regel (zie CONTRIBUTING.md)"

UNSAFE = {
    "script": (
        "Tekst.\n\n<script>alert(1)</script>\n",
        [f"{POST}:10: de tekst bevat <script>: code die in de browser van bezoekers zou draaien — {BODY_FIX_CODE}"]),
    "event-handler": (
        'Een <a href="#" onclick="alert(1)">link</a>.\n',
        [f"{POST}:8: het attribuut onclick op <a> laat code draaien in de browser van bezoekers — haal "
         'onclick="…" weg']),
    "javascript-link-in-markdown": (
        "[klik](javascript:alert(1))\n",
        [f"{POST}:8: 'javascript:alert(1)' is geen webadres dat de site toestaat — link naar een webadres "
         "(https://…), een e-mailadres (mailto:…) of een bestand van de site"]),
    "data-image": (
        "![punt](data:image/png;base64,iVBORw0KGgo=)\n",
        [f"{POST}:8: 'data:image/png;base64,iVBORw0KGgo=' is geen webadres dat de site toestaat — link naar een "
         "webadres (https://…), een e-mailadres (mailto:…) of een bestand van de site"]),
    "iframe": (
        'Kijk:\n\n<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe>\n',
        [f"{POST}:10: de tekst bevat <iframe>: dat haalt bij elk bezoek iets op van een andere site — zet voor een "
         "video van YouTube of Vimeo alleen de link op een eigen regel (zie CONTRIBUTING.md); link naar andere "
         "dingen met [tekst](webadres)"]),
    "form": (
        '<form action="https://example.com/x"><input name="naam"></form>\n',
        [f"{POST}:8: de tekst bevat een formulier (<form>) — link naar het formulier op de site waar het staat, met "
         "[tekst](webadres)",
         f"{POST}:8: de tekst bevat een formulier (<input>) — link naar het formulier op de site waar het staat, met "
         "[tekst](webadres)"]),
    "overlay-style": (
        '<p style="position: fixed; inset: 0">Gewonnen!</p>\n',
        [f"{POST}:8: opmaak met style ('inset') op <p> is niet toegestaan — haal style weg en gebruik Markdown voor "
         "opmaak",
         f"{POST}:8: opmaak met style ('position') op <p> is niet toegestaan — haal style weg en gebruik Markdown "
         "voor opmaak"]),
    "theme-class": (
        "Gewonnen!\n{: .md-dialog }\n",
        [f"{POST}:9: de class 'md-dialog' op <p> is niet toegestaan — haal hem weg; een kader maak je met !!! note "
         "(zie CONTRIBUTING.md)"]),
}


@pytest.mark.parametrize("case", UNSAFE)
def test_unsafe_html_in_a_post_fails_with_a_dutch_line(tmp_path, case):
    body, expected = UNSAFE[case]
    built = failed_build(tmp_path, {POST: post(GOOD, body)})
    expect_only(built, sorted(expected))


@pytest.mark.parametrize(("svg", "line", "what"), [
    ('<svg xmlns="http://www.w3.org/2000/svg">\n<script>alert(1)</script>\n</svg>\n', 2,
     "de afbeelding bevat <script>: code die zou draaien als iemand haar opent"),
    ('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)">\n</svg>\n', 1,
     'de afbeelding bevat onload="…": code die zou draaien'),
    ('<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">\n'
     '<image xlink:href="https://tracker.example/pixel.png"/>\n</svg>\n', 2,
     "de afbeelding verwijst naar 'https://tracker.example/pixel.png'"),
])
def test_an_svg_that_runs_script_or_loads_from_elsewhere_fails(tmp_path, svg, line, what):
    built = failed_build(tmp_path, {SVG: svg})
    expect_only(built, [f"{SVG}:{line}: {what} — sla de afbeelding opnieuw op zonder scripts en zonder verwijzingen "
                        "naar andere sites, of als .png"])


@pytest.mark.parametrize(("field", "value"), [("title", "Toets <b>nu</b>"), ("title", "Toets &lt;script&gt;")])
def test_markup_in_a_plain_text_field_is_refused(tmp_path, field, value):
    built = failed_build(tmp_path, {POST: post(GOOD.replace("title: Bericht", f"{field}: '{value}'"))})
    assert built.errors[0].startswith(f"{POST}:2: '{field}' bevat HTML-code")


def test_markup_in_a_data_file_is_refused(tmp_path):
    built = failed_build(tmp_path, {"data/people.yml": "- id: marc\n  name: Marc <img src=x onerror=alert(1)>\n"
                                                       "- id: jan\n  name: Jan\n"})
    assert built.errors[0] == ("data/people.yml:2: 'name' bevat HTML-code ('<i…'); dit veld is gewone tekst — haal "
                               "de code weg; opmaak, links en afbeeldingen horen in de tekst van het bericht")


VIDEOS = ("Voor.\n\n[De opening](https://www.youtube.com/watch?v=dQw4w9WgXcQ)\n\n<https://youtu.be/dQw4w9WgXcQ>\n\n"
          "https://vimeo.com/76979871\n\nNa, met [een link](https://www.youtube.com/watch?v=dQw4w9WgXcQ) in de zin.\n")


@pytest.fixture(scope="module")
def video_site(tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("video")
    built = build_site(fixture_site(tmp_path, {POST: post(GOOD, VIDEOS)}), tmp_path / "site")
    assert built.error is None, built.how_to_reproduce()
    return built


def test_a_video_line_becomes_a_card_with_a_link_and_no_player(video_site):
    page = video_site.html("nieuws/2024/02/bericht/")
    cards = page.select("figure.lho-video")
    assert [(c["data-lho-player"], c.select_one(".lho-video__title").get_text(), c.select_one("a")["href"])
            for c in cards] == [
        ("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1", "De opening",
         "https://www.youtube.com/watch?v=dQw4w9WgXcQ"),
        ("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1", "Video op YouTube",
         "https://www.youtube.com/watch?v=dQw4w9WgXcQ"),
        ("https://player.vimeo.com/video/76979871?dnt=1&autoplay=1", "Video op Vimeo", "https://vimeo.com/76979871")]
    assert all("Pas als je op Afspelen klikt" in c.get_text() for c in cards)
    assert page.select("iframe") == []
    assert page.select_one('script[src$="assets/javascripts/lho-video.js"]')
    assert "in de zin" in page.select("article p")[-1].get_text()  # a link inside a sentence stays a link
    assert not video_site.html("").select_one('script[src$="lho-video.js"]')


def test_feeds_carry_a_video_as_a_link(video_site):
    item = etree.fromstring((video_site.site_dir / "feed.xml").read_bytes()).find("channel/item")
    content = lxml.html.fromstring(item.findtext(CONTENT))
    assert content.xpath("//iframe | //script | //button") == []
    assert "https://vimeo.com/76979871" in content.xpath("//a/@href")


def sha256(script):
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode()).digest()).decode() + "'"


def test_every_page_has_a_policy_that_lets_only_its_own_scripts_run(site):
    for path in all_pages(site):
        document = lxml.html.fromstring(path.read_bytes())
        head = document.head
        meta = head.xpath('meta[@http-equiv="Content-Security-Policy"]')
        assert len(meta) == 1 and head.index(meta[0]) == 1, path  # right after the charset
        rules = dict(rule.strip().split(" ", 1) for rule in meta[0].get("content").split(";"))
        assert rules["default-src"] == "'self'" and rules["object-src"] == "'none'"
        inline = [s.text for s in document.iter("script") if not s.get("src") and s.get("type") in (None, "module")]
        assert rules["script-src"].split() == ["'self'", *sorted({sha256(text) for text in inline})], path
        assert head.xpath('meta[@name="referrer"]/@content') == ["same-origin"]


def test_content_has_no_script_handler_or_player(site):
    for path in all_pages(site):
        document = lxml.html.fromstring(path.read_bytes())
        for article in document.xpath('//article[@id="lho-inhoud"]'):
            assert article.xpath(".//iframe | .//object | .//embed | .//form") == [], path
            assert [a for e in article.iter() if isinstance(e.tag, str) for a in e.attrib if a.startswith("on")] == []
            assert article.xpath(".//script[not(@type)]") == [], path


def test_the_search_index_has_no_markup_in_its_titles(site):
    index = json.loads((site.site_dir / "search/search_index.json").read_text(encoding="utf-8"))
    for doc in index["docs"]:
        assert "<" not in doc["title"], doc["location"]

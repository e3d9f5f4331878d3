"""Nothing an editor writes runs script or reaches a third party: on the page, in search, in feeds.

Each unsafe input fails the build with one Dutch line (fixture sites); a video becomes a
card that loads its player only on a click; every page of every site carries a
Content-Security-Policy that lets only the templates' own scripts run (tests/browser/test_policy.py
proves it in Chromium). The adversarial corpus through every input channel is in
tests/test_adversarial.py; the audit's rules one by one in tests/unit/test_audit.py.
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
    "javascript-link-in-character-references": (  # the line is found in the text as the parser reads it
        "Tekst.\n\nLees [meer](&#106;avascript:alert(1)).\n",
        [f"{POST}:10: 'javascript:alert(1)' is geen webadres dat de site toestaat — link naar een webadres "
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
    "picture-from-another-site": (
        "Tekst.\n\n![Logo](https://tracker.example/pixel.png)\n",
        [f"{POST}:10: de afbeelding 'https://tracker.example/pixel.png' staat op een andere site: elke bezoeker en "
         "elke feedlezer zou haar daar ophalen — download de afbeelding en zet haar in de map fotos/ naast het bericht; "
         "verwijs ernaar met ![beschrijving](fotos/naam.jpg)"]),
    "id-of-the-theme": (
        "Gewonnen!\n{: #__config }\n",
        [f"{POST}:9: het id '__config' op <p> gebruikt de site zelf (ids die met __ of lho- beginnen) — kies een ander "
         "id, of een andere tekst voor het kopje"]),
}


@pytest.mark.parametrize("case", UNSAFE)
def test_unsafe_html_in_a_post_fails_with_a_dutch_line(tmp_path, case):
    body, expected = UNSAFE[case]
    built = failed_build(tmp_path, {POST: post(GOOD, body)})
    expect_only(built, sorted(expected))


SVG_FIX = "sla de afbeelding opnieuw op zonder scripts, links en verwijzingen naar andere bestanden, of als .png"


@pytest.mark.parametrize(("svg", "line", "what"), [
    ('<svg xmlns="http://www.w3.org/2000/svg">\n<script>alert(1)</script>\n</svg>\n', 2,
     "de afbeelding bevat <script>: dat zou code draaien, iets ophalen of linken"),
    ('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)">\n</svg>\n', 1,
     'de afbeelding bevat onload="…": code die zou draaien'),
    ('<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">\n'
     '<use xlink:href="https://tracker.example/pixel.svg#a"/>\n</svg>\n', 2,
     "de afbeelding verwijst naar 'https://tracker.example/pixel.svg#a'"),
    # The script hides in an entity of the file's own DOCTYPE: no "<script" anywhere in the text.
    ('<?xml version="1.0"?>\n<!DOCTYPE svg [<!ENTITY s "&#60;script&#62;alert(1)&#60;/script&#62;">]>\n'
     '<svg xmlns="http://www.w3.org/2000/svg">&s;</svg>\n', 1,
     "de afbeelding heeft een DOCTYPE met eigen definities (entities), waarin code kan schuilen"),
    ('<?xml version="1.0"?>\n<?xml-stylesheet href="https://tracker.example/x.css"?>\n'
     '<svg xmlns="http://www.w3.org/2000/svg"/>\n', 2, "de afbeelding bevat een instructie <?xml-stylesheet …?>"),
])
def test_an_svg_that_runs_script_or_loads_from_elsewhere_fails(tmp_path, svg, line, what):
    built = failed_build(tmp_path, {SVG: svg})
    assert built.errors[0] == f"{SVG}:{line}: {what} — {SVG_FIX}", built.how_to_reproduce()


def test_a_published_svg_is_the_rebuilt_one(tmp_path):
    drawing = ('<svg xmlns="http://www.w3.org/2000/svg" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" '
               'viewBox="0 0 20 10" inkscape:version="1.3"><metadata>Gemaakt door iemand</metadata>'
               '<title>Logo</title><rect width="20" height="10" fill="#123456"/></svg>\n')
    built = build_site(fixture_site(tmp_path, {SVG: drawing}), tmp_path / "site")
    assert built.error is None, built.how_to_reproduce()
    published = etree.fromstring((built.site_dir / "nieuws/posts/logo.svg").read_bytes())
    assert [etree.QName(e).localname for e in published.iter()] == ["svg", "title", "rect"]
    assert published.get("viewBox") == "0 0 20 10" and "inkscape" not in etree.tostring(published).decode()


@pytest.mark.parametrize("where", ["docs/nieuws/posts/elders", "data/people.yml", "docs/nieuws/posts/pagina.html"])
def test_a_symbolic_link_is_refused_before_anything_is_read(tmp_path, where):
    config = fixture_site(tmp_path)
    outside = tmp_path / "buiten"
    outside.mkdir()
    (outside / "geheim.html").write_text("<script>alert(1)</script>", encoding="utf-8")
    link = config.parent / where
    link.unlink(missing_ok=True)
    link.symlink_to(outside if where.endswith("elders") else outside / "geheim.html")
    built = build_site(config, tmp_path / "site")
    name = where.rsplit("/", 1)[-1]
    expect_only(built, [f"{where}:1: '{name}' is een snelkoppeling (symbolic link) naar een ander bestand of een andere "
                        "map; de site neemt zulke koppelingen niet over — zet het bestand zelf hier neer (een kopie), "
                        "of haal de snelkoppeling weg"])
    assert not (tmp_path / "site" / "index.html").exists()


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
    assert "in de zin" in page.select("article.lho-post p")[-1].get_text()  # a link inside a sentence stays a link
    assert not video_site.html("").select_one('script[src$="lho-video.js"]')


def test_feeds_carry_a_video_as_a_link(video_site):
    item = etree.fromstring((video_site.site_dir / "feed.xml").read_bytes()).find("channel/item")
    content = lxml.html.fromstring(item.findtext(CONTENT))
    assert content.xpath("//iframe | //script | //button") == []
    assert "https://vimeo.com/76979871" in content.xpath("//a/@href")


def sha256(script):
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode()).digest()).decode() + "'"


def policy_rules(document) -> dict[str, str]:
    meta = document.head.xpath('meta[@http-equiv="Content-Security-Policy"]')
    assert len(meta) == 1 and document.head.index(meta[0]) == 1  # right after the charset
    return dict(rule.strip().split(" ", 1) for rule in meta[0].get("content").split(";"))


def test_every_page_has_the_one_policy_of_the_templates_scripts(site):
    """The hashes come from the templates before any content is in a page, so every page has the same
    policy, and every inline script of every page is one of them."""
    policies = set()
    for path in all_pages(site):
        document = lxml.html.fromstring(path.read_bytes())
        rules = policy_rules(document)
        assert rules["default-src"] == "'self'" and rules["object-src"] == "'none'"
        inline = [s.text for s in document.iter("script") if not s.get("src") and s.get("type") in (None, "module")]
        assert {sha256(text) for text in inline} <= set(rules["script-src"].split()), path
        assert document.head.xpath('meta[@name="referrer"]/@content') == ["same-origin"]
        policies.add(rules["script-src"])
    assert len(policies) == 1


def test_a_script_in_a_heading_is_text_in_the_table_of_contents(tmp_path):
    """The heading's attributes hold the halves of a tag: cutting comments and then tags out of it,
    as Python-Markdown's table of contents does, leaves a working <script>."""
    heading = ("## Kop <abbr title='<!--'>a</abbr> midden <abbr title=\"-->'><scr<b>ipt>alert(document.domain)"
               "</scr<b>ipt>\">b</abbr>\n\nTekst.\n\n## Tweede kop\n\nMeer.\n\n### Derde\n\nNog meer.\n")
    built = build_site(fixture_site(tmp_path, {POST: post(GOOD, heading)}), tmp_path / "site")
    assert built.error is None, built.how_to_reproduce()
    page = built.html("nieuws/2024/02/bericht/")
    assert [s.get_text() for s in page.select("script") if "alert" in s.get_text()] == []
    entries = [link.get_text(" ", strip=True) for link in page.select('[data-md-component="toc"] a')]
    headings = [h.get_text(" ", strip=True).removesuffix(" #") for h in page.select("article.lho-post :is(h2, h3)[id]")]
    assert entries == headings and entries[0] == "Kop a midden b"
    # The table of contents in the text, for phones (partials/lho-toc-inline.html), prints the same titles.
    assert [a.get_text(" ", strip=True) for a in page.select(".lho-toc-inline a")] == [entries[0], "Tweede kop"]


def test_markdown_in_a_data_text_field_stays_text(tmp_path):
    """attr_list, links and HTML in data/ are shown as written, on pages made from data too."""
    call = "Teken! {: onclick=\"alert(1)\" } [klik](javascript:alert(1))\n\n- geen lijst\n\n{: #__config }"
    config = fixture_site(tmp_path)
    campaigns = config.parent / "data/campaigns.yml"
    campaigns.write_text(campaigns.read_text(encoding="utf-8").replace(
        "call: De oproep.", "call: |\n    " + call.replace("\n", "\n    ")), encoding="utf-8")
    built = build_site(config, tmp_path / "site")
    assert built.error is None, built.how_to_reproduce()
    article = built.html("manifest/stop/").select_one("article")
    assert article.select("[onclick], [id=__config], a[href^=javascript], ul") == []
    assert '{: onclick="alert(1)" } [klik](javascript:alert(1))' in article.get_text()


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

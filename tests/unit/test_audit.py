"""The audit of the build's output (lho_site/outputs/audit.py), rule by rule: each rule finds what
it is for, and the page the templates make passes."""

import dataclasses
import json

import pytest

from lho_site.outputs.audit import FORK_FROM, Rules, audit_file, audit_files, files_in
from lho_site.outputs.csp import policy, script_hash, trusted_hashes

OWN = "<script>var own = 1</script>"
TRUSTED = trusted_hashes([OWN])
POLICY = policy(TRUSTED)
RULES = Rules(TRUSTED, frozenset({"assets/bundle.js"}), frozenset({"oud/index.html"}),
              {"page": POLICY, "redirect": policy(frozenset()), "editor": "editor-policy"}, "beheer",
              "https://example.org/")


def page(body: str, head: str = "", policy_text: str = POLICY) -> bytes:
    return (f'<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" '
            f'content="{policy_text}">{head}<title>T</title></head><body>{body}{OWN}'
            '<script src="../assets/bundle.js"></script></body></html>').encode()


def findings(data: bytes, path: str = "nieuws/index.html") -> list[str]:
    return [finding.what for finding in audit_file(path, data, RULES)]


def test_a_page_as_the_templates_make_it_passes():
    assert findings(page('<p id="a">Tekst <a href="https://elders.example/">link</a> <img src="x.jpg" alt=""></p>'
                         '<script type="application/ld+json">{"@type": "Thing"}</script>')) == []


@pytest.mark.parametrize(("body", "what"), [
    ("<script>alert(1)</script>", "script dat niet uit de sjablonen"),
    ('<script src="https://cdn.example/x.js"></script>', "script dat de site niet zelf"),
    ('<script src="../docs/x.js"></script>', "script dat de site niet zelf"),
    ('<script type="importmap">{}</script>', "<script> van het soort 'importmap'"),
    ('<img src="x" alt="" onerror="alert(1)">', "onerror"),
    ('<svg><a onclick="alert(1)"></a></svg>', "onclick"),
    ('<a href="javascript:alert(1)">x</a>', "javascript:"),
    ('<a href=" &#14;java&#9;script:alert(1)">x</a>', "javascript:"),
    ('<a href="VBScript:msgbox">x</a>', "vbscript:"),
    ('<img src="data:image/svg+xml,<svg onload=alert(1)>" alt="">', "data:"),
    ("<base href='https://elders.example/'>", "<base>"),
    ('<meta http-equiv="refresh" content="0; url=https://elders.example/">', "stuurt bezoekers door"),
    ('<meta http-equiv="set-cookie" content="a=b">', "http-equiv=\"set-cookie\""),
    ('<iframe src="/x"></iframe>', "<iframe>"),
    ('<object data="x.pdf"></object>', "<object>"),
    ('<embed src="x.swf">', "<embed>"),
    ('<img src="https://tracker.example/p.png" alt="">', "andere site"),
    ('<img src="//tracker.example/p.png" alt="">', "andere site"),
    ('<img src="x.jpg" srcset="x.jpg 1x, https://tracker.example/p.png 2x" alt="">', "andere site"),
    ('<video poster="https://tracker.example/p.png"></video>', "andere site"),
    ('<svg><image href="https://tracker.example/p.png"></image></svg>', "andere site"),
    ('<p style="background: url(https://tracker.example/p.png)">x</p>', "andere site"),
    ("<style>@import 'https://tracker.example/x.css';</style>", "andere site"),
    ('<link rel="stylesheet" href="https://tracker.example/x.css">', "andere site"),
    ('<link rel="preload" as="image" href="https://tracker.example/p.png">', "andere site"),
    ('<p id="__config">x</p><p id="__config">y</p>', "'__config' staat 2 keer"),
    ('<noscript><p title="</noscript><img src=x onerror=alert(1)>"></p></noscript>', "<noscript>"),
    ("<template><img src=x onerror=alert(1)></template>", "<template>"),
])
def test_each_rule_finds_what_it_is_for(body, what):
    found = findings(page(body))
    assert any(what in finding for finding in found), found


def test_a_page_needs_the_sites_one_policy():
    assert any("ander beveiligingsbeleid" in f for f in findings(page("", policy_text="default-src *")))
    no_policy = page("").replace(f'<meta http-equiv="Content-Security-Policy" content="{POLICY}">'.encode(), b"")
    assert any("geen eigen beveiligingsbeleid" in f for f in findings(no_policy))


def test_a_refresh_only_on_the_pages_at_old_addresses_and_only_to_the_site():
    moved = page("", '<meta http-equiv="refresh" content="0; url=../nieuws/">', policy(frozenset()))
    assert findings(moved, "oud/index.html") == []
    elsewhere = page("", '<meta http-equiv="refresh" content="0; url=https://elders.example/">', policy(frozenset()))
    assert findings(elsewhere, "oud/index.html") != []


def test_the_policy_trusts_the_templates_scripts_not_the_page():
    assert script_hash("var own = 1") in TRUSTED and script_hash("alert(1)") not in TRUSTED
    assert "'unsafe-inline'" not in POLICY and "'unsafe-inline'" in policy(TRUSTED, serving=True)


def feed(description: str, enclosure: str = "https://example.org/f.jpg") -> bytes:
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>I</title>'
            f'<link>https://example.org/nieuws/a/</link><description><![CDATA[{description}]]></description>'
            f'<enclosure url="{enclosure}" type="image/jpeg" length="1"/></item></channel></rss>').encode()


def test_a_feed_item_may_hold_no_script_and_nothing_from_another_host():
    assert findings(feed("<p>Tekst <img src='https://example.org/f.jpg' alt=''></p>"), "feed.xml") == []
    assert findings(feed(OWN), "feed.xml") != []  # a feed trusts no script at all
    assert findings(feed("<img src='https://tracker.example/p.png' alt=''>"), "feed.xml") != []
    assert findings(feed("<p>x</p>", "https://tracker.example/p.png"), "feed.xml") != []
    finding = audit_file("feed.xml", feed("<p onclick='x'>y</p>"), RULES)[0]
    assert finding.page_url == "https://example.org/nieuws/a/"  # the build names the post's file


def test_a_json_feed_item_is_judged_like_an_rss_item():
    data = {"version": "https://jsonfeed.org/version/1.1", "items": [
        {"url": "https://example.org/nieuws/a/", "content_html": "<script>alert(1)</script>",
         "image": "https://tracker.example/p.png"}]}
    assert len(findings(json.dumps(data).encode(), "feed.json")) == 2


def test_a_feed_with_its_own_entities_is_refused():
    data = b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x "y">]><rss version="2.0"><channel/></rss>'
    assert findings(data, "feed.xml") != []


def test_the_search_index_keeps_only_its_bare_tags():
    good = {"docs": [{"location": "a/", "title": "A &amp; B", "text": "<p>Tekst &lt;b&gt;</p>"}]}
    assert findings(json.dumps(good).encode(), "search/search_index.json") == []
    for entry in ({"location": "a/", "title": "<img src=x onerror=alert(1)>", "text": ""},
                  {"location": "javascript:alert(1)", "title": "A", "text": ""}):
        assert findings(json.dumps({"docs": [entry]}).encode(), "search/search_index.json") != []


def test_the_map_of_old_addresses_leads_only_into_the_site():
    assert findings(json.dumps({"/?p=1": "nieuws/a/"}).encode(), "redirects.json") == []
    for target in ("javascript:alert(1)", "//elders.example/", "https://elders.example/"):
        assert findings(json.dumps({"/?p=1": target}).encode(), "redirects.json") != []


def test_an_svg_file_is_held_to_the_svg_allowlist():
    assert findings(b'<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>', "a.svg") == []
    assert findings(b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', "a.svg") != []


BUILT = dataclasses.replace(RULES, site_files=frozenset({"index.html", "nieuws/a/index.html", "f.jpg", "feed.xml"}))
"""The rules of a built site: these files are there."""


def nowhere(data: bytes, path: str) -> list[str]:
    return [f.what for f in audit_file(path, data, BUILT) if "leidt naar geen bestand" in f.what]


def head(url: str) -> bytes:
    return page("", f'<meta property="og:image" content="{url}"><link rel="canonical" href="{url}">'
                    f'<script type="application/ld+json">{{"@type": "Event", "image": ["{url}"]}}</script>')


def test_our_own_addresses_in_meta_tags_and_json_ld_lead_to_a_file():
    assert nowhere(head("https://example.org/nieuws/a/"), "nieuws/a/index.html") == []
    assert nowhere(head("https://example.org/nieuws/a"), "nieuws/a/index.html") == []
    assert nowhere(head("https://elders.example/x.jpg"), "nieuws/a/index.html") == []  # not ours to know
    photo = "https://example.org/nieuws/posts/fotos/zaal.jpg"  # an original photo, not published
    assert nowhere(head(photo), "nieuws/a/index.html") == [
        f"het adres '{photo}' (<meta property=\"og:image\">) leidt naar geen bestand van de site",
        f"het adres '{photo}' (<link rel=\"canonical\">) leidt naar geen bestand van de site",
        f"het adres '{photo}' (in de gegevens voor zoekmachines, JSON-LD) leidt naar geen bestand van de site"]


def test_our_own_addresses_in_feeds_sitemaps_and_calendars_lead_to_a_file():
    assert nowhere(feed("<p>x</p>"), "feed.xml") == []
    assert nowhere(feed("<p>x</p>", "https://example.org/weg.jpg"), "feed.xml") == [
        "het adres 'https://example.org/weg.jpg' (in de feed) leidt naar geen bestand van de site"]
    json_feed = {"version": "https://jsonfeed.org/version/1.1", "feed_url": "https://example.org/feed.json",
                 "items": [{"url": "https://example.org/nieuws/a/", "content_html": "<p>x</p>"}]}
    assert nowhere(json.dumps(json_feed).encode(), "feed.json") == [
        "het adres 'https://example.org/feed.json' (in de feed) leidt naar geen bestand van de site"]
    sitemap = (b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
               b"<url><loc>https://example.org/nieuws/a/</loc></url><url><loc>https://example.org/weg/</loc></url>"
               b"</urlset>")
    assert nowhere(sitemap, "sitemap.xml") == [
        "het adres 'https://example.org/weg/' (in de sitemap) leidt naar geen bestand van de site"]
    calendar = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//NL\r\nBEGIN:VEVENT\r\nUID:a\r\n"
                "DTSTAMP:20240101T000000Z\r\nDTSTART:20240102T150000Z\r\nURL:https://example.org/nieuws/{}/\r\n"
                "END:VEVENT\r\nEND:VCALENDAR\r\n")
    assert nowhere(calendar.format("a").encode(), "agenda.ics") == []
    assert nowhere(calendar.format("b").encode(), "agenda.ics") == [
        "het adres 'https://example.org/nieuws/b/' (in de agenda) leidt naar geen bestand van de site"]


def test_files_in_lists_every_file_with_its_time_and_does_not_enter_a_linked_folder(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "page.html").write_text("x")
    (tmp_path / ".preview-record.json").write_text("{}")
    (tmp_path / "loop").symlink_to(tmp_path / "a")
    found = files_in(tmp_path)
    assert sorted(found) == [".preview-record.json", "a/b/page.html"]
    assert found["a/b/page.html"] == (tmp_path / "a" / "b" / "page.html").stat().st_mtime


def test_forked_workers_find_what_the_build_process_finds_in_the_same_order(tmp_path):
    paths = [f"p{number:03d}/index.html" for number in range(FORK_FROM + 50)]
    for number, path in enumerate(paths):
        (tmp_path / path).parent.mkdir()
        body = f'<img src="x" alt="" onerror="a({number})"><p onclick="b()">x</p>' if number % 7 == 0 else "<p>x</p>"
        (tmp_path / path).write_bytes(page(body))
    alone = audit_files(tmp_path, paths, RULES, workers=1)
    assert len(alone) == 2 * len(paths[::7])
    assert [finding.path for finding in alone] == [path for path in paths[::7] for _ in range(2)]
    assert audit_files(tmp_path, paths, RULES, workers=2) == alone

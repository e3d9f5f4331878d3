"""The pure parts of `make importeer-wordpress`: reading WXR, shortcodes, HTML to Markdown, names and addresses."""

import datetime as dt

import markdown
import pytest

from lho_tools.wordpress.body import autop, convert_body
from lho_tools.wordpress.posts import OldSite, upload_path, web_name
from lho_tools.wordpress.shortcodes import replace_shortcodes
from lho_tools.wordpress.wxr import ExportError, read_export
from sitebuild import FIXTURES

EXPORT = FIXTURES / "wordpress" / "export.xml"


class Recorder:
    """A Resolver that keeps photos and links as they are and records what it was asked."""

    def __init__(self):
        self.notes = []

    def image(self, src, alt, caption=""):
        return src, alt or caption

    def link(self, href):
        return None if "weg" in href else href

    def shortcode(self, code):
        return f"<p>{code.name}:{code.content or code.attributes}</p>"

    def note(self, what, fix):
        self.notes.append(what)


def converted(html):
    return convert_body(html, Recorder()).markdown


def rendered(text):
    """As the site renders Markdown (the extensions of mkdocs.yml that matter here)."""
    return markdown.markdown(text, extensions=["tables", "attr_list", "md_in_html", "admonition", "def_list"])


def test_the_export_is_read_with_its_namespaces_cdata_and_dates():
    export = read_export(EXPORT)
    assert export.site_url == "https://levehetonderwijs.nl/"
    assert export.authors["jjansen"].display_name == "Jan Jansen"
    assert export.categories["onderzoek-en-rapporten"].name == "Onderzoek &amp; rapporten"
    post = next(item for item in export.items if item.id == 101)
    assert post.title == "Online regiobijeenkomst: één dag vol ‘gesprekken’ 🎉"
    assert post.guid == "https://levehetonderwijs.nl/?p=101"
    assert post.date == dt.datetime(2021, 3, 4, 14, 0, tzinfo=dt.UTC)
    assert [t.slug for t in post.categories] == ["nieuws", "bijeenkomsten", "onderzoek-en-rapporten"]
    assert post.meta["_thumbnail_id"] == "301" and "<h1>Het programma</h1>" in post.content
    draft = next(item for item in export.items if item.id == 106)
    assert draft.date is None and draft.local_date == dt.datetime(2023, 9, 1, 9, 15)
    assert {i.post_type for i in export.items} == {"post", "page", "attachment", "revision"}


def test_a_file_that_is_no_export_is_refused_in_dutch(tmp_path):
    (tmp_path / "x.xml").write_text("<rss><channel></channel></rss>", encoding="utf-8")
    with pytest.raises(ExportError, match="geen WordPress-export"):
        read_export(tmp_path / "x.xml")
    (tmp_path / "y.xml").write_text("<rss><channel>", encoding="utf-8")
    with pytest.raises(ExportError, match="geen geldig XML-bestand"):
        read_export(tmp_path / "y.xml")


def test_autop_makes_paragraphs_and_line_breaks_as_wordpress_does():
    assert autop("Een\ntwee\n\n<h2>Kop</h2>\n\nDrie") == "<p>Een<br>\ntwee</p>\n\n<h2>Kop</h2>\n\n<p>Drie</p>"
    assert autop("<pre>a\n\nb</pre>\n\nc") == "<pre>a\n\nb</pre>\n\n<p>c</p>"


def test_shortcodes_are_found_with_attributes_content_and_escapes():
    seen = []
    text = ('[caption id="a" width=300]<img src="x.jpg"> Tekst[/caption] [gallery ids="1,2"] [[gallery]] [sic] '
            "[embed]https://youtu.be/dQw4w9WgXcQ[/embed] [knop kleur='rood']Klik[/knop]")
    result = replace_shortcodes(text, lambda c: seen.append(c) or "#", {"caption", "gallery", "embed"})
    assert result == "# # [gallery] [sic] # #"
    assert [(c.name, c.attributes, c.content) for c in seen] == [
        ("caption", {"id": "a", "width": "300"}, '<img src="x.jpg"> Tekst'),
        ("gallery", {"ids": "1,2"}, None),
        ("embed", {}, "https://youtu.be/dQw4w9WgXcQ"),
        ("knop", {"kleur": "rood"}, "Klik"),
    ]


def test_headings_lists_tables_and_quotes_become_markdown_without_a_second_title():
    text = converted("<h1>Een</h1><h2>Twee</h2><h4>Vier</h4><ul><li>a<ul><li>b</li></ul></li><li>c</li></ul>"
                     '<ol start="3"><li>drie</li></ol><table><tr><td>x</td><td>y</td></tr><tr><td>1</td><td>2</td></tr>'
                     "</table><blockquote><p>citaat</p></blockquote>")
    assert text == ("## Een\n\n### Twee\n\n##### Vier\n\n- a\n    - b\n- c\n\n3. drie\n\n| x | y |\n| --- | --- |\n"
                    "| 1 | 2 |\n\n> citaat")
    html = rendered(text)
    assert "<h1" not in html and "<table>" in html and "<ul>\n<li>b</li>" in html


def test_text_stays_text():
    source = ("<p>3 * 4 = 12, snake_case, [sic], &lt;script&gt;, &amp;amp; en {#x}</p><p># geen kop<br>- geen lijst<br>"
              "1. geen lijst<br>!!! note</p>")
    html = rendered(converted(source))
    for kept in ("3 * 4 = 12", "snake_case", "[sic]", "&lt;script&gt;", "&amp;amp;", "{#x}", "# geen kop",
                 "- geen lijst", "1. geen lijst", "!!! note"):
        assert kept in html, kept
    assert "<h1" not in html and "<li>" not in html and "admonition" not in html and "<script" not in html


def test_links_photos_figures_and_embeds():
    recorder = Recorder()
    body = convert_body(
        '<!-- wp:paragraph --><p>Zie <a href="https://x.nl/a (b)">dit</a> en <a href="https://weg.nl/">dat</a>, '
        '<a href="#kop">hier</a> of <a href="#niets">daar</a>.</p><h2 id="kop">Kop</h2>'
        '<figure class="wp-block-image"><a href="big.jpg"><img src="foto.jpg" alt=""></a><figcaption>Een '
        "<em>zaal</em></figcaption></figure>"
        '<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">https://vimeo.com/76979871</div></figure>'
        '<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe><script>x()</script>', recorder)
    assert body.markdown == (
        "Zie [dit](https://x.nl/a%20%28b%29) en dat, [hier](#kop) of daar.\n\n## Kop {#kop}\n\n"
        "![Een zaal](foto.jpg)\n\n*Een zaal*\n\n<https://vimeo.com/76979871>\n\n"
        "<https://www.youtube.com/watch?v=dQw4w9WgXcQ>")
    assert len(recorder.notes) == 2  # the script, and the link to a heading that is not there
    assert "script" in recorder.notes[0] and "#niets" in recorder.notes[1]
    assert body.text.startswith("Zie dit en dat, hier of daar.")


@pytest.mark.parametrize(("href", "expected"), [
    ("https://levehetonderwijs.nl/2021/03/04/x/", "/2021/03/04/x/"),
    ("http://www.levehetonderwijs.nl/?p=12", "/?p=12"),
    ("/over-ons/", "/over-ons/"),
    ("https://i0.wp.com/levehetonderwijs.nl/wp-content/uploads/2021/03/a.jpg?w=640",
     "/wp-content/uploads/2021/03/a.jpg?w=640"),
    ("https://example.org/2021/", None),
    ("mailto:a@b.nl", None),
])
def test_old_site_addresses(href, expected):
    assert OldSite("https://levehetonderwijs.nl/").path(href) == expected


def test_keys_names_and_upload_paths():
    assert OldSite.key("/2021/03/04/x") == OldSite.key("/2021/03/04/x/") == "/2021/03/04/x/"
    assert OldSite.key("/?utm_source=a&p=12") == "/?p=12"
    assert OldSite.key("/caf%C3%A9/") == "/café/"
    assert upload_path("/wp-content/uploads/2021/03/Foto%20%C3%89%C3%A9n.JPG") == "2021/03/Foto Één.JPG"
    assert web_name("2021/03/Foto Één.JPG") == "2021-03-foto-een.jpg"
    assert web_name("logo.PNG") == "logo.png"

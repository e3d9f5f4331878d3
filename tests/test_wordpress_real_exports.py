"""What real WordPress exports (those of WordPress's own importer tests, tools/wordpress_corpus.py) showed, each
in a small export of our own: tests/fixtures/wordpress/real-world.xml, and a few written here."""

import re
import shutil

import pytest
from PIL import Image

from lho_tools.wordpress.__main__ import main
from lho_tools.wordpress.wxr import ExportError, read_export
from sitebuild import FIXTURES, build_site, different_files, fixture_site

REAL = FIXTURES / "wordpress" / "real-world.xml"
POSTS = "docs/nieuws/posts"
HEADER = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.0/" '
          'xmlns:content="http://purl.org/rss/1.0/modules/content/">\n<channel>\n')


@pytest.fixture
def project(tmp_path):
    """The minimal fixture site with an over-ons page of its own, and the old site's uploads."""
    config = fixture_site(tmp_path, {"docs/over-ons.md": "---\ntitle: Over ons\n---\n\nWie we zijn.\n"})
    config.write_text(config.read_text(encoding="utf-8") + "  - over-ons.md\n", encoding="utf-8")
    uploads = tmp_path / "uploads" / "2023" / "06"
    uploads.mkdir(parents=True)
    for name in ("zaal.jpg", "IMG_2041.jpg"):
        Image.new("RGB", (800, 600), (90, 140, 200)).save(uploads / name)
    return config.parent


def run(project, capsys, export=REAL):
    code = main(["--file", str(export), "--root", str(project), "--uploads", str(project.parent / "uploads"),
                 "--category", "Actualiteit"])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def front(project, name):
    return (project / POSTS / name).read_text(encoding="utf-8")


def test_the_reader_follows_namespaces_not_prefixes():
    export = read_export(REAL)
    assert sorted(export.authors) == ["kerngroep", "oud"]  # the https namespace and the 1.1 one, not a foreign one
    posts = export.of_type("post")
    assert [p.id for p in posts] == [11, 12, 13, 109, 14]  # the hijacked item is no post; 13 in a default namespace
    assert posts[0].content == "Tekst met nested <![CDATA[ haken ]]> erin. En meer."


@pytest.mark.parametrize("body, why", [
    ("<wp:wxr_version>abc</wp:wxr_version></channel></rss>", "geen versie van het formaat"),
    ("</channel></rss>", "geen versie van het formaat"),
    ("<wp:wxr_version>1.0</wp:wxr_version><item><title>Half", "geen geldig XML-bestand (regel"),
])
def test_what_wordpress_refuses_is_refused_in_dutch(tmp_path, body, why):
    path = tmp_path / "export.xml"
    path.write_text(HEADER + body, encoding="utf-8")
    with pytest.raises(ExportError, match=re.escape(why)):
        read_export(path)


def test_a_real_export_imports_into_a_site_that_builds_and_stays_the_same(project, capsys, tmp_path):
    code, report = run(project, capsys)
    assert code == 0, report
    original, copy = front(project, "2023-02-01-origineel.md"), front(project, "2023-03-01-kopie.md")
    assert 'id: "https://oudesite.nl/?p=11"' in original and "\u202e" not in original
    assert 'description: "Vet in de samenvatting hier."' in original
    assert 'id: "tag:oudesite.nl,2023:wordpress/12"' in copy and "\u202d" not in copy
    assert "(WordPress-id 12): onzichtbare stuurtekens (die de richting van de tekst omdraaien) zijn uit de tekst" in report
    assert "de GUID https://oudesite.nl/?p=11 is ook die van 'Het origineel omgekeerd' (WordPress-id 11)" in report
    assert 'id: "tag:oudesite.nl,2023:wordpress/13"' in front(project, "2023-04-01-video.md")
    assert 'description: "Alleen een video"' in front(project, "2023-04-01-video.md")
    untitled = front(project, "2023-05-01-vandaag-gingen-we-met-twintig-bestuurders-op-pad.md")
    assert 'title: "Vandaag gingen we met twintig bestuurders op pad"' in untitled
    gallery = front(project, "2023-06-01-fotos.md")
    assert "draft: true" in gallery and "![Zaal met bestuurders](fotos/2023-06-zaal.jpg)" in gallery
    assert "![](fotos/2023-06-img_2041.jpg)" in gallery
    assert "2023-06-01-fotos.md (WordPress-id 14): gepubliceerd in WordPress, maar hier een concept" in report
    assert not any("KAPING" in p.read_text(encoding="utf-8") for p in (project / "docs").rglob("*.md"))

    contact = (project / "docs/paginas/contact.md").read_text(encoding="utf-8")
    assert 'aliases: [/contact/, "/?page_id=20"]' in contact
    assert "[het origineel](../nieuws/posts/2023-02-01-origineel.md)" in contact
    assert "[contact](contact.md)" in (project / "docs/paginas/team.md").read_text(encoding="utf-8")
    assert not (project / "docs/paginas/over-ons.md").exists()
    for line in ("pagina WordPress-id 22 'Over ons': het oude adres /over-ons/ is hier de pagina docs/over-ons.md",
                 "pagina WordPress-id 23 'Half af': een pagina die in WordPress nog niet gepubliceerd was: niet "
                 "overgezet — publiceer hem in WordPress en exporteer opnieuw, of schrijf hem hier in docs/paginas/. "
                 'Het oude adres /?page_id=23 leidt nergens heen.'):
        assert line in report, line

    built = build_site(project / "mkdocs.yml", tmp_path / "site")
    assert built.error is None and built.warnings == [], "\n".join(built.errors) + built.how_to_reproduce()
    assert built.html("contact/").find("link", rel="canonical")["href"] == "https://example.org/paginas/contact/"
    assert built.html("over/team/").find("link", rel="canonical")["href"] == "https://example.org/paginas/team/"
    assert not built.file("nieuws/2023/06/fotos/").exists()  # the draft

    before = tmp_path / "before"
    shutil.copytree(project, before)
    assert run(project, capsys)[0] == 0 and different_files(before, project) == []


def test_an_export_without_the_sites_address_gets_tag_ids_and_the_same_date_every_run(project, capsys, tmp_path):
    export = tmp_path / "export.xml"
    export.write_text(HEADER + "<wp:wxr_version>1.0</wp:wxr_version>\n\n<item><title>Zonder datum</title>\n\n"
                      "<wp:post_id>1</wp:post_id><wp:post_type>post</wp:post_type><wp:status>publish</wp:status>"
                      "<content:encoded><![CDATA[een]]><![CDATA[ twee]]></content:encoded></item>"
                      "</channel></rss>", encoding="utf-8")
    code, report = run(project, capsys, export)
    assert code == 0, report
    written = next((project / POSTS).glob("*-zonder-datum.md")).read_text(encoding="utf-8")
    assert re.search(r'id: "tag:example\.org,\d{4}:wordpress/1"', written) and "een twee" in written
    assert "het had in WordPress geen datum; het heeft nu die van de export" in report
    before = tmp_path / "before"
    shutil.copytree(project, before)
    assert run(project, capsys, export)[0] == 0 and different_files(before, project) == []


def test_a_post_wordpress_kept_twice_comes_over_once_and_its_copy_as_a_draft(project, capsys, tmp_path):
    """WordPress lets a post made by copying stay as it was; the build refuses such a copy, the import drafts it."""
    text = "Op de regiobijeenkomst praten bestuurders over vertrouwen, over de bedoeling en over wat wel kan."
    export = tmp_path / "export.xml"
    export.write_text(HEADER + "<wp:wxr_version>1.0</wp:wxr_version>" + "".join(
        f"<item><title>Regiobijeenkomst</title><wp:post_id>{i}</wp:post_id><wp:post_name>regio-{i}</wp:post_name>"
        f"<wp:post_date_gmt>2023-0{i}-01 09:00:00</wp:post_date_gmt><wp:post_type>post</wp:post_type>"
        f"<wp:status>publish</wp:status><content:encoded><![CDATA[{text}]]></content:encoded></item>"
        for i in (2, 1)) + "</channel></rss>", encoding="utf-8")
    code, report = run(project, capsys, export)
    assert code == 0, report
    assert "draft: true" not in front(project, "2023-01-01-regio-1.md")
    assert "draft: true" in front(project, "2023-02-01-regio-2.md")
    assert "het is een kopie van nieuws/posts/2023-01-01-regio-1.md" in report
    built = build_site(project / "mkdocs.yml", tmp_path / "site")
    assert built.error is None and built.warnings == [], "\n".join(built.errors) + built.how_to_reproduce()


def test_a_file_outside_the_uploads_or_behind_a_link_is_never_copied(project, capsys, tmp_path):
    """An export names any path it likes; whatever the import copies into docs/ is published."""
    uploads, outside = project.parent / "uploads", project.parent / "geheim"
    outside.mkdir()
    Image.new("RGB", (800, 600), (10, 200, 10)).save(outside / "geheim.jpg")
    (uploads / "2023/06/link.jpg").symlink_to(outside / "geheim.jpg")
    (uploads / "2023/map").symlink_to(outside)
    paths = ("../geheim/geheim.jpg", "2023/06/../../../geheim/geheim.jpg", "..%2fgeheim%2fgeheim.jpg",
             "2023/06/link.jpg", "2023/map/geheim.jpg", "/etc/hostname.jpg")
    body = "".join(f'<p><img src="https://oudesite.nl/wp-content/uploads/{p}" alt="Een groen vlak"></p>' for p in paths)
    export = tmp_path / "export.xml"
    export.write_text(HEADER + "<wp:wxr_version>1.0</wp:wxr_version><link>https://oudesite.nl</link>"
                      "<wp:base_site_url>https://oudesite.nl</wp:base_site_url>"
                      "<wp:base_blog_url>https://oudesite.nl</wp:base_blog_url><item><title>Foto's</title><wp:post_id>1</wp:post_id>"
                      "<wp:post_date_gmt>2023-01-01 09:00:00</wp:post_date_gmt><wp:post_type>post</wp:post_type>"
                      f"<wp:status>publish</wp:status><content:encoded><![CDATA[{body}]]></content:encoded></item>"
                      "</channel></rss>", encoding="utf-8")
    code, report = run(project, capsys, export)
    assert code == 0, report
    secret = (outside / "geheim.jpg").read_bytes()
    assert not [path for path in (project / "docs").rglob("*") if path.is_file() and path.read_bytes() == secret]
    assert report.count("of wijst erbuiten, of via een snelkoppeling") >= len(paths) - 1, report


def test_html_nested_too_deep_to_convert_is_named_not_a_traceback(project, capsys, tmp_path):
    export = tmp_path / "export.xml"
    deep = "<blockquote>" * 3000 + "tekst" + "</blockquote>" * 3000
    export.write_text(HEADER + "<wp:wxr_version>1.0</wp:wxr_version>" + "".join(
        f"<item><title>{title}</title><wp:post_id>{i}</wp:post_id><wp:post_date_gmt>2023-01-0{i} 09:00:00"
        "</wp:post_date_gmt><wp:post_type>post</wp:post_type><wp:status>publish</wp:status>"
        f"<content:encoded><![CDATA[{text}]]></content:encoded></item>"
        for i, title, text in ((1, "Diep", deep), (2, "Gewoon", "Een gewone tekst."))) + "</channel></rss>",
        encoding="utf-8")
    code, report = run(project, capsys, export)
    assert code == 0, report
    assert "honderden HTML-elementen in elkaar" in report
    assert [p.name for p in (project / POSTS).glob("2023-*.md")] == ["2023-01-02-gewoon.md"]

"""`make importeer-wordpress` from end to end: a WordPress export (tests/fixtures/wordpress/export.xml) into a
copy of the minimal fixture site, which then builds strictly, keeps nothing private, keeps old links and feed
ids, and stays as it is when the import runs again."""

import datetime as dt
import json
import re
import shutil
from xml.etree import ElementTree

import pytest
from PIL import Image
from pypdf import PdfWriter

from lho_site.content.dates import now
from lho_tools.wordpress.__main__ import main
from sitebuild import FIXTURES, build_site, different_files, fixture_site
from sites import model
from test_findable import sitemap_entries

OLD = "https://levehetonderwijs.nl/"
POSTS = "docs/nieuws/posts"
IMPORTED = {
    "2021-03-04-online-regiobijeenkomst.md": 101,
    "2022-05-01-verslag-van-de-jaarbijeenkomst.md": 102,
    "2022-06-15-een-korte-mededeling-zonder-titel.md": 103,
    "2023-09-01-concept-plannen-voor-het-najaar.md": 106,
}
PRIVATE = ("GEHEIM-LEDEN", "NOTULEN-PRIVE", "REVISIE-TEKST", "Weggegooid", "Jubileum")
FILES = ["bestanden/2021-03-verslag.pdf", "fotos/2021-03-bijeenkomst-zaal.jpg", "fotos/2021-03-foto-een.jpg"]


def future_day():
    """The scheduled post's day: some weeks ahead of the clock the tests run with."""
    return (now() + dt.timedelta(days=40)).date()


@pytest.fixture
def project(tmp_path):
    """The minimal fixture site, with the old categories mapped, the export and a copy of wp-content/uploads."""
    config = fixture_site(tmp_path, {"data/wordpress-categories.yml": "- wordpress: nieuws\n  category: Actualiteit\n"})
    root = config.parent
    text = (FIXTURES / "wordpress" / "export.xml").read_text(encoding="utf-8")
    text = text.replace("@FUTURE@", future_day().isoformat())
    text = text.replace("@FAR@", (now() + dt.timedelta(days=800)).date().isoformat())
    (tmp_path / "export.xml").write_text(text, encoding="utf-8")
    uploads = tmp_path / "uploads" / "2021" / "03"
    uploads.mkdir(parents=True)
    for name in ("bijeenkomst-zaal.jpg", "bijeenkomst-zaal-1024x768.jpg", "Foto-Een.jpg"):
        Image.new("RGB", (800, 600), (90, 140, 200)).save(uploads / name)
    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    writer.write(uploads / "verslag.pdf")
    return root


def run(project, capsys, uploads=True, category="Actualiteit"):
    """The import as `make importeer-wordpress` runs it: (exit code, its report)."""
    arguments = ["--file", str(project.parent / "export.xml"), "--root", str(project)]
    arguments += ["--uploads", str(project.parent / "uploads")] if uploads else []
    arguments += ["--category", category] if category else []
    code = main(arguments)
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def scheduled_name():
    return f"{future_day().isoformat()}-najaarsbijeenkomst.md"


def test_the_import_builds_strictly_keeps_feed_ids_and_old_links_and_nothing_private(project, capsys, tmp_path):
    code, report = run(project, capsys)
    assert code == 0, report
    posts = project / POSTS
    written = sorted(p.name for p in posts.glob("*.md"))
    assert written == sorted([*IMPORTED, scheduled_name(), "2024-01-10-eerste-bericht.md"])
    assert sorted(str(p.relative_to(posts)) for p in posts.rglob("*") if p.parent.name in ("fotos", "bestanden")) == FILES
    assert "draft: true" in (posts / "2023-09-01-concept-plannen-voor-het-najaar.md").read_text(encoding="utf-8")
    assert "docs/nieuws/posts/2024-01-10-eerste-bericht.md (zelfde titel en datum)" in report
    for line in ("'Alleen voor leden': beveiligd met een wachtwoord", "'Notulen kerngroep': privé",
                 "'Jubileum': staat gepland voor", "'Onderzoek & rapporten' (onderzoek-en-rapporten) → Actualiteit: CATEGORIE",
                 "jjansen (Jan Jansen): niet gevonden in data/authors.yml",
                 "2022-06-15-een-korte-mededeling-zonder-titel.md (WordPress-id 103): het had in WordPress geen "
                 "titel; het heet nu 'Een korte mededeling zonder titel'",
                 "(WordPress-id 102): de video film.mp4 is weggelaten",
                 "(WordPress-id 102): de shortcode [contact-form-7 id=\"5\" title=\"Aanmelden\"] is weggelaten",
                 "nieuw: docs/paginas/over-ons.md (WordPress-id 200)", "De berichten kloppen."):
        assert line in report, line
    assert not any(secret in (posts / name).read_text(encoding="utf-8") for secret in PRIVATE for name in written)

    built = build_site(project / "mkdocs.yml", tmp_path / "site")
    assert built.error is None and built.warnings == [], "\n".join(built.errors) + built.how_to_reproduce()
    site = built.site_dir
    assert not any(secret in path.read_text(encoding="utf-8", errors="ignore")
                   for path in site.rglob("*") if path.is_file() and path.suffix in (".html", ".xml", ".json")
                   for secret in (*PRIVATE, "DRAFT-TEKST", "GEPLANDE-TEKST"))
    feed = ElementTree.parse(site / "feed.xml").getroot()
    guids = [item.findtext("guid") for item in feed.iter("item")]
    assert guids == ["tag:example.org,2024:nieuws/2024-01-10-eerste-bericht", f"{OLD}?p=103", f"{OLD}?p=102",
                     f"{OLD}?p=101"]

    page = built.html("2021/03/04/online-regiobijeenkomst/")
    assert page.find("meta", attrs={"http-equiv": "refresh"})["content"] == \
        "0; url=../../../../nieuws/2021/03/online-regiobijeenkomst/"
    assert page.find("link", rel="canonical")["href"] == "https://example.org/nieuws/2021/03/online-regiobijeenkomst/"
    assert page.main.get_text(" ", strip=True) == \
        "Deze pagina is verhuisd Deze pagina is verhuisd naar Online regiobijeenkomst: één dag vol ‘gesprekken’ 🎉 ."
    assert built.html("category/nieuws/").find("link", rel="canonical")["href"] == \
        "https://example.org/nieuws/categorie/actualiteit/"
    assert built.file("category/nieuws/feed/").is_file() and built.file("feed/").is_file()
    assert json.loads((site / "redirects.json").read_text(encoding="utf-8")) == {
        "/?p=101": "nieuws/2021/03/online-regiobijeenkomst/",
        "/?p=102": "nieuws/2022/05/verslag-van-de-jaarbijeenkomst/",
        "/?p=103": "nieuws/2022/06/een-korte-mededeling-zonder-titel/",
        "/?page_id=200": "paginas/over-ons/",
    }
    assert built.html("over-ons/").find("link", rel="canonical")["href"] == "https://example.org/paginas/over-ons/"
    assert not built.file("2022/07/01/alleen-voor-leden/").exists()
    built.model = model(built)
    assert not [loc for loc, _ in sitemap_entries(built) if "/2021/03/04/" in loc or "category" in loc]

    article = built.html("nieuws/2021/03/online-regiobijeenkomst/").select_one("article.lho-post")
    assert article.select_one("h2").get_text(strip=True).startswith("Het programma")
    assert article.select_one("figure.lho-video") is not None and article.find("table") is not None
    assert [img["alt"] for img in article.select("p img")] == ["Bestuurders in gesprek in een zaal"]


def test_running_again_changes_nothing_and_keeps_what_was_edited_here(project, capsys, tmp_path):
    assert run(project, capsys)[0] == 0
    before = tmp_path / "before"
    shutil.copytree(project, before)
    code, report = run(project, capsys)
    assert code == 0 and different_files(before, project) == []
    assert "Berichten: 0 nieuw, 0 bijgewerkt, 5 ongewijzigd, 0 niet overschreven" in report

    edited = project / POSTS / "2022-06-15-een-korte-mededeling-zonder-titel.md"
    text = edited.read_text(encoding="utf-8").replace("Een korte mededeling zonder titel", "Een mededeling")
    edited.write_text(text, encoding="utf-8")
    code, report = run(project, capsys)
    assert code == 0 and edited.read_text(encoding="utf-8") == text
    assert "niet overschreven: docs/nieuws/posts/2022-06-15-een-korte-mededeling-zonder-titel.md (WordPress-id 103)" \
        in report


def test_without_uploads_photos_are_reported_and_a_later_run_with_them_adds_them(project, capsys, tmp_path):
    code, report = run(project, capsys, uploads=False)
    assert code == 0, report
    assert "de foto of het bestand 2021/03/bijeenkomst-zaal.jpg is weggelaten: de map met uploads is niet opgegeven " \
           "— draai de import opnieuw met UPLOADS=pad/naar/wp-content/uploads" in report
    assert not (project / POSTS / "fotos").exists()
    built = build_site(project / "mkdocs.yml", tmp_path / "site")
    assert built.error is None and built.warnings == [], "\n".join(built.errors)

    code, report = run(project, capsys)
    assert code == 0 and "Berichten: 0 nieuw, 2 bijgewerkt, 3 ongewijzigd, 0 niet overschreven" in report
    assert "image: fotos/2021-03-bijeenkomst-zaal.jpg" in \
        (project / POSTS / "2021-03-04-online-regiobijeenkomst.md").read_text(encoding="utf-8")


def test_categories_without_a_place_here_stop_the_import_before_it_writes(project, capsys, tmp_path):
    before = tmp_path / "before"
    shutil.copytree(project, before)
    code, report = run(project, capsys, category="")
    assert code == 2 and different_files(before, project) == []
    assert "'Geen categorie' (uncategorized), 'Onderzoek & rapporten' (onderzoek-en-rapporten)" in report


def test_the_line_the_report_suggests_pasted_in_makes_the_next_run_change_nothing(project, capsys, tmp_path):
    code, report = run(project, capsys)
    assert code == 0, report
    suggested = re.search(r"2024-01-10-eerste-bericht\.md \(zelfde titel en datum\).* de regel (aliases: \[.*?\]) \(",
                          report).group(1)
    twin = project / POSTS / "2024-01-10-eerste-bericht.md"
    text = twin.read_text(encoding="utf-8")
    twin.write_text(text.replace("\n---\n", f"\n{suggested}\n---\n", 1) if "\naliases:" not in text else
                    re.sub(r"^aliases:.*$", suggested, text, count=1, flags=re.MULTILINE), encoding="utf-8")
    before = tmp_path / "before"
    shutil.copytree(project, before)
    code, report = run(project, capsys)
    assert code == 0 and different_files(before, project) == [], report
    assert "(zelfde titel en datum): niet nog een keer overgezet; de oude adressen leiden daarheen — niets te doen" \
        in report

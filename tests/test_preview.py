"""`make serve` rebuilds only what an edit affects, yet never shows a stale page or feed.

Each case edits a fixture site between two preview builds into the same folder (as
`mkdocs serve --dirty` does), then compares the result with a fresh preview build.
"""

import json
import os
import time

import pytest

from lho_site.pages.cards import FOLDER as CARD_FOLDER
from sitebuild import build_site, different_files, fixture_site

POST = "docs/nieuws/posts/{}.md"
def compared(files):
    """Leaves out the record of what was built (.preview-*), and the search index, whose entries a
    rebuild keeps in another order (compared by `search_entries`)."""
    return [f for f in files if not f.startswith(".preview") and f != "search/search_index.json"]


def post(title, date, category="Actualiteit", body="Tekst.\n"):
    return f"---\ntitle: {title}\ndate: {date}\ncategories: [{category}]\ndescription: Over {title}.\n---\n\n{body}"


START = {POST.format(f"2024-01-{day:02d}-bericht-{day}"): post(f"Bericht {day}", f"2024-01-{day:02d}")
         for day in range(11, 16)}
# A post that links to another by its file (and is of another category: it does not end with it as read next): its
# page changes when the other post's date gives that one another address.
START[POST.format("2024-01-15-bericht-15")] = post("Bericht 15", "2024-01-15", "Bijeenkomsten",
                                                  body="Zie [bericht 11](2024-01-11-bericht-11.md).\n")


# A post with a meeting: besides its page, it has its own calendar file (bijeenkomst.ics) at its address.
MEETING = POST.format("2024-01-10-bijeenkomst")


def meeting(date, slug=""):
    return post("Bijeenkomst", date, "Bijeenkomsten").replace(
        "---\n\n", f"event:\n  date: 2024-04-02\n  place: Utrecht\n{slug}---\n\n", 1)


START[MEETING] = meeting("2024-01-10")


def write(project, files):
    later = time.time() + 5  # newer than every output, as a real edit is
    for relative, content in files.items():
        path = project / relative
        if content is None:
            path.unlink()
            continue
        path.write_text(content, encoding="utf-8")
        os.utime(path, (later, later))


EDITS = {
    "typo-in-a-post": {POST.format("2024-01-12-bericht-12"): post("Bericht 12", "2024-01-12", body="Tekst, verbeterd.\n")},
    "new-title": {POST.format("2024-01-12-bericht-12"): post("Bericht twaalf", "2024-01-12")},
    "new-post": {POST.format("2024-02-01-nieuw"): post("Nieuw", "2024-02-01", "Bijeenkomsten")},
    "other-category": {POST.format("2024-01-13-bericht-13"): post("Bericht 13", "2024-01-13", "Bijeenkomsten")},
    "new-date": {POST.format("2024-01-11-bericht-11"): post("Bericht 11", "2024-03-30")},
    "deleted-post": {POST.format("2024-01-14-bericht-14"): None},
    "meeting-to-another-month": {MEETING: meeting("2024-02-10")},
    "meeting-with-a-new-slug": {MEETING: meeting("2024-01-10", "slug: regiobijeenkomst\n")},
    "data-file": {"data/categories.yml": "- name: Actualiteit\n  description: Ander nieuws.\n"
                                        "- name: Bijeenkomsten\n  description: Bijeenkomsten.\n"},
    "menu-title": {"docs/index.md": "---\ntitle: Thuis\ntemplate: home.html\n---\n\nWelkom.\n"},
}


@pytest.mark.parametrize("edit", EDITS)
def test_a_preview_rebuild_equals_a_fresh_build(tmp_path, edit):
    config = fixture_site(tmp_path, START)
    # With the site's search, whose index a rebuild merges with the previous one.
    config.write_text(config.read_text(encoding="utf-8").replace("plugins: []", "plugins:\n  - search:\n      lang: nl"),
                      encoding="utf-8")
    served = tmp_path / "served"
    first = build_site(config, served, command="serve", dirty=True)
    assert first.error is None, first.how_to_reproduce()
    write(config.parent, EDITS[edit])
    again = build_site(config, served, command="serve", dirty=True)
    assert again.error is None and again.warnings == [], again.how_to_reproduce()
    fresh = build_site(config, tmp_path / "fresh", command="serve")
    assert compared(different_files(served, fresh.site_dir)) == []
    assert search_entries(served) == search_entries(fresh.site_dir)


@pytest.mark.parametrize("hidden", [".DS_Store", ".2024-01-12-bericht-12.md.swp"])
def test_a_hidden_file_made_and_removed_among_the_posts_leaves_the_preview_working(tmp_path, hidden):
    """The Mac's Finder and vim (its swap file) make such files and remove them again."""
    config = fixture_site(tmp_path, START)
    for files in ({}, {f"docs/nieuws/posts/{hidden}": "x"}, {f"docs/nieuws/posts/{hidden}": None}):
        write(config.parent, files)
        built = build_site(config, tmp_path / "served", command="serve", dirty=True)
        assert built.error is None, built.how_to_reproduce()


def search_entries(site_dir):
    """The entries of the search index, in an order of their own (a rebuild keeps them in another)."""
    index = json.loads((site_dir / "search" / "search_index.json").read_text(encoding="utf-8"))
    return sorted(json.dumps(doc, sort_keys=True) for doc in index["docs"])


def test_a_typo_rebuilds_the_post_and_what_shows_it_not_the_rest(tmp_path):
    config = fixture_site(tmp_path, START)
    served = tmp_path / "served"
    build_site(config, served, command="serve", dirty=True)
    written = {p: p.stat().st_mtime_ns for p in [*served.rglob("*.html"), *(served / CARD_FOLDER).glob("*.png")]}
    write(config.parent, EDITS["typo-in-a-post"])
    build_site(config, served, command="serve", dirty=True)
    rewritten = sorted(str(p.relative_to(served)) for p in written if p.stat().st_mtime_ns != written[p])
    assert "nieuws/2024/01/bericht-12/index.html" in rewritten
    assert "over-ons/index.html" not in rewritten and "nieuws/2024/01/bericht-15/index.html" not in rewritten
    assert len(rewritten) < len(written) / 2
    # The share cards show no text of a post: none is copied again (at 2,000 posts that was most of a rebuild).
    assert (served / CARD_FOLDER).is_dir() and not [p for p in rewritten if p.startswith(CARD_FOLDER)]


@pytest.mark.parametrize("linking", ["docs/paginas/over.md", POST.format("2024-01-15-bericht-15")])
def test_a_heading_linked_to_from_another_page_that_goes_is_reported_as_a_fresh_build_does(tmp_path, linking):
    """The linking page did not change, but its link to a place on the edited post now leads nowhere."""
    target = POST.format("2024-01-12-bericht-12")
    config = fixture_site(tmp_path, START | {target: post("Bericht 12", "2024-01-12", body="## Een kop\n\nTekst.\n"),
                                             "docs/paginas/over.md": "---\ntitle: Over ons\n---\n\nTekst.\n"})
    page = config.parent / linking
    page.write_text(page.read_text(encoding="utf-8") + "\nZie [de kop](/nieuws/2024/01/bericht-12/#een-kop).\n",
                    encoding="utf-8")
    served = tmp_path / "served"
    first = build_site(config, served, command="serve", dirty=True)
    assert first.error is None, first.how_to_reproduce()
    write(config.parent, {target: post("Bericht 12", "2024-01-12", body="## Andere kop\n\nTekst.\n")})
    again = build_site(config, served, command="serve", dirty=True)
    fresh = build_site(config, tmp_path / "fresh")
    problems = [error for error in fresh.errors if error.startswith("docs/")]  # not the count at the end
    assert any(error.startswith(linking) and "#een-kop" in error for error in problems), fresh.errors
    assert again.shows_content_errors
    assert [li.get_text(" ", strip=True) for li in again.html("index.html").select("li")] == [
        error.replace(": ", " : ", 1) for error in problems]


def test_a_content_error_shows_in_the_browser_and_goes_once_fixed(tmp_path):
    """Like Hugo's server: `make serve` keeps running and every address shows the problems,
    on a page that reloads itself; the next build after the fix is the whole site again."""
    config = fixture_site(tmp_path, START)
    served = tmp_path / "served"
    build_site(config, served, command="serve", dirty=True)
    broken = {POST.format("2024-01-12-bericht-12"): post("Bericht 12", "2024-13-12")}
    write(config.parent, broken)
    shown = build_site(config, served, command="serve", dirty=True)
    assert shown.shows_content_errors and shown.warnings == [] and shown.errors == []
    for page in ("index.html", "404.html"):
        errors = shown.html(page)
        assert [li.get_text(" ", strip=True) for li in errors.select("li")] == [
            "docs/nieuws/posts/2024-01-12-bericht-12.md:3 : '2024-13-12' is geen bestaande datum — schrijf date: "
            "JJJJ-MM-DD (bijvoorbeeld 2024-04-17) of JJJJ-MM-DD UU:MM (bijvoorbeeld 2024-04-17 10:30)"]
        assert errors.select_one('script[src="/assets/javascripts/lho-reload-when-fixed.js"]')
    assert (served / "assets/javascripts/lho-reload-when-fixed.js").is_file()
    assert not (served / "nieuws").exists()
    write(config.parent, {POST.format("2024-01-12-bericht-12"): post("Bericht 12", "2024-01-12")})
    fixed = build_site(config, served, command="serve", dirty=True)
    assert fixed.error is None, fixed.how_to_reproduce()
    fresh = build_site(config, tmp_path / "fresh", command="serve")
    assert compared(different_files(served, fresh.site_dir)) == []

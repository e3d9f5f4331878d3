"""`make serve` rebuilds only what an edit affects, yet never shows a stale page or feed.

Each case edits a fixture site between two preview builds into the same folder (as
`mkdocs serve --dirty` does), then compares the result with a fresh preview build.
"""

import os
import time

import pytest

from sitebuild import build_site, different_files, fixture_site

POST = "docs/nieuws/posts/{}.md"
# Not compared: the search index of a preview keeps its first build (stated in CONTRIBUTING.md),
# and the record of what was built.
NOT_COMPARED = {"search/search_index.json", ".preview-record.json"}


def post(title, date, category="Actualiteit", body="Tekst.\n"):
    return f"---\ntitle: {title}\ndate: {date}\ncategories: [{category}]\ndescription: Over {title}.\n---\n\n{body}"


START = {POST.format(f"2024-01-{day:02d}-bericht-{day}"): post(f"Bericht {day}", f"2024-01-{day:02d}")
         for day in range(11, 16)}


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
    "data-file": {"data/categories.yml": "- name: Actualiteit\n  description: Ander nieuws.\n"
                                        "- name: Bijeenkomsten\n  description: Bijeenkomsten.\n"},
    "template": {"docs/over.md": "---\ntitle: Over\n---\n\nNieuwe pagina.\n"},
}


@pytest.mark.parametrize("edit", EDITS)
def test_a_preview_rebuild_equals_a_fresh_build(tmp_path, edit):
    config = fixture_site(tmp_path, START)
    served = tmp_path / "served"
    first = build_site(config, served, command="serve", dirty=True)
    assert first.error is None, first.how_to_reproduce()
    write(config.parent, EDITS[edit])
    again = build_site(config, served, command="serve", dirty=True)
    assert again.error is None and again.warnings == [], again.how_to_reproduce()
    fresh = build_site(config, tmp_path / "fresh", command="serve")
    assert [f for f in different_files(served, fresh.site_dir) if f not in NOT_COMPARED] == []


def test_a_typo_rebuilds_the_post_and_what_shows_it_not_the_rest(tmp_path):
    config = fixture_site(tmp_path, START)
    served = tmp_path / "served"
    build_site(config, served, command="serve", dirty=True)
    written = {p: p.stat().st_mtime_ns for p in served.rglob("*.html")}
    write(config.parent, EDITS["typo-in-a-post"])
    build_site(config, served, command="serve", dirty=True)
    rewritten = sorted(str(p.relative_to(served)) for p in written if p.stat().st_mtime_ns != written[p])
    assert "nieuws/2024/01/bericht-12/index.html" in rewritten
    assert "over-ons/index.html" not in rewritten and "nieuws/2024/01/bericht-11/index.html" not in rewritten
    assert len(rewritten) < len(written) / 2

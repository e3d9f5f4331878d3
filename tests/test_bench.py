"""A smoke run of the benchmark (bench/) at N=12, one round: it runs and its builds are right.

The benchmark itself takes minutes and is no test: `make bench`, see bench/README.md. The smoke
run builds (a) ours and (c) the floor only: (b), the usual set-up, needs bench/.venv-usual, which
`make test` does not install; `make bench` makes it, and bench/run.py checks (b)'s builds there.
"""

import subprocess
import sys

import feedparser
import pytest
import yaml

from sitebuild import ROOT

BENCH = ROOT / "bench"
N = 12


@pytest.fixture(scope="module")
def bench_run(tmp_path_factory):
    """Output of `bench/run.py --sizes 12 --rounds 1 --setups a c`, and its work folder (corpus and built sites)."""
    work = tmp_path_factory.mktemp("bench")
    result = subprocess.run(
        [sys.executable, str(BENCH / "run.py"), "--sizes", str(N), "--rounds", "1", "--setups", "a", "c",
         "--work", str(work)],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout, work / str(N)


def front_matter(path):
    return yaml.safe_load(path.read_text(encoding="utf-8").split("---\n")[1])


def our_posts(corpus):
    return sorted((corpus / "ours" / "docs" / "nieuws" / "posts").glob("*.md"))


def test_run_prints_the_table(bench_run):
    stdout, _ = bench_run
    assert "Machine:" in stdout
    assert any(line.startswith(f"{N:>6} | ") for line in stdout.splitlines())


def test_smoke_run_builds_ours_and_the_floor_only(bench_run):
    _, corpus = bench_run
    assert sorted(path.name for path in corpus.glob("site-*")) == ["site-a", "site-c"]


def test_generator_writes_n_posts_the_same_for_both_projects(bench_run):
    _, corpus = bench_run
    ours = our_posts(corpus)
    usual = sorted((corpus / "usual" / "docs" / "blog" / "posts").glob("*.md"))
    assert len(ours) == N
    assert [(p.name, p.read_bytes()) for p in ours] == [(p.name, p.read_bytes()) for p in usual]
    for post in ours:
        body = post.read_text(encoding="utf-8").split("---\n", 2)[2]
        assert 300 <= len(body.replace("<!-- more -->", "").split()) <= 900
        assert "\n<!-- more -->\n" in body and "\n## " in body and ("\n- " in body or "\n1. " in body)
        assert "](https://" in body and ".md)" in body


def test_generator_is_deterministic(bench_run, tmp_path):
    _, corpus = bench_run
    subprocess.run([sys.executable, str(BENCH / "generate.py"), str(N), str(tmp_path / "again")],
                   check=True, capture_output=True)
    again = our_posts(tmp_path / "again")
    assert [(p.name, p.read_bytes()) for p in again] == [(p.name, p.read_bytes()) for p in our_posts(corpus)]


def test_our_site_has_every_post_page(bench_run):
    _, corpus = bench_run
    for post in our_posts(corpus):
        meta = front_matter(post)
        page = corpus / "site-a" / "nieuws" / f"{meta['date']:%Y/%m}" / meta["slug"] / "index.html"
        assert f"<h1>{meta['title']}</h1>" in page.read_text(encoding="utf-8")


def test_floor_has_every_post_page_and_a_feed(bench_run):
    _, corpus = bench_run
    site = corpus / "site-c"
    titles = []
    for post in our_posts(corpus):
        meta = front_matter(post)
        assert (site / "nieuws" / f"{meta['date']:%Y/%m}" / meta["slug"] / "index.html").is_file()
        titles.append((meta["date"], meta["title"]))
    feed = feedparser.parse((site / "feed.xml").read_bytes())
    assert [entry.title for entry in feed.entries] == [title for _, title in sorted(titles, reverse=True)]



def test_the_photo_benchmark_numbers_one_photo_into_files_the_cache_has_not_seen(tmp_path):
    """bench/photos.py converts P different files (the photo cache is keyed by the bytes), each as much work."""
    sys.path.insert(0, str(BENCH))
    try:
        from photos import numbered
    finally:
        sys.path.remove(str(BENCH))
    from PIL import Image

    from sites import phone_photo
    phone_photo(tmp_path / "foto.jpg", (400, 300))
    original = (tmp_path / "foto.jpg").read_bytes()
    copies = [numbered(original, number) for number in range(3)]
    assert len(set(copies)) == 3
    for number, copy in enumerate(copies):
        (tmp_path / f"{number}.jpg").write_bytes(copy)
        with Image.open(tmp_path / f"{number}.jpg") as image, Image.open(tmp_path / "foto.jpg") as same:
            assert image.tobytes() == same.tobytes() and image.getexif() == same.getexif()


def test_the_photo_benchmark_builds_its_site_and_publishes_renditions():
    """A smoke run of bench/photos.py with two photos: its posts stay valid as the rules grow."""
    sys.path.insert(0, str(BENCH))
    try:
        from photos import measure
    finally:
        sys.path.remove(str(BENCH))
    figures = measure(2)
    assert figures.photos == 2 and figures.original_mb > 1
    assert figures.cold > 0 and figures.warm > 0 and 0 < figures.published_share < 1

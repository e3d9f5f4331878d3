"""The adversarial corpus (tests/adversarial.py) through every input channel: each vector is refused
with a Dutch line naming its file, or it builds — and then the audit has passed the whole output,
and tests/browser/test_inert.py shows its page inert in Chromium. No input ends in a traceback,
and no input stalls the build."""

import time

import pytest

from adversarial import CHANNELS, DUTCH_LINE, FILE_NAMES, PATHOLOGICAL, POSTS, SVGS, VECTORS, plant_files
from sitebuild import build_site, fixture_site
from test_validation import GOOD, POST, post


def _only_dutch_lines(built, planted):
    """Every error of the build is a Dutch line about a planted file, then the count: never a traceback."""
    paths = {plant.path for plant in planted.plants}
    *lines, count = built.errors
    assert count.endswith("in de inhoud; de site is niet gebouwd."), built.errors
    for line in lines:
        match = DUTCH_LINE.match(line)
        assert match and match["path"] in paths, line


@pytest.mark.parametrize("channel", CHANNELS)
def test_every_vector_is_refused_in_dutch_or_built(adversarial, channel):
    outcome = adversarial(channel)
    _only_dutch_lines(outcome.first, outcome.planted)
    assert outcome.refused | {plant.vector for plant in outcome.inert} == set(VECTORS)
    if outcome.inert:
        assert outcome.survivors.error is None, outcome.survivors.errors


def test_the_corpus_covers_every_channel_with_every_vector(adversarial):
    """Not a count to keep: the corpus must reach every channel (a channel that plants nothing proves nothing)."""
    for channel in CHANNELS:
        assert {plant.vector for plant in adversarial(channel).planted.plants} == set(VECTORS), channel


def test_hostile_file_names_are_refused(tmp_path):
    planted = plant_files(FILE_NAMES, POSTS)
    built = build_site(fixture_site(tmp_path, planted.files), tmp_path / "site")
    _only_dutch_lines(built, planted)
    named = {DUTCH_LINE.match(line)["path"] for line in built.errors[:-1]}
    assert named == {plant.path for plant in planted.plants}


def test_hostile_svg_files_are_refused_and_a_harmless_one_is_published_rebuilt(tmp_path):
    hostile = {name: svg for name, svg in SVGS.items() if name != "harmless"}
    planted = plant_files(hostile, POSTS, ".svg")
    built = build_site(fixture_site(tmp_path, {**planted.files, f"{POSTS}/logo.svg": SVGS["harmless"]}),
                       tmp_path / "site")
    _only_dutch_lines(built, planted)
    assert {DUTCH_LINE.match(line)["path"] for line in built.errors[:-1]} == {p.path for p in planted.plants}
    assert "environ" not in "".join(built.errors) and "PATH=" not in "".join(built.errors)


@pytest.fixture(scope="module")
def stalling(tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("stalling")
    files = {f"{POSTS}/2024-02-{n + 1:02d}-p{n}.md": post(GOOD.replace("2024-02-01", f"2024-02-{n + 1:02d}"), text)
             for n, text in enumerate(PATHOLOGICAL.values())}
    started = time.perf_counter()
    built = build_site(fixture_site(tmp_path, files), tmp_path / "site")
    return built, files, time.perf_counter() - started


def test_no_input_stalls_the_build(stalling, tmp_path):
    """About 50 KB of each of the shapes that make Markdown parsers slow, a post each: the build
    refuses them in Dutch or builds them, in seconds, not minutes (a hang detector, not a speed test:
    bench/ measures speed). The ones it does not refuse build on their own."""
    built, files, seconds = stalling
    assert seconds < 10 * len(files), seconds
    for line in built.errors[:-1]:
        assert DUTCH_LINE.match(line), line
    named = {DUTCH_LINE.match(line)["path"] for line in built.errors[:-1]}
    assert named and named <= set(files)
    kept = {path: text for path, text in files.items() if path not in named}
    started = time.perf_counter()
    rest = build_site(fixture_site(tmp_path, kept), tmp_path / "site")
    assert rest.error is None and time.perf_counter() - started < 10 * len(kept), rest.errors


def test_text_that_would_stall_is_named_with_its_line(tmp_path):
    built = build_site(fixture_site(tmp_path, {POST: post(GOOD, "Tekst.\n\n" + "[" * 50_000 + "\n")}), tmp_path / "site")
    assert built.errors[0].startswith(f"{POST}:10: de tekst vanaf hier heeft zo veel haken zonder sluithaak"), built.errors

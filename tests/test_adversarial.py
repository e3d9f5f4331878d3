"""The adversarial corpus (tests/adversarial.py) through every input channel: each vector is refused
with a Dutch line naming its file, or it builds — and then the audit has passed the whole output,
and tests/browser/test_inert.py shows its page inert in Chromium. No input ends in a traceback,
and no input stalls the build."""

import datetime as dt
import io
import struct
import sys
import time
import zlib

import pytest
from PIL import Image

from adversarial import CHANNELS, DUTCH_LINE, FILE_NAMES, PATHOLOGICAL, PDFS, POSTS, SVGS, VECTORS, photo, plant_files, raw_pdf
from sitebuild import build_site, different_files, fixture_site
from test_validation import GOOD, GOOD_PORTRAIT, PORTRAIT, POST, post


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
    files = {f"{POSTS}/2024-02-{n + 1:02d}-p{n}.md":
             post(GOOD.replace("2024-02-01", f"2024-02-{n + 1:02d}").replace("title: Bericht", f"title: Bericht {n}"), text)
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


@pytest.mark.skipif(sys.platform != "linux", reason="forks only on Linux")
@pytest.mark.parametrize("channel", ["tekst", "kop"])
def test_the_attack_strings_fare_alike_when_pages_are_converted_and_rendered_in_forked_processes(
        adversarial, channel, tmp_path, forked_pages):
    """A large site (an imported archive) has its pages done in forked processes: the same refusals, and the
    same bytes of the rest."""
    outcome = adversarial(channel)
    for name, planted, built in (("all", outcome.planted, outcome.first),
                                 ("kept", CHANNELS[channel]({p.vector: VECTORS[p.vector] for p in outcome.inert}),
                                  outcome.survivors)):
        if built is None:
            continue
        config = fixture_site(tmp_path / name, planted.files)
        photo(config.parent / "docs/nieuws/posts/fotos/foto.jpg")
        forked = build_site(config, tmp_path / name / "site")
        assert forked.errors == built.errors, name
        if built.error is None:
            assert different_files(built.site_dir, forked.site_dir) == [], name
    assert forked_pages and all(forked_pages), "not every page was done in a forked process"


@pytest.mark.skipif(sys.platform != "linux", reason="forks only on Linux")
def test_text_that_would_stall_is_named_alike_when_pages_are_converted_in_forked_processes(stalling, tmp_path,
                                                                                           forked_pages):
    built, files, _ = stalling
    forked = build_site(fixture_site(tmp_path, files), tmp_path / "site")
    assert any(forked_pages), "no page was converted in a forked process"
    assert forked.errors == built.errors


def test_text_that_would_stall_is_named_with_its_line(tmp_path):
    built = build_site(fixture_site(tmp_path, {POST: post(GOOD, "Tekst.\n\n" + "[" * 50_000 + "\n")}), tmp_path / "site")
    assert built.errors[0].startswith(f"{POST}:10: de tekst vanaf hier heeft zo veel haken zonder sluithaak"), built.errors


def png_header(width: int, height: int) -> bytes:
    """A PNG that says it is `width` × `height` (a few bytes can describe a picture of billions of pixels)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\x00")) + chunk(b"IEND", b""))


OTHER_POST = f"{POSTS}/2024-02-02-ander.md"
LATER = dt.date.today() + dt.timedelta(days=40)
"""A date a post waits for, whatever day the suite runs."""
FIXED = "docs/netwerken/index.md"
# Inputs the red team turned into Python tracebacks, a stall, a takeover of the home page or a file
# published too early, each by class: what each planted file gets now is a Dutch line naming it.
CLASSES = {
    "alias-of-a-file-the-build-writes": {POST: post(GOOD + 'aliases: ["/feed.xml"]\n')},
    "alias-of-the-404-page": {POST: post(GOOD + 'aliases: ["/404.html"]\n')},
    "alias-matching-every-query": {POST: post(GOOD + 'aliases: ["/?&"]\n')},
    "alias-with-encoded-dots": {POST: post(GOOD + 'aliases: ["/%2e%2e/%2e%2e/tmp/x/"]\n')},
    "alias-through-a-dot-folder": {POST: post(GOOD + 'aliases: ["/./feed.xml", "/nieuws//archief/"]\n')},
    "alias-with-a-line-break": {POST: post(GOOD + 'aliases: ["/%0d%0aLocation:%20https://elders.example/"]\n')},
    "alias-where-a-newsletter-will-appear": {POST: post(GOOD + 'aliases: ["/nieuwsbrief/2199-4/"]\n')},
    "alias-where-a-waiting-post-will-appear": {POST: post(GOOD + f'aliases: ["/nieuws/{LATER:%Y/%m}/later/"]\n'),
                                               f"{POSTS}/{LATER}-later.md": post(GOOD.replace("2024-02-01",
                                                                                              str(LATER)))},
    "name-too-long-for-a-file-system": {POST: post(GOOD + f"slug: {'a' * 300}\n")},
    "thousands-of-digits": {"data/campaigns.yml": "- id: c\n  title: C\n  summary: S\n  call: C\n"
                                                  f"  signatories: {'9' * 5000}\n  counted_on: 2021-03-04\n"},
    "data-file-not-utf-8": {"data/regions.yml": "\udcff\udcfe- name: X\n"},
    "year-beyond-calendars": {POST: post(GOOD.replace("date: 2024-02-01", "date: 2024-02-01 10:00") +
                                         'event: {date: 2024-03-01, place: online, changed: "9999-12-31 23:59"}\n')},
    "year-one": {POST: post(GOOD.replace("2024-02-01", "0001-01-01"))},
    "absolute-photo-path": {POST: post(GOOD + 'image: "/etc/hostname"\nimage_alt: "x"\n')},
    "template-in-a-fixed-page": {FIXED: "---\ntitle: Over ons\ntemplate: ../../../../etc/passwd\n---\n\nTekst.\n"},
    "icon-in-a-fixed-page": {FIXED: "---\ntitle: Over ons\nicon: material/x\n---\n\nTekst.\n"},
    "direction-override-in-a-title": {POST: post(GOOD.replace("title: Bericht", 'title: "Bericht \\u202eevil"'))},
    "template-of-another-page": {FIXED: "---\ntitle: Over ons\ntemplate: home.html\n---\n\nTekst.\n"},
    "region-name-longer-than-a-file-name": {"data/regions.yml": f"- name: {'R' * 300}\n"},
    "thousands-of-dotted-groups": {PORTRAIT: post(GOOD_PORTRAIT + f"pupils: {'999.' * 2000}999\n")},
    "quarter-beyond-calendars": {"data/newsletter.yml": '- quarter: "9999-4"\n  intro: Tekst.\n'},
    "quarter-zero": {"data/newsletter.yml": '- quarter: "0000-1"\n  intro: Tekst.\n'},
    "feed-id-that-is-a-script": {POST: post(GOOD + 'id: "javascript:alert(1)"\n')},
    "binary-photo-path": {POST: post(GOOD + "image: !!binary aGVsbG8=\nimage_alt: Foto\n")},
    "picture-name-longer-than-a-file-name": {f"{POSTS}/fotos/{'x' * 250}.png": "x"},
    "data-file-the-site-does-not-read": {"data/regions.yaml": "- name: Noord\n"},
}


@pytest.mark.parametrize("case", CLASSES)
def test_each_class_the_red_team_found_gets_a_dutch_line(tmp_path, case):
    files = CLASSES[case]
    config = fixture_site(tmp_path, {path: text for path, text in files.items() if "\udcff" not in text})
    for path, text in files.items():
        if "\udcff" in text:
            (config.parent / path).write_bytes(text.encode("utf-8", "surrogateescape"))
    built = build_site(config, tmp_path / "site")
    assert built.error is not None, case
    *lines, count = built.errors
    assert count.endswith("in de inhoud; de site is niet gebouwd.") and lines, built.errors
    assert all(DUTCH_LINE.match(line) and DUTCH_LINE.match(line)["path"] in files for line in lines), lines


@pytest.mark.parametrize(("name", "content"), [("reus.png", png_header(40_000, 40_000)),
                                              ("draad.png", png_header(40_000, 2)),
                                              ("zuil.png", png_header(600, 40_000)),
                                              ("script.pdf", PDFS["second-of-two-keys"]),
                                              ("bijlage.pdf", PDFS["attachment-annotation"]),
                                              ("pagina.pdf", b"<html><script>alert(1)</script></html>")])
def test_a_picture_or_pdf_that_would_stall_or_run_is_refused(tmp_path, name, content):
    config = fixture_site(tmp_path)
    path = config.parent / POSTS / "bestanden" / name
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    built = build_site(config, tmp_path / "site")
    assert built.errors[:-1] and all(line.startswith(f"{POSTS}/bestanden/{name}:1: ") for line in built.errors[:-1])


@pytest.mark.parametrize("reference", ["![tekening](fotos/geheim.svg) [pdf](bestanden/geheim.pdf)",
                                       "![tekening][t] [pdf][p]\n\n[t]: fotos/geheim.svg\n[p]: <bestanden/geheim.pdf>",
                                       '<img src="fotos/gehe&#105;m.svg" alt="t"> <a href="bestanden/geheim%2Epdf">p</a>'])
def test_a_drafts_files_wait_for_the_draft(tmp_path, reference):
    """A draft's photo, drawing and pdf are not published before the draft, however it names them; a shown
    post's are."""
    config = fixture_site(tmp_path, {
        POST: post(GOOD + "draft: true\nimage: fotos/geheim.jpg\nimage_alt: Geheim\n", reference + "\n"),
        OTHER_POST: post(GOOD.replace("2024-02-01", "2024-02-02"), "[pdf](bestanden/open.pdf)\n"),
        f"{POSTS}/fotos/geheim.svg": SVGS["harmless"]})
    photo(config.parent / POSTS / "fotos/geheim.jpg")
    for name in ("geheim.pdf", "open.pdf"):
        (config.parent / POSTS / "bestanden" / name).parent.mkdir(parents=True, exist_ok=True)
        (config.parent / POSTS / "bestanden" / name).write_bytes(raw_pdf())
    built = build_site(config, tmp_path / "site")
    assert built.error is None, built.errors
    published = {p.name for p in built.site_dir.rglob("*") if p.is_file()}
    assert "open.pdf" in published
    assert not {"geheim.pdf", "geheim.svg"} & published and not [n for n in published if n.startswith("geheim")]


def test_a_gif_is_published_with_its_frames_and_nothing_else(tmp_path):
    """A GIF may move, so it is not converted like a photo; its comment and XMP stay behind all the same."""
    config = fixture_site(tmp_path, {OTHER_POST: post(GOOD.replace("2024-02-01", "2024-02-02"),
                                                      "![Drie kleuren](fotos/kleuren.gif)\n")})
    frames = [Image.new("RGB", (40, 30), color) for color in ("red", "green", "blue")]
    source = io.BytesIO()
    frames[0].save(source, "GIF", save_all=True, append_images=frames[1:], duration=[100, 200, 300], loop=0,
                   comment=b"GEHEIM gps 52.37 4.89")
    xmp = b"\x21\xff\x0bXMP DataXMP<x:xmpmeta>GEHEIM</x:xmpmeta>\x01" + bytes(range(255, -1, -1)) + b"\x00"
    path = config.parent / POSTS / "fotos" / "kleuren.gif"
    path.parent.mkdir(parents=True)
    path.write_bytes(source.getvalue()[:-1] + xmp + b";")
    built = build_site(config, tmp_path / "site")
    assert built.error is None, built.errors
    [published] = built.site_dir.rglob("kleuren.gif")
    assert b"GEHEIM" not in published.read_bytes()
    with Image.open(published) as gif:
        durations = [(gif.seek(n), gif.info["duration"])[1] for n in range(gif.n_frames)]
        assert durations == [100, 200, 300] and gif.info["loop"] == 0

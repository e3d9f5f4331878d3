"""The share cards (lho_site/pages/cards.py, lho_site/outputs/images.py): one per page, the title always
inside its box, small, drawn once."""

import io
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from factories import MEET, make_post
from lho_site.outputs import images
from lho_site.outputs.house_style import STYLESHEET, colours
from lho_site.outputs.images import TITLE_BOX, fit_title, image_files, share_card_png, wrap
from lho_site.pages.cards import CARD_SIZE, card_of
from lho_site.pages.registry import TYPES
from lho_site.pages.site import Wordmark
from sitebuild import ROOT

POST_TYPE = next(t for t in TYPES if t.context == "post")
TITLES = [
    "Kort",
    "Zelfreflectie op 2023 & voornemens 2024",
    "Ons gezamenlijk verhaal: wat de samenleving van de school vraagt van professionals, scholen en de scholengroep",
    "Onderwijsvernieuwingsbeleidsvoorbereidingsdocumentatieverzamelingsbeheerder",
    "Waarom de verplichte doorstroomtoets, de inspectiekaders en de verantwoordingsdocumenten samen meer "
    "kosten dan ze opleveren voor leerlingen, leraren, schoolleiders en besturen in het hele land, en wat "
    "wij als bestuurders van moeten naar mogen en van controleren naar vertrouwen daaraan willen veranderen",
]


@pytest.fixture(scope="module")
def palette():
    return colours((ROOT / "overrides" / STYLESHEET).read_text(encoding="utf-8"))


def draw():
    return ImageDraw.Draw(Image.new("RGB", CARD_SIZE))


@pytest.mark.parametrize("title", TITLES)
def test_the_title_never_leaves_its_box(title):
    d = draw()
    font, lines = fit_title(title, d)
    left, top, right, bottom = TITLE_BOX
    assert lines and len(lines) * round(font.size * 1.18) <= bottom - top
    for number, line in enumerate(lines):
        box = d.textbbox((left, top + number * round(font.size * 1.18)), line, font=font, stroke_width=2)
        assert box[0] >= left - 2 and box[2] <= right + 2, (line, box)
        assert box[3] <= bottom + font.size * 0.3, (line, box)


def test_a_title_too_long_for_the_card_ends_in_an_ellipsis_and_a_long_word_is_hyphenated():
    _, lines = fit_title(TITLES[-1], draw())
    assert lines[-1].endswith("…")
    d = draw()
    font, _ = fit_title(TITLES[3], d)
    pieces = wrap(TITLES[3], font, TITLE_BOX[2] - TITLE_BOX[0], d)
    assert len(pieces) > 1 and all(p.endswith("-") for p in pieces[:-1])
    assert "".join(p.removesuffix("-") for p in pieces) == TITLES[3]


@pytest.mark.parametrize("title", TITLES)
def test_a_card_is_1200_by_630_and_at_most_100_kb(title, palette):
    png = share_card_png(card_of(POST_TYPE, make_post(1, MEET, title=title), "Leve het Onderwijs!"), palette)
    with Image.open(io.BytesIO(png)) as image:
        assert image.size == CARD_SIZE
    assert len(png) <= 100_000


def test_every_post_has_a_card_of_its_own():
    posts = [make_post(1), make_post(2), make_post(3, title="Bericht 1")]
    paths = {card_of(POST_TYPE, post, "Naam").path for post in posts}
    assert len(paths) == len(posts)
    assert card_of(POST_TYPE, posts[0], "Naam").label == f"Actualiteit · {posts[0].date_text}"


def test_cards_are_drawn_once_and_kept_by_what_they_show(tmp_path: Path, palette, monkeypatch):
    cards = [card_of(POST_TYPE, make_post(n), "Naam") for n in (1, 2)]
    first = image_files(Wordmark("Naam"), cards, palette, tmp_path)
    monkeypatch.setattr(images, "share_card_png", lambda card, palette: pytest.fail("drawn again"))
    assert image_files(Wordmark("Naam"), cards, palette, tmp_path) == first
    assert len(list(tmp_path.iterdir())) == 2
    other = dict(palette, brand=(0, 0, 0))
    monkeypatch.undo()
    image_files(Wordmark("Naam"), cards, other, tmp_path)
    assert len(list(tmp_path.iterdir())) == 4


def test_a_title_of_any_length_is_fitted_quickly_and_ends_in_an_ellipsis():
    """A pasted novel as the title: the card shows what fits; the rest is never measured (it took minutes)."""
    font, lines = fit_title("woord " * 50_000 + "x" * 50_000, draw())
    assert lines[-1].endswith("…")
    assert len(" ".join(lines)) < images.TITLE_MOST


def test_the_wordmark_keeps_quotes_in_the_name_inside_its_attribute():
    from xml.etree import ElementTree
    svg = ElementTree.fromstring(images.wordmark_svg(Wordmark('Leve" cursor="url(https://elders.example/c.png)'),
                                                     colours((ROOT / "overrides" / STYLESHEET).read_text())))
    assert set(svg.attrib) == {"viewBox", "role", "aria-label"}
    assert svg.attrib["aria-label"] == 'Leve" cursor="url(https://elders.example/c.png)'


def test_cards_drawn_in_forked_processes_are_the_cards_drawn_here(tmp_path: Path, palette, monkeypatch):
    monkeypatch.setattr(images, "DRAW_FORKED_FROM", 2)
    cards = [card_of(POST_TYPE, make_post(n), "Naam") for n in range(1, 5)]
    here = image_files(Wordmark("Naam"), cards, palette, tmp_path / "here", workers=1)
    forked = image_files(Wordmark("Naam"), cards, palette, tmp_path / "forked", workers=2)
    for card in cards:
        assert forked[card.path].read_bytes() == here[card.path].read_bytes()
        assert forked[card.path].name == here[card.path].name and forked[card.path].parent.name == "forked"

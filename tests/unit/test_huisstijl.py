"""The house style's colour pairs documented in CONTRIBUTING.md ("De huisstijl") keep WCAG AA contrast
for text, computed from overrides/assets/stylesheets/huisstijl.css itself."""

import re

import pytest

from lho_site.outputs.house_style import STYLESHEET, colours, contrast, loads, missing
from sitebuild import ROOT

AA = 4.5
PAIR = re.compile(r"^\| `--lho-([a-z-]+)` \| `--lho-([a-z-]+)` \|", re.MULTILINE)


def documented_pairs() -> list[tuple[str, str]]:
    text = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    table = text.split("<!-- huisstijl: paren -->")[1].split("<!-- /huisstijl -->")[0]
    return PAIR.findall(table)


def palette():
    return colours((ROOT / "overrides" / STYLESHEET).read_text(encoding="utf-8"))


def test_the_house_style_has_every_colour_the_build_draws_with():
    assert missing(palette()) == []
    assert len(documented_pairs()) >= 5


@pytest.mark.parametrize(("text", "background"), documented_pairs())
def test_every_documented_pair_has_aa_contrast(text, background):
    found = palette()
    assert contrast(found[text], found[background]) >= AA, f"--lho-{text} op --lho-{background}"


def test_the_contrast_is_computed_as_wcag_does():
    """The check can fail: known ratios of WCAG's formula."""
    assert contrast((0, 0, 0), (255, 255, 255)) == pytest.approx(21)
    assert contrast((119, 119, 119), (255, 255, 255)) == pytest.approx(4.48, abs=0.01)  # #777: just not AA
    assert colours("--lho-a: #777777; --lho-b: red;") == {"a": (119, 119, 119)}


@pytest.mark.parametrize("line", ["@import url(https://elders.example/x.css);", "  background: URL( 'x.png' );",
                                  "--x: image-set(\"https://elders.example/i.png\" 1x);", "@font-face { src: local(x) }",
                                  "--lho-font: \\75rl(x);"])
def test_the_house_style_may_not_load_anything(line):
    css = (ROOT / "overrides" / STYLESHEET).read_text(encoding="utf-8")
    assert loads(css) == []
    changed = css + "\n" + line
    assert {number for number, _ in loads(changed)} == {len(changed.splitlines())}

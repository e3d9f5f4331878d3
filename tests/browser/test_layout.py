"""Nothing moves while the photos load: every picture has its place before it arrives."""

import pytest

from browsing import WIDTHS

KINDS_WITH_PICTURES = ("bericht-met-foto", "portret", "nieuws", "portretten")

BOXES = """() => [...document.querySelectorAll('.md-content img[width][height]')].map(i => {
  const box = i.getBoundingClientRect();
  return {src: i.getAttribute('src'), ratio: i.width / i.height, want: +i.getAttribute('width') / +i.getAttribute('height'),
          width: box.width, height: box.height};
})"""


@pytest.mark.parametrize("width", WIDTHS)
def test_pictures_keep_their_place_before_they_load(browser, address, kinds, width):
    w, h = WIDTHS[width]
    context = browser.new_context(viewport={"width": w, "height": h})
    context.route("**/*.{avif,webp,jpg,png,gif,svg}", lambda route: None)  # never answered
    page = context.new_page()
    checked = 0
    for kind in KINDS_WITH_PICTURES:
        if kind not in kinds:
            continue
        page.goto(address + kinds[kind], wait_until="domcontentloaded")
        for box in page.evaluate(BOXES):
            checked += 1
            assert box["width"] > 0 and box["height"] > 0, (kind, box)
            assert abs(box["width"] / box["height"] - box["want"]) < 0.02, (kind, box)
    context.close()
    assert checked or not any(kind in kinds for kind in KINDS_WITH_PICTURES[:2])


FIRST_SCREEN = """() => [...document.querySelectorAll('.lho-hero h1, .lho-hero__mission, .lho-hero__actions a')]
  .map(e => ({text: e.textContent.trim(), bottom: e.getBoundingClientRect().bottom}))"""


def test_the_first_phone_screen_shows_name_mission_and_both_calls_to_action(browser, address):
    w, h = WIDTHS["telefoon"]
    page = browser.new_page(viewport={"width": w, "height": h})
    page.goto(address, wait_until="domcontentloaded")
    shown = page.evaluate(FIRST_SCREEN)
    page.close()
    assert len(shown) == 4 and all(0 < item["bottom"] <= h for item in shown), shown

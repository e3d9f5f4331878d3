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

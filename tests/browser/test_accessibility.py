"""axe-core finds nothing on any type of page, on a phone and on a computer screen.

All rules for WCAG 2.0 and 2.1, levels A and AA, and axe's best practices; none is
switched off.
"""

import pytest

from browsing import AXE, AXE_RUN, AXE_TAGS, WIDTHS, axe_findings
from serving import serve


@pytest.mark.parametrize("width", WIDTHS)
def test_axe_finds_no_violation_on_any_type_of_page(visits, kinds, width):
    found = {kind: visits(kind, width).violations for kind in kinds}
    assert {kind: violations for kind, violations in found.items() if violations} == {}


def test_axe_finds_violations(browser, tmp_path):
    """The check can fail: an image without text, grey on grey, a dialog without a name."""
    (tmp_path / "index.html").write_text(
        '<!doctype html><html lang="nl"><title>t</title><main><h1>t</h1>'
        '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">'
        '<p style="color:#999;background:#ccc">grijs</p>'
        '<div role="dialog">zoeken</div></main></html>', encoding="utf-8")
    page = browser.new_page()
    page.add_init_script(path=str(AXE))
    with serve(tmp_path) as url:
        page.goto(url)
        rules = {violation["rule"] for violation in axe_findings(page.evaluate(AXE_RUN, AXE_TAGS))}
    page.close()
    assert {"image-alt", "color-contrast", "aria-dialog-name"} <= rules

"""Real PDFs pass the site's check: what CONTRIBUTING advises for a clean pdf (print it as a pdf)
is what Chromium writes, links to web pages included (content/pdf.py refuses only what runs,
launches or carries files, and reads every byte to find it)."""

from lho_site.content.pdf import pdf_problem


def test_a_page_printed_as_pdf_by_the_browser_passes_the_check(browser, address, kinds, tmp_path):
    page = browser.new_page()
    try:
        page.goto(address + kinds["bericht"])
        printed = page.pdf()
    finally:
        page.close()
    path = tmp_path / "afgedrukt.pdf"
    path.write_bytes(printed)
    assert b"/URI" in printed, "a post has links: the printed pdf should keep them"
    assert pdf_problem(path) is None

"""What stands between an editor's text and a visitor: the SVG allowlist, the limit on Markdown's
work, titles as text, and the sanitizer on pages made from data."""


import markdown
import pytest

from adversarial import PDFS, raw_pdf
from lho_site.content.link_targets import link_problem
from lho_site.content.markdown_limits import BUDGET, ConversionGuard, block_cost, too_costly
from lho_site.content.pdf import pdf_problem
from lho_site.content.svg import clean_svg
from lho_site.outputs.html import PageInfo, process
from lho_site.outputs.links import own_address
from lho_site.outputs.sanitize import sanitizer
from lho_site.outputs.titles import escape_toc, page_title

SVG = b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">%s</svg>'


def test_an_svg_keeps_its_drawing_and_loses_what_it_does_not_need():
    cleaned = clean_svg(SVG % b'<metadata>x</metadata><g fill="url(#v)" stroke-width="2" data-x="1" '
                             b'style="fill:red;cursor:pointer"><path d="M0 0L10 10"/><text>Hoi</text></g>')
    assert cleaned.problems == []
    assert cleaned.data.endswith(b'<g fill="url(#v)" stroke-width="2" style="fill:red"><path d="M0 0L10 10"/>'
                                 b"<text>Hoi</text></g></svg>\n")


@pytest.mark.parametrize("inside", [
    b"<script>alert(1)</script>", b'<g onclick="alert(1)"/>', b"<foreignObject/>",
    b'<a href="javascript:alert(1)"><text>x</text></a>', b'<set attributeName="href" to="javascript:alert(1)"/>',
    b'<use href="elders.svg#a"/>', b'<rect fill="url(https://tracker.example/p.png)"/>',
    b'<rect style="fill:url(//tracker.example/p)"/>', b"<style>@import 'x.css';</style>",
    b'<image href="data:image/png;base64,AAAA"/>',
])
def test_an_svg_that_would_run_load_or_link_is_refused(inside):
    cleaned = clean_svg(SVG % inside)
    assert cleaned.data is None and cleaned.problems


def test_an_svg_with_entities_is_refused_unread():
    data = (b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
            b'<svg xmlns="http://www.w3.org/2000/svg"><text>&x;</text></svg>')
    cleaned = clean_svg(data)
    assert cleaned.data is None and "root:" not in str(cleaned.problems)


def test_ordinary_text_is_far_below_the_budget():
    post = "\n\n".join(["Een alinea met [een link](https://example.org/) en (haakjes), *nadruk* en <b>vet</b>. " * 20]
                       * 50)
    assert sum(block_cost(block) for block in post.split("\n\n")) < BUDGET / 20 and too_costly(post) is None


@pytest.mark.parametrize("text", ["[" * 50_000, "![" * 25_000, "[a](b" * 10_000, "a\n=\n" * 12_500,
                                  "".join(f"*[A{i}]: x\n" for i in range(4000)), "***\n" * 25_000,
                                  ("* " * 50 + "a\n\n") * 980, ("> " * 100 + "a\n") * 495,
                                  "| a |\n|---|\n| " + "`|" * 45_000 + " |\n"])
def test_text_that_would_take_minutes_is_refused_before_markdown(text):
    near, what, fix = too_costly(text)
    assert near and near in text and "minuten" in what and fix


def test_text_nested_too_deep_for_the_stack_is_refused_not_a_traceback():
    # A deadline no busy machine reaches: this is about the stack, not the clock.
    guard = ConversionGuard(seconds=600)
    # The table of contents walks the tree of nested <em> and <strong> one level per call.
    html = markdown.markdown("*a **a " * 7000 + "b" + " a** a*" * 7000, extensions=["toc", guard])
    assert guard.take()[0].startswith("de tekst is zo diep genest") and html == ""
    markdown.markdown("*gewoon*", extensions=["toc", guard])
    assert guard.take() is None


def test_a_conversion_past_its_deadline_is_stopped_whatever_the_shape():
    """A shape of text no model foresees: the deadline (here a millisecond) stops it all the same."""
    guard = ConversionGuard(seconds=0.001)
    html = markdown.markdown("Een gewone alinea met *nadruk*.\n\n" * 5_000, extensions=["toc", guard])
    assert html == "" and "seconden" in guard.take()[0]
    assert markdown.markdown("*gewoon*", extensions=[ConversionGuard()]) == "<p><em>gewoon</em></p>"


class Entry:
    def __init__(self, id_, title, children=()):
        self.id, self.title, self.children = id_, title, list(children)


def test_titles_are_the_escaped_text_of_the_sanitized_headings():
    root = process('<h1 id="t">Titel &amp; <em>meer</em></h1><h2 id="k">Kop <abbr title="&lt;!--">a</abbr>'
                   '<a class="headerlink" href="#k">#</a></h2>', PageInfo("a.md", "a/", "a.md")).root
    toc = [Entry("t", "<script>alert(1)</script>", [Entry("k", "Kop <script>")])]
    escape_toc(toc, root)
    assert (toc[0].title, toc[0].children[0].title) == ("Titel &amp; meer", "Kop a")
    assert page_title(None, root, "bestand") == "Titel &amp; meer"
    assert page_title("Ouders & <school>", root, "bestand") == "Ouders &amp; &lt;school&gt;"


def test_pages_made_from_data_are_sanitized_too_with_the_templates_classes():
    step = sanitizer(frozenset({"lho-count"}), own_address("https://example.org/"))
    found = []
    for generated in (False, True):
        page = process('<p class="lho-count" onclick="alert(1)">57</p>',
                       PageInfo("manifest/stop.md", "manifest/stop/", "data/campaigns.yml", generated=generated), [step])
        found.append(([f.what for f in page.findings], page.html))
    assert found[0] == (["de class 'lho-count' op <p> is niet toegestaan",
                         "het attribuut onclick op <p> laat code draaien in de browser van bezoekers"], "<p>57</p>")
    assert found[1] == (["het attribuut onclick op <p> laat code draaien in de browser van bezoekers"],
                        '<p class="lho-count">57</p>')


@pytest.mark.parametrize("name", PDFS)
def test_a_pdf_that_runs_carries_or_hides_is_refused(tmp_path, name):
    path = tmp_path / "stuk.pdf"
    path.write_bytes(PDFS[name])
    assert pdf_problem(path)


@pytest.mark.parametrize("compressed", [False, True])
def test_a_plain_pdf_passes_and_links_to_web_pages_may_stay(tmp_path, compressed):
    path = tmp_path / "stuk.pdf"
    path.write_bytes(raw_pdf(b"/OpenAction << /S /URI /URI (https://levehetonderwijs.nl/) >>", compressed=compressed))
    assert pdf_problem(path) is None


@pytest.mark.parametrize("href", ["mailto:info@levehetonderwijs.nl?subject=Ja&bcc=elders@elders.example",
                                  "mailto:info@levehetonderwijs.nl?cc=elders@elders.example",
                                  "mailto:info@levehetonderwijs.nl,elders@elders.example",
                                  "https://levehetonderwijs.nl@elders.example/", "https://levehetonderwíjs.nl/",
                                  "https://levehetonderwijs.nl:99999/", "https://levehetonderwijs.nl/%0d%0ax",
                                  "http://127.0.0.1:8000/nieuws/", "http://localhost:8000/", "http://[::1]/",
                                  "https://192.168.1.10/"])
def test_a_link_that_leads_elsewhere_than_it_reads_is_refused(href):
    assert link_problem(href)


@pytest.mark.parametrize("href", ["mailto:info@levehetonderwijs.nl?subject=Ik%20teken&body=Naam",
                                  "https://levehetonderwijs.nl/doe-mee/?bron=nieuwsbrief#formulier",
                                  "https://xn--caf-dma.nl/", "tel:+31201234567", "../2024/01/bericht/", "#kop"])
def test_ordinary_links_pass(href):
    assert link_problem(href) is None

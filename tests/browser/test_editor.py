"""The web editor (/beheer/) in Chromium: a post written in the form is a valid post of the site,
an edit changes only what was edited, and the page asks nothing of another host.

Each test works on its own copy of the real project (never on docs/ itself), through
decap-server as `make beheer` runs it (browser/editing.py)."""

from __future__ import annotations

import datetime as dt
import difflib
import json
from pathlib import Path
from urllib.parse import urljoin

import pytest
import yaml
from lxml import etree

from browsing import RECORD_POLICY_VIOLATIONS
from editing import LOCAL_BACKEND, decap_server, fill_in_post, forward_local_backend, publish, save, sign_in
from lho_site.content.dates import now
from lho_site.content.schema import ALL
from lho_site.outputs.cms_config import format_name
from serving import serve
from sitebuild import ROOT, build_site
from sites import copy_of_the_real_site, model, phone_photo


@pytest.fixture
def project(tmp_path):
    """A copy of the real project, built as `make beheer` builds it (mkdocs serve: only then may the
    editor's page reach decap-server on this computer): (its folder, the built copy)."""
    config = copy_of_the_real_site(tmp_path / "project")
    built = build_site(config, tmp_path / "site", command="serve")
    assert built.error is None, "\n".join(built.errors)
    return config.parent, built


@pytest.fixture
def editor(browser, project):
    """A page in a fresh browser context, with decap-server over the project copy and the copy's site served."""
    folder, built = project
    with decap_server(folder) as backend, serve(built.site_dir) as url:
        context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="nl-NL")
        context.add_init_script(RECORD_POLICY_VIOLATIONS)
        requests = []
        context.on("request", lambda request: requests.append(request.url))
        forward_local_backend(context, backend)
        page = context.new_page()
        errors = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.requests, page.errors, page.address = requests, errors, url
        yield page
        # A request the editor sent as the test ended may still be on its way: let it go.
        context.unroute_all(behavior="ignoreErrors")
        context.close()


def wait_for(condition, page, timeout_ms=15000):
    for _ in range(timeout_ms // 100):
        if condition():
            return
        page.wait_for_timeout(100)
    raise AssertionError("the editor did not write the file")


def fill_in_a_new_post(editor, title, when, category, description, photo):
    """The form of a new post, filled in as an editor does, up to the photo's description."""
    sign_in(editor, editor.address + "beheer/#/collections/berichten/new")
    fill_in_post(editor, title, when, category, description, photo)


def test_a_post_written_in_the_form_is_on_the_site(editor, project, tmp_path):
    folder, _ = project
    day = now().date() - dt.timedelta(days=1)
    photo = tmp_path / "regiobijeenkomst-zeeland.jpg"
    phone_photo(photo, (1600, 1200))
    fill_in_a_new_post(editor, "Regiobijeenkomst in Zeeland: samen verder", f"{day}T10:30", "Bijeenkomsten",
                       "Bestuurders uit Zeeland spraken over vertrouwen.", photo)
    editor.get_by_label("Beschrijving van de foto").fill("Bestuurders in gesprek aan een lange tafel")
    editor.locator("[data-slate-editor]").click()
    editor.keyboard.type("Ruim twintig bestuurders kwamen bij elkaar.")
    editor.keyboard.press("Enter")
    editor.keyboard.type("Daarna sprak iedereen over vertrouwen.")
    publish(editor)

    post = folder / "docs/nieuws/posts" / f"{day}-regiobijeenkomst-in-zeeland-samen-verder.md"
    wait_for(post.is_file, editor)
    assert post.read_text(encoding="utf-8") == f"""---
title: "Regiobijeenkomst in Zeeland: samen verder"
date: {day} 10:30
categories: [Bijeenkomsten]
description: "Bestuurders uit Zeeland spraken over vertrouwen."
image: fotos/regiobijeenkomst-zeeland.jpg
image_alt: "Bestuurders in gesprek aan een lange tafel"
---

Ruim twintig bestuurders kwamen bij elkaar.

Daarna sprak iedereen over vertrouwen.
"""
    assert (folder / "docs/nieuws/posts/fotos/regiobijeenkomst-zeeland.jpg").read_bytes() == photo.read_bytes()
    assert editor.errors == []

    rebuilt = build_site(folder / "mkdocs.yml", tmp_path / "rebuilt")
    assert rebuilt.error is None, "\n".join(rebuilt.errors)
    new = next(p for p in model(rebuilt).public if p.title == "Regiobijeenkomst in Zeeland: samen verder")
    assert new.url in {urljoin("nieuws/", a["href"]) for a in rebuilt.html("nieuws/").select("article.lho-card a")}
    feed = etree.parse(rebuilt.file("feed.xml"))
    assert new.title in [title.text for title in feed.iter("title")]


def test_a_photo_without_a_description_is_not_saved(editor, project, tmp_path):
    folder, _ = project
    before = sorted((folder / "docs/nieuws/posts").rglob("*"))
    photo = tmp_path / "zonder-beschrijving.jpg"
    phone_photo(photo, (800, 600))
    fill_in_a_new_post(editor, "Een foto zonder beschrijving", "2024-01-02T10:30", "Actualiteit", "Een samenvatting.", photo)
    editor.locator("[data-slate-editor]").click()
    editor.keyboard.type("Tekst.")
    save(editor)
    editor.get_by_text("Beschrijf wat er op de foto te zien is").wait_for()
    assert sorted((folder / "docs/nieuws/posts").rglob("*")) == before


def changed_lines(before: str, after: str) -> list[str]:
    return [line for line in difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
            if line[:1] in "+-" and not line.startswith(("+++", "---"))]


def test_an_edit_changes_only_what_was_edited_and_an_undone_edit_nothing(editor, project):
    folder, built = project
    post = next(p for p in model(built).public if p.event)
    path = folder / post.path
    original = path.read_text(encoding="utf-8")
    sign_in(editor, editor.address + f"beheer/#/collections/berichten/entries/{Path(post.path).stem}")
    editor.get_by_label("Samenvatting").fill("Een nieuwe samenvatting.")
    publish(editor)
    wait_for(lambda: path.read_text(encoding="utf-8") != original, editor)
    assert changed_lines(original, path.read_text(encoding="utf-8")) == [
        f'-description: "{post.description}"', '+description: "Een nieuwe samenvatting."']

    # Opened anew, as the editor finds it the next day, and changed back.
    edited = path.read_text(encoding="utf-8")
    editor.reload()
    editor.get_by_label("Samenvatting").fill(post.description)
    publish(editor)
    wait_for(lambda: path.read_text(encoding="utf-8") != edited, editor)
    assert path.read_text(encoding="utf-8") == original


def test_the_editor_asks_nothing_of_another_host(editor):
    sign_in(editor, editor.address + "beheer/")
    editor.get_by_text("Nieuwsberichten").first.wait_for()
    editor.wait_for_load_state("networkidle")
    foreign = [url for url in editor.requests if not url.startswith((editor.address, LOCAL_BACKEND, "data:", "blob:"))]
    assert foreign == []
    assert editor.evaluate("() => window.__policyViolations") == []
    assert editor.errors == []


def test_the_published_editor_does_not_start_inside_another_sites_frame(browser, real_site, tmp_path):
    """Another site that frames /beheer/ could lay its buttons over the editor's: it shows a link instead."""
    elsewhere = tmp_path / "elders"
    elsewhere.mkdir()
    with serve(real_site.site_dir) as url:
        (elsewhere / "index.html").write_text(f'<iframe src="{url}beheer/" width="800" height="600"></iframe>',
                                              encoding="utf-8")
        with serve(elsewhere) as other:  # another origin: another port
            context = browser.new_context()
            page = context.new_page()
            page.goto(other)
            frame = page.frame_locator("iframe")
            frame.get_by_text("De webeditor werkt niet binnen een andere pagina.").wait_for()
            assert frame.get_by_role("button", name="Inloggen").count() == 0
            link = frame.get_by_role("link", name="Open de webeditor in een eigen venster.")
            assert link.get_attribute("target") == "_top"
            context.close()


def test_the_published_editor_reaches_only_github_and_previews_text_sanitized(real_site):
    policy = real_site.html("beheer/").find("meta", attrs={"http-equiv": "Content-Security-Policy"})["content"]
    assert "localhost" not in policy and "127.0.0.1" not in policy and "https://api.github.com" in policy
    config = yaml.safe_load(real_site.file("beheer/config.yml").read_text(encoding="utf-8"))
    bodies = [f for c in config["collections"] for f in c.get("fields", ()) if f.get("widget") == "markdown"]
    assert bodies and all(f["sanitize_preview"] is True for f in bodies)


# Every file the editor can open, in the real project and in the kitchen sink (every optional field).
FIXTURE = ROOT / "tests" / "fixtures" / "kitchen-sink"
CONTENT = [(project, schema, path) for project in (ROOT, FIXTURE) for schema in ALL
           for path in (sorted((project / schema.path).glob("*.md")) if schema.is_pages else [project / schema.path])]


@pytest.fixture(scope="module")
def formats_page(browser, real_site):
    """A page of the site with the editor's formats.js loaded, as window.lho, and its settings."""
    with serve(real_site.site_dir) as url:
        context = browser.new_context()
        page = context.new_page()
        page.goto(url + "beheer/formats.js")  # a script shown as text: a page of the site without a policy
        page.evaluate("async url => { window.lho = await import(url); }", url + "beheer/formats.js")
        settings = json.loads(real_site.html("beheer/").select_one("script[data-formats]")["data-formats"])
        yield page, settings
        context.close()


SAVE = """([settings, name, text, edit]) => {
  const format = window.lho.formats(settings).find(([found]) => found === name)[2];
  const data = format.fromFile(text);
  if (edit) {
    const record = edit.item === null ? data : data[settings.marks.items][edit.item];
    record[edit.field] = record[edit.field] + " (bijgewerkt)";
  }
  return format.toFile(data);
}"""


def first_edit(schema, text):
    """Which value to change: the first field of the record, or of the first entry of a list (None if empty)."""
    field = schema.fields[0].name
    if not schema.key:
        return {"item": None, "field": field}
    return {"item": 0, "field": field} if yaml.safe_load(text) else None


@pytest.mark.parametrize(("schema", "path"), [(s, p) for _, s, p in CONTENT],
                         ids=[str(p.relative_to(root)) for root, _, p in CONTENT])
def test_saving_a_file_unchanged_keeps_it_and_an_edit_changes_one_line(formats_page, schema, path):
    page, settings = formats_page
    text = path.read_text(encoding="utf-8")
    assert page.evaluate(SAVE, [settings, format_name(schema), text, None]) == text
    edit = first_edit(schema, text)
    if edit:
        edited = page.evaluate(SAVE, [settings, format_name(schema), text, edit])
        changed = changed_lines(text, edited)
        assert len(changed) == 2 and changed[1].rstrip('"').endswith(" (bijgewerkt)"), changed


def open_every_block(page):
    """Unfold the form's blocks (the meeting's), which are folded while optional."""
    page.get_by_label("Titel", exact=True).wait_for()
    page.get_by_role("button", name="Uitklappen").first.wait_for()
    for button in reversed(page.get_by_role("button", name="Uitklappen").all()):
        button.click()


def a_post_with_a_meeting(built):
    """A post of the site whose meeting has a date, a start and a place."""
    return next(p for p in model(built).public if p.event and p.event.date and p.event.start and p.event.place)


def test_a_sign_up_that_is_no_address_is_not_saved(editor, project):
    """The form checks the pattern of the field's kind (kinds.py), the one the build checks with."""
    folder, built = project
    post = a_post_with_a_meeting(built)
    path = folder / post.path
    original = path.read_text(encoding="utf-8")
    sign_in(editor, editor.address + f"beheer/#/collections/berichten/entries/{Path(post.path).stem}")
    open_every_block(editor)
    editor.get_by_label("Aanmelden").fill("bel de kerngroep")
    save(editor)
    editor.get_by_text("een volledig webadres (https://…) of een e-mailadres").first.wait_for()
    editor.wait_for_timeout(500)
    assert path.read_text(encoding="utf-8") == original


# An English phrase of Decap (its locale `en`) that the Dutch of the page does not say the same.
ENGLISH_LEFT = r"""() => {
  const flat = (phrases, prefix = "") => Object.entries(phrases).flatMap(([key, value]) =>
    typeof value === "object" ? flat(value, `${prefix}${key}.`) : [[`${prefix}${key}`, value]]);
  const dutch = Object.fromEntries(flat(CMS.getLocale("nl")));
  const english = flat(CMS.getLocale("en")).filter(([key, value]) => dutch[key] !== value)
    .map(([, value]) => new RegExp(`^${value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/%\\\{\w+\\\}/g, ".*")}$`));
  const words = /\b(the|to|of|and|expand|collapse|toggle|set|remove|add|close|dropdown|options)\b/i;
  const said = [...document.querySelectorAll("[aria-label], [title], [placeholder]")]
    .flatMap((element) => ["aria-label", "title", "placeholder"].map((name) => element.getAttribute(name)))
    .filter(Boolean);
  return said.filter((text) => words.test(text) || english.some((phrase) => phrase.test(text)));
}"""


def test_the_editor_says_everything_in_dutch_newest_posts_first_and_previews_the_meeting(editor, project):
    folder, built = project
    site = model(built)
    sign_in(editor, editor.address + "beheer/#/collections/berichten")
    editor.get_by_role("button", name="Accountmenu").click()
    editor.get_by_text("Uitloggen").wait_for()
    left = editor.evaluate(ENGLISH_LEFT)
    editor.keyboard.press("Escape")

    dates = {post.title: post.moment.when for post in site.posts}
    listed = [title for title in editor.locator("h2").all_inner_texts() if title in dates]
    assert len(listed) > 1 and listed == sorted(listed, key=dates.get, reverse=True)

    post = a_post_with_a_meeting(built)
    editor.goto(editor.address + f"beheer/#/collections/berichten/entries/{Path(post.path).stem}")
    open_every_block(editor)
    left += editor.evaluate(ENGLISH_LEFT)
    assert left == []

    box = editor.frame_locator("iframe").locator("section.lho-facts")
    box.get_by_text("Over de bijeenkomst").wait_for()
    assert post.event.place in box.inner_text()
    editor.get_by_label("Plaats").fill("<b>Zaal</b> & co")
    box.get_by_text("<b>Zaal</b> & co").wait_for()
    assert box.locator("b").count() == 0
    assert editor.errors == []


def test_a_save_that_breaks_the_build_keeps_the_editor_and_lists_the_problems_with_the_forms_labels(
        browser, tmp_path):
    config = copy_of_the_real_site(tmp_path / "project")
    folder, site_dir = config.parent, tmp_path / "site"
    assert build_site(config, site_dir, command="serve", dirty=True).error is None
    built = type("Built", (), {"config_file": config})
    post = a_post_with_a_meeting(built)
    path = folder / post.path
    text = path.read_text(encoding="utf-8")
    start = text.index("\n  start:")
    path.write_text(text[:start] + '\n  start: "17:00"\n  end: "15:00"' + text[text.index("\n", start + 1):],
                    encoding="utf-8")
    broken = build_site(config, site_dir, command="serve", dirty=True)
    assert broken.shows_content_errors and (site_dir / "beheer/index.html").is_file()
    problems = json.loads((site_dir / "beheer/problemen.json").read_text(encoding="utf-8"))["problemen"]
    assert any(p.get("field") == "Bijeenkomst › Eindigt om" for p in problems), problems

    with decap_server(folder) as backend, serve(site_dir) as url:
        context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="nl-NL")
        forward_local_backend(context, backend)
        page = context.new_page()
        sign_in(page, url + "beheer/")
        box = page.locator("aside.lho-problemen")
        box.get_by_text("Eindigt om").first.wait_for()
        box.get_by_role("link", name=Path(post.path).stem).first.click()
        open_every_block(page)
        page.get_by_label("Eindigt om").wait_for()
        context.close()

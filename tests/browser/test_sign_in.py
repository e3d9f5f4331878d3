"""Signing in to the published web editor with a GitHub token, and what a saved post sends to GitHub.

The site as GitHub Pages serves it (no OAuth proxy, no decap-server), in Chromium, against
GitHub's API kept in memory (github_api.py): the editor signs in with a token on our Dutch page,
writes a post with a photo and saves it; the post and the photo become blobs, one tree and one
commit on a branch of their own, and a pull request with the editorial workflow's status.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest
import yaml

from editing import fill_in_post
from github_api import FakeGitHub
from lho_site.content.dates import now
from serving import serve
from sites import phone_photo

TOKEN = "github_pat_11AAAAAAA0123456789_abcdefghijklmnopqrstuvwxyz"


@pytest.fixture
def github(real_site):
    backend = yaml.safe_load(real_site.file("beheer/config.yml").read_text(encoding="utf-8"))["backend"]
    assert not backend.get("base_url"), "the test is of the sign-in without an OAuth proxy"
    return FakeGitHub(backend["repo"], backend["branch"], TOKEN)


@pytest.fixture
def page(browser, real_site, github):
    with serve(real_site.site_dir) as url:
        context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="nl-NL")
        github.route(context)
        page = context.new_page()
        errors = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.errors, page.address = errors, url
        yield page
        context.unroute_all(behavior="ignoreErrors")
        context.close()


def sign_in_with(page, token):
    page.get_by_label("Toegangscode van GitHub").fill(token)
    page.get_by_role("button", name="Inloggen").click()


def test_a_wrong_token_is_refused_in_dutch_and_nothing_is_kept(page, github):
    page.goto(page.address + "beheer/")
    sign_in_with(page, "github_pat_verkeerd")
    page.get_by_role("alert").get_by_text("GitHub kent deze toegangscode niet").wait_for()
    assert page.evaluate("() => localStorage.getItem('decap-cms-user')") is None
    assert [r.status for r in github.requests] == [401]


def test_a_post_with_a_photo_saved_after_signing_in_with_a_token_becomes_a_pull_request(page, github, tmp_path):
    page.goto(page.address + "beheer/")
    sign_in_with(page, TOKEN)
    page.get_by_role("link", name="Nieuwsberichten").first.wait_for()
    assert json.loads(page.evaluate("() => localStorage.getItem('decap-cms-user')"))["token"] == TOKEN

    day = now().date() - dt.timedelta(days=1)
    photo = tmp_path / "zeeland.jpg"
    phone_photo(photo, (1200, 900))
    page.goto(page.address + "beheer/#/collections/berichten/new")
    fill_in_post(page, "Bijeenkomst in Zeeland", f"{day}T10:30", "Bijeenkomsten", "Bestuurders spraken.", photo)
    page.get_by_label("Beschrijving van de foto").fill("Bestuurders aan een lange tafel")
    page.locator("[data-slate-editor]").click()
    page.keyboard.type("Ruim twintig bestuurders kwamen bij elkaar.")
    page.get_by_role("button", name="Opslaan", exact=True).click()
    page.get_by_text("Item opgeslagen").wait_for(timeout=15000)

    post_path = f"docs/nieuws/posts/{day}-bijeenkomst-in-zeeland.md"
    photo_path = "docs/nieuws/posts/fotos/zeeland.jpg"
    branch = f"cms/berichten/{day}-bijeenkomst-in-zeeland"
    (tree,) = github.made("POST", rf"/repos/{github.repo}/git/trees")
    assert tree.body["base_tree"] == "commit-0"
    assert sorted(entry["path"] for entry in tree.body["tree"]) == [post_path, photo_path]
    assert len(github.made("POST", rf"/repos/{github.repo}/git/blobs")) == 2
    (commit,) = github.made("POST", rf"/repos/{github.repo}/git/commits")
    assert commit.body["parents"] == ["commit-0"]
    assert commit.body["message"] == f"Nieuw in Nieuwsbericht: {day}-bijeenkomst-in-zeeland"
    (ref,) = github.made("POST", rf"/repos/{github.repo}/git/refs")
    assert ref.body["ref"] == f"refs/heads/{branch}"
    (pull,) = github.made("POST", rf"/repos/{github.repo}/pulls")
    assert pull.body["base"] == github.branch and pull.body["head"].endswith(f":{branch}")
    (labels,) = github.made("PUT", rf"/repos/{github.repo}/issues/1/labels")
    assert labels.body == {"labels": ["decap-cms/draft"]}

    files = github.files(branch)
    assert files[photo_path] == photo.read_bytes()
    text = files[post_path].decode("utf-8")
    assert text.startswith('---\ntitle: "Bijeenkomst in Zeeland"\n') and "image_alt:" in text
    assert github.files(github.branch) == {}, "main itself is not changed: only the pull request is"
    assert [r for r in github.requests if r.status == 401] == []
    assert page.errors == []

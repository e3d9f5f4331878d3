"""The corpus's vectors that the build lets through (tests/test_adversarial.py) are inert in Chromium:
each one's page, served with its Content-Security-Policy taken out (so that the markup itself is
judged, not the policy), opens without a dialog, without leaving the page and without asking another
host for anything, also when the keyboard moves through it."""

import re
import shutil

import pytest

from adversarial import CHANNELS
from serving import serve

_POLICY = re.compile(r'<meta http-equiv="Content-Security-Policy" content="[^"]*">')


def without_policy(site_dir, copy):
    shutil.copytree(site_dir, copy)
    for page in copy.rglob("*.html"):
        page.write_text(_POLICY.sub("", page.read_text(encoding="utf-8")), encoding="utf-8")
    return copy


@pytest.mark.parametrize("channel", CHANNELS)
def test_what_the_build_lets_through_is_inert(browser, adversarial, channel, tmp_path):
    outcome = adversarial(channel)
    if not outcome.inert:
        return  # every vector was refused (tests/test_adversarial.py holds it to Dutch lines)
    with serve(without_policy(outcome.survivors.site_dir, tmp_path / "site")) as url:
        found = what_happens(browser, url, [plant.url for plant in outcome.inert])
    assert {plant.vector: events for plant, events in zip(outcome.inert, found, strict=True) if events} == {}


def what_happens(browser, address: str, paths: list[str]) -> list[list[str]]:
    """For each page in `paths`, opened one after the other in one tab: dialogs, requests to other hosts and
    navigations away while it opens and the keyboard moves through it."""
    context = browser.new_context()
    found = []
    context.on("request", lambda request: request.url.startswith(address) or found[-1].append(request.url))
    page = context.new_page()
    page.on("dialog", lambda dialog: (found[-1].append(f"dialog {dialog.message}"), dialog.dismiss()))
    for path in paths:
        found.append([])
        page.goto(address + path, wait_until="load")
        for _ in range(4):
            page.keyboard.press("Tab")
        page.wait_for_timeout(150)
        if page.url.split("#")[0] != address + path:
            found[-1].append(f"navigated to {page.url}")
    context.close()
    return found

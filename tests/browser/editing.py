"""The web editor (/beheer/) in Chromium against a copy of the project on disk, as `make beheer` runs it.

decap-server (npm, package-lock.json) serves the copy's files to Decap CMS; the built copy is
served on 127.0.0.1. Decap asks for its local server at localhost:8081 (`local_backend: true` in
the generated configuration, which the tests leave as it is): the browser context forwards that
address to the port this decap-server was given, so that tests running side by side never share one.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sitebuild import ROOT

DECAP_SERVER = ROOT / "node_modules" / "decap-server" / "dist" / "index.js"
LOCAL_BACKEND = "http://localhost:8081"
"""Where Decap looks for decap-server when its page is on localhost or 127.0.0.1."""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _answers(url: str) -> bool:
    request = urllib.request.Request(url, data=json.dumps({"action": "info"}).encode(),
                                     headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=1) as response:
            return "repo" in json.load(response)
    except OSError:
        return False


@contextmanager
def decap_server(project: Path) -> Iterator[str]:
    """decap-server over `project` (writing its files directly, as `make beheer` does); yields its address."""
    port = free_port()
    environment = {**os.environ, "PORT": str(port), "BIND_HOST": "127.0.0.1", "MODE": "fs",
                   "GIT_REPO_DIRECTORY": str(project), "LOG_LEVEL": "warn"}
    process = subprocess.Popen(["node", str(DECAP_SERVER)], env=environment, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True)
    address = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while not _answers(f"{address}/api/v1"):
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"decap-server did not start: {process.stderr.read() if process.poll() else ''}")
            time.sleep(0.1)
        yield address
    finally:
        process.terminate()
        process.wait(timeout=10)


def forward_local_backend(context, address: str) -> None:
    """Requests of the page to decap-server's usual address go to `address`."""
    def forward(route):
        route.fulfill(response=route.fetch(url=route.request.url.replace(LOCAL_BACKEND, address)))
    context.route(f"{LOCAL_BACKEND}/**", forward)


def sign_in(page, url: str) -> None:
    """Open the editor at `url` (an address under /beheer/) and sign in to the local repository."""
    page.goto(url)
    page.get_by_role("button", name="Inloggen").click()


def save(page) -> None:
    """Save the open entry as `make beheer` does: without GitHub there is no pull request, the file is
    written at once (its buttons say so: nl.js)."""
    page.get_by_role("button", name="Opslaan", exact=True).click()
    page.get_by_role("menuitem", name="Nu opslaan").click()


def publish(page) -> None:
    """Save the open entry and wait until it is written."""
    save(page)
    page.get_by_text("Item opgeslagen").wait_for(timeout=15000)


def fill_in_post(page, title, when, category, description, photo):
    """The open form of a new post, filled in as an editor does, up to the photo's description."""
    page.get_by_label("Titel", exact=True).fill(title)
    page.get_by_label("Datum", exact=True).first.fill(when)
    page.get_by_label("Categorieën").click()
    page.keyboard.type(category)
    page.keyboard.press("Enter")
    page.get_by_label("Samenvatting").fill(description)
    page.get_by_role("button", name="Kies een afbeelding").click()
    page.locator("input[type=file]").set_input_files(photo)
    page.get_by_role("button", name="Gebruik selectie").click()

"""Every built page is valid HTML: the Nu Html Checker (npm vnu-jar) finds no error."""

import json
import shutil
import subprocess

import pytest

from sitebuild import ROOT
from test_site import all_pages

VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def check_html(paths):
    """The checker's error messages for these files (it writes its JSON report to stderr)."""
    java = shutil.which("java")
    if java is None or not VNU.is_file():
        pytest.fail("Java or node_modules/vnu-jar is missing: `make test` installs both")
    result = subprocess.run([java, "-jar", VNU, "--errors-only", "--format", "json", *paths],
                            capture_output=True, text=True, check=False)
    report = json.loads(result.stderr)
    return [m for m in report["messages"] if m["type"] in ("error", "non-document-error")]


def describe(message, root):
    where = message.get("url", "").removeprefix(f"file:{root}/")
    return f"{where}:{message.get('lastLine', '?')}: {message['message']}\n    {message.get('extract', '').strip()}"


def test_every_page_is_valid_html(site):
    pages = all_pages(site)
    assert len(pages) > 30
    errors = check_html(pages)
    assert errors == [], "\n".join(describe(m, site.site_dir) for m in errors)


def test_the_checker_finds_errors(tmp_path):
    """The check can fail: the kind of error Material's templates made (autocomplete on a checkbox)."""
    page = tmp_path / "page.html"
    page.write_text('<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>t</title></head>'
                    '<body><input type="checkbox" id="x" autocomplete="off"></body></html>', encoding="utf-8")
    assert [m["message"].split(" ")[1] for m in check_html([page])] == ["“autocomplete”"]

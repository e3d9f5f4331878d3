"""The exit path: ProperDocs, the maintained fork of MkDocs 1.6, builds the same site.

It runs from .venv-properdocs (made by `make test` from requirements-properdocs.txt),
which holds no MkDocs at all: Material, our hooks and templates run on ProperDocs alone.
"""

import os
import subprocess

import pytest
from bs4 import BeautifulSoup

from sitebuild import ROOT
from test_site import all_pages

VENV = ROOT / ".venv-properdocs"


def pages_and_titles(site_dir):
    return {str(path.relative_to(site_dir)): BeautifulSoup(path.read_bytes(), "lxml").title.get_text()
            for path in sorted(site_dir.rglob("*.html"))}


@pytest.fixture(scope="module")
def properdocs_build(tmp_path_factory):
    if not (VENV / "bin" / "properdocs").is_file():
        pytest.fail(f"{VENV.name} is missing: `make test` makes it from requirements-properdocs.txt")
    site_dir = tmp_path_factory.mktemp("properdocs") / "site"
    environment = {**os.environ, "PYTHONPATH": str(ROOT / "hooks")}
    # mkdocs.yml by its full path: the hooks find the project's folder from it.
    result = subprocess.run([VENV / "bin" / "properdocs", "build", "--strict", "-f", ROOT / "mkdocs.yml",
                             "-d", site_dir], cwd=ROOT, env=environment, capture_output=True, text=True,
                            check=False)
    return result, site_dir


def test_properdocs_builds_the_site_strictly(properdocs_build):
    result, _ = properdocs_build
    assert result.returncode == 0, result.stdout + result.stderr
    assert "WARNING" not in result.stderr and "ERROR" not in result.stderr, result.stderr


def test_properdocs_makes_the_same_pages_with_the_same_titles(real_site, properdocs_build):
    _, site_dir = properdocs_build
    assert len(all_pages(real_site)) > 30
    assert pages_and_titles(site_dir) == pages_and_titles(real_site.site_dir)


def test_the_properdocs_environment_has_no_mkdocs():
    check = "import importlib.util, sys; sys.exit(importlib.util.find_spec('mkdocs') is not None)"
    assert subprocess.run([VENV / "bin" / "python", "-c", check], check=False).returncode == 0

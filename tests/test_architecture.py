"""The site package's layers depend one way: content ← pages ← outputs ← support ← build (and the
routes under all of them); it never imports MkDocs or the tools beside it. import-linter checks the
contracts of pyproject.toml on the real code, and on a copy with one import the wrong way."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

from sitebuild import ROOT

LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"


def lint_imports(hooks: Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(LINT_IMPORTS), "--config", str(ROOT / "pyproject.toml"), "--no-cache"],
                          cwd=ROOT, env={**os.environ, "PYTHONPATH": str(hooks)}, capture_output=True, text=True)


def test_the_layers_depend_one_way():
    result = lint_imports(ROOT / "hooks")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 kept, 0 broken" in result.stdout


def test_an_import_the_wrong_way_breaks_the_contract(tmp_path):
    hooks = tmp_path / "hooks"
    shutil.copytree(ROOT / "hooks", hooks, ignore=shutil.ignore_patterns("__pycache__"))
    model = hooks / "lho_site" / "content" / "model.py"
    model.write_text(model.read_text(encoding="utf-8") + "\nfrom ..outputs import feeds  # noqa\n", encoding="utf-8")
    result = lint_imports(hooks)
    assert result.returncode != 0 and "lho_site.content.model -> lho_site.outputs.feeds" in result.stdout

"""Our Python stays clean: ruff's checks (pyproject.toml) over hooks, tests, bench and tools."""

import subprocess
import sys

from sitebuild import ROOT


def test_ruff_finds_nothing():
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "hooks", "tests", "bench", "tools"],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr

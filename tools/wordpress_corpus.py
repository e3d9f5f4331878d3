"""Run `make importeer-wordpress` over every WordPress export (WXR) in a folder, each into its own copy of
this site: import, `mkdocs build --strict`, import again and see that nothing changed. One line per file.

    PYTHONPATH=hooks .venv/bin/python tools/wordpress_corpus.py path/to/folder [--keep /tmp/corpus]

For WordPress's own test exports: fetch github.com/WordPress/wordpress-importer and give its phpunit/data/
and e2e/fixtures/ folders. Not part of the test suite (the files are not ours); tests/fixtures/wordpress/
holds a small export of our own for each kind of failure these files showed.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_SKIP = shutil.ignore_patterns(".git", "site", ".venv*", "node_modules", "preview", "__pycache__", ".pytest_cache")


def _snapshot(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file() and "site" not in p.relative_to(root).parts[:1]}


def _import(export: Path, copy: Path) -> tuple[int, str]:
    from lho_tools.wordpress.__main__ import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        code = main(["--file", str(export), "--root", str(copy), "--category", "Actualiteit"])
    return code, out.getvalue()


def _count(report: str, pattern: str) -> int:
    found = re.search(pattern, report)
    return int(found.group(1)) if found else 0


def run(export: Path, work: Path) -> dict:
    copy = work / export.stem
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(ROOT, copy, ignore=_SKIP)
    code, report = _import(export, copy)
    (work / f"{export.stem}.report.txt").write_text(report, encoding="utf-8")
    written = re.findall(r"^  nieuw: docs/(nieuws|paginas)/.*?(\(concept\))?$", report, re.MULTILINE)
    row = {"file": export.name, "code": code, "new": sum(kind == "nieuws" for kind, _ in written),
           "drafts": sum(bool(draft) for _, draft in written), "pages": sum(kind == "paginas" for kind, _ in written),
           "refused": _count(report, r"Niet overgezet: (\d+)")}
    if code == 2:
        row.update(built="-", same="-", why=report.strip().splitlines()[0][:100])
        return row
    build = subprocess.run([str(Path(sys.executable).parent / "mkdocs"), "build", "--strict", "-q"], cwd=copy,
                           env={**os.environ, "PYTHONPATH": "hooks", "NO_MKDOCS_2_WARNING": "1"},
                           capture_output=True, text=True)
    (work / f"{export.stem}.build.txt").write_text(build.stdout + build.stderr, encoding="utf-8")
    row["built"] = "ja" if build.returncode == 0 else "nee"
    before = _snapshot(copy)
    _import(export, copy)
    after = _snapshot(copy)
    changed = sorted(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))
    row["same"] = "ja" if not changed else "nee: " + ", ".join(changed[:3])
    row["why"] = "" if row["built"] == "ja" else (build.stdout + build.stderr).strip().splitlines()[-1][:100]
    return row


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--keep", type=Path, help="where the copies and reports stay (else a temporary folder)")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="wordpress-corpus-"))
    work.mkdir(parents=True, exist_ok=True)
    print("| bestand | berichten | niet overgezet | concepten | pagina's | bouwt strikt | tweede import gelijk | |")
    print("|---|---|---|---|---|---|---|---|")
    for export in sorted(p for folder in args.folders for p in folder.glob("*.xml")):
        row = run(export, work)
        print(f"| {row['file']} | {row['new']} | {row['refused']} | {row['drafts']} | {row['pages']} | "
              f"{row['built']} | {row['same']} | {row['why']} |", flush=True)
    print(f"\nKopieën en verslagen: {work}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

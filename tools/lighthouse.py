"""Lighthouse scores of one page of each type, on a phone: `make lighthouse`.

Not a test: scores, performance above all, vary with the machine and its load. Serves the
built site/ on 127.0.0.1, gzipped as GitHub Pages serves it, and runs the pinned
Lighthouse (fetched by npx on first use) in the system's Chromium with Lighthouse's
mobile settings (a mid-range phone on a slow 4G connection, simulated). Prints the four
scores per page and every audit that kept one of them below 1. Goals: accessibility,
best practices and SEO 1.00, performance 0.95 or more; exits with 1 when one of the
first three is missed.

    .venv/bin/python tools/lighthouse.py [type ...]     # e.g. home bericht
    .venv/bin/python tools/lighthouse.py --photo         # a post with a phone photo

With --photo it builds, in a temporary folder, the real site as an editor changes it
(tests/sites.py: a new post with a 4000×3000 phone photo) and measures that post.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "tests" / "browser"), str(ROOT / "hooks")]

from browsing import page_kinds  # noqa: E402
from lho_site.content.dates import now  # noqa: E402
from lho_site.pages.site import load_site  # noqa: E402
from serving import serve  # noqa: E402
from sites import build  # noqa: E402

# 12.8.2 is the last Lighthouse that runs on Node 20 (13 needs Node 22).
LIGHTHOUSE = "lighthouse@12.8.2"
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
GOALS = {"performance": 0.95, "accessibility": 1.0, "best-practices": 1.0, "seo": 1.0}
# Lighthouse opens pages itself: the 404 page by its own address (served with status 200,
# so that the run does not stop at the error status); the open search is not a page.
def addresses(project: Path = ROOT) -> dict[str, str]:
    kinds = page_kinds(load_site(project, project / "docs", now(), preview=False))
    return {kind: url for kind, url in kinds.items() if kind != "zoeken"} | {"404": "404.html"}


def run_lighthouse(url: str, report: Path) -> dict:
    chromium = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    command = ["npx", "--yes", LIGHTHOUSE, url, "--quiet", "--output=json", f"--output-path={report}",
               "--form-factor=mobile", f"--only-categories={','.join(CATEGORIES)}",
               "--chrome-flags=--headless=new --no-sandbox"]
    subprocess.run(command, check=True, env={**os.environ, "CHROME_PATH": chromium})
    return json.loads(report.read_text(encoding="utf-8"))


def shortfalls(result: dict) -> list[str]:
    """The audits that cost points, per category (for performance: its weighted metrics)."""
    lines = []
    for name in CATEGORIES:
        category = result["categories"][name]
        for ref in category["auditRefs"]:
            audit = result["audits"][ref["id"]]
            if ref["weight"] > 0 and audit["score"] is not None and audit["score"] < 1:
                value = f" ({audit['displayValue']})" if audit.get("displayValue") else ""
                lines.append(f"    {name}: {audit['title']}{value}")
    return lines


def main(kinds: list[str]) -> int:
    if kinds == ["--photo"]:
        with tempfile.TemporaryDirectory() as work:
            built = build("edited", Path(work))
            pages = {"bericht-met-foto": next(p.url for p in built.model.public if p.image)}
            return measure(built.site_dir, pages, [])
    site = ROOT / "site"
    if not (site / "index.html").is_file():
        print("site/ is not built: run `make build` (or `make lighthouse`)", file=sys.stderr)
        return 2
    return measure(site, addresses(), kinds)


def measure(site: Path, pages: dict[str, str], kinds: list[str]) -> int:
    rows, details, missed = [], [], False
    # Compressed, as GitHub Pages serves the site: transfer sizes decide the simulated load times.
    with serve(site, compress=True) as base, tempfile.TemporaryDirectory() as folder:
        for kind in kinds or list(pages):
            result = run_lighthouse(base + pages[kind], Path(folder) / f"{kind}.json")
            scores = {name: result["categories"][name]["score"] for name in CATEGORIES}
            marks = {name: "" if scores[name] >= GOALS[name] else " !" for name in CATEGORIES}
            missed |= any(marks[name] for name in CATEGORIES if name != "performance")
            rows.append(f"{kind:<17}" + "".join(f"{scores[n]:>14.2f}{marks[n]:<2}" for n in CATEGORIES))
            if lines := shortfalls(result):
                details += [f"{kind}:", *lines]
            print(rows[-1], flush=True)
    print(f"\nLighthouse {LIGHTHOUSE.split('@')[1]}, mobile; ! = below the goal", f"\n{'page':<17}"
          + "".join(f"{name:>16}" for name in CATEGORIES))
    print("\n".join(rows))
    if details:
        print("\nWhat cost points:\n" + "\n".join(details))
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""`make nieuw TITEL="…" CATEGORIE=…`: write a new draft post with a valid front matter."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path

import yaml
from markdown.extensions.toc import slugify

from lho_site.content.dates import now
from lho_site.content.problems import Problems
from lho_site.content.schema import BODY_PLACEHOLDER, POST
from lho_site.content.site_data import load_categories
from lho_site.content.writer import page

USAGE = 'gebruik: make nieuw TITEL="Titel van het bericht" CATEGORIE=Actualiteit'


def post_source(title: str, category: str, day: dt.date) -> str:
    """The new post's file: every required field of the schema, as a draft, and a body to replace."""
    given = {"title": title, "date": day, "categories": [category]}
    values = {f.name: given[f.name] if f.name in given else yaml.safe_load(f.example)
              for f in POST.fields if f.required}
    return page(POST, values | {"draft": True}, BODY_PLACEHOLDER)


def create(root: Path, title: str, category: str, day: dt.date) -> Path:
    """Write the post file and return its path; raises ValueError with a Dutch message."""
    if not slugify(title, "-"):
        raise ValueError(f"geef een titel met letters of cijfers: die vormen het webadres. {USAGE}")
    problems = Problems()
    categories = load_categories(root, problems)
    if problems.found:
        raise ValueError("\n".join(str(p) for p in problems.found))
    if category not in categories:
        raise ValueError(f"onbekende categorie '{category}'; kies uit: {', '.join(categories)}. {USAGE}")
    path = root / POST.path / f"{day.isoformat()}-{slugify(title, '-')}.md"
    if path.exists():
        raise ValueError(f"{path.relative_to(root)} bestaat al; kies een andere titel")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(post_source(title.strip(), category, day), encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make nieuw", description="Maak een nieuw bericht (als concept).")
    # make passes TITEL and CATEGORIE through the environment, quotes and all.
    parser.add_argument("--title", default=os.environ.get("TITEL", ""))
    parser.add_argument("--category", default=os.environ.get("CATEGORIE", ""))
    parser.add_argument("--root", type=Path, default=Path.cwd())
    args = parser.parse_args(argv)
    try:
        path = create(args.root, args.title, args.category, now().date())
    except ValueError as error:
        print(f"Niet gelukt: {error}", file=sys.stderr)
        return 2
    relative = path.relative_to(args.root)
    print(f"Nieuw bericht: {relative}")
    print("Het staat op 'draft: true' (concept): het komt pas op de site als je die regel weghaalt.")
    print("Bekijk het terwijl je schrijft met: make serve  (en open http://127.0.0.1:8000/nieuws/)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

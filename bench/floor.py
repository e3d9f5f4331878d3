"""The least work a Python build of the news posts can do: the benchmark's floor.

    python bench/floor.py CONFIG POSTS OUT

CONFIG is the floor.json that bench/generate.py writes (Markdown extensions as
in our mkdocs.yml, site URL and name). For every post in POSTS: read the file,
split off the front matter and parse it with yaml.safe_load, convert the body
with one reused markdown.Markdown, write a minimal HTML page to OUT. Then one
RSS feed of the newest 20 posts with feedgen. No MkDocs, no templates, no
listings, no search index, no link checking.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

import markdown
import yaml
from feedgen.feed import FeedGenerator

# The front-matter pattern MkDocs uses (mkdocs/utils/meta.py).
FRONT_MATTER = re.compile(r"^-{3}[ \t]*\n(.*?\n)(?:\.{3}|-{3})[ \t]*\n", re.DOTALL)
DATE_PREFIX = re.compile(r"^\d{4}-\d{2}-\d{2}-")
AMSTERDAM = ZoneInfo("Europe/Amsterdam")
FEED_LENGTH = 20
PAGE = """<!doctype html>
<html lang="nl">
<head><meta charset="utf-8"><title>{title}</title><meta name="description" content="{description}"></head>
<body><main><h1>{title}</h1>
{content}
</main></body>
</html>
"""


def _aware(value: dt.date) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value if value.tzinfo else value.replace(tzinfo=AMSTERDAM)
    return dt.datetime.combine(value, dt.time(), AMSTERDAM)


def build(config: dict, posts_dir: Path, out: Path) -> int:
    """Write one page per post and feed.xml to `out`; returns the number of posts."""
    converter = markdown.Markdown(extensions=config["extensions"], extension_configs=config["extension_configs"])
    site_url = config["site_url"].rstrip("/") + "/"
    entries = []
    for source in sorted(posts_dir.glob("*.md")):
        match = FRONT_MATTER.match(source.read_text(encoding="utf-8"))
        meta = yaml.safe_load(match.group(1))
        content = converter.reset().convert(match.string[match.end():])
        when = _aware(meta["date"])
        slug = meta.get("slug") or DATE_PREFIX.sub("", source.stem)
        url = f"nieuws/{when:%Y/%m}/{slug}/"
        page = out / url / "index.html"
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text(PAGE.format(title=html.escape(meta["title"]), description=html.escape(meta["description"]),
                                    content=content), encoding="utf-8")
        entries.append((when, site_url + url, meta))

    feed = FeedGenerator()
    feed.title(config["site_name"])
    feed.description(config["site_description"])
    feed.link(href=site_url, rel="alternate")
    feed.language("nl")
    for when, url, meta in sorted(entries, key=lambda entry: entry[0], reverse=True)[:FEED_LENGTH]:
        entry = feed.add_entry(order="append")
        entry.title(meta["title"])
        entry.link(href=url)
        entry.guid(url, permalink=True)
        entry.description(meta["description"])
        entry.pubDate(when)
    feed.rss_file(str(out / "feed.xml"), pretty=False)
    return len(entries)


def main(argv: list[str]) -> None:
    if len(argv) != 3:
        sys.exit(__doc__.strip().split("\n\n")[1])
    config_file, posts_dir, out = map(Path, argv)
    build(json.loads(config_file.read_text(encoding="utf-8")), posts_dir, out)


if __name__ == "__main__":
    main(sys.argv[1:])

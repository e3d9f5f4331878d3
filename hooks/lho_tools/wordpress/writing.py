"""Writing the imported posts and their files, as often as the import runs, without undoing work done here.

The import keeps a record (RECORD) of the hash of every post file it wrote. Running it
again writes a post only when its file is new, or still exactly what the import wrote
last time (say, now with UPLOADS given, or after a change on the old site); a file
changed here since is left alone and reported. Photos are copied when missing, never
overwritten.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from lho_site.content import yaml_lines
from lho_site.content.data_files import WORDPRESS_RECORD

from .posts import ExistingPost, Imported

RECORD = WORDPRESS_RECORD
_RECORD_HEADER = ("# Written by `make importeer-wordpress`: the hash of each post file as the import wrote it,\n"
                  "# so that a later run updates only files nobody changed since. Do not edit.\n")


def _hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def existing_posts(posts_dir: Path) -> list[ExistingPost]:
    """The posts already here: file name, feed id, title, day and old addresses (as far as their front matter
    says, read as the build reads it)."""
    found = []
    for path in sorted(posts_dir.glob("*.md")):
        split = yaml_lines.split_front_matter(path.read_text(encoding="utf-8-sig"))
        try:
            data = yaml_lines.load(split[0]) if split else None
        except yaml_lines.YamlSyntaxError:
            data = None
        data = data if isinstance(data, dict) else {}
        aliases = data.get("aliases")
        found.append(ExistingPost(path.name, str(data["id"]) if data.get("id") else None, str(data.get("title", "")),
                                  _day(str(data.get("date") or path.name)[:10]),
                                  tuple(map(str, aliases)) if isinstance(aliases, list) else ()))
    return found


def _day(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


@dataclass
class Outcome:
    """What one run did, by path from the project's root."""

    new: list[Imported] = field(default_factory=list)
    updated: list[Imported] = field(default_factory=list)
    unchanged: list[Imported] = field(default_factory=list)
    kept: list[Imported] = field(default_factory=list)
    """Changed here since the import wrote them: not overwritten."""
    copied: list[str] = field(default_factory=list)
    clashes: list[tuple[str, Path]] = field(default_factory=list)
    """A file of that name is here with other content: not overwritten."""


def write(root: Path, imported: list[Imported]) -> Outcome:
    """Write the posts and copy their files; update the record."""
    record_path = root / RECORD
    record = yaml_lines.load(record_path.read_text(encoding="utf-8")) if record_path.is_file() else None
    record = record if isinstance(record, dict) else {}
    outcome = Outcome()
    for post in imported:
        path = root / "docs" / post.path
        relative = path.relative_to(root).as_posix()
        current = path.read_text(encoding="utf-8") if path.is_file() else None
        if current is None or (current != post.source and record.get(relative) == _hash(current)):
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(post.source, encoding="utf-8")
            (outcome.new if current is None else outcome.updated).append(post)
        elif current == post.source:
            outcome.unchanged.append(post)
        else:
            outcome.kept.append(post)
            continue
        record[relative] = _hash(post.source)
        _copy(post, path.parent, root, outcome)
    record_path.parent.mkdir(parents=True, exist_ok=True)
    record_path.write_text(_RECORD_HEADER + yaml.safe_dump(dict(sorted(record.items())), width=1000), encoding="utf-8")
    return outcome


def _copy(post: Imported, folder: Path, root: Path, outcome: Outcome) -> None:
    for relative, source in post.files.items():
        target = folder / relative
        shown = target.relative_to(root).as_posix()
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
            outcome.copied.append(shown)
        elif target.read_bytes() != source.read_bytes() and (shown, source) not in outcome.clashes:
            outcome.clashes.append((shown, source))

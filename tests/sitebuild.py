"""Build a MkDocs site in-process, as `mkdocs build --strict` would, and read the output."""

from __future__ import annotations

import logging
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from bs4 import BeautifulSoup
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort

ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@dataclass
class Built:
    """What one build produced: the output folder, the log, the error if it failed."""

    config_file: Path
    site_dir: Path
    records: list[logging.LogRecord] = field(default_factory=list)
    error: Exception | None = None
    model: object = None
    """The site's content as the build reads it (lho_site.Site), where the caller loaded it."""

    def messages(self, level: int) -> list[str]:
        return [r.getMessage() for r in self.records if r.levelno == level]

    @property
    def errors(self) -> list[str]:
        return self.messages(logging.ERROR)

    @property
    def warnings(self) -> list[str]:
        return self.messages(logging.WARNING)

    @property
    def shows_content_errors(self) -> bool:
        """Whether `mkdocs serve` would show the page listing the content's problems."""
        home = self.site_dir / "index.html"
        return home.is_file() and "data-lho-content-errors" in home.read_text(encoding="utf-8")

    def file(self, url: str) -> Path:
        path = self.site_dir / url.strip("/")
        return path / "index.html" if url.endswith("/") or not url else path

    def html(self, url: str) -> BeautifulSoup:
        return BeautifulSoup(self.file(url).read_text(encoding="utf-8"), "lxml")

    def how_to_reproduce(self) -> str:
        return f"reproduce with: .venv/bin/mkdocs build --strict -f {self.config_file}"


def build_site(config_file: Path, site_dir: Path, command: str = "build", dirty: bool = False) -> Built:
    """One strict build; MkDocs' log is collected, a failed build is returned, not raised.

    command="serve" builds as `mkdocs serve` does (drafts shown); dirty=True as `--dirty` does."""
    result = Built(config_file, site_dir)
    collect = _Collect()
    logger = logging.getLogger("mkdocs")
    old_level = logger.level
    logger.addHandler(collect)
    logger.setLevel(logging.INFO)
    try:
        config = load_config(str(config_file), site_dir=str(site_dir), strict=True)
        config.plugins.on_startup(command=command, dirty=dirty)
        if command == "serve":
            config.site_url = "http://127.0.0.1:8000/"
        try:
            build(config, serve_url=config.site_url if command == "serve" else None, dirty=dirty)
        except Abort as error:
            result.error = error
        finally:
            config.plugins.on_shutdown()
    finally:
        logger.removeHandler(collect)
        logger.setLevel(old_level)
    result.records = collect.records
    if command == "serve" and result.shows_content_errors:
        result.error = Abort("the preview shows content errors instead of the site")
    return result


FIXTURES = ROOT / "tests" / "fixtures"
FIXTURE = FIXTURES / "minimal"


def fixture_site(tmp_path: Path, files: dict[str, str] | None = None, remove: tuple[str, ...] = (),
                 fixture: str = "minimal") -> Path:
    """Copy a fixture site (tests/fixtures/<fixture>) to tmp_path, change some files, return its mkdocs.yml.

    The copy uses the real hooks and templates of the project.
    """
    project = tmp_path / "project"
    shutil.copytree(FIXTURES / fixture, project)
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    config = config.replace("@ROOT@", str(ROOT))
    (project / "mkdocs.yml").write_text(config, encoding="utf-8")
    for relative in remove:
        (project / relative).unlink()
    for relative, content in (files or {}).items():
        path = project / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
    return project / "mkdocs.yml"


def definitions(definition_list) -> dict[str, str]:
    """The terms and descriptions of a parsed <dl>, as text."""
    terms, details = definition_list.select("dt"), definition_list.select("dd")
    return {dt.get_text(strip=True): dd.get_text(strip=True) for dt, dd in zip(terms, details, strict=True)}


def different_files(left: Path, right: Path) -> list[str]:
    """Relative paths of files that differ in content, or exist on one side only."""
    files = {side: {p.relative_to(side).as_posix() for p in side.rglob("*") if p.is_file()} for side in (left, right)}
    common = files[left] & files[right]
    changed = [path for path in sorted(common) if (left / path).read_bytes() != (right / path).read_bytes()]
    return sorted(files[left] ^ files[right]) + changed

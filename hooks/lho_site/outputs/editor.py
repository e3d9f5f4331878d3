"""The web editor at /beheer/: its page, its configuration and the CMS's own files.

Decap CMS and the YAML library its formats use come from node_modules/ (package-lock.json,
installed by `npm ci`), copied into the site: nothing loads from another host. Without
node_modules the site is built without the editor (the build says so). The page is not a
page of the theme: no menu, no search entry, no sitemap entry, noindex, and a policy of its
own (csp.py: editor_policy), since Decap needs more than the site's pages allow.
"""

from __future__ import annotations

import fnmatch
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..content.fields import Names
from .cms_config import FOLDER, Settings, config_yaml, format_settings
from .csp import REFERRER, editor_policy

CMS_DIST = Path("node_modules/decap-cms/dist")
YAML_DIST = Path("node_modules/yaml/browser/dist")
PAGE_TEMPLATE = f"{FOLDER}/index.html"
PREVIEW_STYLES = ("assets/stylesheets/main.*.min.css", "assets/stylesheets/palette.*.min.css",
                  "assets/stylesheets/site.css")
"""The site's stylesheets, which the editor's preview of a post or portrait uses (formats.js)."""


@dataclass(frozen=True)
class Copied:
    """A file of an npm package, copied into the site."""

    dest_uri: str
    source: Path


def preview_styles(paths: Iterable[str]) -> list[str]:
    """The site's stylesheets among `paths` (output paths), for the editor's preview."""
    return [path for pattern in PREVIEW_STYLES for path in sorted(paths) if fnmatch.fnmatch(path, pattern)]


def installed(root: Path) -> bool:
    return (root / CMS_DIST / "decap-cms.js").is_file() and (root / YAML_DIST / "index.js").is_file()


def copied_files(root: Path) -> Iterator[Copied]:
    """Decap's bundle with the parts it loads later (and its licences), and the YAML library's browser build."""
    for source in sorted((root / CMS_DIST).iterdir()):
        if source.name.endswith(("decap-cms.js", ".wasm", "decap-cms.js.LICENSE.txt")) and not source.name.startswith("cms"):
            yield Copied(f"{FOLDER}/{source.name}", source)
    for source in sorted((root / YAML_DIST).rglob("*.js")):
        yield Copied(f"{FOLDER}/yaml/{source.relative_to(root / YAML_DIST).as_posix()}", source)
    yield Copied(f"{FOLDER}/yaml/LICENSE", root / YAML_DIST.parent.parent / "LICENSE")


def generated_files(names: Names, settings: Settings, site_name: str, templates, preview_styles: list[str],
                    serving: bool = False) -> dict[str, str]:
    """The page and its configuration, by their path in the site; `preview_styles` relative to the page."""
    page = templates.get_template(PAGE_TEMPLATE).render(
        site_name=site_name, policy=editor_policy(serving), referrer=REFERRER, preview_styles=" ".join(preview_styles),
        # Under `make beheer` the editor writes into this folder at once (nl.js: its words of saving).
        local=serving,
        formats=json.dumps(format_settings(), ensure_ascii=False, separators=(",", ":")))
    return {f"{FOLDER}/index.html": page, f"{FOLDER}/config.yml": config_yaml(names, settings)}

"""The pages a build adds to the site in memory, with the Markdown source MkDocs gets for each."""

from __future__ import annotations

import json
import posixpath
from dataclasses import dataclass

from jinja2 import Environment

from .registry import TYPES, PageType
from .site import Site


@dataclass(frozen=True)
class GeneratedPage:
    src_uri: str
    title: str
    template: str | None = None
    """A theme template in overrides/; None for a page whose Markdown `body` carries the content."""
    body: str = ""
    searchable: bool = True
    edit_path: str | None = None
    """The data file the page comes from, for its edit link."""

    def source(self) -> str:
        meta: dict = {"title": self.title}
        if self.template:
            meta["template"] = self.template
        if not self.searchable:
            meta["search"] = {"exclude": True}
        # JSON is YAML too, and much quicker to write than yaml.safe_dump (hundreds of pages).
        return "---\n" + json.dumps(meta, ensure_ascii=False) + "\n---\n\n" + self.body


def generated_pages(site: Site, templates: Environment) -> list[GeneratedPage]:
    """Every page of a generated page type (pages/registry.py): made from data and front matter rather
    than from a file in docs/. A page made from data/ gets its Markdown from overrides/pages/."""
    def body(page_type: PageType, item) -> str:
        def link(target: str) -> str:
            """A Markdown link target from the page at `item.src_uri`: MkDocs checks and rewrites it."""
            return posixpath.relpath(target, posixpath.dirname(item.src_uri))

        template = templates.get_template(f"pages/{page_type.body}.md")
        return template.render(site=site, link=link, **{page_type.context: item})

    return [GeneratedPage(item.src_uri, item.title, page_type.template,
                          body(page_type, item) if page_type.body else "", page_type.searchable, page_type.source)
            for page_type in TYPES if page_type.generated for item in page_type.items(site)]

"""The pages a build adds to the site in memory, with the Markdown source MkDocs gets for each."""

from __future__ import annotations

import json
import posixpath
from dataclasses import dataclass

from jinja2 import Environment

from ..routes import MANIFEST, NEWSLETTER
from ..site import Site


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
    """Every page made from data and front matter rather than from a file in docs/."""
    def body(name: str, here: str, **values) -> str:
        def link(target: str) -> str:
            """A Markdown link target from the page at `here`: MkDocs checks and rewrites it."""
            return posixpath.relpath(target, posixpath.dirname(here))

        return templates.get_template(f"pages/{name}.md").render(site=site, link=link, **values)

    pages = [GeneratedPage(item.src_uri, item.title, item.template, searchable=False) for item in site.listings]
    pages += [GeneratedPage(f.src_uri, f.title, "portraits.html", searchable=False)
              for f in (*site.region_filters, *site.promise_filters)]
    pages += [GeneratedPage(issue.src_uri, issue.title, "newsletter-issue.html", edit_path="data/newsletter.yml")
              for issue in site.issues]
    pages.append(GeneratedPage(f"{NEWSLETTER}/index.md", "Nieuwsbrief", "newsletter-archive.html"))
    pages.append(GeneratedPage(site.agenda.src_uri, site.agenda.title, "agenda.html", searchable=False))
    manifest = f"{MANIFEST}/index.md"
    pages.append(GeneratedPage(manifest, site.manifest.title, body=body("manifest", manifest),
                               edit_path="data/manifest.yml"))
    pages += [GeneratedPage(c.src_uri, c.title, body=body("campaign", c.src_uri, campaign=c),
                            edit_path="data/campaigns.yml") for c in site.campaigns.values()]
    pages += [GeneratedPage(n.src_uri, n.name, body=body("network", n.src_uri, network=n),
                            edit_path="data/networks.yml") for n in site.networks.values()]
    return pages

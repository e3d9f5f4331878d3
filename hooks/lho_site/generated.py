"""The Markdown source MkDocs gets for a page we generate in memory."""

from __future__ import annotations

import yaml


def page_source(title: str, template: str, searchable: bool) -> str:
    meta = {"title": title, "template": template}
    if not searchable:
        meta["search"] = {"exclude": True}
    return "---\n" + yaml.safe_dump(meta, allow_unicode=True, sort_keys=False) + "---\n"

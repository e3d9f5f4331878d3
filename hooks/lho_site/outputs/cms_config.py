"""The web editor's configuration (/beheer/config.yml for Decap CMS), made from the content model.

Each record type of content/schema.py becomes a collection, each of its fields a form field:
the same data the build validates with, so a field added to the schema appears in the form
(tests/test_cms_config.py fails when they drift). Fields that name other content (categories,
authors, promises …) become choices read from this build's content.

The files the editor writes go through the formats of overrides/beheer/formats.js: front
matter and data files as the build reads them, in the order of the schema, and data files
that are a list at their top (which Decap cannot edit by itself).
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import yaml

from ..content.fields import Field, Names
from ..content.kinds import KINDS
from ..content.schema import ALL, POST, Schema

FOLDER = "beheer"
"""Where the editor is on the site: /beheer/."""
PHOTOS = "fotos"
"""Photos uploaded with a post or portrait: in this folder next to it (docs/nieuws/posts/fotos/)."""
MARKS = {
    "items": "items",
    # The one field of a data file that is a list: formats.js reads the file's list into it and back.
    "page": "lho_pagina",
    # True on every Markdown file without `template:`: a post or portrait, not a section's overview page.
    "source": "lho_bron",
    # The file as it was opened, which formats.js changes only where the form changed it.
}
"""Values formats.js adds to what it reads (and leaves out of what it writes)."""

@dataclass(frozen=True)
class Settings:
    """Where the editor saves: mkdocs.yml, `extra: beheer:` (README.md, "Web editor")."""

    repo: str
    """owner/name on GitHub."""
    branch: str
    oauth_proxy: str
    """The address of the OAuth proxy editors sign in through; empty until the movement has set one up."""
    site_url: str

    @classmethod
    def from_extra(cls, extra: Mapping[str, Any], site_url: str) -> Settings:
        beheer = extra.get("beheer") or {}
        return cls(beheer.get("repo", ""), beheer.get("branch", "main"), beheer.get("oauth_proxy") or "", site_url)


def _choice_label(kind: str, key: str, item: Any) -> str:
    if kind == "promises":
        return f"{key}. {item.title}"
    return getattr(item, "name", None) or getattr(item, "title", None) or key


def _options(field: Field, names: Names) -> list[dict]:
    if field.kind == "choice":
        return [{"label": label, "value": value} for value, label in field.choices]
    known = names[field.refers_to] or {}
    # Promises are numbers in the files (manifest: [3]), the other names are text.
    value = int if field.refers_to == "promises" else str
    return [{"label": _choice_label(field.refers_to, key, item), "value": value(key)} for key, item in known.items()]


def _summary(name: str) -> str:
    """What a collapsed entry of a list shows: the value of its field `name`."""
    return "{{fields." + name + "}}"


def form_field(field: Field, names: Names) -> dict:
    """One field of the form, in Decap's terms, for a field of the schema."""
    widget: dict[str, Any] = {"name": field.name, "label": field.label, "required": field.required}
    hint = field.form_help or field.help
    if hint:
        widget["hint"] = hint[0].upper() + hint[1:]
    if field.kind in ("choice", "reference"):
        widget |= {"widget": "select", "options": _options(field, names)}
        if field.many:
            widget |= {"multiple": True, **({"min": 1} if field.required else {})}
        return widget
    if field.kind == "block":
        fields = [form_field(f, names) for f in field.fields]
        if field.many:
            return widget | {"widget": "list", "fields": fields, "summary": _summary(field.fields[0].name),
                             **({"min": 1} if field.required else {})}
        return widget | {"widget": "object", "fields": fields, "collapsed": not field.required}
    kind = KINDS[field.kind]
    widget |= kind.widget
    if field.kind == "image":
        widget |= {"media_folder": PHOTOS, "public_folder": PHOTOS}
    if kind.pattern:
        widget["pattern"] = list(kind.pattern)
    if field.many:
        return {key: widget[key] for key in ("name", "label", "required", "hint") if key in widget} | {
            "widget": "list", "field": {**widget, "name": field.name, "label": field.label},
            **({"min": 1} if field.required else {})}
    return widget


# sanitize_preview: Decap's preview shows the text's HTML with DOMPurify's rules, never as it is.
BODY = {"name": "body", "label": "Tekst", "widget": "markdown", "required": True, "sanitize_preview": True,
        "hint": "De tekst. Tussenkoppen zijn Kop 2 (##); de titel staat er al boven."}


def format_name(schema: Schema) -> str:
    """The format of formats.js that reads and writes files of this schema."""
    return f"lho-{schema.name}"


def _layout(fields: tuple[Field, ...]) -> list[dict]:
    return [{"name": f.name, **({"fields": _layout(f.fields)} if f.fields else {})} for f in fields]


def format_settings() -> dict:
    """What formats.js and beheer.js need to know of the schema: per format, whether the file is a page with
    front matter, a list or one record, the order of the fields, which texts it writes in quotes (those of
    the front matter, as CONTRIBUTING.md tells editors), and the rules between fields."""
    return {"marks": MARKS, "formats": {format_name(s): {
        "kind": "pages" if s.is_pages else "list" if s.key else "record",
        "extension": "md" if s.is_pages else "yml",
        "quoted": [f.name for f in s.fields if s.is_pages and KINDS[f.kind].quoted and not f.many],
        "fields": _layout(s.fields),
        # The rules between fields (content/rules.py), which beheer.js checks before it saves.
        "rules": [rule.form(lambda path, schema=s: schema.field(path).label) for rule in s.rules],
    } for s in ALL}}


def _page_collection(schema: Schema, names: Names) -> dict:
    """A folder of Markdown pages: posts or portraits."""
    folder = schema.path.rstrip("/")
    collection = {
        "name": schema.name, "label": schema.label, "folder": folder, "create": True, "extension": "md",
        "format": format_name(schema), "filter": {"field": MARKS["page"], "value": True},
        "media_folder": PHOTOS, "public_folder": PHOTOS, "identifier_field": "title", "summary": "{{title}}",
        # Newest first, as on the site; the editor can sort by title too.
        "sortable_fields": [{"field": "date", "default_sort": "desc"}, "title"],
        "fields": [form_field(f, names) for f in schema.fields] + [BODY],
    }
    if schema is POST:
        # The build's rule for a post's file name: JJJJ-MM-DD-slug.md, the date of the post.
        collection |= {"slug": "{{year}}-{{month}}-{{day}}-{{slug}}", "label_singular": "Nieuwsbericht"}
    else:
        collection |= {"slug": "{{slug}}", "label_singular": "Portret"}
    return collection


def _data_collection(schema: Schema, names: Names) -> dict:
    """A data file: one record (data/site.yml), or a list of records with a key (data/people.yml)."""
    fields = [form_field(f, names) for f in schema.fields]
    if schema.key:
        fields = [{"name": MARKS["items"], "label": schema.label, "widget": "list", "required": False,
                   "summary": _summary(schema.key), "collapsed": True, "fields": fields}]
    file = {"name": schema.name, "label": schema.label, "file": schema.path,
            "format": format_name(schema), "fields": fields}
    return {"name": schema.name, "label": schema.label, "editor": {"preview": False}, "files": [file]}


def cms_config(names: Names, settings: Settings) -> dict:
    """The whole configuration: GitHub with a pull request per change, the local repository under
    `make beheer`, and a collection per record type of the schema."""
    # open_authoring: someone without write access proposes changes from a fork of their own.
    backend = {"name": "github", "repo": settings.repo, "branch": settings.branch, "open_authoring": True,
               "commit_messages": {"create": "Nieuw in {{collection}}: {{slug}}",
                                   "update": "Bijgewerkt in {{collection}}: {{slug}}",
                                   "delete": "Verwijderd uit {{collection}}: {{slug}}",
                                   "uploadMedia": "Foto {{path}}", "deleteMedia": "Foto weg: {{path}}"}}
    if settings.oauth_proxy:
        backend["base_url"] = settings.oauth_proxy
    return {
        "backend": backend,
        # Only on 127.0.0.1 or localhost: the decap-server of `make beheer` (README.md).
        "local_backend": True,
        "publish_mode": "editorial_workflow",
        "locale": "nl",
        "site_url": settings.site_url,
        "display_url": settings.site_url,
        # Relative: the editor loads nothing from another host, also when tried out on 127.0.0.1.
        "logo_url": "../assets/images/favicon.svg",
        "show_preview_links": False,
        # Photos of posts go next to them (collection setting); this is Decap's fallback.
        "media_folder": f"{POST.path}{PHOTOS}",
        "public_folder": PHOTOS,
        "slug": {"encoding": "ascii", "clean_accents": True, "sanitize_replacement": "-"},
        "collections": [(_page_collection if s.is_pages else _data_collection)(s, names) for s in ALL],
    }


HEADER = ("# The web editor's configuration, made by the build from hooks/lho_site/content/schema.py\n"
          "# (hooks/lho_site/outputs/cms_config.py). Change the schema, not this file.\n")


def config_yaml(names: Names, settings: Settings) -> str:
    return _as_yaml(json.dumps(cms_config(names, settings)))


@functools.lru_cache(maxsize=4)
def _as_yaml(config: str) -> str:
    """The configuration (as JSON: its key) in YAML, kept: PyYAML writes it slowly, a tenth of a preview
    rebuild, and it changes only with the data files."""
    return HEADER + yaml.safe_dump(json.loads(config), allow_unicode=True, sort_keys=False, width=1000)

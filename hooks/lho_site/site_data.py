"""The site-wide facts: data/site.yml, data/categories.yml, data/authors.yml."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from markdown.extensions.toc import slugify

from .data_files import read_entries, read_mapping, slug
from .fields import Field, block, paragraphs, text, whole_number
from .problems import Problems


@dataclass(frozen=True)
class Category:
    name: str
    slug: str
    description: str

    @property
    def url(self) -> str:
        return f"nieuws/categorie/{self.slug}/"


@dataclass(frozen=True)
class Author:
    id: str
    name: str
    role: str | None


@dataclass(frozen=True)
class TextBlock:
    """A titled block of plain text, split into paragraphs for the templates."""

    title: str
    text: str

    @property
    def paragraphs(self) -> list[str]:
        return paragraphs(self.text)


@dataclass(frozen=True)
class Newsletter(TextBlock):
    signup_url: str
    signup_label: str


@dataclass(frozen=True)
class SiteData:
    name: str
    description: str
    about: TextBlock
    newsletter: Newsletter
    contact_email: str
    news_per_page: int
    feed_length: int
    id_prefix: str
    categories: dict[str, Category]
    authors: dict[str, Author]


_TEXT_BLOCK = [Field("title", text, True, "Wat is Leve het Onderwijs?"), Field("text", text, True, "|")]
_SITE_FIELDS = [
    Field("name", text, True, "Leve het Onderwijs!"),
    Field("description", text, True, '"Een beweging van schoolbestuurders …"'),
    Field("about", block(_TEXT_BLOCK, "title: … en text: …"), True, ""),
    Field("newsletter", block(
        _TEXT_BLOCK + [
            Field("signup_url", text, True, "mailto:…"),
            Field("signup_label", text, True, "Aanmelden"),
        ],
        "title:, text:, signup_url: en signup_label:",
    ), True, ""),
    Field("contact_email", text, True, "kerngroep@levehetonderwijs.nl"),
    Field("news_per_page", whole_number, True, "10"),
    Field("feed_length", whole_number, True, "20"),
    Field("id_prefix", text, True, '"tag:levehetonderwijs.nl,2024:"'),
]
_CATEGORY_FIELDS = [
    Field("name", text, True, "Actualiteit"),
    Field("description", text, True, "Nieuws over …"),
]
_AUTHOR_FIELDS = [
    Field("id", slug, True, "kerngroep"),
    Field("name", text, True, "Kerngroep Leve het Onderwijs!"),
    Field("role", text),
]


def load_settings(root: Path, problems: Problems) -> dict | None:
    site = read_mapping(root, "data/site.yml", _SITE_FIELDS, problems)
    if site is None:
        return None
    return {
        "name": site["name"],
        "description": site["description"],
        "about": TextBlock(**site["about"]),
        "newsletter": Newsletter(**site["newsletter"]),
        "contact_email": site["contact_email"],
        "news_per_page": site["news_per_page"],
        "feed_length": site["feed_length"],
        "id_prefix": site["id_prefix"],
    }


def load_categories(root: Path, problems: Problems) -> dict[str, Category]:
    return {
        record["name"]: Category(record["name"], slugify(record["name"], "-"), record["description"])
        for _, record in read_entries(root, "data/categories.yml", _CATEGORY_FIELDS, problems, "name")
    }


def load_authors(root: Path, problems: Problems) -> dict[str, Author]:
    return {
        record["id"]: Author(record["id"], record["name"], record.get("role"))
        for _, record in read_entries(root, "data/authors.yml", _AUTHOR_FIELDS, problems, "id")
    }

"""The site-wide facts: data/site.yml, data/categories.yml, data/authors.yml, data/wordpress-categories.yml."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from markdown.extensions.toc import slugify

from ..routes import CATEGORIES
from .addresses import OldAddress, old_category_addresses
from .data_files import read_entries, read_mapping
from .fields import Names, paragraphs
from .problems import Problems
from .schema import AUTHOR, CATEGORY, REGION, SITE, WORDPRESS_CATEGORY


@dataclass(frozen=True)
class Category:
    name: str
    slug: str
    description: str

    @property
    def url(self) -> str:
        return f"{CATEGORIES}/{self.slug}/"


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
    url: str
    """The public address, ending in /."""
    description: str
    about: TextBlock
    newsletter: Newsletter
    contact_email: str
    news_per_page: int
    feed_length: int
    id_prefix: str
    categories: dict[str, Category]
    authors: dict[str, Author]


def load_settings(root: Path, problems: Problems) -> dict | None:
    site = read_mapping(root, SITE, {}, problems)
    if site is None:
        return None
    return {
        "name": site["name"],
        "url": site["url"].rstrip("/") + "/",
        "description": site["description"],
        "about": TextBlock(**site["about"]),
        "newsletter": Newsletter(**site["newsletter"]),
        "contact_email": site["contact_email"],
        "news_per_page": site["news_per_page"],
        "feed_length": site["feed_length"],
        "id_prefix": site["id_prefix"],
    }


def load_categories(root: Path, problems: Problems) -> dict[str, Category]:
    return {record["name"]: Category(record["name"], slugify(record["name"], "-"), record["description"])
            for _, record in read_entries(root, CATEGORY, {}, problems)}


def load_authors(root: Path, problems: Problems) -> dict[str, Author]:
    return {
        record["id"]: Author(record["id"], record["name"], record.get("role"))
        for _, record in read_entries(root, AUTHOR, {}, problems)
    }


@dataclass(frozen=True)
class Region:
    name: str

    @property
    def slug(self) -> str:
        return slugify(self.name, "-")


def load_regions(root: Path, problems: Problems) -> dict[str, Region]:
    return {record["name"]: Region(record["name"]) for _, record in read_entries(root, REGION, {}, problems)}


@dataclass(frozen=True)
class OldCategory:
    """A category of the old WordPress site, and the category that took its place."""

    slug: str
    category: Category
    line: int

    @property
    def addresses(self) -> tuple[OldAddress, OldAddress]:
        """Its page and its feed on the old site."""
        return old_category_addresses(self.slug, WORDPRESS_CATEGORY.path, self.line)


def load_old_categories(root: Path, names: Names, problems: Problems) -> list[OldCategory]:
    """data/wordpress-categories.yml, which a site without a WordPress past does not need."""
    if not (root / WORDPRESS_CATEGORY.path).is_file():
        return []
    return [OldCategory(record["wordpress"], record["category"], line)
            for line, record in read_entries(root, WORDPRESS_CATEGORY, names, problems)]

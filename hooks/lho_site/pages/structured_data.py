"""schema.org JSON-LD for search engines: NewsArticle on posts, Organization on the home page."""

from __future__ import annotations

from ..content.posts import Post

LOGO = "assets/images/logo.png"


def organization(site_url: str, name: str, description: str) -> dict:
    return {
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": name,
        "description": description,
        "url": site_url,
        "logo": site_url + LOGO,
    }


def news_article(post: Post, site_url: str, name: str, image_url: str) -> dict:
    publisher = {"@type": "Organization", "name": name, "logo": {"@type": "ImageObject", "url": site_url + LOGO}}
    authors = [{"@type": "Person", "name": a.name} for a in post.authors] or [publisher]
    return {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": post.title,
        "description": post.description,
        "datePublished": post.moment.when.isoformat(),
        "dateModified": post.moment.when.isoformat(),
        "inLanguage": "nl",
        "url": site_url + post.url,
        "mainEntityOfPage": site_url + post.url,
        "image": [image_url],
        "articleSection": [c.name for c in post.categories],
        "author": authors,
        "publisher": publisher,
    }

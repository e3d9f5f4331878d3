"""No broken internal link or anchor: a crawl of the served site from its home page.

Every href, src and srcset in every page, every url() in the stylesheets, the site's own
absolute addresses (canonical, og:image, the sitemap) and every result the search can
show are followed; a link with a #fragment must find that id on its page. Links to other
sites are not checked (no network here).
"""

from __future__ import annotations

import json
import re
import urllib.error
import urllib.request
from collections import deque
from dataclasses import dataclass, field
from urllib.parse import unquote, urldefrag, urljoin, urlsplit
from xml.etree import ElementTree

import lxml.html
import pytest

from serving import serve
from test_site import all_pages

LINK_ATTRIBUTES = ("href", "src", "poster", "data", "action")
CSS_URL = re.compile(r"""url\(\s*['"]?([^'")]+)['"]?\s*\)""")
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}loc"


@dataclass
class Resource:
    status: int
    content_type: str = ""
    ids: set[str] = field(default_factory=set)


@dataclass
class Crawl:
    base: str
    site_url: str
    """The public address: links to it are links to the served site."""
    resources: dict[str, Resource] = field(default_factory=dict)
    links: list[tuple[str, str]] = field(default_factory=list)
    """(page, absolute link) for every internal link found."""
    external: set[str] = field(default_factory=set)

    def internal(self, url: str) -> str | None:
        """The served address of a link to this site, or None for another site or scheme."""
        if url.startswith(self.site_url):
            url = self.base + url.removeprefix(self.site_url)
        parts = urlsplit(url)
        if parts.scheme in ("http", "https") and url.startswith(self.base):
            return url
        if parts.scheme in ("http", "https"):
            self.external.add(url)
        return None

    def fetch(self, url: str) -> tuple[Resource, bytes]:
        try:
            with urllib.request.urlopen(url) as response:
                return Resource(response.status, response.headers.get_content_type()), response.read()
        except urllib.error.HTTPError as error:
            return Resource(error.code), b""

    def run(self, *starts: str) -> None:
        queue = deque(self.base + start for start in starts)
        while queue:
            url = queue.popleft()
            if url in self.resources:
                continue
            resource, body = self.fetch(url)
            self.resources[url] = resource
            found = []
            if resource.status == 200 and resource.content_type == "text/html":
                found = self.read_html(resource, body, url)
            elif resource.status == 200 and resource.content_type == "text/css":
                found = [urljoin(url, u) for u in CSS_URL.findall(body.decode("utf-8")) if not u.startswith("data:")]
            elif resource.status == 200 and url.endswith(".xml") and b"sitemaps.org" in body:
                found = [loc.text.strip() for loc in ElementTree.fromstring(body).iter(SITEMAP)]
            for link in found:
                target = self.internal(link)
                if target is not None:
                    self.links.append((url, target))
                    queue.append(urldefrag(target).url)

    def read_html(self, resource: Resource, body: bytes, url: str) -> list[str]:
        document = lxml.html.fromstring(body)
        resource.ids = set(document.xpath("//@id")) | set(document.xpath("//a/@name"))
        base = urljoin(url, (document.xpath("//base/@href") or [""])[0])
        found = []
        for element in document.iter():
            if not isinstance(element.tag, str):
                continue
            for attribute in LINK_ATTRIBUTES:
                value = (element.get(attribute) or "").strip()
                if value and not value.startswith(("mailto:", "tel:", "javascript:", "data:")):
                    found.append(urljoin(base, value))
            for candidate in (element.get("srcset") or "").split(","):
                if candidate.strip():
                    found.append(urljoin(base, candidate.split()[0]))
            if element.tag == "meta" and (element.get("content") or "").startswith(self.site_url):
                found.append(element.get("content"))
        return found

    def broken(self, links: list[tuple[str, str]] | None = None) -> list[str]:
        problems = []
        for page, link in self.links if links is None else links:
            address, fragment = urldefrag(link)
            target = self.resources[address]
            if target.status != 200:
                problems.append(f"{self.short(page)}: {self.short(link)} gives {target.status}")
            elif fragment and target.content_type == "text/html" and unquote(fragment) not in target.ids:
                problems.append(f"{self.short(page)}: {self.short(link)} has no id {unquote(fragment)!r}")
        return sorted(set(problems))

    def short(self, url: str) -> str:
        return "/" + url.removeprefix(self.base)


@pytest.fixture(scope="module")
def crawl(site, served):
    result = Crawl(served, site.model.data.url)
    result.run("", "404.html", "sitemap.xml")
    return result


def test_no_broken_internal_link_or_anchor(crawl):
    assert len(crawl.links) > 500
    assert crawl.broken() == []


def test_every_page_is_reached_from_the_home_page(site, crawl):
    reached = {crawl.short(url) for url, resource in crawl.resources.items() if resource.status == 200}
    built = {"/" + str(path.relative_to(site.site_dir)).removesuffix("index.html") for path in all_pages(site)}
    assert built - reached - {"/404.html"} == set()


def test_every_search_result_leads_to_a_page_and_its_heading(site, crawl):
    index = json.loads((site.site_dir / "search" / "search_index.json").read_text(encoding="utf-8"))
    links = [(crawl.base + "search/search_index.json", crawl.base + doc["location"]) for doc in index["docs"]]
    assert len(links) > 20
    crawl.run(*(urldefrag(location).url.removeprefix(crawl.base) for _, location in links))
    assert crawl.broken(links) == []


def test_the_crawl_finds_broken_links_and_anchors(site, tmp_path):
    """The check can fail: a page with a missing page, image and heading anchor."""
    page = tmp_path / "index.html"
    page.write_text('<!doctype html><title>t</title><h1 id="top">t</h1><a href="#top">ok</a>'
                    '<a href="nope/">x</a><img src="missing.png" alt=""><a href="#nope">y</a>', encoding="utf-8")
    with serve(tmp_path) as url:
        crawl = Crawl(url, "https://example.org/")
        crawl.run("")
    assert crawl.broken() == ["/: /#nope has no id 'nope'", "/: /missing.png gives 404", "/: /nope/ gives 404"]

"""Pages at old addresses that send a visitor on to where the content is now.

Every old address (content/addresses.py) of a page this build shows gets a small HTML
file at that address: a refresh to the new page, its canonical address, noindex, and a
Dutch link for whoever the refresh does not move. They are files, not pages of the
site: no menu, sitemap or search index has them, and they carry no script.

An address with a query (WordPress's /?p=123) cannot be a file: GitHub Pages answers
it with the home page (or, for /index.php?p=123, the 404 page) whatever the query.
Those two pages load the site's own script lho-old-addresses.js when the address has
a query; it looks the address up in REDIRECTS_MAP and goes on from there.
"""

from __future__ import annotations

import json
import posixpath
import re
from collections.abc import Iterable
from dataclasses import dataclass

from jinja2 import Environment

from ..content.addresses import OLD_FEED, OldAddress
from ..content.problems import Problem
from ..pages.site import Site
from ..routes import ARCHIVE, CATEGORIES, NEWS, NEWSLETTER, category_feed, site_feeds

REDIRECTS_MAP = "redirects.json"
"""Old addresses with a query → the page they lead to, from the site's root."""


@dataclass(frozen=True)
class Redirect:
    old: OldAddress
    target: str
    """The page or file it leads to, from the site's root: "nieuws/2021/03/titel/", "feed.xml"."""
    title: str
    """What the target is, for the link on the page."""
    feed: bool = False


def redirects(site: Site) -> list[Redirect]:
    """Every old address of what this build shows, with where it leads."""
    feed = site_feeds(site.data.name)[0]
    found = [Redirect(OLD_FEED, feed.path, feed.title, feed=True)]
    for item in [*site.shown, *site.portraits, *site.fixed_pages]:
        found += [Redirect(old, item.url, item.title) for old in item.aliases]
    for old in site.old_categories:
        page, old_feed = old.addresses
        category = old.category
        found.append(Redirect(page, category.url, f"Nieuws in de categorie {category.name}"))
        found.append(Redirect(old_feed, category_feed(category.url, category.name, site.data.name).path,
                              f"{site.data.name} – {category.name} (RSS)", feed=True))
    return found


def collisions(found: Iterable[Redirect], files: dict[str, str], home: str = "index.html") -> list[Problem]:
    """An old address where the site has a file of its own (`files`: every output path → what it is), or
    a file where its page's folder would be, cannot lead elsewhere. With a query it is looked up on the
    home page or the 404 page only."""
    problems = []
    for redirect in found:
        old = redirect.old
        taken = next((part for part in _folders_and_file(old.dest_uri) if part in files), None)
        if old.path and _made_as_time_passes(old.page_path):
            problems.append(Problem(old.path, old.line, f"het oude adres {old.address} ligt waar de site zelf pagina's "
                                    "maakt zodra hun tijd komt (archief, nieuwsbrieven, categorieën, volgende pagina's)",
                                    "haal het weg: wat daar nu niet staat, kan er op een dag komen"))
        elif taken:
            problems.append(Problem(old.path, old.line, f"het oude adres {old.address} is een adres van deze site "
                                    f"({files[taken]})", "haal het weg: op dat adres staat al iets anders"))
        elif old.query and old.page_path != "/" and OldAddress(old.page_path, "", 0).dest_uri in files:
            problems.append(Problem(old.path, old.line, f"het oude adres {old.address} toont de pagina "
                                    f"{old.page_path} van deze site, die niet verder kan verwijzen",
                                    "haal het weg of noem een adres dat hier niet bestaat"))
    return problems


_AS_TIME_PASSES = re.compile(rf"/(?:{ARCHIVE}|{CATEGORIES}|{NEWSLETTER}|{NEWS}/pagina)/")
"""Where pages appear without anyone's change, as dates pass: a year's archive, a quarter's newsletter,
a category's first post, a listing's next page."""


def _made_as_time_passes(path: str) -> bool:
    return bool(_AS_TIME_PASSES.match(path))


def _folders_and_file(dest_uri: str | None) -> list[str]:
    """The output path and each folder above it: a file of the site at any of them leaves no room."""
    if not dest_uri:
        return []
    parts = dest_uri.split("/")
    return ["/".join(parts[:end]) for end in range(len(parts), 0, -1)]


def _link(target: str, directory_urls: bool) -> str:
    return target + "index.html" if not directory_urls and target.endswith("/") else target


def redirect_html(redirect: Redirect, site_url: str, site_name: str, templates: Environment,
                  directory_urls: bool = True, preview: bool = False) -> str:
    """The page at the old address (without its security policy: outputs/csp.py adds it); a preview's is not
    followed by search engines either, like all its pages."""
    here = posixpath.dirname(redirect.old.dest_uri)
    target = _link(redirect.target, directory_urls)
    relative = posixpath.relpath(target, here or ".") + ("/" if target.endswith("/") else "")
    return templates.get_template("pages/redirect.html").render(
        redirect=redirect, target=relative, canonical=site_url + redirect.target, site_name=site_name,
        robots="noindex, nofollow" if preview else "noindex")


def redirects_map(found: Iterable[Redirect], directory_urls: bool = True) -> str:
    """REDIRECTS_MAP: every old address with a query and the target it leads to."""
    return json.dumps({r.old.address: _link(r.target, directory_urls) for r in found if r.old.query},
                      ensure_ascii=False, sort_keys=True)

"""The Content-Security-Policy and referrer policy of every page, as <meta> tags.

GitHub Pages sets no headers, so each page carries its policy in its <head>. Only the
site's own scripts, styles, images and fonts load; a video player may load from
YouTube's no-cookie host or Vimeo (outputs/video.py). Inline scripts run by their hash,
and the hashes come from the templates, never from a page: before any content is put in,
the build renders every script partial (partials/javascripts/ of Material and of
overrides/) for each depth a page can have (the scripts name the way to the site's
root), and the policy allows exactly those. A script that got into a page any other way,
through a title or a heading, has no hash in the policy: it does not run, and the audit
(outputs/audit.py) fails the build.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import re
from collections.abc import Iterable

from ..content.videos import PLAYERS

_INLINE_SCRIPT = re.compile(r"<script(?P<attributes>[^>]*)>(?P<body>.*?)</script>", re.DOTALL)
_DATA_TYPE = re.compile(r"""\btype=["']?(?!(?:text/javascript|module)\b)""")
_CHARSET = '<meta charset="utf-8">'
SCRIPT_PARTIALS = "partials/javascripts/"
"""Where the templates' inline scripts live: Material's, and ours (overrides/partials/javascripts/)."""

REFERRER = "same-origin"
"""No address of a page of ours reaches another site when a visitor follows a link."""


@functools.cache
def script_hash(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode() + "'"


def trusted_hashes(rendered_partials: Iterable[str]) -> frozenset[str]:
    """The hash of every inline script in the rendered script partials (HTML of our own templates)."""
    return frozenset(script_hash(match["body"]) for html in rendered_partials for match in _INLINE_SCRIPT.finditer(html)
                     if "src=" not in match["attributes"] and not _DATA_TYPE.search(match["attributes"]))


def policy(trusted: Iterable[str], serving: bool = False) -> str:
    """The policy of the site's pages: inline scripts with a `trusted` hash run. `serving`: under
    `mkdocs serve`, whose live-reload script MkDocs adds to each page when it sends it, inline
    scripts are allowed instead (the audit still holds every page to the hashes)."""
    scripts = "'self' 'unsafe-inline'" if serving else " ".join(["'self'", *sorted(trusted)])
    return "; ".join([
        "default-src 'self'",
        f"script-src {scripts}",
        "style-src 'self'",
        # Material's stylesheets draw its icons from data: URLs.
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        f"frame-src {' '.join(PLAYERS)}",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
    ])


EDITOR_CONNECTS = ("https://api.github.com",)
"""Where the published web editor (/beheer/) reads and writes: GitHub's API."""
LOCAL_CONNECTS = ("http://localhost:8081", "http://127.0.0.1:8081")
"""Under `make beheer` (mkdocs serve) only: decap-server on this computer, which Decap asks when the
page itself is on localhost or 127.0.0.1."""


def editor_policy(serving: bool = False) -> str:
    """The policy of the web editor's page. Decap CMS checks its configuration with code it compiles
    at run time ('unsafe-eval'), styles its interface with style elements it writes ('unsafe-inline'
    for styles), shows photos it reads through GitHub's API as blob: addresses, the signed-in
    editor's avatar from GitHub, and its preview in a frame of its own; scripts still come only from
    the site. Its page has no inline script, but under `mkdocs serve` MkDocs adds one (live reload)."""
    scripts = "'self' 'unsafe-eval' 'wasm-unsafe-eval'" + (" 'unsafe-inline'" if serving else "")
    connects = [*EDITOR_CONNECTS, *(LOCAL_CONNECTS if serving else ())]
    return "; ".join([
        "default-src 'self'",
        f"script-src {scripts}",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob: https://avatars.githubusercontent.com",
        "font-src 'self' data:",
        f"connect-src 'self' blob: {' '.join(connects)}",
        "frame-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
    ])


def with_policy(html: str, page_policy: str) -> str:
    """The page with its policies right after its charset, before anything they govern."""
    tags = (f'<meta http-equiv="Content-Security-Policy" content="{page_policy}">'
            f'<meta name="referrer" content="{REFERRER}">')
    return html.replace(_CHARSET, _CHARSET + tags, 1)

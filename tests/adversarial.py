"""Hostile input of our own, planted through every way content comes into the site.

The vectors are written for this site from what the public lists teach (the OWASP XSS
Filter Evasion Cheat Sheet, the HTML5 Security Cheatsheet, the CommonMark reference
implementation's pathological inputs), one per class: a raw script, event handlers,
script addresses hidden behind entities, tabs and control characters, parser
differentials (noscript, comments, foreign content), breaking out of attributes and of
JSON, Markdown's own ways (attr_list, links, images, reference definitions), ids of the
theme, loads from another host, refreshes and <base>. Each channel plants every vector
in a copy of tests/fixtures/minimal: a post's text or heading or front matter, a
portrait, a campaign in data/, a newsletter introduction, a meeting, an old address,
a file name, an SVG file.

A vector is then either refused (the build names the file, and the line for a data
file, in a Dutch line) or provably inert (the build with it passes the audit, and
Chromium shows its page without a dialog, a navigation or a request elsewhere:
tests/browser/test_inert.py).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import struct
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image

VECTORS = {
    "script": "<script>alert(1)</script>",
    "img-onerror": "<img src=x onerror=alert(1)>",
    "svg-onload": "<svg onload=alert(1)>",
    "body-onload": "<body onload=alert(1)>",
    "details-ontoggle": "<details open ontoggle=alert(1)>x</details>",
    "autofocus-onfocus": "<input autofocus onfocus=alert(1)>",
    "iframe-javascript": '<iframe src="javascript:alert(1)"></iframe>',
    "object-data": '<object data="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="></object>',
    "embed": '<embed src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">',
    "a-javascript": '<a href="javascript:alert(1)">klik</a>',
    "a-javascript-tab": '<a href="jav&#x09;ascript:alert(1)">klik</a>',
    "a-javascript-control": '<a href=" &#14; javascript:alert(1)">klik</a>',
    "a-javascript-decimal": '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">klik</a>',
    "markdown-link-javascript": "[klik](javascript:alert(1))",
    "markdown-link-spaced": "[klik](<javascript:alert(1)>)",
    "markdown-image-javascript": "![x](javascript:alert(1))",
    "markdown-reference": "[klik][r]\n\n[r]: javascript:alert(1)",
    "autolink-javascript": "<javascript:alert(1)>",
    "button-formaction": "<form><button formaction=javascript:alert(1)>x</button></form>",
    "style-url": '<p style="background:url(javascript:alert(1))">x</p>',
    "meta-refresh": '<meta http-equiv="refresh" content="0;url=https://elders.example/">',
    "base": '<base href="https://elders.example/">',
    "link-stylesheet": '<link rel="stylesheet" href="https://elders.example/x.css">',
    "style-import": "<style>@import 'https://elders.example/x.css';</style>",
    "remote-image": "![plaatje](https://elders.example/pixel.png)",
    "remote-image-protocol-relative": "![plaatje](//elders.example/pixel.png)",
    "noscript-differential": '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></p></noscript>',
    "comment-differential": '<!--<img src="--><img src=x onerror=alert(1)//">',
    "math-style-mxss": "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table>",
    "svg-animate-href": ('<svg><a><animate attributeName="href" values="javascript:alert(1)"/>'
                         '<text x="20" y="20">X</text></a></svg>'),
    "split-tag": "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "attribute-breakout": '"><script>alert(1)</script>',
    "single-quote-breakout": "'><img src=x onerror=alert(1)>",
    "json-breakout": "</script><script>alert(1)</script>",
    "entities": "&lt;script&gt;alert(1)&lt;/script&gt;",
    "toc-comment-halves": ("<abbr title='<!--'>a</abbr> <abbr title=\"-->'><scr<b>ipt>alert(document.domain)"
                           "</scr<b>ipt>\">b</abbr>"),
    "attr-list-handler": 'Tekst {: onclick="alert(1)" }',
    "attr-list-theme-id": "Tekst {: #__config }",
    "attr-list-theme-class": "Tekst {: .md-dialog }",
    "html-theme-id": '<p id="__drawer">x</p>',
    "template": "<template><img src=x onerror=alert(1)></template>",
    "ping": '<a href="https://elders.example/" ping="https://elders.example/p">x</a>',
    "bare-javascript": "javascript:alert(1)",
    "video-source": "<video><source onerror=alert(1)></video>",
    "document-tags": '<body background="https://elders.example/x.png">Tekst</body>',
    "direction-override": "Betaal \u202eslmt.exe\u202c nu",
    "css-escape": '<p style="background:\\75rl(https://elders.example/x)">x</p>',
    "reversed-text": 'Betaal <bdo dir="rtl">exe.tmls</bdo> nu <span dir="rtl">ook</span>',
    "mail-copy": "[schrijf ons](mailto:info@levehetonderwijs.nl?bcc=elders@elders.example)",
    "name-before-host": "[onze site](https://levehetonderwijs.nl@elders.example/)",
}
"""Our own attack strings, one per class; every channel gets all of them."""

PATHOLOGICAL = {
    "link-openers": "[a" * 25_000,
    "image-openers": "![" * 25_000,
    "footnote-openers": "[^" * 25_000,
    "nested-brackets": "[" * 25_000 + "a" + "]" * 25_000,
    "unclosed-destinations": "[a](b" * 10_000,
    "link-openers-and-emphasis-closers": "[ a_" * 12_500,
    "nested-emphasis": "*a **a " * 3_600 + "b" + " a** a*" * 3_600,
    "emphasis-closers": "a_ " * 16_000,
    "nested-blockquotes": "> " * 25_000 + "a",
    "backticks": "".join("e" + "`" * i for i in range(1, 316)),
    "unclosed-autolinks": "<http://a" * 5_500,
    "unclosed-comments": "</" + "<!--" * 12_500,
    "setext-lines": "a\n=\n" * 12_500,
    "definition-lines": "a\n: " * 12_500,
    "abbreviations": "".join(f"*[A{i}]: x\n" for i in range(4_500)),
    "nul-characters": "abc\x00de\x00" * 7_000,
    "footnote-references": "[^a]: x\n\n" + "[^a] " * 8_000,
    "identical-headings": "\n\n".join("## Kop" for _ in range(6_000)),
    "table-row-backticks": "| a |\n|---|\n| " + "`|" * 25_000 + " |",
    "nested-list-lines": ("* " * 50 + "a\n\n") * 490,
    "rule-lines": "***\n" * 12_500,
}
"""Text of about 50 KB in the shapes that make Markdown parsers slow or deep (after CommonMark's list)."""

FILE_NAMES = {
    "quote-in-name": '2024-02-01-"><img src=x onerror=alert(1)>.md',
    "javascript-name": "javascript:alert(1).md",
    "html-page": "pagina.html",
    "xhtml-page": "pagina.xhtml",
    "script-file": "code.js",
    "double-extension": "foto.jpg.html",
    "svgz": "tekening.svgz",
    "htaccess-like": "_headers",
}
"""Names of files an attacker puts in docs/nieuws/posts/."""

SVGS = {
    "script": '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    "onload": '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
    "entity": ('<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY s "&#60;script&#62;alert(1)&#60;/script&#62;">]>'
               '<svg xmlns="http://www.w3.org/2000/svg">&s;</svg>'),
    "external-entity": ('<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY s SYSTEM "file:///proc/self/environ">]>'
                        '<svg xmlns="http://www.w3.org/2000/svg"><text>&s;</text></svg>'),
    "foreign-object": ('<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><body xmlns="http://www.w3.org/1999/xhtml">'
                       '<script>alert(1)</script></body></foreignObject></svg>'),
    "animate-link": ('<svg xmlns="http://www.w3.org/2000/svg"><a><animate attributeName="href" '
                     'values="javascript:alert(1)"/><text y="20">X</text></a></svg>'),
    "use-elsewhere": '<svg xmlns="http://www.w3.org/2000/svg"><use href="https://elders.example/x.svg#a"/></svg>',
    "style-import": "<svg xmlns=\"http://www.w3.org/2000/svg\"><style>@import 'https://elders.example/x.css';</style></svg>",
    "fill-elsewhere": '<svg xmlns="http://www.w3.org/2000/svg"><rect fill="url(https://elders.example/p#g)"/></svg>',
    "stylesheet-instruction": ('<?xml-stylesheet href="https://elders.example/x.css"?>'
                               '<svg xmlns="http://www.w3.org/2000/svg"/>'),
    "xhtml-namespace": '<svg xmlns="http://www.w3.org/1999/xhtml"><script>alert(1)</script></svg>',
    "css-escaped-url": ('<svg xmlns="http://www.w3.org/2000/svg"><rect width="9" height="9" '
                        'fill="\\75rl(https://elders.example/x#g)"/></svg>'),
    "image-set": ('<svg xmlns="http://www.w3.org/2000/svg"><rect width="9" height="9" '
                  "mask='image-set(\"https://elders.example/x.png\" 1x)'/></svg>"),
    "harmless": ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><title>Logo</title>'
                 '<rect width="10" height="10" fill="#123"/></svg>'),
}

def raw_pdf(catalog: bytes = b"", *objects: bytes, compressed: bool = False) -> bytes:
    """A one-page PDF written byte by byte (a writer library would mend what an attacker breaks on
    purpose): `catalog` goes into the document's catalog, `objects` become objects 4, 5, …; with
    `compressed`, catalog and objects sit in a compressed object stream, as modern writers put them."""
    bodies = [b"<< /Type /Catalog /Pages 2 0 R " + catalog + b" >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
              b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>", *objects]
    if compressed:
        inner = [1, *range(4, len(bodies) + 1)]
        offsets, body = b"", b""
        for number in inner:
            offsets += b"%d %d " % (number, len(body))
            body += bodies[number - 1] + b"\n"
        packed = zlib.compress(offsets + body)
        bodies = [b"null" if number in inner else text for number, text in enumerate(bodies, 1)]
        bodies.append(b"<< /Type /ObjStm /N %d /First %d /Filter /FlateDecode /Length %d >>\nstream\n"
                      % (len(inner), len(offsets), len(packed)) + packed + b"\nendstream")
    out = bytearray(b"%PDF-1.7\n")
    starts = []
    for number, text in enumerate(bodies, 1):
        starts.append(len(out))
        out += b"%d 0 obj\n" % number + text + b"\nendobj\n"
    table, size = len(out), len(bodies) + 1
    if not compressed:
        out += b"xref\n0 %d\n0000000000 65535 f \n" % size + b"".join(b"%010d 00000 n \n" % s for s in starts)
        return bytes(out + b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, table))
    # Objects in an object stream are found through a cross-reference stream (type 2: stream, index).
    rows = [b"\x00\x00\x00\xff"] + [
        b"\x02" + struct.pack(">HB", size - 1, inner.index(number)) if number in inner
        else b"\x01" + struct.pack(">HB", start, 0) for number, start in enumerate(starts, 1)]
    rows.append(b"\x01" + struct.pack(">HB", table, 0))
    packed = zlib.compress(b"".join(rows))
    out += (b"%d 0 obj\n<< /Type /XRef /Size %d /W [1 2 1] /Root 1 0 R /Filter /FlateDecode /Length %d >>\nstream\n"
            % (size, size + 1, len(packed)) + packed + b"\nendstream\nendobj\n")
    return bytes(out + b"startxref\n%d\n%%%%EOF\n" % table)


_SCRIPT = b"<< /S /JavaScript /JS (app.alert\\(1\\)) >>"
PDFS = {
    "open-action": raw_pdf(b"/OpenAction 4 0 R", _SCRIPT),
    "escaped-name": raw_pdf(b"/OpenAction << /S /J#61vaScript /JS (app.alert\\(1\\)) >>"),
    "compressed": raw_pdf(b"/OpenAction 4 0 R", _SCRIPT, compressed=True),
    "second-of-two-keys": raw_pdf(b"/OpenAction << /S /GoTo /D [3 0 R /Fit] >> /OpenAction " + _SCRIPT),
    "after-a-broken-value": raw_pdf(b"/Foo <zz> /OpenAction " + _SCRIPT),
    "two-keys-compressed": raw_pdf(b"/OpenAction << /S /GoTo /D [3 0 R /Fit] >> /OpenAction " + _SCRIPT,
                                   compressed=True),
    "attachment-annotation": raw_pdf(b"/Annots [4 0 R]", b"<< /Type /Annot /Subtype /FileAttachment /Rect [0 0 9 9] "
                                     b"/FS << /F (a.html) /EF << /F 5 0 R >> >> >>",
                                     b"<< /Length 25 >>\nstream\n<script>alert(1)</script>\nendstream"),
    "hex-compressed-objects": raw_pdf(b"/OpenAction 4 0 R", _SCRIPT, compressed=True).replace(
        b"/Filter /FlateDecode", b"/Filter [/ASCIIHexDecode /FlateDecode]"),
    "encrypted": raw_pdf(b"").replace(b"/Root 1 0 R", b"/Root 1 0 R /Encrypt << /Filter /Standard /V 1 >>"),
}
"""PDFs that run script, carry a file or hide their objects from a check, after the red team's second round:
what a parser that follows the structure misses (the second of two keys, a key after a broken value)."""


POSTS = "docs/nieuws/posts"
FRONT = {"categories": ["Actualiteit"], "description": "Samenvatting."}
"""What every planted post has, unless a channel plants a vector there."""


@dataclass(frozen=True)
class Plant:
    """Where one vector went: the file (and lines) a refusal must name, the page that shows it."""

    vector: str
    path: str
    lines: range | None
    url: str


@dataclass
class Planted:
    files: dict[str, str] = field(default_factory=dict)
    plants: list[Plant] = field(default_factory=list)


def _yaml(value) -> str:
    """A YAML value: JSON's strings and lists are YAML too, and keep every character as it is."""
    return json.dumps(value, ensure_ascii=False)


def _post(planted: Planted, number: int, vector: str, body: str = "Tekst.\n", **front) -> None:
    day = dt.date(2020, 1, 1) + dt.timedelta(days=number)
    path = f"{POSTS}/{day}-v{number}.md"
    fields = {"title": f"Bericht {number}", "date": str(day), **FRONT, **front}
    lines = "".join(f"{key}: {_yaml(value)}\n" for key, value in fields.items())
    planted.files[path] = f"---\n{lines}---\n\n{body}"
    planted.plants.append(Plant(vector, path, None, f"nieuws/{day.year}/{day.month:02d}/v{number}/"))


def _posts(where):
    def plant(vectors: dict[str, str]) -> Planted:
        planted = Planted()
        for number, (name, vector) in enumerate(vectors.items()):
            where(planted, number, name, vector)
        return planted
    return plant


def _data_list(path: str, url, entry) -> callable:
    """Every vector in one entry of a data file that is a list; a refusal names that entry's lines."""
    def plant(vectors: dict[str, str]) -> Planted:
        planted, lines = Planted(), []
        for number, (name, vector) in enumerate(vectors.items()):
            start = len(lines) + 1
            lines += entry(number, vector)
            planted.plants.append(Plant(name, path, range(start, len(lines) + 1), url(number)))
        planted.files[path] = "\n".join(lines) + "\n"
        return planted
    return plant


def _newsletter(vectors: dict[str, str]) -> Planted:
    planted, lines = Planted(), []
    for number, (name, vector) in enumerate(vectors.items()):
        year, quarter = 2000 + number // 4, number % 4 + 1
        month = 3 * quarter - 2
        path = f"{POSTS}/{year}-{month:02d}-01-n{number}.md"
        planted.files[path] = (f"---\ntitle: Bericht {number}\ndate: {year}-{month:02d}-01\n"
                               "categories: [Actualiteit]\ndescription: Samenvatting.\n---\n\nTekst.\n")
        start = len(lines) + 1
        lines += [f'- quarter: "{year}-{quarter}"', f"  intro: {_yaml(vector)}"]
        planted.plants.append(Plant(name, "data/newsletter.yml", range(start, len(lines) + 1),
                                    f"nieuwsbrief/{year}-{quarter}/"))
    planted.files["data/newsletter.yml"] = "\n".join(lines) + "\n"
    return planted


CHANNELS = {
    "tekst": _posts(lambda p, n, name, v: _post(p, n, name, body=f"Tekst.\n\n{v}\n\nMeer tekst.\n")),
    "kop": _posts(lambda p, n, name, v: _post(p, n, name, body=f"## Kop {v}\n\nTekst.\n")),
    "titel": _posts(lambda p, n, name, v: _post(p, n, name, title=v)),
    "samenvatting": _posts(lambda p, n, name, v: _post(p, n, name, description=v)),
    "fotobeschrijving-in-de-tekst": _posts(lambda p, n, name, v: _post(p, n, name, body=f"![{v}](fotos/foto.jpg)\n")),
    "fotobeschrijving": _posts(lambda p, n, name, v: _post(p, n, name, image="fotos/foto.jpg", image_alt=v)),
    "bijeenkomst-plaats": _posts(lambda p, n, name, v: _post(
        p, n, name, event={"date": "2020-06-01", "start": "15:00", "place": v})),
    "bijeenkomst-aanmelden": _posts(lambda p, n, name, v: _post(
        p, n, name, event={"date": "2020-06-01", "place": "online", "signup": v})),
    "oude-adressen": _posts(lambda p, n, name, v: _post(p, n, name, aliases=[v])),
    "portret": lambda vectors: _portraits(vectors),
    "campagne": _data_list("data/campaigns.yml", lambda n: f"manifest/v{n}/", lambda n, v: [
        f"- id: v{n}", f"  title: Campagne {n}", f"  summary: {_yaml(v)}", f"  call: {_yaml(v)}",
        "  signatories: 57", "  counted_on: 2021-03-04"]),
    "netwerk": _data_list("data/networks.yml", lambda n: f"netwerken/v{n}/", lambda n, v: [
        f"- id: v{n}", f"  name: Netwerk {n}", "  status: lopend", f"  participants: {_yaml(v)}",
        '  duration: "Sinds 2006"', '  meetings: "Twee keer"', f"  summary: {_yaml(v)}", f"  description: {_yaml(v)}",
        "  people:", "    - person: marc", "      role: facilitator", f"      quote: {_yaml(v)}"]),
    "nieuwsbrief": _newsletter,
}
"""How each channel plants a set of vectors (name: vector) in a fixture site."""


def _portraits(vectors: dict[str, str]) -> Planted:
    planted = Planted()
    for number, (name, vector) in enumerate(vectors.items()):
        path = f"docs/portretten/v{number}.md"
        planted.files[path] = ("---\ntitle: Portret\ndescription: Over een bestuur.\nboard: Stichting\n"
                               "region: Zuid-Kennemerland\nbestuurders: [An]\ndate: 2024-05-01\nmanifest: [3]\n---\n\n"
                               f"Tekst.\n\n{vector}\n")
        planted.plants.append(Plant(name, path, None, f"portretten/v{number}/"))
    return planted


def plant_files(vectors: dict[str, str], folder: str, extension: str = "") -> Planted:
    """Every vector as a file of its own: the name is the vector (file names) or the content (SVG)."""
    planted = Planted()
    for number, (name, vector) in enumerate(vectors.items()):
        path = f"{folder}/{vector}" if not extension else f"{folder}/v{number}{extension}"
        content = "---\ntitle: x\n---\n\nTekst.\n" if not extension else vector
        planted.files[path] = content
        planted.plants.append(Plant(name, path, None, path.removeprefix("docs/")))
    return planted


def photo(path: Path) -> None:
    """A plain photo wide enough for the top of a post."""
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (800, 500), (90, 120, 150)).save(path, "JPEG")


DUTCH_LINE = re.compile(r"^(?P<path>.+?):(?P<line>\d+): .+ — .+$")


def refused(plants: list[Plant], errors: list[str]) -> set[str]:
    """The vectors a failed build named (their file, and for a data file a line of their entry)."""
    named = [(m["path"], int(m["line"])) for m in map(DUTCH_LINE.match, errors) if m]
    return {plant.vector for plant in plants
            if any(path == plant.path and (plant.lines is None or line in plant.lines) for path, line in named)}

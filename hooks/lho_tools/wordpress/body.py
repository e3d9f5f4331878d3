"""A WordPress post's HTML as the Markdown of our posts, with a note for everything it could not keep.

WordPress stores what the editor typed: in the classic editor, paragraphs as blank
lines (its wpautop() adds the <p>s when it shows a post), shortcodes in brackets;
in the block editor, HTML between <!-- wp:… --> comments. `convert_body` follows
WordPress in that, hands shortcodes to the caller's `Resolver`, tidies the HTML
(headings one level down when the post used <h1>, which our title already is;
figures and embeds as our images and video lines; photos and links through the
Resolver) and converts it with markdownify.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from bs4 import BeautifulSoup, Comment, NavigableString, Tag
from markdownify import ATX, MarkdownConverter

from lho_site.content.kinds import INVISIBLE
from lho_site.content.videos import video

from .shortcodes import Shortcode, replace_shortcodes

SHORTCODES = {"caption", "wp_caption", "gallery", "embed", "video", "audio", "playlist"}
"""The shortcodes of WordPress itself; `Resolver.shortcode` gets these and any other it finds."""

_BLOCK_START = re.compile(r"^<(?:p|div|h[1-6]|ul|ol|li|dl|dd|dt|table|thead|tbody|tfoot|tr|td|th|caption|blockquote|pre"
                          r"|figure|figcaption|hr|section|article|aside|header|footer|address|form|iframe|!--)[\s>/]",
                          re.IGNORECASE)
_PRE = re.compile(r"<pre[\s>].*?</pre>", re.DOTALL | re.IGNORECASE)
_DROPPED = {"script": "een script", "style": "opmaakcode (<style>)", "noscript": "<noscript>", "form": "een formulier",
            "object": "ingesloten inhoud (<object>)", "embed": "ingesloten inhoud (<embed>)", "iframe": "een iframe",
            "audio": "een geluidsfragment", "video": "een videobestand", "button": "een knop", "input": "een invoerveld",
            "select": "een keuzelijst", "textarea": "een invoerveld"}


class Resolver(Protocol):
    """What the conversion asks of the rest of the import: it knows the old site and its files."""

    def image(self, src: str, alt: str, caption: str = "") -> tuple[str, str] | None:
        """(path, alt) of a photo on this site for `src`; None (and a note) when it cannot be had. `caption`: the
        text shown with it, for an alternative text when nothing better is known."""

    def link(self, href: str) -> str | None:
        """Where a link leads now; None (and a note) when it can lead nowhere: then its text stays."""

    def shortcode(self, code: Shortcode) -> str:
        """HTML that takes the place of the shortcode ("" and a note when nothing can)."""

    def note(self, what: str, fix: str) -> None:
        """Something the editor should know or do."""


def autop(text: str) -> str:
    """Paragraphs from blank lines, line breaks from single ones, as WordPress's wpautop() makes them; a
    chunk that starts with a block element is left as it is, and so is content of <pre>."""
    kept: list[str] = []

    def keep(match: re.Match) -> str:
        kept.append(match.group(0))
        return f"\x00{len(kept) - 1}\x00"

    text = _PRE.sub(keep, text.replace("\r\n", "\n"))
    chunks = []
    for chunk in re.split(r"\n\s*\n", text):
        chunk = chunk.strip()
        if not chunk:
            continue
        if _BLOCK_START.match(chunk) or re.fullmatch(r"\x00\d+\x00", chunk):
            chunks.append(chunk)
        else:
            chunks.append("<p>" + re.sub(r"(?<!<br>)(?<!<br/>)(?<!<br />)\n", "<br>\n", chunk) + "</p>")
    return re.sub(r"\x00(\d+)\x00", lambda m: kept[int(m.group(1))], "\n\n".join(chunks))


def _new(soup: BeautifulSoup, name: str, text: str | None = None, **attributes) -> Tag:
    tag = soup.new_tag(name, attrs=attributes)
    if text is not None:
        tag.string = text
    return tag


def _link_paragraph(soup: BeautifulSoup, url: str) -> Tag:
    """A paragraph that is only an address: a video card on our site, a link elsewhere."""
    paragraph = _new(soup, "p")
    paragraph.append(_new(soup, "a", url, href=url))
    return paragraph


def _drop_unsafe(soup: BeautifulSoup, resolver: Resolver) -> None:
    """What our site does not allow in a post (outputs/sanitize.py) goes, videos becoming their address."""
    for comment in soup.find_all(string=lambda s: isinstance(s, Comment)):
        comment.extract()
    for element in soup.find_all(list(_DROPPED)):
        if element.parent is None:
            continue  # inside one removed before
        source = element.get("src") or next((s.get("src") for s in element.find_all("source") if s.get("src")), "")
        found = video(source) if source else None
        if found:
            element.replace_with(_link_paragraph(soup, found.watch_url))
            continue
        resolver.note(f"{_DROPPED[element.name]} ({source or element.name}) is weggelaten: dat kan niet in een bericht",
                      "staat er een video op YouTube of Vimeo, zet dan het adres op een eigen regel; anders een link")
        element.decompose()


def _figures(soup: BeautifulSoup) -> None:
    """The block editor's figures: an embed becomes its address on a line; a photo the photo, and its
    caption a line in italics below it; a table the table."""
    for figure in soup.find_all("figure"):
        if figure.parent is None:
            continue
        classes = figure.get("class") or []
        if "wp-block-embed" in classes or any(c.startswith("wp-block-embed") for c in classes):
            address = figure.get_text(" ", strip=True).split(" ")[0]
            figure.replace_with(_link_paragraph(soup, address) if address else "")
            continue
        caption = figure.find("figcaption")
        for emphasis in caption.find_all(["em", "i"]) if caption else ():
            emphasis.unwrap()  # the caption is set in italics as a whole
        replacement = []
        for image in figure.find_all("img"):
            image["data-caption"] = caption.get_text(" ", strip=True) if caption else ""
            paragraph = _new(soup, "p")
            paragraph.append(image.extract())
            replacement.append(paragraph)
        for table in figure.find_all("table"):
            replacement.append(table.extract())
        if caption and caption.get_text(strip=True):
            emphasis = _new(soup, "em")
            emphasis.extend(list(caption.contents))
            paragraph = _new(soup, "p")
            paragraph.append(emphasis)
            replacement.append(paragraph)
        for item in reversed(replacement):
            figure.insert_after(item)
        figure.decompose()


def _headings(soup: BeautifulSoup) -> None:
    """Our title is the page's <h1>: a post that used <h1> for its sections gets every heading one level down."""
    if soup.find("h1"):
        for heading in soup.find_all(re.compile(r"^h[1-6]$")):
            heading.name = f"h{min(6, int(heading.name[1]) + 1)}"


def _images(soup: BeautifulSoup, resolver: Resolver) -> None:
    for image in soup.find_all("img"):
        link = image.parent if image.parent and image.parent.name == "a" else None
        if link is not None and len(link.find_all(True)) == 1 and not link.get_text(strip=True):
            link.replace_with(image)  # a photo linking to its own large version: the photo is enough
        found = resolver.image(image.get("src", ""), (image.get("alt") or "").strip(), image.get("data-caption", ""))
        if found is None:
            image.decompose()
            continue
        image.attrs = {"src": found[0], "alt": found[1]}


def _links(soup: BeautifulSoup, resolver: Resolver) -> None:
    """Links through the Resolver; a link to a heading of the post keeps that heading's id ({#id} in Markdown)."""
    ids = {h["id"] for h in soup.find_all(re.compile(r"^h[2-6]$")) if re.fullmatch(r"[A-Za-z][\w-]*", h.get("id", ""))}
    for link in soup.find_all("a"):
        href = (link.get("href") or "").strip()
        if href.startswith("#") and href[1:] in ids:
            soup.find(id=href[1:])["data-keep-id"] = href[1:]
            target = href
        elif href.startswith("#"):
            resolver.note(f"de link naar '{href}' is weggehaald (de tekst staat er nog): dat kopje staat niet in het "
                          "bericht", "link naar een kopje dat er wel is, of laat het zo")
            target = None
        else:
            target = resolver.link(href) if href else None
        if target is None:
            link.unwrap()
        else:
            link.attrs = {"href": re.sub(r"[ ()<>]", lambda m: f"%{ord(m.group(0)):02X}", target)}


def _spaces(soup: BeautifulSoup, resolver: Resolver) -> None:
    """Non-breaking spaces, which WordPress's editors leave everywhere, as plain ones; invisible control
    characters (marks that turn the direction of the text) out, as the build refuses them."""
    invisible = False
    for text in soup.find_all(string=True):
        cleaned = INVISIBLE.sub("", text.replace("\u00a0", " "))
        invisible = invisible or INVISIBLE.search(text) is not None
        if cleaned != text:
            text.replace_with(NavigableString(cleaned))
    if invisible:
        resolver.note("onzichtbare stuurtekens (die de richting van de tekst omdraaien) zijn uit de tekst gehaald",
                      "lees de tekst na")


_ESCAPE = re.compile(r"([\\`*_{}\[\]])")
# What would start a heading, quote, list or admonition at the start of a line (all escapable in Python-Markdown).
_LINE_START = re.compile(r"(^|\n)([ \t]*)(#{1,6}|>|[-+]+|\d{1,9}[.)]|!!!)(?=[ \t]|$)")


class _Converter(MarkdownConverter):
    """markdownify, set to the Markdown of our posts (Python-Markdown with the extensions of mkdocs.yml)."""

    def escape(self, text: str, parent_tags) -> str:
        """Text stays text: Markdown's characters escaped, and the tags and entities a browser would read."""
        text = _ESCAPE.sub(r"\\\1", text)
        text = re.sub(r"&(?=#?\w+;)", "&amp;", text)
        text = re.sub(r"<(?=[A-Za-z/!?])", "&lt;", text)
        return _LINE_START.sub(lambda m: m[1] + m[2] + "\\" + m[3], text)

    def convert_img(self, el, text, parent_tags):
        alt = _ESCAPE.sub(r"\\\1", el.get("alt") or "")
        return f"![{alt}]({el.get('src', '')})"

    def convert_hN(self, n, el, text, parent_tags):
        heading = super().convert_hN(n, el, text, parent_tags)
        kept = el.get("data-keep-id")
        return heading.rstrip("\n") + f" {{#{kept}}}\n\n" if kept and heading.strip() else heading

    def convert_li(self, el, text, parent_tags):
        """Python-Markdown wants what belongs to an item (a nested list too) indented by four spaces."""
        text = (text or "").strip()
        if not text:
            return "\n"
        parent = el.parent
        if parent is not None and parent.name == "ol":
            start = int(parent["start"]) if str(parent.get("start", "")).isdigit() else 1
            bullet = f"{start + len(el.find_previous_siblings('li'))}."
        else:
            bullet = "-"
        first, _, rest = text.partition("\n")
        return f"{bullet} {first}\n" + re.sub(r"^(?=.)", "    ", rest, flags=re.MULTILINE) + ("\n" if rest else "")


_MARKDOWN = _Converter(heading_style=ATX, bullets="-", table_infer_header=True, strong_em_symbol="*")


@dataclass(frozen=True)
class Body:
    markdown: str
    text: str
    """The plain text of its paragraphs and list items, for a description when the post has no excerpt."""


def convert_body(html: str, resolver: Resolver) -> Body:
    """The Markdown of a post whose content:encoded is `html`."""
    blocks = "<!-- wp:" in html  # WordPress does not wpautop() block-editor content either
    with_shortcodes = replace_shortcodes(html, resolver.shortcode, SHORTCODES)
    soup = BeautifulSoup(with_shortcodes if blocks else autop(with_shortcodes), "lxml")
    steps: list[Callable] = [lambda s: _drop_unsafe(s, resolver), _figures, _headings,
                             lambda s: _images(s, resolver), lambda s: _links(s, resolver),
                             lambda s: _spaces(s, resolver)]
    for step in steps:
        step(soup)
    text = re.sub(r"\s+", " ", " ".join(p.get_text() for p in soup.find_all(["p", "li"]))).strip()
    markdown = re.sub(r"\n{3,}", "\n\n", _MARKDOWN.convert_soup(soup)).strip()
    return Body(markdown, text)

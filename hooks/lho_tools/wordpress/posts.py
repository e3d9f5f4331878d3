"""What each post and page of a WordPress export becomes here: a file (or a reason why not), its photos, its notes.

Nothing private becomes public: a draft stays a draft, a scheduled post keeps its date,
and private or password-protected posts are not imported. Each imported post keeps its
WordPress GUID as its feed id, so feed readers and the newsletter service see nothing
new, and lists its old addresses under `aliases:`, so old links lead to it. WordPress does not keep GUIDs
unique (a copied post keeps the original's): the first post with a GUID keeps it, the others get a tag: id
made from the old site and their WordPress id, and the report says so. A post with a photo that WordPress
knows no description of stays a draft, so nothing is published undescribed. A WordPress page becomes a page
in docs/paginas/ (outside the menu), with its old addresses as aliases too.
"""

from __future__ import annotations

import datetime as dt
import html
import posixpath
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urljoin, urlsplit

from bs4 import BeautifulSoup
from markdown.extensions.toc import slugify

from lho_site.content import writer
from lho_site.content.dates import AMSTERDAM, dutch_day
from lho_site.content.descriptions import reason
from lho_site.content.fields import FieldError
from lho_site.content.files import DOCUMENTS, IMAGES
from lho_site.content.kinds import INVISIBLE, feed_id, old_address
from lho_site.content.posts import SCHEDULE_LIMIT, copy_keys
from lho_site.content.schema import PAGE, POST
from lho_site.content.site_data import Author, Category
from lho_site.content.videos import video
from lho_site.routes import CATEGORIES, PAGES, POSTS

from .body import Resolver, convert_body
from .shortcodes import Shortcode
from .wxr import Export, Item

PHOTOS = "fotos"
DOCUMENTS_FOLDER = "bestanden"
"""Folders next to the posts, for the photos and pdf's of imported posts."""
DESCRIPTION_LENGTH = 300
_SIZED = re.compile(r"-(?:\d+x\d+|scaled)(?=\.\w+$)")
_SENTENCE = re.compile(r"^(.+?[.!?…])(?=\s+[\"'‘“(]?[A-ZÀ-Þ0-9]|\s*$)")
_POST_QUERY = ("p", "page_id", "attachment_id")
_SHORTCODE = re.compile(r"\[/?[A-Za-z][^\]]*\]")
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+")
_FILE_LIKE = re.compile(r"(?i)^(?:[\w-]+\.(?:jpe?g|png|gif|webp|svg|heic)|(?:img|dsc[nf]?|pxl|mvimg|screenshot|image|foto)"
                        r"[\W_]*\d[\w-]*)$")
TITLE_WORDS = 8
"""Words of the text that name an untitled post."""


@dataclass(frozen=True)
class Settings:
    """What the import maps to, from this site's data and the command line."""

    categories: dict[str, Category]
    mapping: dict[str, Category]
    """WordPress category slug → ours (data/wordpress-categories.yml)."""
    fallback: Category | None
    """CATEGORIE=…: for a WordPress category that is not mapped."""
    authors: dict[str, Author]
    site_url: str
    """This site's address (data/site.yml), ending in /."""
    uploads: Path | None
    """UPLOADS=…: a copy of the old site's wp-content/uploads."""
    now: dt.datetime
    own_pages: dict[str, str] = field(default_factory=dict)
    """Address from the root of every hand-written page here ("/over-ons/") → its file: an old address there
    shows that page already, and cannot lead elsewhere."""


@dataclass(frozen=True)
class ExistingPost:
    """A post that is already here, as far as the import needs to know it."""

    file_name: str
    guid: str | None
    title: str
    day: dt.date | None
    aliases: tuple[str, ...] = ()


@dataclass
class Imported:
    item: Item
    file_name: str
    folder: str = POSTS
    """Where it goes, inside docs/: the posts' folder, or PAGES for a WordPress page."""
    source: str = ""
    """The file's text."""
    files: dict[str, Path] = field(default_factory=dict)
    """Photos and pdf's it uses: path from the posts' folder → the file in UPLOADS."""
    notes: list[tuple[str, str]] = field(default_factory=list)
    """(what, what to do) for the editor."""
    front_matter: dict = field(default_factory=dict)
    markdown: str = ""

    @property
    def path(self) -> str:
        """From docs/."""
        return f"{self.folder}/{self.file_name}"

    @property
    def is_page(self) -> bool:
        return self.folder == PAGES


@dataclass(frozen=True)
class Skipped:
    item: Item
    why: str
    fix: str


def plain(value: str) -> str:
    """Text of a bit of HTML, on one line, for a plain-text field: tags gone (also HTML that was escaped once
    more, as in some excerpts), no invisible control characters, and what would still read as a tag or
    entity spaced out."""
    text = value
    for _ in range(2):
        if "<" in text or "&" in text:
            text = BeautifulSoup(text, "lxml").get_text(" ")
    text = re.sub(r"\s+", " ", INVISIBLE.sub("", text))
    text = re.sub(r"<(?=[A-Za-z/!?])", "< ", text.strip())
    return re.sub(r"&(?=#?\w+;)", "& ", text)


def _writable(address: str) -> bool:
    """Whether an old address can be an alias here (content/kinds.py old_address)."""
    try:
        old_address(address, "aliases")
    except FieldError:
        return False
    return True


def first_words(text: str, count: int = TITLE_WORDS) -> str:
    """The first words of a text (no web addresses): its first sentence when that is short, else `count` words
    and "…"."""
    words = _ADDRESS.sub(" ", text).split()
    end = next((n + 1 for n, word in enumerate(words[:count]) if word[-1] in ".!?…"), None)
    if end:
        return " ".join(words[:end]).rstrip(".")
    return " ".join(words[:count]) + ("…" if len(words) > count else "")


def is_file_name(text: str, file: str = "") -> bool:
    """Whether a photo's title is only its file's name (WordPress's default title): no description."""
    stem = _SIZED.sub("", Path(file).name).rsplit(".", 1)[0] if file else ""
    return bool(_FILE_LIKE.match(text.strip())) or (bool(stem) and slugify(text, "-") == slugify(stem, "-"))


def _moment(item: Item, exported: dt.datetime) -> dt.datetime:
    """When the post appears, in Dutch time: WordPress keeps it in UTC and in the site's own time (a draft may
    have neither, and then its last change or the export's date: the same on every run)."""
    if item.date:
        return item.date.astimezone(AMSTERDAM)
    if item.local_date:
        return item.local_date.replace(tzinfo=AMSTERDAM)
    return (item.modified or exported).astimezone(AMSTERDAM)


def _normal_title(title: str) -> str:
    return re.sub(r"\W+", " ", title.casefold()).strip()


class OldSite:
    """Addresses on the old site: which links lead there, and their keys. The site moves to the same domain, so
    an old address is its path (and query) from the domain's root."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.host = (urlsplit(url).hostname or "").removeprefix("www.")

    def path(self, href: str, base: str | None = None) -> str | None:
        """`href` (read on the page at `base`) as an address from the root, with its query; None when it leads
        elsewhere. Photos through WordPress's image service (i0.wp.com/<host>/…) count as the site's own."""
        parts = urlsplit(urljoin(base or self.url, href))
        host = (parts.hostname or "").removeprefix("www.")
        path = parts.path or "/"
        if re.fullmatch(r"i\d\.wp\.com", host) and path.startswith(f"/{self.host}/"):
            host, path = self.host, path[len(self.host) + 1:]
        if parts.scheme not in ("http", "https") or host != self.host:
            return None
        return re.sub(r"/{2,}", "/", path) + (f"?{parts.query}" if parts.query else "")

    @staticmethod
    def key(address: str) -> str:
        """One key for the ways to write an address: decoded, with a final slash, only the query that names a post."""
        parts = urlsplit(address)
        path = unquote(parts.path) or "/"
        if not re.search(r"\.\w+$", path) and not path.endswith("/"):
            path += "/"
        query = "&".join(f"{k}={v}" for k, v in sorted(parse_qsl(parts.query)) if k in _POST_QUERY)
        return path + (f"?{query}" if query else "")


def upload_path(address: str) -> str | None:
    """The file's path inside wp-content/uploads, for an address (from the old site's root) of an uploaded file."""
    _, found, rest = unquote(urlsplit(address).path).partition("/wp-content/uploads/")
    return rest if found and rest else None


def inside(folder: Path, relative: str) -> Path | None:
    """The file at `relative` in `folder`, never one outside it: no `..`, no absolute path, no symbolic link on
    the way (an export names any path it likes, and whatever is copied is published)."""
    parts = relative.replace("\\", "/").split("/")
    if any(part in ("", ".", "..") for part in parts):
        return None
    path = folder
    for part in parts:
        path = path / part
        if path.is_symlink():
            return None
    return path if path.is_file() and path.resolve().is_relative_to(folder.resolve()) else None


def web_name(relative: str) -> str:
    """A name for an uploaded file that a web address can carry (content/files.py): 2021/03/Foto 1.JPG → 2021-03-foto-1.jpg."""
    folder, _, name = relative.rpartition("/")
    stem, dot, suffix = name.rpartition(".")
    prefix = folder.replace("/", "-") + "-" if re.fullmatch(r"\d{4}/\d{2}", folder) else ""
    return f"{prefix}{slugify(stem or name, '-') or 'bestand'}{dot}{suffix.lower()}"


class Import:
    """One run of the import: the export, this site's settings, the posts already here."""

    def __init__(self, export: Export, settings: Settings, existing: Iterable[ExistingPost]) -> None:
        self.export = export
        self.settings = settings
        self.old = OldSite(export.site_url)
        self.existing = list(existing)
        self.attachments = {item.id: item for item in export.of_type("attachment")}
        self.uploaded = {path: item for item in self.attachments.values() if (path := self.attached_file(item))}
        self.planned: list[Imported] = []
        self.skipped: list[Skipped] = []
        self.addresses: dict[str, str] = {}
        """Key of every address of an imported post or page → its path from docs/."""
        self.not_imported: dict[str, str] = {}
        """Key of every address of a post or page that is not imported → its title."""
        self.ids = self._feed_ids()
        """Python id() of every post item → its feed id."""

    def attached_file(self, item: Item) -> str | None:
        return item.meta.get("_wp_attached_file") or upload_path(self.old.path(item.attachment_url) or "")

    def aliases(self, item: Item) -> list[str]:
        """The old addresses of a post or page: its permalink and WordPress's own /?p=<id> (/?page_id=<id>)."""
        found = [self.old.path(item.link)] if item.link else []
        own = f"/?page_id={item.id}" if item.post_type == "page" else f"/?p={item.id}"
        return list(dict.fromkeys(a for a in [*found, own if item.id else ""]
                                  if a and a != "/" and OldSite.key(a) not in self.settings.own_pages and _writable(a)))

    def _feed_ids(self) -> dict[int, tuple[str, str | None]]:
        """Each post's feed id, and why it is not its GUID (None when it is): the GUID when it is a valid feed id
        and no earlier post (by date, then WordPress id) has it; else a tag: id of the old site and the WordPress
        id, the same on every run."""
        host = self.old.host or urlsplit(self.settings.site_url).hostname or "localhost"
        found: dict[int, tuple[str, str | None]] = {}
        first: dict[str, Item] = {}
        taken: set[str] = set()
        posts = sorted(self.export.of_type("post"), key=lambda i: (_moment(i, self.export.date), i.id))
        for item in posts:
            guid, why = item.guid, None
            try:
                feed_id(guid, "id")
            except FieldError:
                guid, why = None, (f"de GUID '{plain(item.guid)[:60]}' is geen vaste id die een feed kan gebruiken"
                                   if item.guid.strip() else "het bericht had geen GUID")
            if guid is not None and guid in first:
                why = f"de GUID {guid} is ook die van '{plain(first[guid].title)}' (WordPress-id {first[guid].id})"
                guid = None
            if guid is None:
                base = f"tag:{host},{_moment(item, self.export.date):%Y}:wordpress/{item.id}"
                guid = next(f"{base}-{n}" if n else base for n in range(len(posts) + 1)
                            if (f"{base}-{n}" if n else base) not in taken)
            first.setdefault(item.guid, item)
            taken.add(guid)
            found[id(item)] = (guid, why)
        return found

    def guid(self, item: Item) -> str:
        return self.ids[id(item)][0]

    def run(self) -> list[Imported]:
        """Decide for every post and page of the export, then convert the ones that come over."""
        taken = {post.file_name for post in self.existing}
        by_guid = {post.guid: post for post in self.existing if post.guid}
        for item in sorted(self.export.of_type("post"), key=lambda i: i.id):
            skipped = self._skip(item, by_guid)
            if skipped:
                self._not_imported(skipped)
                continue
            file_name = by_guid[self.guid(item)].file_name if self.guid(item) in by_guid else self._file_name(item, taken)
            self._plan(Imported(item, file_name), taken)
        pages: set[str] = set()
        for item in sorted(self.export.of_type("page"), key=lambda i: i.id):
            skipped = self._skip_page(item)
            if skipped:
                self._not_imported(skipped)
            else:
                self._plan(Imported(item, self._page_name(item, pages), PAGES), pages)
        for imported in list(self.planned):
            try:
                self._convert(imported)
            except RecursionError:  # HTML nested hundreds deep: the converter walks it one level per call
                self.planned.remove(imported)
                self._not_imported(Skipped(imported.item, "de tekst heeft honderden HTML-elementen in elkaar en is "
                                           "niet om te zetten: niet overgezet", "haal in WordPress de opmaak weg "
                                           "(Code-editor) en exporteer opnieuw, of schrijf het bericht hier opnieuw"))
        self._draft_copies()
        return self.planned

    def _draft_copies(self) -> None:
        """WordPress keeps a post made by copying another and left as it was; the build would refuse it as a
        copy, so the later one comes over as a draft, named with the post it copies."""
        first: dict[tuple[str, str], Imported] = {}
        posts = [i for i in self.planned if not i.is_page and not i.front_matter.get("draft")]
        for imported in sorted(posts, key=lambda i: (i.front_matter["date"], i.path)):
            matter = imported.front_matter
            for key in copy_keys(matter["title"], matter["description"], imported.markdown):
                original = first.setdefault(key, imported)
                if original is not imported:
                    matter["draft"] = True
                    imported.notes.append((f"gepubliceerd in WordPress, maar hier een concept: het is een kopie van "
                                           f"{original.path}", "maak er een eigen bericht van en haal dan de regel "
                                           "draft: true weg, of laat het weg"))
                    imported.source = writer.page(POST, matter, imported.markdown)
                    break

    def _plan(self, imported: Imported, taken: set[str]) -> None:
        taken.add(imported.file_name)
        self.planned.append(imported)
        for address in self.aliases(imported.item):
            self.addresses[OldSite.key(address)] = imported.path

    def _not_imported(self, skipped: Skipped) -> None:
        self.skipped.append(skipped)
        for address in self.aliases(skipped.item):
            self.not_imported.setdefault(OldSite.key(address), plain(skipped.item.title) or f"WordPress-id {skipped.item.id}")

    def _private(self, item: Item) -> Skipped | None:
        if item.password:
            return Skipped(item, "beveiligd met een wachtwoord: niet overgezet, want hier zou iedereen het kunnen lezen",
                           "wil je het toch publiek maken, haal dan in WordPress het wachtwoord weg en exporteer opnieuw")
        if item.status == "private":
            return Skipped(item, "privé: niet overgezet, want hier zou iedereen het kunnen lezen",
                           "wil je het toch publiek maken, publiceer het dan in WordPress en exporteer opnieuw")
        if item.status not in ("publish", "future", "draft", "pending"):
            return Skipped(item, f"heeft de status '{item.status or 'geen'}' (prullenbak of automatisch concept): niet "
                           "overgezet", "niets te doen")
        return None

    def _skip(self, item: Item, by_guid: dict[str, ExistingPost]) -> Skipped | None:
        """Why `item` does not come over, or None when it does."""
        private = self._private(item)
        if private:
            return private
        when = _moment(item, self.export.date)
        if when - self.settings.now > SCHEDULE_LIMIT:
            return Skipped(item, f"staat gepland voor {dutch_day(when.date())}, meer dan een jaar vooruit: niet overgezet "
                           "(de site neemt zo'n datum voor een tikfout)",
                           "draai de import binnen een jaar voor die datum opnieuw, of verbeter de datum in WordPress")
        if self.guid(item) in by_guid:
            return None
        title = _normal_title(plain(item.title))
        twin = next((p for p in self.existing if title and _normal_title(p.title) == title and p.day == when.date()), None)
        if twin:
            where = f"staat hier al, als docs/{POSTS}/{twin.file_name} (zelfde titel en datum): niet nog een keer overgezet"
            missing = [a for a in self.aliases(item) if OldSite.key(a) not in {OldSite.key(o) for o in twin.aliases}]
            if not missing:
                return Skipped(item, where + "; de oude adressen leiden daarheen", "niets te doen")
            line = writer.field_line(POST, "aliases", [*twin.aliases, *missing])
            return Skipped(item, where, f"zet in dat bericht de regel {line} (in plaats van een regel aliases: die er "
                           "al staat), zodat de oude adressen ernaartoe leiden")
        return None

    def _skip_page(self, item: Item) -> Skipped | None:
        """Why a WordPress page does not come over, or None when it does: a page here has no draft, and a page
        whose address is a page here already stays that page."""
        private = self._private(item)
        if private:
            return private
        address = self.old.path(item.link) if item.link else None
        own = self.settings.own_pages.get(OldSite.key(address)) if address else None
        if own:
            return Skipped(item, f"het oude adres {address} is hier de pagina {own}, dus het leidt nog steeds ergens "
                           "heen: niet overgezet", "niets te doen; staat er iets in dat hier ontbreekt, zet het dan in "
                           f"{own}")
        if item.status != "publish":
            return Skipped(item, "een pagina die in WordPress nog niet gepubliceerd was: niet overgezet",
                           "publiceer hem in WordPress en exporteer opnieuw, of schrijf hem hier in docs/paginas/")
        return None

    def _file_name(self, item: Item, taken: set[str]) -> str:
        when = _moment(item, self.export.date)
        return self._unique(f"{when:%Y-%m-%d}-{self._slug(item)}", item, taken)

    def _page_name(self, item: Item, taken: set[str]) -> str:
        return self._unique(self._slug(item), item, taken)

    @staticmethod
    def _unique(stem: str, item: Item, taken: set[str]) -> str:
        return f"{stem}.md" if f"{stem}.md" not in taken else f"{stem}-{item.id}.md"

    def _slug(self, item: Item) -> str:
        """WordPress's slug; for an untitled post (whose slug WordPress makes from its id, 109 or 109-2) the first
        words of its text."""
        numbered = re.fullmatch(r"\d+(?:-\d+)?", item.name) and not plain(item.title)
        candidates = ("" if numbered else unquote(item.name.rpartition("/")[2]), plain(item.title),
                      first_words(plain(_SHORTCODE.sub(" ", item.content))))
        # slugify keeps ASCII only: a name in Greek letters leaves "-2", no name
        slugs = (slugify(candidate, "-").strip("-") for candidate in candidates)
        return next((slug for slug in slugs if re.search("[a-z]", slug)),
                    f"{'pagina' if item.post_type == 'page' else 'bericht'}-{item.id}")

    def _convert(self, imported: Imported) -> None:
        item = imported.item
        resolver = _PostResolver(self, imported)
        body = convert_body(item.content, resolver)
        when = _moment(item, self.export.date)
        title = plain(item.title)
        if not title:
            title = first_words(body.text) or f"{'Pagina' if imported.is_page else 'Bericht'} van {dutch_day(when.date())}"
            imported.notes.append((f"het had in WordPress geen titel; het heet nu '{title}'",
                                   "geef het een echte titel in title:"))
        description = self._description(item, body.text, title)
        permalink = self.old.path(item.link) if item.link else None
        if permalink and permalink != "/" and not _writable(permalink):
            imported.notes.append((f"het oude adres {permalink[:80]} leidt nergens heen: zo kan hier geen adres luiden",
                                   "niets te doen; het adres /?p= of /?page_id= met het WordPress-id leidt er wel heen"))
        if imported.is_page:
            front_matter: dict = {"title": title, "description": description, "aliases": self.aliases(item)}
            imported.source = writer.page(PAGE, front_matter, body.markdown)
            return
        front_matter = {"title": title, "date": f"{when:%Y-%m-%d %H:%M}", "categories": self.categories(item),
                        "description": description}
        authors = self.authors_of(item)
        if authors:
            front_matter["authors"] = authors
        photo = resolver.featured_photo()
        if not (item.date or item.local_date or item.modified):
            imported.notes.append((f"het had in WordPress geen datum; het heeft nu die van de export ({when:%Y-%m-%d})",
                                   "zet de goede datum in date:"))
        if item.status in ("draft", "pending") or resolver.undescribed:
            front_matter["draft"] = True
        if resolver.undescribed and item.status not in ("draft", "pending"):
            imported.notes.append((f"gepubliceerd in WordPress, maar hier een concept: de foto {', '.join(resolver.undescribed)} "
                                   "heeft in WordPress geen beschrijving", "beschrijf wat er op de foto te zien is (tussen "
                                   "de [ ] of in image_alt:) en haal dan de regel draft: true weg"))
        if photo:
            front_matter["image"], front_matter["image_alt"] = photo
        front_matter["aliases"] = self.aliases(item)
        front_matter["id"], why = self.ids[id(item)]
        if why:
            imported.notes.append((f"{why}; de feed-id is nu {front_matter['id']}", "niets te doen"))
        imported.front_matter, imported.markdown = front_matter, body.markdown
        imported.source = writer.page(POST, front_matter, body.markdown)

    def categories(self, item: Item) -> list[str]:
        """Our categories for the post's WordPress categories (WordPress gives every post at least one)."""
        found = [self.category_for(term.slug, term.name) for term in item.categories] or [self.settings.fallback]
        return list(dict.fromkeys(category.name for category in found if category))

    def category_for(self, slug: str, name: str) -> Category | None:
        """data/wordpress-categories.yml, else ours with the same name, else CATEGORIE."""
        settings = self.settings
        same = next((c for c in settings.categories.values() if c.name.casefold() == plain(name).casefold()), None)
        return settings.mapping.get(slug) or same or settings.fallback

    def author_for(self, login: str) -> str | None:
        """The id in data/authors.yml of a WordPress author: by login, display name or name."""
        author = self.export.authors.get(login)
        names = {login, author.display_name if author else ""}
        ours = self.settings.authors
        for name in names:
            if slugify(name, "-") in ours:
                return slugify(name, "-")
        return next((a.id for a in ours.values() if a.name.casefold() in {n.casefold() for n in names if n}), None)

    def authors_of(self, item: Item) -> list[str]:
        found = self.author_for(item.creator) if item.creator else None
        return [found] if found else []

    @staticmethod
    def _description(item: Item, text: str, title: str) -> str:
        """The excerpt, else the first sentence of the text, else the title; never a web address (a post that is
        only a video's address gets its title)."""
        excerpt = plain(_ADDRESS.sub(" ", _SHORTCODE.sub(" ", item.excerpt)))
        text = re.sub(r"\s+", " ", _ADDRESS.sub(" ", text)).strip()
        sentence = _SENTENCE.match(text)
        found = plain(excerpt or (sentence.group(1) if sentence else text)) or title
        if len(found) > DESCRIPTION_LENGTH:
            found = found[:DESCRIPTION_LENGTH - 1].rsplit(" ", 1)[0] + "…"
        return found


class _PostResolver(Resolver):
    """Photos, links and shortcodes of one post (body.py asks), noting what cannot come over."""

    def __init__(self, run: Import, imported: Imported) -> None:
        self.run = run
        self.imported = imported
        self.item = imported.item
        self.undescribed: list[str] = []
        """Photos of a post that WordPress knows no description of: the post stays a draft."""

    def note(self, what: str, fix: str) -> None:
        self.imported.notes.append((what, fix))

    def _local(self, relative: str) -> str | None:
        """The path (from the posts' folder) of an uploaded file, copied when UPLOADS is given; None and a note
        when it cannot be."""
        original = _SIZED.sub("", relative)
        relative = original if original in self.run.uploaded else relative
        suffix = Path(relative).suffix.lower()
        if suffix not in (*IMAGES, *DOCUMENTS):
            self.note(f"het bestand {relative} kan niet mee: de site kent alleen foto's en pdf's",
                      "zet het ergens anders online en link ernaar, of laat het weg")
            return None
        uploads = self.run.settings.uploads
        if uploads is None:
            self.note(f"de foto of het bestand {relative} is weggelaten: de map met uploads is niet opgegeven",
                      "draai de import opnieuw met UPLOADS=pad/naar/wp-content/uploads")
            return None
        source = next(filter(None, (inside(uploads, c) for c in dict.fromkeys([relative, original,
                                                                                   _SIZED.sub("", relative)]))), None)
        if source is None:
            self.note(f"{relative[:120]} staat niet in {uploads} (of wijst erbuiten, of via een snelkoppeling): "
                      "weggelaten", "zoek het bestand op en zet het in de map van UPLOADS, en draai de import opnieuw")
            return None
        folder = DOCUMENTS_FOLDER if suffix in DOCUMENTS else PHOTOS
        path = f"{folder}/{web_name(relative)}"
        self.imported.files[path] = source
        return path

    def _alt(self, relative: str | None) -> str:
        """What the old site knew about a photo: its alternative text, else its caption, else its title when that
        is more than the file's name."""
        attachment = self.run.uploaded.get(_SIZED.sub("", relative or "")) or self.run.uploaded.get(relative or "")
        if attachment is None:
            return ""
        title = plain(attachment.title)
        return (plain(attachment.meta.get("_wp_attachment_image_alt", "")) or plain(attachment.excerpt)
                or ("" if is_file_name(title, relative or "") else title))

    def _undescribed(self, path: str) -> None:
        """A photo without a description: a post stays a draft until it has one; a page (which has no drafts)
        goes without it."""
        if self.imported.is_page:
            self.note(f"de foto {path} is weggelaten: WordPress kent er geen beschrijving van",
                      f"zet hem er zelf in, met ![beschrijving]({path}) op de plek waar hij hoort")
        else:
            self.undescribed.append(path)

    def image(self, src: str, alt: str, caption: str = "") -> tuple[str, str] | None:
        address = self.run.old.path(src, self.item.link or None)
        relative = upload_path(address) if address else None
        if relative is None:
            host = urlsplit(src).hostname or src[:40]
            self.note(f"een foto van {host} is weggelaten: de site laat bezoekers niets van andere sites laden",
                      "download de foto, zet hem in docs/nieuws/posts/fotos/ en voeg ![beschrijving](fotos/naam.jpg) toe")
            return None
        path = self._local(relative)
        if path is None:
            return None
        alt = "" if is_file_name(plain(alt), relative) else plain(alt)
        alt = alt or self._alt(relative) or plain(caption)
        if reason(alt):  # nothing, a file name or only "foto": the build would refuse it as a description
            alt = ""
            self._undescribed(path)
            if self.imported.is_page:
                return None
        return path, alt

    def featured_photo(self) -> tuple[str, str] | None:
        """The post's featured image (WordPress's _thumbnail_id), as image: and image_alt:."""
        thumbnail = self.item.meta.get("_thumbnail_id", "").strip()
        attachment = self.run.attachments.get(int(thumbnail)) if thumbnail.isdigit() else None
        relative = self.run.attached_file(attachment) if attachment else None
        path = self._local(relative) if relative else None
        if path is None:
            return None
        alt = self._alt(relative)
        if reason(alt):
            self.undescribed.append(path)
            self.note(f"de uitgelichte afbeelding {path} staat klaar, maar niet boven het bericht: WordPress kent er "
                      "geen beschrijving van", f"zet {writer.field_line(POST, 'image', path)} en image_alt: met wat "
                      "er op de foto te zien is in de front matter")
            return None
        return path, alt

    def link(self, href: str) -> str | None:
        parts = urlsplit(href)
        if parts.scheme in ("mailto", "tel"):
            return href
        address = self.run.old.path(href, self.item.link or None)
        if address is None:
            if parts.scheme in ("http", "https"):
                return href
            self.note(f"de link '{href[:60]}' is weggehaald (de tekst staat er nog): dat is geen webadres",
                      "link naar een webadres (https://…) of laat het zo")
            return None
        key = OldSite.key(address)
        if upload_path(address):
            return self._local(upload_path(address))
        if key in self.run.addresses:  # a post or page of the import: by its file, which the build checks
            return posixpath.relpath(self.run.addresses[key], self.imported.folder)
        category = re.fullmatch(r"/category/(?:[^/]+/)*([^/]+)/", key)
        if key in ("/", "/feed/") or category:
            term = self.run.export.categories.get(category.group(1)) if category else None
            found = self.run.category_for(category.group(1), term.name if term else "") if category else None
            return self.run.settings.site_url + (f"{CATEGORIES}/{found.slug}/" if found else
                                                 "feed.xml" if key == "/feed/" else "")
        title = self.run.not_imported.get(key)
        self.note(f"de link naar {address} is weggehaald (de tekst staat er nog): "
                  + (f"'{title}' is niet overgezet" if title else "die pagina van de oude site is hier niet"),
                  "link naar de pagina die er hier voor in de plaats kwam, of laat het zo")
        return None

    def shortcode(self, code: Shortcode) -> str:
        handler = {"caption": self._caption, "wp_caption": self._caption, "gallery": self._gallery,
                   "embed": self._embed, "video": self._media, "audio": self._media}.get(code.name)
        if handler:
            return handler(code)
        if code.content is not None:
            self.note(f"de shortcode [{code.name}] is weggehaald; de tekst ertussen staat er nog", "kijk of de tekst klopt")
            return code.content
        self.note(f"de shortcode {code.text[:60]} is weggelaten: die werkt alleen in WordPress",
                  "zet er zo nodig tekst of een link voor in de plaats")
        return ""

    def _caption(self, code: Shortcode) -> str:
        """A photo with a caption: the photo, and the caption in italics below it."""
        content = code.content or ""
        soup = BeautifulSoup(content, "lxml")
        image = soup.find("img")
        src, alt = (image.get("src", ""), (image.get("alt") or "").strip()) if image else ("", "")
        for element in soup.find_all(["img", "a"]):
            if element.name == "img" or not element.get_text(strip=True):
                element.decompose()
        for emphasis in soup.find_all(["em", "i"]):
            emphasis.unwrap()  # the caption is set in italics as a whole
        caption = code.attributes.get("caption") or (soup.body.decode_contents().strip() if soup.body else "")
        photo = (f'<p><img src="{html.escape(src)}" alt="{html.escape(alt)}" data-caption="{html.escape(plain(caption))}">'
                 "</p>" if src else "")
        return f"\n\n{photo}\n\n<p><em>{caption}</em></p>\n\n" if caption else f"\n\n{photo}\n\n"

    def _gallery(self, code: Shortcode) -> str:
        """The gallery's photos one after another (ids="…", or else the photos attached to the post)."""
        ids = [int(i) for i in re.findall(r"\d+", code.attributes.get("ids") or code.attributes.get("include", ""))]
        if ids:
            photos = [self.run.attachments[i] for i in ids if i in self.run.attachments]
            missing = [str(i) for i in ids if i not in self.run.attachments]
            if missing:
                self.note(f"de galerij noemt foto's die niet in de export staan (WordPress-id {', '.join(missing)})",
                          "exporteer in WordPress alle inhoud (met media), of voeg de foto's zelf toe")
        else:
            photos = sorted((a for a in self.run.attachments.values() if a.parent == self.item.id),
                            key=lambda a: (a.menu_order, a.id))
        images = "".join(f'<p><img src="{html.escape(a.attachment_url)}" alt=""></p>\n\n' for a in photos)
        if not images:
            self.note("een galerij zonder foto's is weggelaten", "voeg de foto's zelf toe als dat nodig is")
        return f"\n\n{images}"

    def _embed(self, code: Shortcode) -> str:
        address = (code.content or code.attributes.get("src") or code.attributes.get("0", "")).strip()
        return f'\n\n<p><a href="{html.escape(address)}">{html.escape(address)}</a></p>\n\n' if address else ""

    def _media(self, code: Shortcode) -> str:
        """[video] and [audio]: a video on YouTube or Vimeo as its address; a file of the old site cannot come over."""
        sources = [code.attributes.get(k, "") for k in ("src", "mp4", "m4v", "webm", "ogv", "wmv", "flv", "mp3", "m4a",
                                                        "ogg", "wav", "wma")] + [code.content or ""]
        source = next((s.strip() for s in sources if s.strip()), "")
        found = video(source)
        if found:
            return self._embed(Shortcode("embed", {}, found.watch_url, code.text))
        kind = "de video" if code.name == "video" else "het geluidsfragment"
        self.note(f"{kind} {Path(urlsplit(source).path).name or code.text[:40]} is weggelaten: de site kan geen "
                  "video- of geluidsbestanden tonen", "zet hem op YouTube of Vimeo en zet het adres op een eigen regel")
        return ""

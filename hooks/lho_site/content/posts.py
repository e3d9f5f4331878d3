"""News posts: one Markdown file each in docs/nieuws/posts/, front matter checked."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from markdown.extensions.toc import slugify

from ..routes import MEETING_CALENDAR, NEWS, POSTS
from .addresses import OldAddress, page_addresses
from .dates import AMSTERDAM, Moment, dutch_day, dutch_time, dutch_weekday
from .fields import Names
from .files import CENTRE
from .front_matter import PageSource, read_page
from .links_ahead import links_ahead
from .manifest import Campaign, Promise
from .networks import Network
from .problems import Problems
from .schema import BODY_PLACEHOLDER, DESCRIPTION_PLACEHOLDER, MEETING_STATUSES, POST
from .site_data import Author, Category

WORDS_PER_MINUTE = 200
_DATE_PREFIX = re.compile(r"^\d{4}-\d{2}-\d{2}-")


ONLINE = "online"
"""What `place:` says of a meeting held online (as posts have always written it)."""
PLANNED, CANCELLED = (value for value, _ in MEETING_STATUSES)


@dataclass(frozen=True)
class Event:
    """The facts box of a meeting: all fields optional, shown when given. With a date it is on the agenda."""

    date: dt.date | None = None
    start: dt.time | None = None
    end: dt.time | None = None
    place: str | None = None
    signup: str | None = None
    """A web address, or mailto: for an e-mail address (content/kinds.py `link`)."""
    status: str = PLANNED
    changed: Moment | None = None
    """When the editor last changed the date, time, place or status of the announced meeting."""
    attendees: str | None = None

    @property
    def date_text(self) -> str | None:
        return dutch_day(self.date) if self.date else None

    @property
    def weekday_text(self) -> str | None:
        return dutch_weekday(self.date) if self.date else None

    @property
    def time_text(self) -> str | None:
        if not self.start:
            return None
        return dutch_time(self.start) + (f"–{dutch_time(self.end)}" if self.end else "")

    @property
    def signup_address(self) -> str | None:
        """Where to sign up, as plain text: the e-mail address or the web address."""
        if self.signup and self.signup.startswith("mailto:"):
            return self.signup.removeprefix("mailto:").split("?")[0]
        return self.signup

    @property
    def signup_text(self) -> str | None:
        """What the sign-up link says: the e-mail address, or for a web address an invitation."""
        if not self.signup:
            return None
        return self.signup_address if self.signup.startswith("mailto:") else "Meld je aan"

    @property
    def is_online(self) -> bool:
        return (self.place or "").strip().lower() == ONLINE

    @property
    def is_cancelled(self) -> bool:
        return self.status == CANCELLED

    @property
    def starts(self) -> dt.datetime | None:
        """When it begins in Europe/Amsterdam: the start time, or the start of its day."""
        return dt.datetime.combine(self.date, self.start or dt.time(), AMSTERDAM) if self.date else None

    @property
    def ends(self) -> dt.datetime | None:
        return dt.datetime.combine(self.date, self.end, AMSTERDAM) if self.date and self.end else None

    def is_upcoming(self, now: dt.datetime) -> bool:
        """On the agenda's coming meetings until the end of its day (the site is built every morning)."""
        return self.date is not None and self.date >= now.astimezone(AMSTERDAM).date()

    def open_for_signup(self, now: dt.datetime) -> bool:
        return bool(self.signup) and not self.is_cancelled and self.is_upcoming(now)


@dataclass(frozen=True)
class Post:
    src_uri: str
    path: str
    slug: str
    title: str
    moment: Moment
    description: str
    categories: tuple[Category, ...]
    authors: tuple[Author, ...]
    draft: bool
    image: str | None
    image_alt: str | None
    image_focus: tuple[float, float]
    """Where the important part of the photo is (from the left, from the top): crops keep it."""
    event: Event | None
    words: int
    promises: tuple[Promise, ...]
    campaigns: tuple[Campaign, ...]
    network: Network | None
    guid: str
    """The feed id: pinned in front matter (`id:`), or made from the file name; never from the URL."""
    guid_line: int
    aliases: tuple[OldAddress, ...] = ()
    """Where the post used to be (`aliases:`): those addresses lead here."""

    @property
    def url(self) -> str:
        return f"{NEWS}/{self.moment.when:%Y/%m}/{self.slug}/"

    @property
    def calendar_url(self) -> str:
        """Its meeting alone as iCalendar (outputs/calendar.py), next to its page."""
        return self.url + MEETING_CALENDAR

    @property
    def dest_uri(self) -> str:
        return self.url + "index.html"

    @cached_property
    def date_text(self) -> str:
        return dutch_day(self.moment.day)

    @cached_property
    def modified(self) -> dt.date:
        """The day its content last changed, as far as the front matter says."""
        return self.event.changed.day if self.event and self.event.changed else self.moment.day

    @cached_property
    def digest(self) -> str:
        """A hash of everything about the post, made once per build (see preview.py)."""
        return hashlib.sha256(repr(self).encode("utf-8")).hexdigest()

    @property
    def reading_minutes(self) -> int:
        return max(1, round(self.words / WORDS_PER_MINUTE))

    def is_scheduled(self, now: dt.datetime) -> bool:
        return self.moment.when > now

    def is_public(self, now: dt.datetime) -> bool:
        """Published on the built site: not a draft and not dated in the future."""
        return not self.draft and not self.is_scheduled(now)


def meetings(posts: Iterable[Post]) -> list[Post]:
    """The posts whose meeting has a date (those are on the agenda), soonest first."""
    return sorted((p for p in posts if p.event and p.event.date), key=lambda p: (p.event.starts, p.title, p.src_uri))


SCHEDULE_LIMIT = dt.timedelta(days=366)
"""A post dated further ahead than this is taken for a typo in the year."""
FILE_DATE_LIMIT = dt.timedelta(days=120)
"""A post dated further than this from the date in its file name has a typo in one of them (2016 for 2026):
its date decides where it appears and in which quarter's newsletter it is sent. A post moved by weeks or a
few months (published later than written) keeps its file name."""
MEETING_BEFORE_LIMIT = dt.timedelta(days=62)
"""A meeting more than about two months before its own post is taken for a typo in the year: it would go
straight to the agenda's earlier meetings and lose its sign-up link."""
COPY_MIN_WORDS = 10
"""A text this long that two posts share is a copy; shorter ones (a line of sign-up details) may recur."""


def load_posts(root: Path, docs_dir: Path, names: Names, id_prefix: str, now: dt.datetime,
               problems: Problems) -> list[Post]:
    """Every post under docs/nieuws/posts/, newest first; problems for the rest.

    `id_prefix` starts the feed id of posts that do not pin one (a tag: URI authority).
    """
    posts, pages = [], {}
    for source in sorted((path for path in (docs_dir / POSTS).rglob("*.md") if path.is_file()), key=lambda p: p.parts):
        loaded = _load_post(root, docs_dir, source, names, id_prefix, now, problems)
        if loaded is not None:
            posts.append(loaded[0])
            pages[loaded[0].path] = loaded[1]
    _check_copies(posts, pages, problems)
    for path, line, what, fix in links_ahead(posts, {path: (page.body, page.body_line) for path, page in pages.items()},
                                             now):
        problems.add(path, line, what, fix)
    _check_unique(posts, lambda p: p.url, lambda p: 1, problems,
                  "dit bericht krijgt hetzelfde webadres /{key} als {other}",
                  "geef dít bericht een eigen date: (die staat in het webadres) of een eigen slug: in de front "
                  "matter; het andere houdt zijn adres, dat al in feeds en links staat")
    _check_unique(posts, lambda p: p.guid, lambda p: p.guid_line, problems,
                  "dit bericht heeft dezelfde id '{key}' als {other}; feedlezers zouden er één overslaan",
                  "geef dit bericht een eigen id: of haal de id-regel weg")
    posts.sort(key=lambda p: (p.moment.when, p.src_uri), reverse=True)
    return posts


def _load_post(root: Path, docs_dir: Path, source: Path, names: Names, id_prefix: str, now: dt.datetime,
               problems: Problems) -> tuple[Post, PageSource] | None:
    page = read_page(root, docs_dir, source, POST, names, problems)
    if page is None:
        return None
    record = page.record
    post_slug = record.get("slug") or _DATE_PREFIX.sub("", source.stem)
    checks = [
        "slug" in record or _check_file_name(source, post_slug, page.path, problems),
        _check_date(page, now, _named_day(source), problems) and _check_file_date(source, post_slug, page, problems),
        record.get("draft", False) or _check_placeholders(page, problems),
        _check_meeting_date(page, now, problems),
    ]
    if not all(checks):
        return None
    return Post(
        src_uri=page.src_uri,
        path=page.path,
        slug=post_slug,
        title=record["title"],
        moment=record["date"],
        description=record["description"],
        categories=tuple(dict.fromkeys(record["categories"])),
        authors=tuple(dict.fromkeys(record.get("authors", ()))),
        draft=record.get("draft", False),
        image=page.image,
        image_alt=record.get("image_alt"),
        image_focus=record.get("image_focus", CENTRE),
        event=Event(**record["event"]) if "event" in record else None,
        words=len(page.body.split()),
        promises=tuple(dict.fromkeys(record.get("manifest", ()))),
        campaigns=tuple(dict.fromkeys(record.get("campaigns", ()))),
        network=record.get("network"),
        guid=record.get("id") or f"{id_prefix}{NEWS}/{source.stem}",
        guid_line=page.data.line_of("id"),
        aliases=_with_named_address(page_addresses(page), source, post_slug, page),
    ), page


def _with_named_address(aliases: tuple[OldAddress, ...], source: Path, post_slug: str,
                        page: PageSource) -> tuple[OldAddress, ...]:
    """`aliases`, and the address of the month in the file's name when the date moved the post to another month:
    it may have been published there, and links to it (other sites', old newsletters') keep leading to it."""
    named, when = _named_day(source), page.record["date"].when
    if named is None or (named.year, named.month) == (when.year, when.month):
        return aliases
    address = f"/{NEWS}/{named:%Y/%m}/{post_slug}/"
    if any(old.page_path.strip("/") == address.strip("/") for old in aliases):
        return aliases
    return (*aliases, OldAddress(address, page.path, page.data.line_of("date")))


def _check_date(page: PageSource, now: dt.datetime, named: dt.date | None, problems: Problems) -> bool:
    """A date more than a year ahead is a typo in the year; `named`, the day in the file's name, is the one meant
    when it is not far from today (the file was named when the post was written)."""
    when = page.record["date"].when
    if when - now <= SCHEDULE_LIMIT:
        return True
    fix = "controleer het jaartal; een bericht verschijnt op de datum die er staat"
    if named is not None and abs(named - now.date()) <= SCHEDULE_LIMIT:
        clock = "" if when.time() == dt.time() else f" {when:%H:%M}"
        fix = f"bedoel je {dutch_day(named)}? schrijf dan date: {named.isoformat()}{clock}; anders: {fix}"
    problems.add(page.path, page.data.line_of("date"),
                 f"de datum {dutch_day(when.date())} ligt meer dan een jaar in de toekomst", fix)
    return False


def _named_day(source: Path) -> dt.date | None:
    """The day at the start of the file's name (2024-04-17-titel.md), if it has a real one."""
    found = _DATE_PREFIX.match(source.stem)
    try:
        return dt.date.fromisoformat(found.group().rstrip("-")) if found else None
    except ValueError:
        return None


def _check_file_date(source: Path, post_slug: str, page: PageSource, problems: Problems) -> bool:
    """The date in the file name was written with the post (make nieuw, the web editor); a date far from it
    is a typo in one of them."""
    named = _named_day(source)
    when = page.record["date"].when
    if named is None or abs(when.date() - named) <= FILE_DATE_LIMIT:
        return True
    clock = "" if when.time() == dt.time() else f" {when:%H:%M}"
    problems.add(page.path, page.data.line_of("date"),
                 f"de datum van het bericht ({dutch_day(when.date())}) ligt ver van de datum in de bestandsnaam "
                 f"({dutch_day(named)}), en die van het bericht bepaalt waar het staat en met welke nieuwsbrief "
                 "het meegaat",
                 f"bedoel je {dutch_day(named)}? schrijf dan date: {named.isoformat()}{clock}; klopt de datum, "
                 f"hernoem het bestand dan naar {when.date().isoformat()}-{post_slug}.md")
    return False


def _check_meeting_date(page: PageSource, now: dt.datetime, problems: Problems) -> bool:
    """A meeting far before its own post, or more than a year ahead (as for posts), is a typo in the year (2025
    or 2062 for 2026): say which day was meant."""
    meeting, posted = (page.record.get("event") or {}).get("date"), page.record["date"].day
    if meeting is None or (posted - meeting <= MEETING_BEFORE_LIMIT and meeting - now.date() <= SCHEDULE_LIMIT):
        return True
    meant = next(day for year in range(posted.year, posted.year + 2)
                 if posted - (day := _same_day(meeting, year)) <= MEETING_BEFORE_LIMIT)
    if meeting < posted:
        what = (f"de bijeenkomst ({dutch_day(meeting)}) ligt meer dan twee maanden vóór de datum van het bericht "
                f"({dutch_day(posted)}), dus hij staat meteen bij de eerdere bijeenkomsten, zonder aanmelden")
    else:
        what = f"de bijeenkomst ({dutch_day(meeting)}) ligt meer dan een jaar in de toekomst"
    problems.add(page.path, page.data["event"].line_of("date"), what,
                 f"bedoel je {dutch_day(meant)}? schrijf dan date: {meant.isoformat()}; klopt de datum, geef het "
                 "bericht dan de datum waarop je het schrijft")
    return False


def _same_day(day: dt.date, year: int) -> dt.date:
    """`day` in `year` (a leap day becomes 28 February)."""
    return day.replace(year=year, day=min(day.day, 28)) if (day.month, day.day) == (2, 29) else day.replace(year=year)


def _check_placeholders(page: PageSource, problems: Problems) -> bool:
    """`make nieuw` writes sentences for the editor to replace; they must not be published."""
    ok = True
    if page.record["description"] == DESCRIPTION_PLACEHOLDER:
        problems.add(page.path, page.data.line_of("description"),
                     "de samenvatting is nog de voorbeeldzin van make nieuw",
                     "schrijf in description: één of twee eigen zinnen over het bericht")
        ok = False
    if BODY_PLACEHOLDER in page.body:
        offset = page.body[:page.body.index(BODY_PLACEHOLDER)].count("\n")
        problems.add(page.path, page.body_line + offset, "de tekst is nog de voorbeeldzin van make nieuw",
                     "vervang die zin door de tekst van het bericht")
        ok = False
    return ok


def _check_file_name(source: Path, post_slug: str, path: str, problems: Problems) -> bool:
    if post_slug and slugify(post_slug, "-") == post_slug:
        return True
    date_prefix = source.stem[: len(source.stem) - len(post_slug)]
    problems.add(path, 1, f"de bestandsnaam '{source.name}' geeft geen geldig webadres",
                 f"hernoem het bestand naar {date_prefix}{slugify(post_slug, '-') or 'korte-titel'}.md "
                 "(kleine letters, cijfers en streepjes)")
    return False


def _normal(text: str) -> str:
    return " ".join(text.split()).casefold()


def copy_keys(title: str, description: str, body: str) -> tuple[tuple[str, str], ...]:
    """What makes a post a copy of an earlier one not yet rewritten: the same title and summary, or the
    same text (of some length). (Kind of sameness, key) pairs; the build and the WordPress import use these.
    The text's key is a hash of it: an archive's texts are not held twice over while its posts are compared."""
    keys = [("title", f"{_normal(title)}\0{_normal(description)}")]
    words = body.split()
    if len(words) >= COPY_MIN_WORDS:
        keys.append(("text", hashlib.sha256(" ".join(words).casefold().encode("utf-8")).hexdigest()))
    return tuple(keys)


def _check_copies(posts: list[Post], pages: dict[str, PageSource], problems: Problems) -> None:
    """A post with the title and summary or the text of an earlier one is a copy not yet rewritten (last
    month's post, copied to start a new one): named with the post it copies. Drafts are still being written.
    A title alone may come back (a yearly meeting); with its summary it is the copy's."""
    first: dict[tuple[str, str], Post] = {}
    # Of two posts of the same moment, the longer file name is the copy (the web editor's "Dupliceren" adds -1).
    for post in sorted((p for p in posts if not p.draft), key=lambda p: (p.moment.when, len(p.path), p.path)):
        page = pages[post.path]
        for kind, key in copy_keys(post.title, post.description, page.body):
            original = first.setdefault((kind, key), post)
            if original is post:
                continue
            if kind == "title":
                problems.add(post.path, page.data.line_of("title"),
                             f"dit bericht heeft dezelfde titel en samenvatting als {original.path} "
                             f"({original.date_text}); is het een kopie die nog niet is aangepast?",
                             "geef het een eigen titel en samenvatting (description:), of haal de kopie weg")
            else:
                blank = page.body[:len(page.body) - len(page.body.lstrip())].count("\n")
                problems.add(post.path, page.body_line + blank,
                             f"de tekst van dit bericht is dezelfde als die van {original.path} ({original.date_text}); "
                             "is het een kopie die nog niet is aangepast?",
                             "schrijf de tekst van dit bericht, of haal de kopie weg")


def _check_unique(posts: list[Post], key, line, problems: Problems, what: str, fix: str) -> None:
    """Report every post whose `key` an earlier post (by path) already has."""
    first: dict[str, Post] = {}
    for post in sorted(posts, key=lambda p: p.path):
        other = first.setdefault(key(post), post)
        if other is not post:
            problems.add(post.path, line(post), what.format(key=key(post), other=other.path), fix)

"""The kitchen-sink fixture (tests/fixtures/kitchen-sink): every page type, every optional field.

This module owns the fixture's content, so its titles and values are written out here.
"""

import logging
import posixpath

import lxml.html
import pytest
from lxml import etree

from lho_site.content.dates import dutch_day, now
from sitebuild import definitions
from sites import KITCHEN_SINK_POSTS, kitchen_sink_days

# The posts dated from today on are added to the fixture by tests/sites.py (kitchen_sink_dated).
DAYS = kitchen_sink_days(now().date())
LATER = DAYS["scheduled"]
SCHEDULED = f"{KITCHEN_SINK_POSTS}/{LATER.isoformat()}-voorjaarsbijeenkomst.md"

HAARLEM = "nieuws/2024/05/regiobijeenkomst-haarlem/"
ZELFREFLECTIE = "nieuws/2024/04/zelfreflectie-2023-voornemens-2024/"
ONDERZOEK = "nieuws/2022/11/onderzoek-naar-vertrouwen/"
# Every published post of the fixture itself, newest first: (title, url).
POSTS = [
    ("Jaarbijeenkomst over het UNESCO-rapport", "nieuws/2025/10/jaarbijeenkomst-unesco/"),
    ("Een nieuwe onderzoeksopzet", "nieuws/2025/03/onderzoeksopzet/"),
    ("De eerste bestuurlijke portretten staan online", "nieuws/2025/02/eerste-portretten-online/"),
    ("Nieuw leernetwerk in oprichting", "nieuws/2024/08/netwerk-in-oprichting/"),
    ("Campagne tegen verplichte onderwijsregio's", "nieuws/2024/06/campagne-onderwijsregios/"),
    ("Terugblik op de regiobijeenkomst in Haarlem", HAARLEM),
    ("Zelfreflectie op 2023 & voornemens 2024", ZELFREFLECTIE),
    ("Leernetwerk Samen Besturen van start", "nieuws/2023/09/netwerk-samen-besturen-van-start/"),
    ("Bijeenkomst: stop het verplichten van de eindtoets", "nieuws/2023/01/stop-het-verplichten-van-de-eindtoets/"),
    ("Onderzoek naar besturen vanuit vertrouwen", ONDERZOEK),
    ("Online regiobijeenkomst over toetsen", "nieuws/2022/03/online-regiobijeenkomst/"),
]
TITLES = [title for title, _ in POSTS]
# The announcements of meetings still to come (tests/sites.py), the newest posts: (title, url).
ANNOUNCEMENTS = [
    ("Studiedag in Amersfoort gaat niet door", "nieuws/2025/12/studiedag-afgelast/"),
    ("Online netwerkbijeenkomst Samen Besturen", "nieuws/2025/12/online-netwerkbijeenkomst/"),
    ("Regiobijeenkomst in Utrecht: besturen met vertrouwen", "nieuws/2025/12/regiobijeenkomst-utrecht/"),
]
CANCELLED, ONLINE, UTRECHT = (title for title, _ in ANNOUNCEMENTS)
PUBLISHED = [title for title, _ in ANNOUNCEMENTS] + TITLES
# What this build must leave out: (title, url).
HIDDEN = [
    ("Concept: jaarplanning 2026", "nieuws/2025/11/concept-jaarplanning/"),
    ("Gepland: voorjaarsbijeenkomst", f"nieuws/{LATER:%Y/%m}/voorjaarsbijeenkomst/"),
    ("Een portret in de maak", "portretten/nog-niet-klaar/"),
]

# One page of each type: type → URL.
PAGES = {
    "home": "",
    "post": POSTS[0][1],
    "post with photo and meeting": HAARLEM,
    "post with a meeting to come": ANNOUNCEMENTS[2][1],
    "agenda": "agenda/",
    "calendar": "agenda.ics",
    "calendar of one meeting": ANNOUNCEMENTS[2][1] + "bijeenkomst.ics",
    "news": "nieuws/",
    "news, last page": "nieuws/pagina/7/",
    "category": "nieuws/categorie/bijeenkomsten/",
    "category, page 2": "nieuws/categorie/bijeenkomsten/pagina/2/",
    "archive": "nieuws/archief/",
    "archive year": "nieuws/archief/2024/",
    "manifest": "manifest/",
    "campaign": "manifest/geen-verplichte-onderwijsregios/",
    "networks": "netwerken/",
    "network": "netwerken/samen-besturen/",
    "network in oprichting": "netwerken/besturen-van-onderop/",
    "portraits": "portretten/",
    "portrait": "portretten/vertrouwen-als-vertrekpunt/",
    "portraits of a region": "portretten/regio/zuid-kennemerland/",
    "portraits of a promise": "portretten/belofte/3/",
    "newsletter": "nieuwsbrief/",
    "newsletter issue": "nieuwsbrief/2024-2/",
    "about": "over-ons/",
    "privacy": "privacy/",
    "accessibility": "toegankelijkheid/",
    "not found": "404.html",
    "feed (RSS)": "feed.xml",
    "feed (Atom)": "feed.atom",
    "feed (JSON)": "feed.json",
    "category feed": "nieuws/categorie/bijeenkomsten/feed.xml",
    "newsletter feed": "nieuwsbrief/feed.xml",
    "sitemap index": "sitemap.xml",
}

DC_CREATOR = "{http://purl.org/dc/elements/1.1/}creator"
CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"


@pytest.fixture(scope="module")
def built(sites):
    return sites("kitchen-sink")


def words(tag) -> str:
    return " ".join(tag.get_text(" ", strip=True).split())


def card_titles(built, url):
    return [words(title) for title in built.html(url).select("#lho-inhoud .lho-card__title")]


def items(built, path):
    return etree.parse(built.site_dir / path).getroot().findall("channel/item")


def item(built, path, title):
    return next(i for i in items(built, path) if i.findtext("title") == title)


def test_builds_without_warnings_and_names_the_scheduled_post(built):
    assert built.warnings == []
    assert f"Gepland: {SCHEDULED} verschijnt op {LATER.day} " in "\n".join(built.messages(logging.INFO))


def test_every_page_type_is_built(built):
    assert [kind for kind, url in PAGES.items() if not built.file(url).is_file()] == []


@pytest.mark.parametrize(("url", "facts"), [
    (HAARLEM, {"Datum": "25 april 2024", "Tijd": "15:00–17:00", "Plaats": "Het Kennemer Lyceum, Haarlem",
               "Aanwezig": "ruim 40 deelnemers"}),
    ("nieuws/2023/01/stop-het-verplichten-van-de-eindtoets/", {"Datum": "26 januari 2023", "Tijd": "14:00",
                                                              "Plaats": "Utrecht"}),
    ("nieuws/2025/10/jaarbijeenkomst-unesco/", {"Datum": "3 oktober 2025", "Plaats": "Amersfoort",
                                                "Aanwezig": "65 deelnemers"}),
    (ANNOUNCEMENTS[2][1], {"Datum": dutch_day(DAYS["utrecht"]), "Tijd": "15:00–17:30",
                           "Plaats": "Hogeschool Utrecht, Padualaan 97, Utrecht", "Aanmelden": "kerngroep@example.org"}),
    (ANNOUNCEMENTS[1][1], {"Datum": dutch_day(DAYS["online"]), "Tijd": "19:30–21:00", "Plaats": "online",
                           "Aanmelden": "Meld je aan"}),
    # Cancelled: said first, and no sign-up any more.
    (ANNOUNCEMENTS[0][1], {"Status": "Afgelast", "Datum": dutch_day(DAYS["cancelled"]), "Tijd": "10:00–16:00",
                           "Plaats": "De Observant, Amersfoort"}),
])
def test_meeting_facts_box(built, url, facts):
    assert definitions(built.html(url).select_one("section.lho-facts dl")) == facts


def test_post_with_photo_slug_and_two_authors(built):
    page = built.html(HAARLEM)
    photo = page.select_one(".lho-post__image img")
    assert photo["alt"] == "Getekende figuren van acht bestuurders achter een lange houten tafel"
    inline = page.select_one("#lho-inhoud p picture img")
    assert inline["alt"] == "Getekende figuren rond een tafel in een werkgroep"
    for image in (photo, inline):
        sources = [image["src"], *(s.split()[0] for s in image["srcset"].split(","))]
        for source in sources:
            assert built.file(posixpath.normpath(posixpath.join(HAARLEM, source))).is_file(), source
    assert "door Sanne Visser en Joost Mulder" in words(page.select_one(".lho-meta"))
    assert page.select_one(".lho-meta time")["datetime"] == "2024-05-02T10:30:00+02:00"


def test_links_by_file_name_heading_and_manifest_resolve(built):
    """A post links to posts by file name, to a heading, and to the manifest by a relative path and
    from the docs root (/manifest/index.md#belofte-3): all become links to the built pages."""
    links = [a["href"] for a in built.html(POSTS[4][1]).select(".lho-post > p a")]
    assert links == ["../../04/zelfreflectie-2023-voornemens-2024/",
                     "../../04/zelfreflectie-2023-voornemens-2024/#voornemens-voor-2024",
                     "../../05/regiobijeenkomst-haarlem/", "../../../../manifest/#belofte-1"]
    page = built.html(ZELFREFLECTIE)
    assert page.select_one(".lho-post > p a")["href"] == "../../../../manifest/#belofte-3"
    assert page.select_one("h2#voornemens-voor-2024") is not None


def test_markdown_extensions(built):
    page = built.html(ZELFREFLECTIE)
    for selector in ("h2#terugblik-op-2023", "h3#wat-ging-goed", ".lho-post ul", ".lho-post ol", "table th",
                     "blockquote", ".admonition.note .admonition-title"):
        assert page.select_one(selector) is not None, selector
    page = built.html(ONDERZOEK)
    assert [abbr["title"] for abbr in page.select("abbr")] == [
        "Nationaal Regieorgaan Onderwijsonderzoek", "sectororganisatie voor het primair onderwijs"]
    assert [words(dt_) for dt_ in page.select(".lho-post dl dt")] == ["Huiswetenschapper", "Bedoeling"]
    assert page.select_one("sup a.footnote-ref")["href"] == "#fn:1"
    assert page.select_one("li#fn\\:1") is not None


def test_footnote_back_link_is_dutch(built):
    back = built.html(ONDERZOEK).select_one("a.footnote-backref")
    assert "Jump back" not in back["title"], f"English on a Dutch page: {back['title']!r}"


def test_news_pages_list_all_published_posts_newest_first(built):
    pages = ["nieuws/"] + [f"nieuws/pagina/{n}/" for n in range(2, 8)]
    assert [card_titles(built, url) for url in pages] == [PUBLISHED[i:i + 2] for i in range(0, 14, 2)]
    assert not built.file("nieuws/pagina/8/").exists()


@pytest.mark.parametrize(("category", "pages"), [
    ("bijeenkomsten", [[CANCELLED, ONLINE], [UTRECHT, TITLES[0]], [TITLES[5], TITLES[8]], [TITLES[10]]]),
    ("actualiteit", [[CANCELLED, TITLES[2]], [TITLES[4], TITLES[6]]]),
    ("manifest", [[TITLES[6], TITLES[8]], [TITLES[10]]]),
    ("netwerken", [[ONLINE, TITLES[3]], [TITLES[7]]]),
    ("onderzoek", [[TITLES[1], TITLES[9]]]),
])
def test_category_pages(built, category, pages):
    base = f"nieuws/categorie/{category}/"
    urls = [base] + [f"{base}pagina/{n}/" for n in range(2, len(pages) + 2)]
    assert [card_titles(built, url) for url in urls[:-1]] == pages
    assert not built.file(urls[-1]).exists()


def test_archive(built):
    years = [words(li) for li in built.html("nieuws/archief/").select(".lho-years li")]
    assert years == ["2025 (6 berichten)", "2024 (4 berichten)", "2023 (2 berichten)", "2022 (2 berichten)"]
    assert [words(a) for a in built.html("nieuws/archief/2024/").select(".lho-compact a")] == TITLES[3:7]


def test_home_shows_the_next_meeting_and_the_three_newest_posts(built):
    home = built.html("")
    assert [words(h) for h in home.select(".lho-next-meeting .lho-card__title")] == [UTRECHT]
    assert [words(h) for h in home.select(".lho-latest .lho-card__title")] == PUBLISHED[:3]


@pytest.mark.parametrize(("title", "url"), HIDDEN)
def test_drafts_and_scheduled_posts_are_nowhere(built, title, url):
    assert not built.file(url).exists()
    for path in built.site_dir.rglob("*"):
        if path.suffix in (".html", ".xml", ".atom", ".json"):
            text = path.read_text(encoding="utf-8")
            assert title not in text and url not in text, path.relative_to(built.site_dir)


def sitemap_locations(built):
    found = []
    for path in built.site_dir.rglob("sitemap*.xml"):
        root = etree.parse(path).getroot()
        if root.tag.endswith("urlset"):
            found += [loc.text.removeprefix("https://example.org/") for loc in root.iter("{*}loc")]
    return found


def test_sitemaps_hold_each_published_page_once(built):
    locations = sitemap_locations(built)
    assert sorted(set(locations)) == sorted(locations)
    pages = {url for url in PAGES.values() if url == "" or url.endswith("/")}
    assert {url for _, url in POSTS + ANNOUNCEMENTS} | pages <= set(locations)


def test_sitemap_index_lists_page_sitemaps_not_itself(built):
    """A sitemap index may list only sitemaps (sitemaps.org), and never itself."""
    index = etree.parse(built.site_dir / "sitemap.xml").getroot()
    listed = [loc.text.removeprefix("https://example.org/") for loc in index.iter("{*}loc")]
    assert "sitemap.xml" not in listed
    assert all(etree.parse(built.site_dir / path).getroot().tag.endswith("urlset") for path in listed)


def test_portrait_facts(built):
    page = built.html("portretten/vertrouwen-als-vertrekpunt/")
    assert definitions(page.select_one("section.lho-facts dl")) == {
        "Bestuur": "Stichting De Duinrand", "Regio": "Zuid-Kennemerland", "Bestuurders": "Sanne Visser, Karel Bos",
        "Scholen": "12", "Leerlingen": "3.400"}
    assert page.select_one("section.lho-facts dd a")["href"] == "../regio/zuid-kennemerland/"
    assert page.select_one(".lho-post__image img")["alt"].startswith("Getekende figuren van acht bestuurders")
    assert [words(a) for a in page.select(".lho-links a")] == [
        "2. Van controleren naar vertrouwen", "3. Je willen verantwoorden en transparant zijn"]
    single = definitions(built.html("portretten/ruimte-voor-de-school/").select_one("section.lho-facts dl"))
    assert single["Bestuurder"] == "Joost Mulder"


@pytest.mark.parametrize(("url", "titles"), [
    ("portretten/", ["Samen leren in de regio", "Ruimte voor de school", "Vertrouwen als vertrekpunt"]),
    ("portretten/regio/zuid-kennemerland/", ["Ruimte voor de school", "Vertrouwen als vertrekpunt"]),
    ("portretten/regio/gelderland/", ["Samen leren in de regio"]),
    ("portretten/belofte/1/", ["Samen leren in de regio", "Ruimte voor de school"]),
    ("portretten/belofte/3/", ["Samen leren in de regio", "Vertrouwen als vertrekpunt"]),
    ("portretten/belofte/4/", ["Ruimte voor de school"]),
])
def test_portrait_overview_and_filters(built, url, titles):
    assert card_titles(built, url) == titles


def test_filters_exist_only_for_published_portraits(built):
    options = [words(li) for li in built.html("portretten/").select(".lho-filters li")]
    assert options == ["Gelderland (1)", "Zuid-Kennemerland (2)", "1. Van moeten naar mogen (2)",
                       "2. Van controleren naar vertrouwen (2)", "3. Je willen verantwoorden en transparant zijn (2)",
                       "4. Werken vanuit de bedoeling (1)"]
    assert not built.file("portretten/regio/utrecht/").exists()  # only the draft portrait is from Utrecht


def people(page):
    return [(words(li.select_one(".lho-person__name")), words(li.select_one(".lho-person__role")),
             words(quote) if (quote := li.select_one(".lho-person__quote")) else None)
            for li in page.select("li.lho-person")]


def test_network_pages(built):
    page = built.html("netwerken/samen-besturen/")
    assert definitions(page.select_one("dl.lho-facts")) == {
        "Status": "Lopend", "Deelnemers": "Ongeveer 12", "Looptijd": "Sinds september 2023",
        "Bijeenkomsten": "Drie keer per jaar een middag en avond"}
    assert people(page) == [
        ("Lotte Jansen", "Facilitator · eigenaar van een adviesbureau voor leerprocessen",
         "‘De opbrengst zit in de deelname’"),
        ("Pieter de Boer", "Penvoerder · rector, Het Kennemer Lyceum, Haarlem", "‘Geen antwoorden, maar betere vragen’"),
        ("Fatima El Idrissi", "Initiatiefnemer · bestuurder, Stichting Rivierenland Onderwijs, Tiel",
         "‘Vertrouwen begint bij jezelf’"),
        ("Mark Hendriks", "Deelnemer · Scholengroep Het Veen", "‘Eindelijk tijd om na te denken’"),
        ("Eva Smit", "Deelnemer", None),
    ]
    assert [words(a) for a in page.select("#berichten + ul a")] == [ONLINE, "Leernetwerk Samen Besturen van start"]
    starting = built.html("netwerken/besturen-van-onderop/")
    assert definitions(starting.select_one("dl.lho-facts"))["Status"] == "In oprichting"
    assert [quote for *_, quote in people(starting)] == [None, None]
    overview = built.html("netwerken/")
    assert [words(h) for h in overview.select("#lopend ~ article h3")] == ["Samen Besturen", "Besturen van Onderop"]
    assert [words(h) for h in overview.select("#in-oprichting ~ article h3")] == ["Besturen van Onderop"]


def test_manifest_and_campaign_pages(built):
    manifest = built.html("manifest/")
    assert [h["id"] for h in manifest.select("h3")] == ["belofte-1", "belofte-2", "belofte-3", "belofte-4"]
    campaign = built.html("manifest/stop-nu-het-verplichten-van-toetsen/")
    assert words(campaign.select_one(".lho-count")) == (
        "57 bestuurders ondertekenden de oproep (stand op 4 maart 2021).")
    assert [words(a) for a in campaign.select("#berichten + ul a")] == [TITLES[8], TITLES[10]]


def test_newsletter_issue_ready_early_with_intro(built):
    page = built.html("nieuwsbrief/2024-2/")
    assert words(page.select_one("#lho-inhoud > p.lho-meta")) == "Verschenen op 14 juni 2024"
    assert [words(p) for p in page.select("#lho-inhoud > p:not([class])")][:2] == [
        "Welkom bij de nieuwsbrief van het tweede kwartaal. Deze keer eerder dan gewoonlijk, omdat de "
        "zomervakantie in het noorden al vroeg begint.",
        "In deze nieuwsbrief de zelfreflectie van de kerngroep en een terugblik op de regiobijeenkomst in Haarlem."]
    # Up to the ready date (14 June); the post of 20 June waits for the next issue.
    assert card_titles(built, "nieuwsbrief/2024-2/") == [TITLES[5], TITLES[6]]
    assert card_titles(built, "nieuwsbrief/2024-3/") == [TITLES[3], TITLES[4]]
    assert words(built.html("nieuwsbrief/2024-3/").select_one("#lho-inhoud > p.lho-meta")) == (
        "Verschenen op 1 oktober 2024")


def test_newsletter_issue_with_only_an_intro(built):
    page = built.html("nieuwsbrief/2025-1/")
    assert words(page.select_one("#lho-inhoud > p:not([class])")) == (
        "Het eerste kwartaal van 2025 stond in het teken van de eerste bestuurlijke portretten.")
    assert card_titles(built, "nieuwsbrief/2025-1/") == [TITLES[1], TITLES[2]]


def test_newsletter_archive_counts_published_posts_only(built):
    issues = [words(li) for li in built.html("nieuwsbrief/").select(".lho-compact li")]
    assert issues == [
        "Nieuwsbrief 4e kwartaal 2025 (4 berichten)", "Nieuwsbrief 1e kwartaal 2025 (2 berichten)",
        "Nieuwsbrief 3e kwartaal 2024 (2 berichten)", "Nieuwsbrief 2e kwartaal 2024 (2 berichten)",
        "Nieuwsbrief 3e kwartaal 2023 (1 bericht)", "Nieuwsbrief 1e kwartaal 2023 (1 bericht)",
        "Nieuwsbrief 4e kwartaal 2022 (1 bericht)", "Nieuwsbrief 1e kwartaal 2022 (1 bericht)"]


def test_news_feed_has_the_newest_posts_with_authors(built):
    assert [i.findtext("title") for i in items(built, "feed.xml")] == PUBLISHED[:3]
    assert [c.text for c in item(built, "feed.xml", UTRECHT).iter(DC_CREATOR)] == ["Sanne Visser", "Joost Mulder"]
    assert item(built, "feed.xml", CANCELLED).find(DC_CREATOR) is None


@pytest.mark.parametrize(("category", "titles"), [
    ("Bijeenkomsten", [CANCELLED, ONLINE, UTRECHT]),
    ("Actualiteit", [CANCELLED, TITLES[2], TITLES[4]]),
    ("Manifest", [TITLES[6], TITLES[8], TITLES[10]]),
    ("Netwerken", [ONLINE, TITLES[3], TITLES[7]]),
    ("Onderzoek", [TITLES[1], TITLES[9]]),
])
def test_category_feeds_hold_only_their_category(built, category, titles):
    found = items(built, f"nieuws/categorie/{category.lower()}/feed.xml")
    assert [i.findtext("title") for i in found] == titles
    assert all(category in [c.text for c in i.findall("category")] for i in found)


def test_feed_item_with_photo_two_authors_and_meeting(built):
    entry = item(built, "nieuws/categorie/bijeenkomsten/feed.xml", UTRECHT)
    assert [c.text for c in entry.iter(DC_CREATOR)] == ["Sanne Visser", "Joost Mulder"]
    assert entry.find("enclosure").get("url").startswith("https://example.org/fotos/werkgroepen-")
    assert "Tijd: 15:00–17:30" in entry.findtext(CONTENT)
    assert "Aanmelden: kerngroep@example.org" in lxml.html.fromstring(entry.findtext(CONTENT)).text_content()
    assert "Afgelast" in item(built, "feed.xml", CANCELLED).findtext(CONTENT)


def test_pinned_feed_id(built):
    entry = item(built, "nieuws/categorie/onderzoek/feed.xml", TITLES[9])
    assert entry.findtext("guid") == "tag:example.org,2022:nieuws/2022-11-08-onderzoek-huiswetenschappers"


def test_newsletter_feed(built):
    found = items(built, "nieuwsbrief/feed.xml")
    assert [i.findtext("guid") for i in found] == [
        f"tag:example.org,2024:nieuwsbrief/{quarter}"
        for quarter in ("2025-4", "2025-1", "2024-3", "2024-2", "2023-3", "2023-1", "2022-4", "2022-1")]
    issue = found[3].findtext(CONTENT)
    assert "zomervakantie in het noorden" in issue and TITLES[5] in issue and TITLES[4] not in issue

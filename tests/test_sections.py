"""Manifest, campaign, learning networks and portraits: pages made from data/, cross-linked both ways."""

import json
from urllib.parse import urljoin

import pytest

from sitebuild import build_site, definitions, fixture_site
from test_findable import sitemap_entries

SITE = "https://levehetonderwijs.nl/"

# From the VO-academie publication: (network page, facts, people as (name, role, quote or None)).
NETWORKS = {
    "eindverantwoordelijk-schoolleiders": (
        "Eindverantwoordelijk Schoolleiders", {"Status": "Lopend", "Deelnemers": "Ongeveer 15"},
        [("Marc Coenders", "Facilitator", "De opbrengst zit in de deelname"),
         ("Jan Paul Beekman", "Penvoerder", "Geen antwoorden, maar nieuwe vragen"),
         ("Jozef Geurtzen", "Deelnemer", "Samen verantwoordelijk voor de inhoud"),
         ("Marij van Deutekom", "Deelnemer", "Confronterend en verbindend")]),
    "vrouwelijk-leiderschap": (
        "Vrouwelijk Leiderschap", {"Status": "Lopend"},
        [("Annemarie Neeleman", "Facilitator", "Signaal aan de sector"),
         ("Jacqueline Schoones", "Deelnemer", "Verbonden op de inhoud"),
         ("Karin Elferink", "Deelnemer", "Intervisie en confrontatie")]),
    "verbindend-vernieuwen": (
        "Verbindend Vernieuwen", {"Status": "Lopend", "Deelnemers": "20"},
        [("Brigit Verbeek", "Facilitator", "Innoveren gaat om durf"),
         ("Ella Verweij", "Penvoerder", "Hoe ontwikkelt een netwerk zich?"),
         ("Maud Croes", "Deelnemer", "Positief en toekomstgericht aan de slag"),
         ("Wim Brands", "Deelnemer", "Out-of-the-box nadenken over vernieuwing")]),
    "ondernemend-leren": (
        "Ondernemend Leren", {"Status": "Lopend"},
        [("Leo Lenssen", "Facilitator", "Verbinding met BC-Scan"),
         ("Koos Neuvel", "Penvoerder", "De leerlingen zijn de zender"),
         ("Trijntje van Delden", "Deelnemer", "Ongelijke behandeling met gelijke kansen"),
         ("Marga Sijbom", "Deelnemer", "Werken met vallen en opstaan")]),
    "moreel-beraad-en-bildung": (
        "Moreel Beraad en Bildung", {"Status": "Lopend"},
        [("Dick Middelhoek", "Facilitator", "Schoolleider zijn is hard werken"),
         ("Thijs Jan van der Leij", "Initiatiefnemer", "Met elkaar zoeken")]),
    "persoonlijk-leiderschap": (
        "Persoonlijk Leiderschap", {"Status": "In oprichting"},
        [("Carlo Pedroli", "Initiatiefnemer", "Leraren met lef verdienen directeuren met durf")]),
    "smart-government": ("Smart Government", {"Status": "In oprichting"}, []),
    "leidinggeven-aan-onderwijs-van-onderop": ("Leidinggeven aan onderwijs van onderop", {"Status": "In oprichting"}, []),
}


def facts(page):
    return definitions(page.select_one("dl.lho-facts"))


def people(page):
    found = {}
    for card in page.select("li.lho-person"):
        quote = card.select_one(".lho-person__quote")
        found[card.select_one(".lho-person__name").get_text(strip=True)] = (
            card.select_one(".lho-person__role").get_text(strip=True).split(" · ")[0],
            quote.get_text(strip=True).strip("‘’") if quote else None)
    return found


@pytest.mark.parametrize("network", NETWORKS)
def test_every_network_has_its_page_with_facts_and_people(site, network):
    name, expected_facts, expected_people = NETWORKS[network]
    page = site.html(f"netwerken/{network}/")
    assert page.select_one("article h1, .md-content h1").get_text(strip=True) == name
    assert expected_facts.items() <= facts(page).items()
    assert set(facts(page)) == {"Status", "Deelnemers", "Looptijd", "Bijeenkomsten"}
    found = people(page)
    for person, role, quote in expected_people:
        assert found[person] == (role, quote)


def test_network_edit_link_points_at_its_data_file(site):
    edit = site.html("netwerken/verbindend-vernieuwen/").select_one('a[title="Deze pagina wijzigen"], a.md-content__button')
    assert edit["href"] == "https://github.com/levehetonderwijs/website/edit/main/data/networks.yml"
    post_edit = site.html(
        "nieuws/2021/03/terugkijken-om-vooruit-te-dromen/").select_one("a.md-content__button")["href"]
    assert post_edit.endswith("/edit/main/docs/nieuws/posts/2021-03-30-terugkijken-om-vooruit-te-dromen.md")


def test_networks_overview_lists_every_network_and_explains_the_phases(site):
    page = site.html("netwerken/")
    listed = [a.get_text() for a in page.select(".lho-card__title a")]
    assert listed == [name for name, _, _ in NETWORKS.values()]
    text = page.get_text(" ", strip=True)
    for phrase in ("Zaaien", "Cultiveren", "Oogsten", "minstens zes vaste deelnemers", "facilitator",
                   "minstens drie keer per jaar", "minstens twee jaar"):
        assert phrase in text


def test_generated_pages_are_in_navigation_sitemap_and_search(site):
    sidebar = [a.get_text(strip=True) for a in site.html("netwerken/").select(".md-nav--primary .md-nav__link")]
    assert "Verbindend Vernieuwen" in sidebar
    sitemap = [loc for loc, _ in sitemap_entries(site)]
    for url in ("netwerken/verbindend-vernieuwen/", "manifest/", "manifest/stop-nu-het-verplichten-van-toetsen/"):
        assert SITE + url in sitemap
    index = json.loads((site.site_dir / "search" / "search_index.json").read_text())
    locations = {doc["location"] for doc in index["docs"]}
    assert {"netwerken/verbindend-vernieuwen/", "manifest/#belofte-3"} <= locations
    texts = " ".join(doc["text"] for doc in index["docs"])
    assert "Innoveren gaat om durf" in texts


def links_from(site, url):
    return {urljoin(SITE + url, a["href"]) for a in site.html(url).select(".md-content a[href]")}


def test_manifest_promise_lists_posts_and_posts_link_back(site):
    page = site.html("manifest/")
    promise = page.select_one("#belofte-3")
    assert promise.get_text(strip=True).startswith("3. Je willen verantwoorden en transparant zijn")
    for post in ("nieuws/2024/04/zelfreflectie-2023-voornemens-2024/",
                 "nieuws/2021/03/online-regiobijeenkomst-voor-bestuurders/"):
        assert SITE + post in links_from(site, "manifest/")
        assert SITE + "manifest/#belofte-3" in links_from(site, post)
        assert SITE + "manifest/stop-nu-het-verplichten-van-toetsen/" in links_from(site, post)
    assert SITE + "nieuws/2021/03/terugkijken-om-vooruit-te-dromen/" not in links_from(site, "manifest/")


def test_campaign_page_has_its_call_its_count_and_related_posts(site):
    page = site.html("manifest/stop-nu-het-verplichten-van-toetsen/")
    assert page.select_one(".md-content h1").get_text(strip=True) == "Stop nu het verplichten van toetsen"
    assert page.select_one(".lho-count").get_text(" ", strip=True) == (
        "57 bestuurders ondertekenden de oproep (stand op 4 maart 2021).")
    assert SITE + "nieuws/2021/03/online-regiobijeenkomst-voor-bestuurders/" in links_from(
        site, "manifest/stop-nu-het-verplichten-van-toetsen/")


def test_portraits_overview_is_honestly_empty(site):
    page = site.html("portretten/")
    empty = page.select_one(".lho-empty")
    assert empty.h2.get_text() == "In voorbereiding"
    assert "twaalf" in empty.get_text()
    assert page.select(".lho-card") == []


PORTRAIT = """---
title: Vertrouwen als vertrekpunt
description: Hoe een bestuur de ruimte teruggeeft aan de scholen.
board: Stichting Voorbeeld & Co
region: Zuid-Kennemerland
bestuurders: [An de Vries, Bo Jansen]
date: 2024-05-01
manifest: [3]
schools: 12
pupils: 3400
---

Het verhaal van het bestuur.
"""


@pytest.fixture(scope="module")
def portrait_site(tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("portrait")
    built = build_site(fixture_site(tmp_path, {"docs/portretten/vertrouwen.md": PORTRAIT}), tmp_path / "site")
    assert built.error is None, "\n".join(built.errors + built.warnings) + built.how_to_reproduce()
    return built


def test_fixture_portrait_has_a_card_and_filter_pages(portrait_site):
    overview = portrait_site.html("portretten/")
    assert [a.get_text() for a in overview.select(".lho-card__title a")] == ["Vertrouwen als vertrekpunt"]
    filters = {a.get_text(): a["href"] for a in overview.select(".lho-filters li a")}
    assert filters == {"Zuid-Kennemerland": "regio/zuid-kennemerland/", "3. Verantwoorden": "belofte/3/"}
    for url, label in filters.items():
        page = portrait_site.html(f"portretten/{label}")
        assert [a.get_text() for a in page.select(".lho-card__title a")] == ["Vertrouwen als vertrekpunt"]
        assert page.select_one(".lho-filters a[aria-current]").get_text() == url


def test_fixture_portrait_page_shows_its_facts_and_links_to_its_promise(portrait_site):
    page = portrait_site.html("portretten/vertrouwen/")
    assert definitions(page.select_one("section.lho-facts dl")) == {
        "Bestuur": "Stichting Voorbeeld & Co", "Regio": "Zuid-Kennemerland", "Bestuurders": "An de Vries, Bo Jansen",
        "Scholen": "12", "Leerlingen": "3400"}
    assert "https://example.org/manifest/#belofte-3" in {
        urljoin("https://example.org/portretten/vertrouwen/", a["href"]) for a in page.select(".lho-links a")}
    manifest_links = {a["href"] for a in portrait_site.html("manifest/").select(".md-content a")}
    assert "../portretten/vertrouwen/" in manifest_links




BAD_DATA = {
    "unknown-person": (
        {"data/networks.yml": "- id: n\n  name: N\n  status: lopend\n  participants: 1\n  duration: x\n"
                              "  meetings: x\n  summary: x\n  description: x\n  people:\n"
                              "    - person: piet\n      role: deelnemer\n"},
        ["data/networks.yml:10: onbekende persoon 'piet' — kies uit: marc, jan"]),
    "person-without-role": (
        {"data/networks.yml": "- id: n\n  name: N\n  status: lopend\n  participants: 1\n  duration: x\n"
                              "  meetings: x\n  summary: x\n  description: x\n  people:\n    - person: marc\n"},
        ["data/networks.yml:10: het verplichte veld 'people.role' ontbreekt — voeg een regel toe, bijvoorbeeld "
         "people.role: deelnemer"]),
    "wrong-type-and-duplicate-id": (
        {"data/people.yml": "- id: marc\n  name: Marc\n- id: marc\n  name: [Marc, Jan]\n"},
        ["data/people.yml:4: 'name' moet tekst zijn, maar is een lijst — schrijf de tekst tussen aanhalingstekens: "
         'name: "…"']),
    "duplicate-slug": (
        {"data/people.yml": "- id: marc\n  name: Marc\n- id: marc\n  name: Marc Tweede\n- id: jan\n  name: Jan\n"},
        ["data/people.yml:3: 'marc' staat er twee keer in (ook op regel 1) — geef elk item een eigen id"]),
    "unknown-promise-network-and-campaign-in-a-post": (
        {"docs/nieuws/posts/2024-02-01-b.md": "---\ntitle: B\ndate: 2024-02-01\ncategories: [Actualiteit]\n"
                                              "description: x\nmanifest: [9]\ncampaigns: [stop, start]\n"
                                              "network: netwerk-b\n---\n\nTekst.\n"},
        ["docs/nieuws/posts/2024-02-01-b.md:6: onbekende belofte '9' — kies uit: 1, 3",
         "docs/nieuws/posts/2024-02-01-b.md:7: onbekende campagne 'start' — kies uit: stop",
         "docs/nieuws/posts/2024-02-01-b.md:8: onbekend netwerk 'netwerk-b' — bedoel je 'netwerk-a'? kies uit: "
         "netwerk-a"]),
    "portrait-missing-fields": (
        {"docs/portretten/p.md": "---\ntitle: P\ndescription: x\nboard: B\nregion: R\ndate: 2024-13-01\n"
                                 "manifest: 3\n---\n\nTekst.\n"},
        ["docs/portretten/p.md:2: het verplichte veld 'bestuurders' ontbreekt — voeg een regel toe, bijvoorbeeld "
         "bestuurders: [Naam Achternaam]",
         "docs/portretten/p.md:6: '2024-13-01' is geen bestaande datum — schrijf date: JJJJ-MM-DD, bijvoorbeeld "
         "2021-03-04",
         "docs/portretten/p.md:7: 'manifest' moet een lijst zijn, maar is een getal — schrijf het als lijst, "
         "bijvoorbeeld manifest: [3]"]),
    "duplicate-promise": (
        {"data/manifest.yml": "title: M\nintro: x\npromises:\n  - {number: 1, title: A, text: a}\n"
                              "  - {number: 1, title: B, text: b}\n"},
        ["data/manifest.yml:5: number 1 staat er twee keer in — geef elk item een eigen number"]),
}


@pytest.mark.parametrize("case", BAD_DATA)
def test_bad_data_fails_with_dutch_path_line_message(tmp_path, case):
    files, expected = BAD_DATA[case]
    built = build_site(fixture_site(tmp_path, files), tmp_path / "site")
    assert built.error is not None, built.how_to_reproduce()
    assert built.errors[:-1] == expected, built.how_to_reproduce()

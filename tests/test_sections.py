"""Manifest, campaigns, learning networks and portraits: pages made from data/, cross-linked both ways.

The checks of every site (tests/sites.py) derive what they expect from its content; the
portrait and bad-data cases own their fixture content."""

import json
from urllib.parse import urljoin

import pytest

from sitebuild import build_site, definitions, fixture_site
from test_findable import sitemap_entries


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


def test_every_network_has_its_page_with_facts_and_people(site):
    for network in site.model.networks.values():
        page = site.html(network.url)
        assert page.select_one(".md-content h1").get_text(strip=True) == network.name
        assert facts(page) == {"Status": network.status_label, "Deelnemers": network.participants,
                               "Looptijd": network.duration, "Bijeenkomsten": network.meetings}
        assert people(page) == {m.person.name: (m.role_label, m.quote) for m in network.members}


def test_networks_overview_lists_every_network(site):
    listed = [a.get_text() for a in site.html("netwerken/").select(".lho-card__title a")]
    assert listed == [n.name for n in site.model.networks.values()]


def test_generated_pages_are_in_navigation_sitemap_and_search(site):
    base, model = site.model.data.url, site.model
    sidebar = [a.get_text(strip=True) for a in site.html("netwerken/").select(".md-nav--primary .md-nav__link")]
    assert {n.name for n in model.networks.values()} <= set(sidebar)
    sitemap = {loc for loc, _ in sitemap_entries(site)}
    pages = ["manifest/", *(c.url for c in model.campaigns.values()), *(n.url for n in model.networks.values())]
    assert {base + url for url in pages} <= sitemap
    index = json.loads((site.site_dir / "search" / "search_index.json").read_text())
    locations = {doc["location"] for doc in index["docs"]}
    assert {n.url for n in model.networks.values()} | {p.url for p in model.manifest.promises.values()} <= locations


def links_from(site, url):
    base = site.model.data.url
    return {urljoin(base + url, a["href"]) for a in site.html(url).select(".md-content a[href]")}


def test_manifest_promises_list_their_posts_and_portraits_which_link_back(site):
    base, model = site.model.data.url, site.model
    page = site.html("manifest/")
    from_manifest = links_from(site, "manifest/")
    for promise in model.manifest.promises.values():
        assert page.select_one(f"#{promise.anchor}").get_text(strip=True).startswith(f"{promise.number}. {promise.title}")
        for item in [*model.posts_about(promise), *model.portraits_about(promise)]:
            assert base + item.url in from_manifest
            assert base + promise.url in links_from(site, item.url)
    mentioned = {p.url for promise in model.manifest.promises.values() for p in model.posts_about(promise)}
    for post in model.public:
        if post.url not in mentioned:
            assert base + post.url not in from_manifest


def test_campaign_pages_have_their_call_count_and_posts(site):
    base = site.model.data.url
    for campaign in site.model.campaigns.values():
        page = site.html(campaign.url)
        assert page.select_one(".md-content h1").get_text(strip=True) == campaign.title
        assert page.select_one(".lho-count").get_text(" ", strip=True) == (
            f"{campaign.signatories} bestuurders ondertekenden de oproep (stand op {campaign.counted_text}).")
        for post in site.model.posts_about(campaign):
            assert base + post.url in links_from(site, campaign.url)
            assert base + campaign.url in links_from(site, post.url)


def test_portraits_overview_shows_every_portrait_or_says_none_are_there_yet(site):
    page = site.html("portretten/")
    titles = [a.get_text() for a in page.select(".lho-card__title a")]
    assert titles == [p.title for p in site.model.portraits]
    empty = page.select_one(".lho-empty")
    assert (empty is not None) == (not site.model.portraits)
    if empty:
        assert empty.h2.get_text() == "In voorbereiding"


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
        "Scholen": "12", "Leerlingen": "3.400"}
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
        ["data/networks.yml:10: het verplichte veld 'people.role' ontbreekt — voeg onder people: een regel toe, "
         "bijvoorbeeld role: deelnemer"]),
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
         "docs/portretten/p.md:5: onbekende regio 'R' — kies uit: Zuid-Kennemerland, Noord-Holland",
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

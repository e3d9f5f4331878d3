"""Bad input fails the build with every problem at once, in Dutch, as path:line: what — fix.

Each case copies tests/fixtures/minimal, makes one mistake an editor makes, and builds it
with the real hooks; the whole log must be those Dutch lines and nothing in English.
"""

import datetime as dt
import logging
import shutil

import pytest

from lho_site.content.dates import dutch_day
from sitebuild import ROOT, build_site, fixture_site

POST = "docs/nieuws/posts/2024-02-01-bericht.md"
OTHER = "docs/nieuws/posts/2024-01-10-eerste-bericht.md"
PORTRAIT = "docs/portretten/voorbeeld.md"


def post(front_matter: str, body: str = "Tekst.\n") -> str:
    return f"---\n{front_matter}---\n\n{body}"


GOOD = 'title: Bericht\ndate: 2024-02-01\ncategories: [Actualiteit]\ndescription: Samenvatting.\n'
GOOD_PORTRAIT = ("title: Portret\ndescription: Over een bestuur.\nboard: Stichting\nregion: Zuid-Kennemerland\n"
                 "bestuurders: [An]\ndate: 2024-05-01\nmanifest: [3]\n")
DATE_FIX = "schrijf date: JJJJ-MM-DD (bijvoorbeeld 2024-04-17) of JJJJ-MM-DD UU:MM (bijvoorbeeld 2024-04-17 10:30)"
FILE_NAME_FIX = "(kleine letters, cijfers en streepjes)"
LINK_FIX = ("link naar een bericht met zijn bestandsnaam, zoals [tekst](2024-04-17-titel.md), of plak het webadres "
            "van een bestaande pagina van de site")


EXAMPLE_ALT = "Bestuurders in gesprek aan een lange tafel"
UNSEEN = "dus wie de {0} niet kan zien, hoort niet wat erop staat"
IN_BRACKETS = f"schrijf tussen ![ en ] wat er op de afbeelding te zien is, zoals ![{EXAMPLE_ALT}]"
IN_ALT = ('schrijf in alt="…" wat er op de afbeelding te zien is, zoals '
          f'<img src="/nieuws/posts/fotos/zaal.svg" alt="{EXAMPLE_ALT}">')
DRAWING = '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30"><rect width="40" height="30"/></svg>'


COPIED = "Vorige maand kwamen twintig bestuurders bijeen in Zwolle.\n\nZe spraken  over vertrouwen en ruimte.\n"


def failed_build(tmp_path, files=None, remove=()):
    built = build_site(fixture_site(tmp_path, files, remove), tmp_path / "site")
    assert built.error is not None, f"the build should have failed; {built.how_to_reproduce()}"
    return built


CASES = {
    "yaml-does-not-parse": (
        {POST: post('title: Bericht\ndate: 2024-02-01\ncategories: [Actualiteit\ndescription: x\n')},
        [f"{POST}:4: de front matter is geen geldige YAML: een lijst tussen [ en ] is niet afgesloten — sluit de "
         "lijst af met ], zoals categories: [Actualiteit]"],
    ),
    "colon-in-unquoted-title": (
        {POST: post('title: Terugblik: 2023\ndate: 2024-02-01\ncategories: [Actualiteit]\ndescription: x\n')},
        [f"{POST}:2: de front matter is geen geldige YAML: er staat een dubbele punt midden in een waarde — "
         'schrijf title: "Terugblik: 2023" (met dubbele aanhalingstekens om de hele tekst)'],
    ),
    "quotes-inside-a-quoted-title": (
        {POST: post(GOOD.replace("Bericht", '"Het "nieuwe" leren"'))},
        [f'{POST}:2: de front matter is geen geldige YAML: de tekst tussen aanhalingstekens ("…") bevat zelf ook een "; '
         "daar eindigt voor YAML de tekst — schrijf title: 'Het \"nieuwe\" leren' (met enkele aanhalingstekens om de "
         "hele tekst)"],
    ),
    "over-indented-line-in-a-data-file": (
        {"data/people.yml": "- id: marc\n  name: Marc\n    function: facilitator\n"},
        ["data/people.yml:3: dit bestand is geen geldige YAML: deze regel springt verder in dan 'name:' erboven — "
         "begin de regel met 2 spaties, net als 'name:'"],
    ),
    "hash-in-unquoted-title": (
        {POST: post(GOOD.replace("title: Bericht", "title: Regiobijeenkomst #3 in Noord-Holland"))},
        [f"{POST}:2: de tekst van 'title' stopt bij '#': in YAML begint daar een opmerking — zet de hele tekst "
         'tussen aanhalingstekens: title: "Regiobijeenkomst #3 in Noord-Holland"'],
    ),
    "no-front-matter": (
        {POST: "title: Bericht\n\nTekst.\n"},
        [f"{POST}:1: dit bestand begint niet met front matter tussen twee regels --- — begin het bestand met ---, "
         "dan de velden (zoals title: en description:), en sluit af met ---"],
    ),
    "front-matter-not-closed": (
        {POST: "---\n" + GOOD + "\nTekst.\n"},
        [f"{POST}:1: de front matter begint met ---, maar er staat geen regel --- na de velden — zet na het laatste "
         "veld, vóór de tekst, een regel met alleen ---"],
    ),
    "front-matter-closed-on-the-last-line-without-a-line-break": (
        {POST: "---\n" + GOOD + "---"},
        [f"{POST}:6: het bestand houdt op na de regel --- van de front matter, zonder regeleinde — zet na die regel "
         "--- een lege regel, of de tekst van het bericht"],
    ),
    "front-matter-without-fields": (
        {POST: post("Alleen een zin\n")},
        [f"{POST}:2: de front matter bevat geen velden — schrijf elk veld als 'naam: waarde' op een eigen regel"],
    ),
    "missing-and-empty-fields": (
        {POST: post('title: ""\ndate: 2024-02-01\ncategories: [Actualiteit]\n')},
        [f"{POST}:2: 'title' is leeg — vul 'title' in of laat de regel weg als het veld niet verplicht is",
         f"{POST}:2: het verplichte veld 'description' ontbreekt — voeg een regel toe, bijvoorbeeld description: "
         '"Schrijf hier in één of twee zinnen waar het bericht over gaat."'],
    ),
    "impossible-date": (
        {POST: post(GOOD.replace("2024-02-01", "2024-13-01"))},
        [f"{POST}:3: '2024-13-01' is geen bestaande datum — {DATE_FIX}"],
    ),
    "not-a-date": (
        {POST: post(GOOD.replace("2024-02-01", "gisteren"))},
        [f"{POST}:3: 'gisteren' is geen bestaande datum — {DATE_FIX}"],
    ),
    "year-typo": (
        {POST: post(GOOD.replace("2024-02-01", "2062-02-01"))},
        [f"{POST}:3: de datum 1 februari 2062 ligt meer dan een jaar in de toekomst — controleer het jaartal; een "
         "bericht verschijnt op de datum die er staat"],
    ),
    "unknown-category-and-author": (
        {POST: post(GOOD.replace("[Actualiteit]", "[Actualitijt]") + "authors: [jan]\n")},
        [f"{POST}:4: onbekende categorie 'Actualitijt' — bedoel je 'Actualiteit'? kies uit: Actualiteit, "
         "Bijeenkomsten",
         f"{POST}:6: onbekende auteur 'jan' — kies uit: kerngroep"],
    ),
    "string-where-a-list-is-wanted": (
        {POST: post(GOOD.replace("[Actualiteit]", "Actualiteit"))},
        [f"{POST}:4: 'categories' moet een lijst zijn, maar is een tekst — schrijf het als lijst, bijvoorbeeld "
         "categories: [Actualiteit]"],
    ),
    "unknown-field": (
        {POST: post(GOOD + "darft: true\n")},
        [f"{POST}:6: onbekend veld 'darft' — bedoel je 'draft'? toegestaan zijn: title, date, categories, "
         "description, authors, draft, slug, image, image_alt, image_focus, event, manifest, campaigns, network, aliases, id"],
    ),
    "markup-in-title": (
        {POST: post(GOOD.replace("title: Bericht", "title: 'Toetsvrij <img src=x onerror=\"alert(1)\"> in Alkmaar'"))},
        [f"{POST}:2: 'title' bevat HTML-code ('<i…'); dit veld is gewone tekst — haal de code weg; opmaak, links en "
         "afbeeldingen horen in de tekst van het bericht"],
    ),
    "missing-image": (
        {POST: post(GOOD + "image: foto.jpg\nimage_alt: Een zaal vol bestuurders\n")},
        [f"{POST}:6: de afbeelding 'foto.jpg' bestaat niet (gezocht als docs/nieuws/posts/foto.jpg) — zet het "
         "bestand op die plek of verbeter het pad; het pad telt vanaf de map van het bericht"],
    ),
    "photo-description-that-describes-nothing": (
        {POST: post(GOOD + "image: foto.jpg\nimage_alt: IMG_2231.jpg\n")},
        [f"{POST}:6: de afbeelding 'foto.jpg' bestaat niet (gezocht als docs/nieuws/posts/foto.jpg) — zet het "
         "bestand op die plek of verbeter het pad; het pad telt vanaf de map van het bericht",
         f"{POST}:7: de beschrijving van de foto (image_alt) is de bestandsnaam 'IMG_2231.jpg', {UNSEEN.format('foto')}"
         f' — schrijf wat er op de foto te zien is, zoals image_alt: "{EXAMPLE_ALT}"'],
    ),
    "image-descriptions-in-the-text-that-describe-nothing": (
        {POST: post(GOOD, "Inleiding.\n\n![](fotos/zaal.svg)\n\n![IMG_2231.jpg](fotos/zaal.svg)\n\n![foto][zaal]\n\n"
                          '<img src="/nieuws/posts/fotos/zaal.svg" alt="afbeelding"> <img src="/nieuws/posts/fotos/zaal.svg">\n\n'
                          "`![](code.jpg)`\n\n[zaal]: fotos/zaal.svg\n"),
         "docs/nieuws/posts/fotos/zaal.svg": DRAWING,
         PORTRAIT: post(GOOD_PORTRAIT, "![Plaatje](zaal.svg)\n"), "docs/portretten/zaal.svg": DRAWING},
        [f"{POST}:10: de beschrijving van de afbeelding fotos/zaal.svg is leeg, {UNSEEN.format('afbeelding')} — "
         f"{IN_BRACKETS}(fotos/zaal.svg)",
         f"{POST}:12: de beschrijving van de afbeelding fotos/zaal.svg is de bestandsnaam 'IMG_2231.jpg', "
         f"{UNSEEN.format('afbeelding')} — {IN_BRACKETS}(fotos/zaal.svg)",
         f"{POST}:14: de beschrijving van de afbeelding [zaal] is alleen 'foto', {UNSEEN.format('afbeelding')} — "
         f"{IN_BRACKETS}[zaal]",
         f"{POST}:16: de beschrijving van de afbeelding /nieuws/posts/fotos/zaal.svg is alleen 'afbeelding', "
         f"{UNSEEN.format('afbeelding')} — {IN_ALT}",
         f"{POST}:16: de beschrijving van de afbeelding /nieuws/posts/fotos/zaal.svg ontbreekt, {UNSEEN.format('afbeelding')} — "
         f"{IN_ALT}",
         f"{PORTRAIT}:11: de beschrijving van de afbeelding zaal.svg is alleen 'Plaatje', "
         f"{UNSEEN.format('afbeelding')} — {IN_BRACKETS}(zaal.svg)"],
    ),
    "old-address-as-full-url": (
        {POST: post(GOOD + "aliases: [https://levehetonderwijs.nl/2021/03/04/oud/]\n")},
        [f"{POST}:6: 'https://levehetonderwijs.nl/2021/03/04/oud/' is een volledig webadres; hier hoort alleen het "
         "deel na de domeinnaam — schrijf /2021/03/04/oud/"],
    ),
    "old-address-twice": (
        {OTHER: post(GOOD.replace("2024-02-01", "2024-01-10").replace("Bericht", "Eerste") + "aliases: [/oud/]\n"),
         POST: post(GOOD + "aliases: [/oud]\n")},
        [f"{POST}:6: het oude adres /oud is al in gebruik (in {OTHER}:6) — een oud adres kan maar naar één pagina "
         "leiden: haal het hier of daar weg"],
    ),
    "old-address-of-the-feed": (
        {POST: post(GOOD + "aliases: [/feed/]\n")},
        [f"{POST}:6: het oude adres /feed/ is al in gebruik (voor de feed van de site) — een oud adres kan maar naar "
         "één pagina leiden: haal het hier of daar weg"],
    ),
    "old-address-is-a-page-here": (
        {POST: post(GOOD + "aliases:\n  - /2021/03/04/oud/\n  - /nieuws/2024/01/eerste-bericht/\n")},
        [f"{POST}:8: het oude adres /nieuws/2024/01/eerste-bericht/ is een adres van deze site "
         "(/nieuws/2024/01/eerste-bericht/) — haal het weg: op dat adres staat al iets anders"],
    ),
    "old-address-with-a-query-on-a-page-here": (
        {POST: post(GOOD + 'aliases: ["/nieuws/?p=12"]\n')},
        [f"{POST}:6: het oude adres /nieuws/?p=12 toont de pagina /nieuws/ van deze site, die niet verder kan "
         "verwijzen — haal het weg of noem een adres dat hier niet bestaat"],
    ),
    "old-category-twice-and-unknown": (
        {"data/wordpress-categories.yml": "- wordpress: nieuws\n  category: Actualiteit\n"
                                          "- wordpress: nieuws\n  category: Bijeenkomsten\n"
                                          "- wordpress: agenda\n  category: Agenda\n"},
        ["data/wordpress-categories.yml:3: 'nieuws' staat er twee keer in (ook op regel 1) — geef elk item een "
         "eigen wordpress",
         "data/wordpress-categories.yml:6: onbekende categorie 'Agenda' — kies uit: Actualiteit, Bijeenkomsten"],
    ),
    "same-url": (
        {"docs/nieuws/posts/2024-01-11-eerste-bericht.md": post(GOOD.replace("2024-02-01", "2024-01-11"))},
        ["docs/nieuws/posts/2024-01-11-eerste-bericht.md:1: dit bericht krijgt hetzelfde webadres "
         "/nieuws/2024/01/eerste-bericht/ als docs/nieuws/posts/2024-01-10-eerste-bericht.md — geef dít bericht "
         "een eigen date: (die staat in het webadres) of een eigen slug: in de front matter; het andere houdt zijn "
         "adres, dat al in feeds en links staat"],
    ),
    "second-title-in-body": (
        {POST: post(GOOD, "Inleiding.\n\n# Kop\n")},
        [f"{POST}:10: de tekst bevat een kop met één # (een tweede titel) — de titel komt uit 'title'; gebruik ## "
         "voor tussenkoppen"],
    ),
    "second-title-without-a-space": (
        {POST: post(GOOD, "Inleiding.\n\n#Wat ging goed?\n\nVeel.\n")},
        [f"{POST}:10: de regel '#Wat ging goed?' begint met één # en wordt zo een kop (een tweede titel) — bedoel je "
         "een tussenkop, schrijf dan ## Wat ging goed?; bedoel je het teken #, schrijf dan \\#Wat ging goed?"],
    ),
    "bad-event-block": (
        {POST: post(GOOD + 'event:\n  date: 2024-02-30\n  start: "kwart over drie"\n  attendees: veel\n')},
        [f"{POST}:7: '2024-02-30' is geen bestaande datum — schrijf date: JJJJ-MM-DD, bijvoorbeeld 2021-03-04",
         f"{POST}:8: 'kwart over drie' is geen geldige tijd — schrijf start: \"UU:MM\", bijvoorbeeld "
         'start: "15:00"',
         f"{POST}:9: 'event.attendees' moet een aantal zijn, maar is 'veel' — schrijf een getal, zoals "
         'attendees: 30, of een korte tekst met een getal, zoals attendees: "ruim 30"'],
    ),
    "event-ends-before-it-starts": (
        {POST: post(GOOD + "event:\n  start: 15.30\n  end: 14:00\n")},
        [f"{POST}:8: de bijeenkomst eindigt (14:00) niet na het begin (15:30) — verbeter start: of end:; een "
         "bijeenkomst tot na middernacht krijgt alleen een begintijd"],
    ),
    "unknown-meeting-status": (
        {POST: post(GOOD + "event:\n  date: 2024-03-07\n  place: Utrecht\n  status: afgeblazen\n")},
        [f"{POST}:9: onbekende status 'afgeblazen' — bedoel je 'afgelast'? kies uit: gepland, afgelast"],
    ),
    "sign-up-that-is-no-address": (
        {POST: post(GOOD + "event:\n  date: 2024-03-07\n  place: online\n  signup: bij Marc\n")},
        [f"{POST}:9: 'bij Marc' is geen webadres en geen e-mailadres — schrijf een volledig webadres, zoals "
         "signup: https://voorbeeld.nl/aanmelden, of een e-mailadres, zoals signup: info@voorbeeld.nl"],
    ),
    "dated-meeting-without-a-place": (
        {POST: post(GOOD + 'event:\n  date: 2024-03-07\n  start: "15:00"\n')},
        [f"{POST}:7: de bijeenkomst heeft een datum maar geen plaats, dus de agenda kan niet zeggen waar hij is — "
         "voeg onder event: de regel place: toe (met twee spaties ervoor, zoals de andere regels van de bijeenkomst) "
         "met de naam en plaats of het adres, of place: online"],
    ),
    "meeting-changed-before-its-post": (
        {POST: post(GOOD + "event:\n  date: 2024-03-07\n  place: Utrecht\n  changed: 2024-01-20 10.00\n")},
        [f"{POST}:9: de wijziging (20 januari 2024 om 10:00) ligt niet na de datum van het bericht (1 februari 2024) — "
         'schrijf bij changed: de dag en tijd waarop je de bijeenkomst veranderde, zoals changed: "2024-04-20 14:00"'],
    ),
    "meeting-a-year-before-its-post": (
        {POST: post(GOOD + "event:\n  date: 2023-03-07\n  place: Utrecht\n")},
        [f"{POST}:7: de bijeenkomst (7 maart 2023) ligt meer dan twee maanden vóór de datum van het bericht "
         "(1 februari 2024), dus hij staat meteen bij de eerdere bijeenkomsten, zonder aanmelden — bedoel je "
         "7 maart 2024? schrijf dan date: 2024-03-07; klopt de datum, geef het bericht dan de datum waarop je het "
         "schrijft"],
    ),
    "meeting-years-after-its-post": (
        {POST: post(GOOD + "event:\n  date: 2062-03-07\n  place: Utrecht\n")},
        [f"{POST}:7: de bijeenkomst (7 maart 2062) ligt meer dan een jaar in de toekomst — bedoel je 7 maart "
         "2024? schrijf dan date: 2024-03-07; klopt de datum, geef het bericht dan de datum waarop je het schrijft"],
    ),
    "date-years-from-its-file-name": (
        {POST: post(GOOD.replace("date: 2024-02-01", "date: 2014-02-01 10:30"))},
        [f"{POST}:3: de datum van het bericht (1 februari 2014) ligt ver van de datum in de bestandsnaam "
         "(1 februari 2024), en die van het bericht bepaalt waar het staat en met welke nieuwsbrief het meegaat — "
         "bedoel je 1 februari 2024? schrijf dan date: 2024-02-01 10:30; klopt de datum, hernoem het bestand dan "
         "naar 2014-02-01-bericht.md"],
    ),
    "copy-made-by-the-web-editor-on-the-same-day": (
        {POST: post(GOOD, COPIED), POST.replace(".md", "-1.md"): post(GOOD, COPIED)},
        [f"{POST.replace('.md', '-1.md')}:2: dit bericht heeft dezelfde titel en samenvatting als {POST} "
         "(1 februari 2024); is het een kopie die nog niet is aangepast? — geef het een eigen titel en samenvatting "
         "(description:), of haal de kopie weg",
         f"{POST.replace('.md', '-1.md')}:8: de tekst van dit bericht is dezelfde als die van {POST} (1 februari "
         "2024); is het een kopie die nog niet is aangepast? — schrijf de tekst van dit bericht, of haal de kopie weg"],
    ),
    "copy-of-an-earlier-post": (
        {OTHER: post(GOOD.replace("2024-02-01", "2024-01-10"), COPIED),
         POST: post(GOOD, COPIED.replace("  ", "\n")),
         "docs/nieuws/posts/2024-02-02-concept.md": post(GOOD.replace("2024-02-01", "2024-02-02") + "draft: true\n",
                                                           COPIED)},
        [f"{POST}:2: dit bericht heeft dezelfde titel en samenvatting als {OTHER} (10 januari 2024); is het een kopie "
         "die nog niet is aangepast? — geef het een eigen titel en samenvatting (description:), of haal de kopie weg",
         f"{POST}:8: de tekst van dit bericht is dezelfde als die van {OTHER} (10 januari 2024); is het een kopie die "
         "nog niet is aangepast? — schrijf de tekst van dit bericht, of haal de kopie weg"],
    ),
    "placeholders-of-make-nieuw": (
        {POST: post(GOOD.replace("Samenvatting.", '"Schrijf hier in één of twee zinnen waar het bericht over gaat."'),
                    "Schrijf hier de tekst van het bericht. Gebruik ## voor tussenkoppen.\n")},
        [f"{POST}:5: de samenvatting is nog de voorbeeldzin van make nieuw — schrijf in description: één of twee "
         "eigen zinnen over het bericht",
         f"{POST}:8: de tekst is nog de voorbeeldzin van make nieuw — vervang die zin door de tekst van het bericht"],
    ),
    "title-without-letters": (
        {"docs/nieuws/posts/2024-02-01-.md": post(GOOD)},
        ["docs/nieuws/posts/2024-02-01-.md:1: de bestandsnaam '2024-02-01-.md' geeft geen geldig webadres — hernoem "
         f"het bestand naar 2024-02-01-korte-titel.md {FILE_NAME_FIX}"],
    ),
    "markdown-file-with-another-extension": (
        {"docs/nieuws/posts/2024-02-01-a.markdown": post(GOOD + "draft: true\n"),
         "docs/nieuws/posts/2024-02-01-b.md.txt": post(GOOD + "draft: true\n"),
         "docs/nieuws/posts/2024-02-01-c.MD": post(GOOD + "draft: true\n")},
        ["docs/nieuws/posts/2024-02-01-a.markdown:1: het bestand '2024-02-01-a.markdown' is geen .md-bestand, dus de "
         "site laat het niet als bericht zien — hernoem het naar 2024-02-01-a.md (kleine letters en streepjes, "
         "zonder .txt erachter)",
         "docs/nieuws/posts/2024-02-01-b.md.txt:1: het bestand '2024-02-01-b.md.txt' is geen .md-bestand, dus de site "
         "laat het niet als bericht zien — hernoem het naar 2024-02-01-b.md (kleine letters en streepjes, zonder .txt erachter)",
         "docs/nieuws/posts/2024-02-01-c.MD:1: het bestand '2024-02-01-c.MD' is geen .md-bestand, dus de site laat "
         "het niet als bericht zien — hernoem het naar 2024-02-01-c.md (kleine letters en streepjes, zonder .txt erachter)"],
    ),
    "unknown-file-type": (
        {"docs/nieuws/posts/verslag.docx": "x"},
        ["docs/nieuws/posts/verslag.docx:1: de site kent het soort bestand 'verslag.docx' niet — zet hier alleen "
         ".md-bestanden, foto's (.jpg, .png, .webp, .gif, .svg) of pdf's"],
    ),
    "iphone-photo": (
        {"docs/nieuws/posts/fotos/IMG_1234.HEIC": "x"},
        ["docs/nieuws/posts/fotos/IMG_1234.HEIC:1: 'IMG_1234.HEIC' is een foto in het formaat van een iPhone (HEIC), "
         "dat niet elke browser kan tonen — zet er een .jpg voor in de plaats: op een Mac in Voorvertoning met "
         "Archief > Exporteer > JPEG, op Windows in Foto's met Opslaan als > .jpg; dan maakt de iPhone voortaan "
         ".jpg's: Instellingen > Camera > Formaten > Meest compatibel"],
    ),
    "photo-name-with-a-space": (
        {"docs/nieuws/posts/Foto Bijeenkomst.jpg": "x"},
        ["docs/nieuws/posts/Foto Bijeenkomst.jpg:1: de naam 'Foto Bijeenkomst.jpg' past niet in een webadres "
         "(spaties of andere tekens) — hernoem het bestand naar foto-bijeenkomst.jpg en pas de verwijzingen aan"],
    ),
    "post-outside-the-posts-folder": (
        {"docs/nieuws/2024-02-01-bericht.md": post(GOOD)},
        ["docs/nieuws/2024-02-01-bericht.md:1: dit bestand staat niet in de map van de berichten, dus de site slaat "
         "het over — verplaats het naar docs/nieuws/posts/"],
    ),
    "region-typo": (
        {PORTRAIT: post(GOOD_PORTRAIT.replace("Zuid-Kennemerland", "Zuid-Kennemerlnd"))},
        [f"{PORTRAIT}:5: onbekende regio 'Zuid-Kennemerlnd' — bedoel je 'Zuid-Kennemerland'? kies uit: "
         "Zuid-Kennemerland, Noord-Holland"],
    ),
    "broken-data-file": (
        {"data/site.yml": "name: Testsite\nabout: [\n", "data/categories.yml": "- name: Actualiteit\n"},
        ["data/categories.yml:1: het verplichte veld 'description' ontbreekt — voeg een regel toe, bijvoorbeeld "
         'description: "Nieuws over …"',
         "data/site.yml:2: dit bestand is geen geldige YAML: een lijst tussen [ en ] is niet afgesloten — sluit de "
         "lijst af met ], zoals categories: [Actualiteit]"],
    ),
}

LINK_CASES = {
    "link-to-a-post-that-does-not-exist": (
        GOOD, "Zie [het verslag](2024-01-11-verslag.md).\n",
        [f"{POST}:8: de link '2024-01-11-verslag.md' leidt naar een pagina die niet bestaat — {LINK_FIX}"]),
    "link-to-a-heading-that-does-not-exist": (
        GOOD, "Zie [het programma](2024-01-10-eerste-bericht.md#programma).\n",
        [f"{POST}:8: de link naar /nieuws/2024/01/eerste-bericht/#programma wijst naar een kopje dat op die pagina "
         "niet staat — haal het stuk vanaf # weg: die pagina heeft geen kopjes om naar te linken"]),
    "inline-image-that-does-not-exist": (
        GOOD, "Inleiding.\n\n![De zaal](fotos/zaal.jpg)\n",
        [f"{POST}:10: de afbeelding 'fotos/zaal.jpg' bestaat niet — zet het bestand op die plek of verbeter het pad; "
         "het pad telt vanaf de map van het bestand"]),
    "image-that-does-not-exist-named-earlier-in-another-address": (
        GOOD, "Op [de site van de zaal](https://elders.nl/fotos/zaal.jpg) staat hij ook.\n\n![De zaal](fotos/zaal.jpg)\n",
        [f"{POST}:10: de afbeelding 'fotos/zaal.jpg' bestaat niet — zet het bestand op die plek of verbeter het pad; "
         "het pad telt vanaf de map van het bestand"]),
    "link-that-leads-nowhere-shown-earlier-as-an-example-in-code": (
        GOOD, "Zo schrijf je een link: `[x](2024-01-11-verslag.md)`.\n\n```\n[x](2024-01-11-verslag.md)\n```\n\n"
              "<!-- [x](2024-01-11-verslag.md) -->\nZie [het verslag](2024-01-11-verslag.md).\n",
        [f"{POST}:15: de link '2024-01-11-verslag.md' leidt naar een pagina die niet bestaat — {LINK_FIX}"]),
    "link-to-a-post-with-a-capital-in-its-name": (
        GOOD, "Zie [het eerste](2024-01-10-Eerste-bericht.md).\n",
        [f"{POST}:8: de link '2024-01-10-Eerste-bericht.md' leidt naar een pagina die niet bestaat — bedoel je "
         "2024-01-10-eerste-bericht.md? schrijf dat dan tussen de haakjes"]),
    "link-to-a-post-with-a-typo-in-its-name": (
        GOOD, "Zie [het eerste](2024-01-10-eerste-berict.md#kop).\n",
        [f"{POST}:8: de link '2024-01-10-eerste-berict.md#kop' leidt naar een pagina die niet bestaat — bedoel je "
         "2024-01-10-eerste-bericht.md#kop? schrijf dat dan tussen de haakjes"]),
    "public-address-that-does-not-exist": (
        GOOD, "Lees [het manifest](https://example.org/manifest/belofte-3/).\n",
        [f"{POST}:8: de link 'https://example.org/manifest/belofte-3/' leidt naar een pagina die niet bestaat — "
         f"{LINK_FIX}"]),
}


def expect_only(built, expected):
    """The build log is exactly these Dutch lines and the count, and nothing in English."""
    assert built.errors[:-1] == expected, built.how_to_reproduce()
    count = len(expected)
    assert built.errors[-1] == f"{count} {'fout' if count == 1 else 'fouten'} in de inhoud; de site is niet gebouwd."
    assert built.warnings == [], built.how_to_reproduce()


@pytest.mark.parametrize("case", CASES)
def test_bad_input_fails_with_dutch_path_line_message(tmp_path, case):
    files, expected = CASES[case]
    expect_only(failed_build(tmp_path, files), expected)


@pytest.mark.parametrize("case", LINK_CASES)
def test_broken_links_fail_with_dutch_path_line_message(tmp_path, case):
    front_matter, body, expected = LINK_CASES[case]
    expect_only(failed_build(tmp_path, {POST: post(front_matter, body)}), expected)


def test_an_image_in_html_written_from_the_files_folder_says_how_to_write_it(tmp_path):
    """In <img> a path counts from the page's address, which editors cannot know; the Markdown way counts from
    the file's folder, as the usual message says: say which is which."""
    files = {POST: post(GOOD, '![Het schema van de dag](fotos/schema.svg)\n\n'
                              '<img src="fotos/schema.svg" alt="Het schema van de dag">\n'),
             "docs/nieuws/posts/fotos/schema.svg": DRAWING}
    expect_only(failed_build(tmp_path, files), [
        f"{POST}:10: de afbeelding 'fotos/schema.svg' staat in <img>, en daar telt het pad vanaf het webadres van de "
        "pagina, niet vanaf de map van het bestand — schrijf de afbeelding als ![beschrijving](fotos/schema.svg): dan "
        "telt het pad vanaf de map van het bestand (en krijgt een foto ook de formaten voor telefoons)"])


def test_an_image_whose_name_differs_only_in_capitals_says_which_is_meant(tmp_path):
    files = {POST: post(GOOD, "Inleiding.\n\n![Het schema van de dag](fotos/Schema.SVG)\n"),
             "docs/nieuws/posts/fotos/schema.svg": DRAWING}
    expect_only(failed_build(tmp_path, files), [
        f"{POST}:10: de afbeelding 'fotos/Schema.SVG' bestaat niet — bedoel je fotos/schema.svg? schrijf dat dan "
        "tussen de haakjes"])


@pytest.mark.parametrize("waiting", ["draft", "date"])
def test_a_link_to_a_post_not_yet_on_the_site_fails_saying_so(tmp_path, waiting):
    """A draft or a post waiting for its date is not built: a link to it would lead nowhere on the site."""
    day = dt.date(2024, 1, 20) if waiting == "draft" else dt.date.today() + dt.timedelta(days=30)
    name = f"{day.isoformat()}-later.md"
    later = GOOD.replace("title: Bericht", "title: Later").replace("2024-02-01", day.isoformat())
    files = {POST: post(GOOD, f"Inleiding.\n\nZie [het volgende]({name}).\n"),
             f"docs/nieuws/posts/{name}": post(later + ("draft: true\n" if waiting == "draft" else ""))}
    built = failed_build(tmp_path, files)
    why = ("nog een concept is (draft: true), dus niet op de site staat — haal de link weg, of zet hem terug als dat "
           "bericht verschijnt (zonder draft: true)") if waiting == "draft" else (
        f"pas op {dutch_day(day)} verschijnt, dus tot dan niet op de site staat — haal de link weg en zet hem terug "
        f"vanaf {dutch_day(day)}")
    assert [error for error in built.errors if error.startswith(POST)] == [
        f"{POST}:10: de link naar {name} leidt naar een bericht dat {why}"], built.errors


def test_a_link_to_a_draft_written_as_a_path_is_found_on_its_line(tmp_path):
    name = "2024-01-20-later.md"
    later = GOOD.replace("title: Bericht", "title: Later").replace("2024-02-01", "2024-01-20")
    files = {POST: post(GOOD, f"Inleiding.\n\nEerst dit.\n\nZie [het volgende](../posts/{name}).\n"),
             f"docs/nieuws/posts/{name}": post(later + "draft: true\n")}
    built = failed_build(tmp_path, files)
    assert [error.split(" — ")[0] for error in built.errors if error.startswith(POST)] == [
        f"{POST}:12: de link naar {name} leidt naar een bericht dat nog een concept is (draft: true), dus niet op de "
        "site staat"], built.errors


@pytest.mark.parametrize("target", ["draft", "later"])
def test_a_post_waiting_for_its_date_that_links_to_a_later_post_or_a_draft_fails_now(tmp_path, target):
    """Not on the day it appears, in the morning's publish: then the link is checked, and nothing is published."""
    soon = dt.date.today() + dt.timedelta(days=30)
    later = soon + dt.timedelta(days=10) if target == "later" else dt.date(2024, 1, 20)
    name = f"{soon.isoformat()}-binnenkort.md"
    linked = f"{later.isoformat()}-daarna.md"
    files = {f"docs/nieuws/posts/{name}": post(GOOD.replace("2024-02-01", soon.isoformat()),
                                               f"Inleiding.\n\nZie [het volgende]({linked}).\n"),
             f"docs/nieuws/posts/{linked}": post(GOOD.replace("title: Bericht", "title: Daarna").replace(
                 "2024-02-01", later.isoformat()) + ("draft: true\n" if target == "draft" else ""))}
    built = failed_build(tmp_path, files)
    what = (f"dat pas op {dutch_day(later)} verschijnt: op {dutch_day(soon)} zou de link nergens heen leiden en de "
            f"site niet gebouwd worden — geef dit bericht een datum op of na {dutch_day(later)}, of haal de link weg"
            ) if target == "later" else ("dat nog een concept is (draft: true): op die dag zou de link nergens heen "
                                          "leiden en de site niet gebouwd worden — haal de link weg, of zet hem terug "
                                          "als dat bericht verschijnt")
    expect_only(built, [f"docs/nieuws/posts/{name}:10: dit bericht verschijnt op {dutch_day(soon)} en linkt naar "
                        f"{linked}, {what}"])


def test_links_to_places_on_two_pages_are_each_reported_on_their_own_line(tmp_path):
    """MkDocs writes a link to a file as the page's address: the line is found by the file's name."""
    other = "docs/nieuws/posts/2024-01-20-tweede.md"
    files = {POST: post(GOOD, "Zie [a](2024-01-10-eerste-bericht.md#programma).\n\nEn [b](2024-01-20-tweede.md#programma).\n"),
             other: post(GOOD.replace("title: Bericht", "title: Tweede").replace("2024-02-01", "2024-01-20"))}
    built = failed_build(tmp_path, files)
    assert [error.split(": de link naar ")[0] for error in built.errors if error.startswith(POST)] == [
        f"{POST}:8", f"{POST}:10"], built.errors


def test_links_that_work_pass(tmp_path):
    body = ("Zie [het eerste](2024-01-10-eerste-bericht.md), [de site](https://example.org/nieuws/), "
            "[de voorpagina](https://example.org/), [ook](https://example.org), [en](/), "
            "[het manifest](/manifest/index.md#beloftes), [een kop](#een-kop) en [elders](https://example.com/x).\n\n"
            "## Een kop\n")
    built = build_site(fixture_site(tmp_path, {POST: post(GOOD, body)}), tmp_path / "site")
    assert built.error is None and built.warnings == [], built.how_to_reproduce()


def test_what_editors_write_the_dutch_way_is_read_as_they_mean_it(tmp_path):
    files = {POST: post(GOOD.replace("2024-02-01", "2024-02-01 10.30") + "event:\n  start: 15.30\n  end: 17.00\n"),
             PORTRAIT: post(GOOD_PORTRAIT + "pupils: 3.800\n")}
    built = build_site(fixture_site(tmp_path, files), tmp_path / "site")
    assert built.error is None, built.how_to_reproduce()
    page = built.html("nieuws/2024/02/bericht/")
    assert page.select_one("article time")["datetime"].startswith("2024-02-01T10:30")
    assert "15:30–17:00" in page.select_one(".lho-facts").get_text()
    assert "3.800" in built.html("portretten/voorbeeld/").select_one(".lho-facts").get_text()


def test_all_problems_of_all_files_come_at_once(tmp_path):
    files = {
        "docs/nieuws/posts/2024-03-01-a.md": post(GOOD.replace("[Actualiteit]", "Actualiteit")),
        "docs/nieuws/posts/2024-03-02-b.md": post(GOOD.replace("2024-02-01", "2024-02-31")),
        "data/authors.yml": "- id: kerngroep\n- id: kerngroep\n  name: Dubbel\n",
    }
    built = failed_build(tmp_path, files)
    assert [e.split(":")[0] for e in built.errors[:-1]] == [
        "data/authors.yml", "docs/nieuws/posts/2024-03-01-a.md", "docs/nieuws/posts/2024-03-02-b.md"]
    assert built.errors[-1] == "3 fouten in de inhoud; de site is niet gebouwd."


def test_valid_fixture_builds_without_warnings(tmp_path):
    built = build_site(fixture_site(tmp_path), tmp_path / "site")
    assert built.error is None and built.warnings == [], built.how_to_reproduce()


def test_scheduled_posts_are_listed_in_the_build_output(tmp_path):
    day = dt.date.today() + dt.timedelta(days=40)
    later = f"docs/nieuws/posts/{day}-later.md"
    built = build_site(fixture_site(tmp_path, {later: post(GOOD.replace("2024-02-01", f"{day} 09:30"))}),
                       tmp_path / "site")
    assert built.error is None, built.how_to_reproduce()
    assert [m for m in built.messages(logging.INFO) if m.startswith("Gepland")] == [
        f"Gepland: {later} verschijnt op {dutch_day(day)} om 09:30"]


DRAFT = "docs/nieuws/posts/2024-02-02-concept.md"
DRAFT_PORTRAIT = "docs/portretten/concept.md"
HIDDEN = {
    DRAFT: post(GOOD.replace("Bericht", "Concept") + "draft: true\n"),
    DRAFT_PORTRAIT: post(GOOD_PORTRAIT.replace("Portret", "Conceptportret") + "draft: true\n"),
}


def listed_titles(built, url="nieuws/"):
    return [h.get_text(strip=True) for h in built.html(url).select(".lho-card__title")]


def test_drafts_are_left_out_of_the_build(tmp_path):
    built = build_site(fixture_site(tmp_path, HIDDEN), tmp_path / "site")
    assert built.error is None, built.how_to_reproduce()
    assert listed_titles(built) == ["Eerste bericht"]
    assert listed_titles(built, "portretten/") == []
    assert not built.file("nieuws/2024/02/concept/").exists()
    assert not built.file("portretten/concept/").exists()


def test_drafts_are_shown_in_the_preview(tmp_path):
    built = build_site(fixture_site(tmp_path, HIDDEN), tmp_path / "site", command="serve")
    assert built.error is None, built.how_to_reproduce()
    assert listed_titles(built) == ["Concept", "Eerste bericht"]
    note = built.html("nieuws/").select_one(".lho-card .lho-preview-note").get_text(strip=True)
    assert note == "Concept: dit bericht staat niet op de gepubliceerde site."
    assert built.file("nieuws/2024/02/concept/").exists()
    assert listed_titles(built, "portretten/") == ["Conceptportret"]


def test_problems_are_github_annotations_on_their_line(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    files, _ = CASES["impossible-date"]
    failed_build(tmp_path, files)
    assert capsys.readouterr().out.splitlines() == [
        f"::error file={POST},line=3,title=Fout in de inhoud::'2024-13-01' is geen bestaande datum — {DATE_FIX}"]


def test_a_house_style_without_a_colour_the_drawings_need_fails_in_dutch(tmp_path):
    """The wordmark, icons and share cards are drawn in the house style's colours (CONTRIBUTING.md, "De huisstijl")."""
    config = fixture_site(tmp_path)
    overrides = config.parent / "overrides"
    shutil.copytree(ROOT / "overrides", overrides)
    stylesheet = overrides / "assets" / "stylesheets" / "huisstijl.css"
    stylesheet.write_text(stylesheet.read_text(encoding="utf-8").replace("--lho-brand: #", "--lho-brand: blauw; /* #"),
                          encoding="utf-8")
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace(f'"{ROOT}/overrides"', f'"{overrides}"'), encoding="utf-8")
    built = build_site(config, tmp_path / "site")
    expect_only(built, ["overrides/assets/stylesheets/huisstijl.css:1: de huisstijl geeft geen kleur --lho-brand, en "
                        "daarmee tekent de site het woordmerk en de deelplaatjes — zet in :root een regel als "
                        "--lho-brand: #1d4f73;"])


def test_copies_an_editors_program_keeps_beside_a_file_are_left_out_of_the_site(tmp_path):
    """Emacs and gedit keep post.md~ (and #post.md# while editing) beside the file; the Mac's Finder .DS_Store."""
    name = POST.rsplit("/", 1)[1]
    files = {POST: post(GOOD), f"{POST}~": post(GOOD), POST.replace(name, f"#{name}#"): post(GOOD),
             "docs/nieuws/posts/.DS_Store": "x", "data/categories.yml~": "x"}
    built = build_site(fixture_site(tmp_path, files), tmp_path / "site")
    assert built.error is None, built.errors
    left = [path.name for path in built.site_dir.rglob("*") if path.name.endswith(("~", "#", ".DS_Store"))]
    assert left == []



def test_a_year_typo_in_a_new_post_asks_for_the_day_in_its_file_name(tmp_path):
    today = dt.date.today()
    typo = today.replace(year=today.year + 20, day=min(today.day, 28))
    name = f"docs/nieuws/posts/{today.isoformat()}-nieuw.md"
    files = {name: post(GOOD.replace("2024-02-01", typo.isoformat()))}
    expect_only(failed_build(tmp_path, files), [
        f"{name}:3: de datum {dutch_day(typo)} ligt meer dan een jaar in de toekomst — bedoel je {dutch_day(today)}? "
        f"schrijf dan date: {today.isoformat()}; anders: controleer het jaartal; een bericht verschijnt op de datum "
        "die er staat"])

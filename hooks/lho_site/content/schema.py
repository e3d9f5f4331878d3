"""The content model as data: every kind of record editors write, its fields, and the rules between them.

The build validates with these (content/fields.py, content/rules.py), and the same data
writes the field tables of CONTRIBUTING.md (`python -m lho_tools.field_docs`), the files of
`make nieuw` and the WordPress import (content/writer.py), and the forms of the web editor
with their checks (outputs/cms_config.py). A field added here appears in all of them; tests
fail when a copy drifts, and when a field has no attribute in its record (tests/unit/test_records.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from .fields import Field
from .rules import After, Requires, Rule

DESCRIPTION_PLACEHOLDER = "Schrijf hier in één of twee zinnen waar het bericht over gaat."
BODY_PLACEHOLDER = "Schrijf hier de tekst van het bericht. Gebruik ## voor tussenkoppen."
"""What `make nieuw` writes for the editor to replace; a published post that still has it is an error."""


@dataclass(frozen=True)
class Schema:
    """One kind of record: its fields, and where such records are kept."""

    name: str
    label: str
    """Dutch, plural: what the web editor calls the collection."""
    path: str
    """A folder of Markdown pages (ending in /), or a data file."""
    fields: tuple[Field, ...]
    key: str | None = None
    """A data file that is a list: the field that names each entry (unique)."""
    rules: tuple[Rule, ...] = ()
    """How fields go together (content/rules.py): the build, the docs and the web editor check them."""

    @property
    def is_pages(self) -> bool:
        return self.path.endswith("/")

    def field(self, name: str) -> Field:
        """The field at `name`, a dotted path into blocks ("event.end")."""
        fields, found = self.fields, None
        for part in name.split("."):
            found = next(f for f in fields if f.name == part)
            fields = found.fields
        return found


_IMAGE = Field("image", "image", label="Foto",
               help="een foto bij de tekst: het pad vanaf het bestand, zoals fotos/bijeenkomst.jpg",
               example="fotos/bijeenkomst.jpg",
               form_help="een foto boven de tekst; vul dan ook de beschrijving van de foto in")
_IMAGE_ALT = Field("image_alt", "text", label="Beschrijving van de foto",
                   help="wat er op de foto te zien is, voor wie hem niet kan zien",
                   example='"Bestuurders in gesprek aan een lange tafel"',
                   form_help="wat er op de foto te zien is, voor wie hem niet kan zien. Verplicht bij een foto")
_DRAFT = Field("draft", "boolean", label="Concept",
               help="true: een concept, dat niet op de site komt (wel in het voorbeeld)", example="true",
               form_help="aan: een concept, dat niet op de site komt (wel in het voorbeeld)")
_IMAGE_FOCUS = Field("image_focus", "focus", label="Belangrijkste plek",
                     help="waar het belangrijkste van de foto staat, van links en van boven, voor de uitsnede in "
                          "overzichten en bij het delen; zonder dit veld het midden",
                     example='"50% 30%"')
_ALIASES = Field("aliases", "address", many=True, label="Oude adressen",
                 help="oude webadressen die hierheen moeten leiden, zoals die van de oude WordPress-site: "
                      "het deel na de domeinnaam, beginnend met /",
                 example="[/2021/03/04/online-regiobijeenkomst/, \"/?p=123\"]")
_PROMISES = Field("manifest", "reference", refers_to="promises", many=True, label="Beloftes",
                  help="de nummers van de beloftes uit het manifest waar het over gaat, zoals [3]", example="[3]",
                  form_help="de beloftes uit het manifest waar het over gaat", attribute="promises")

MEETING_STATUSES = (("gepland", "Gepland"), ("afgelast", "Afgelast"))

EVENT = Field("event", "block", label="Bijeenkomst",
              help="de gegevens van een bijeenkomst, ingesprongen eronder (zie hieronder)", example="",
              form_help="alleen bij een verslag of aankondiging van een bijeenkomst", fields=(
                  Field("date", "date", label="Datum",
                        help="de dag van de bijeenkomst; met een datum staat hij in de agenda", example="2021-03-04"),
                  Field("start", "time", label="Begint om", help="de begintijd", example='"15:00"'),
                  Field("end", "time", label="Eindigt om", help="de eindtijd", example='"17:00"'),
                  Field("place", "text", label="Plaats",
                        help="waar: de naam en plaats of het adres, of online",
                        example="online"),
                  Field("signup", "link", label="Aanmelden",
                        help="een webadres of e-mailadres om je aan te melden; staat bij een komende bijeenkomst",
                        example="kerngroep@levehetonderwijs.nl"),
                  Field("status", "choice", label="Status",
                        help="gepland, of afgelast als de bijeenkomst niet doorgaat: hij blijft dan als afgelast in "
                             "de agenda staan", example="afgelast", choices=MEETING_STATUSES),
                  Field("changed", "moment", label="Gewijzigd op",
                        help="verander je de datum, tijd, plaats of status van een aangekondigde bijeenkomst, schrijf "
                             "dan hier de dag en tijd van die wijziging: zo nemen de agenda's van leden haar over",
                        example='"2024-04-20 14:00"'),
                  Field("attendees", "amount", label="Aanwezig", help="hoeveel mensen er waren",
                        example='"ruim 30"'),
              ))

PHOTO_RULES = (
    Requires("image_alt", when="image", what="de afbeelding heeft geen beschrijving voor wie haar niet kan zien",
             fix="voeg image_alt: toe met een korte beschrijving van wat er op de afbeelding staat",
             form_message="Beschrijf wat er op de foto te zien is (Beschrijving van de foto): wie de foto niet kan "
                          "zien, hoort zo wat erop staat."),
    Requires("image", when="image_alt", what="'image_alt' staat er, maar 'image' ontbreekt",
             fix="voeg image: toe met het pad van de afbeelding, of haal image_alt weg"),
)
MEETING_RULES = (
    After("event.end", "event.start", what="de bijeenkomst eindigt ({later}) niet na het begin ({earlier})",
          fix="verbeter start: of end:; een bijeenkomst tot na middernacht krijgt alleen een begintijd"),
    Requires("event.start", when="event.end", what="de bijeenkomst heeft een eindtijd maar geen begintijd",
             fix='voeg onder event: de regel start: toe (met twee spaties ervoor, zoals de andere regels van de '
                 'bijeenkomst), zoals start: "15:00"'),
    Requires("event.place", when="event.date",
             what="de bijeenkomst heeft een datum maar geen plaats, dus de agenda kan niet zeggen waar hij is",
             fix="voeg onder event: de regel place: toe (met twee spaties ervoor, zoals de andere regels van de "
                 "bijeenkomst) met de naam en plaats of het adres, of place: online"),
    After("event.changed", "date", what="de wijziging ({later}) ligt niet na de datum van het bericht ({earlier})",
          fix='schrijf bij changed: de dag en tijd waarop je de bijeenkomst veranderde, zoals changed: "2024-04-20 14:00"'),
)

POST = Schema("berichten", "Nieuwsberichten", "docs/nieuws/posts/", (
    Field("title", "text", True, "Titel",
          "de titel. Zet hem tussen aanhalingstekens, zeker als er een dubbele punt of een # in staat",
          '"Terugkijken om vooruit te dromen"', form_help="de titel boven het bericht"),
    Field("date", "moment", True, "Datum",
          "2024-04-17, of met tijd 2024-04-17 10:30 (Nederlandse tijd). Een datum in de toekomst: het bericht "
          "verschijnt op die dag", "2024-04-17", attribute="moment"),
    Field("categories", "reference", True, "Categorieën",
          "een lijst met namen uit data/categories.yml, zoals [Actualiteit] of [Bijeenkomsten, Manifest]",
          "[Actualiteit]", refers_to="categories", many=True,
          form_help="één of meer; een nieuwe categorie zet je eerst bij Categorieën"),
    Field("description", "text", True, "Samenvatting",
          "één of twee zinnen: in de overzichten, zoekmachines en de feed", f'"{DESCRIPTION_PLACEHOLDER}"'),
    Field("authors", "reference", label="Auteurs",
          help="een lijst met namen (id) uit data/authors.yml, zoals [kerngroep]", example="[kerngroep]",
          refers_to="authors", many=True, form_help="wie het bericht schreef; een nieuwe auteur zet je eerst bij Auteurs"),
    _DRAFT,
    Field("slug", "slug", label="Webadres",
          help="het laatste deel van het webadres, als het anders moet dan de bestandsnaam", example="mijn-bericht"),
    _IMAGE,
    _IMAGE_ALT,
    _IMAGE_FOCUS,
    EVENT,
    _PROMISES,
    Field("campaigns", "reference", label="Campagnes",
          help="campagnes uit data/campaigns.yml waar het bericht over gaat",
          example="[stop-nu-het-verplichten-van-toetsen]", refers_to="campaigns", many=True),
    Field("network", "reference", label="Leernetwerk",
          help="het leernetwerk uit data/networks.yml waar het bericht over gaat", example="verbindend-vernieuwen",
          refers_to="networks"),
    _ALIASES,
    Field("id", "id", label="Feed-id",
          help="alleen als je een gepubliceerd bericht een andere bestandsnaam geeft: de oude id (bij een bericht "
               "van de oude WordPress-site: zijn WordPress-id)",
          example='"tag:levehetonderwijs.nl,2024:nieuws/2024-04-17-zelfreflectie-2023-voornemens-2024"', attribute="guid"),
), rules=PHOTO_RULES + MEETING_RULES)

PORTRAIT = Schema("portretten", "Bestuurlijke portretten", "docs/portretten/", (
    Field("title", "text", True, "Titel", "de titel van het portret", '"Vertrouwen als vertrekpunt"'),
    Field("description", "text", True, "Samenvatting", "één of twee zinnen voor het overzicht",
          '"Hoe een bestuur de ruimte teruggeeft aan de scholen."'),
    Field("board", "text", True, "Bestuur", "de naam van het schoolbestuur", '"Stichting Voorbeeld"'),
    Field("region", "reference", True, "Regio", "een regio uit data/regions.yml", "Zuid-Kennemerland",
          refers_to="regions", form_help="een nieuwe regio zet je eerst bij Regio's"),
    Field("bestuurders", "text", True, "Bestuurders", "een lijst met de namen van de bestuurders",
          "[Naam Achternaam]", many=True),
    Field("date", "date", True, "Datum", "de dag waarop het portret verschijnt", "2024-05-01"),
    Field("manifest", "reference", True, "Beloftes", "de nummers van de beloftes die het portret laat zien",
          "[3]", refers_to="promises", many=True, attribute="promises"),
    Field("schools", "number", label="Scholen", help="het aantal scholen", example="12"),
    Field("pupils", "number", label="Leerlingen", help="het aantal leerlingen, zoals 3400 of 3.400", example="3400"),
    _IMAGE,
    _IMAGE_ALT,
    _IMAGE_FOCUS,
    _DRAFT,
    _ALIASES,
), rules=PHOTO_RULES)

_TEXT_BLOCK = (Field("title", "text", True, "Kop", "de kop van het blok", '"Wat is Leve het Onderwijs?"'),
               Field("text", "paragraphs", True, "Tekst", "de tekst; een lege regel begint een nieuwe alinea", "|"))

SITE = Schema("site", "Site", "data/site.yml", (
    Field("name", "text", True, "Naam", "de naam van de beweging", '"Leve het Onderwijs!"'),
    Field("url", "link", True, "Webadres", "het webadres van de site; links ernaar worden gecontroleerd",
          "https://levehetonderwijs.nl/"),
    Field("description", "text", True, "Omschrijving",
          "één zin over de beweging: de missie bovenaan de home, en voor zoekmachines",
          '"Een beweging van schoolbestuurders …"'),
    Field("about", "block", True, "Over ons",
          "het blok 'Wat is Leve het Onderwijs?' onder elke pagina behalve de home",
          fields=_TEXT_BLOCK),
    Field("newsletter", "block", True, "Nieuwsbrief",
          "het blok over de nieuwsbrief onder elke pagina; op de home staat het in de pagina zelf",
          fields=_TEXT_BLOCK + (
              Field("signup_url", "link", True, "Aanmelden", "webadres of e-mailadres om je aan te melden",
                    "kerngroep@levehetonderwijs.nl"),
              Field("signup_label", "text", True, "Tekst van de knop", "de tekst op de aanmeldknop", "Aanmelden"),
          )),
    Field("contact_email", "email", True, "Contact", "het e-mailadres voor contact", "kerngroep@levehetonderwijs.nl"),
    Field("news_per_page", "number", True, "Berichten per pagina", "hoeveel berichten een overzicht toont", "20"),
    Field("feed_length", "number", True, "Berichten in de feed", "hoeveel berichten de feeds tonen", "20"),
    Field("id_prefix", "text", True, "Begin van de feed-id's", "verander dit nooit", '"tag:levehetonderwijs.nl,2024:"'),
))

CATEGORY = Schema("categorieen", "Categorieën", "data/categories.yml", (
    Field("name", "name", True, "Naam", "de naam, zoals berichten hem noemen", "Actualiteit"),
    Field("description", "text", True, "Omschrijving", "één zin over de categorie", '"Nieuws over …"'),
), key="name")

AUTHOR = Schema("auteurs", "Auteurs", "data/authors.yml", (
    Field("id", "slug", True, "Id", "de naam die berichten gebruiken bij authors:", "kerngroep",
          form_help="een korte naam in kleine letters, met streepjes in plaats van spaties, zoals kerngroep"),
    Field("name", "text", True, "Naam", "de naam zoals hij onder een bericht staat", '"Kerngroep Leve het Onderwijs!"'),
    Field("role", "text", label="Functie", help="functie en organisatie", example='"Directeur POZK"'),
), key="id")

WORDPRESS_CATEGORY = Schema("wordpress", "WordPress-categorieën", "data/wordpress-categories.yml", (
    Field("wordpress", "slug", True, "WordPress-categorie",
          "de korte naam van een categorie van de oude WordPress-site, zoals in haar adres /category/nieuws/", "nieuws",
          attribute="slug"),
    Field("category", "reference", True, "Categorie", "de categorie uit data/categories.yml die ervoor in de plaats komt",
          "Actualiteit", refers_to="categories"),
), key="wordpress")
"""Optional: what `make importeer-wordpress` maps the old categories to, and where their old addresses lead."""

REGION = Schema("regios", "Regio's", "data/regions.yml", (
    Field("name", "name", True, "Naam", "de naam van de regio, zoals portretten hem noemen", "Zuid-Kennemerland"),
), key="name")

PERSON = Schema("mensen", "Mensen", "data/people.yml", (
    Field("id", "slug", True, "Id", "de naam die networks.yml gebruikt bij person:", "marc-coenders",
          form_help="voornaam en achternaam in kleine letters, met streepjes, zoals marc-coenders"),
    Field("name", "text", True, "Naam", "voornaam en achternaam", '"Marc Coenders"'),
    Field("function", "text", label="Functie", help="zoals rector of bestuurder", example="rector"),
    Field("organisation", "text", label="Organisatie", help="school of organisatie", example='"RSG Broklede"'),
    Field("place", "text", label="Plaats", help="de plaats van de organisatie", example="Breukelen"),
), key="id")

ROLES = (("facilitator", "Facilitator"), ("penvoerder", "Penvoerder"), ("initiatiefnemer", "Initiatiefnemer"),
         ("deelnemer", "Deelnemer"))
STATUSES = (("lopend", "Lopend"), ("in oprichting", "In oprichting"))

NETWORK = Schema("netwerken", "Leernetwerken", "data/networks.yml", (
    Field("id", "slug", True, "Id", "het laatste deel van het webadres van het netwerk, zoals /netwerken/verbindend-vernieuwen/",
          "eindverantwoordelijk-schoolleiders"),
    Field("name", "text", True, "Naam", "de naam van het netwerk", '"Eindverantwoordelijk Schoolleiders"'),
    Field("status", "choice", True, "Status", "lopend of in oprichting", "lopend", choices=STATUSES),
    Field("participants", "text", True, "Deelnemers", "hoeveel deelnemers", '"Ongeveer 15"'),
    Field("duration", "text", True, "Looptijd", "sinds wanneer of hoe lang", '"Sinds 2006"'),
    Field("meetings", "text", True, "Bijeenkomsten", "hoe vaak en hoe lang", '"Twee keer per jaar"'),
    Field("summary", "text", True, "Samenvatting", "één zin voor het overzicht", '"Eén zin over het netwerk."'),
    Field("description", "paragraphs", True, "Beschrijving", "de beschrijving; een lege regel begint een nieuwe alinea",
          "|"),
    Field("people", "block", True, "Mensen", "wie er meedoen, elk met person: en role:",
          "{person: marc-coenders, role: facilitator}", many=True,
          form_help="wie er meedoen, elk met een rol; een nieuwe persoon zet je eerst bij Mensen", fields=(
              Field("person", "reference", True, "Persoon", "een id uit data/people.yml", "marc-coenders",
                    refers_to="people", form_help="iemand uit Mensen"),
              Field("role", "choice", True, "Rol", "facilitator, penvoerder, initiatiefnemer of deelnemer",
                    "deelnemer", choices=ROLES),
              Field("quote", "text", label="Uitspraak", help="een korte uitspraak van die persoon",
                    example='"De opbrengst zit in de deelname"'),
          ), attribute="members"),
), key="id")

MANIFEST = Schema("manifest", "Manifest", "data/manifest.yml", (
    Field("title", "text", True, "Titel", "de titel van de manifestpagina", '"Het manifest"'),
    Field("intro", "paragraphs", True, "Inleiding", "de inleiding; een lege regel begint een nieuwe alinea", "|"),
    Field("promises", "block", True, "Beloftes", "de beloftes, elk met number:, title: en text:",
          "{number: 3, title: …, text: …}", many=True, unique="number",
          form_help="de beloftes, elk met een eigen nummer, een titel en een tekst", fields=(
              Field("number", "number", True, "Nummer", "het nummer van de belofte", "3"),
              Field("title", "text", True, "Titel", "de belofte in een paar woorden",
                    '"Je willen verantwoorden en transparant zijn"'),
              Field("text", "paragraphs", True, "Tekst", "wat de belofte inhoudt", "|"),
          )),
))

CAMPAIGN = Schema("campagnes", "Campagnes", "data/campaigns.yml", (
    Field("id", "slug", True, "Id", "het laatste deel van het webadres van de campagne, onder /manifest/",
          "stop-nu-het-verplichten-van-toetsen"),
    Field("title", "text", True, "Titel", "de naam van de campagne", '"Stop nu het verplichten van toetsen"'),
    Field("summary", "text", True, "Samenvatting", "één zin over de campagne", '"Eén zin over de campagne."'),
    Field("call", "paragraphs", True, "Oproep", "de tekst van de oproep; een lege regel begint een nieuwe alinea",
          "|"),
    Field("signatories", "number", True, "Ondertekenaars", "hoeveel bestuurders ondertekenden", "57"),
    Field("counted_on", "date", True, "Geteld op", "de dag waarop dat aantal geteld is", "2021-03-04"),
    Field("sign", "link", label="Tekenen",
          help="waar een bestuurder de oproep tekent: een webadres of een e-mailadres. Zonder dit veld vraagt "
               "de pagina Doe mee hem de kerngroep te mailen", example="https://voorbeeld.nl/oproep-tekenen"),
), key="id")

NEWSLETTER_NOTE = Schema("nieuwsbrief", "Nieuwsbrieven", "data/newsletter.yml", (
    Field("quarter", "quarter", True, "Kwartaal", "jaar en kwartaal (1 tot en met 4)", '"2024-2"'),
    Field("ready", "date", label="Verschijnt op",
          help="een dag in het kwartaal: de nieuwsbrief verschijnt dan, in plaats van na het kwartaal",
          example="2024-06-20", attribute="published_at"),
    Field("intro", "paragraphs", label="Inleiding", help="de inleiding van de redactie", example="|"),
), key="quarter")

PAGE = Schema("paginas", "Vaste pagina's", "docs/", (
    Field("title", "text", True, "Titel", "de titel van de pagina", '"Over ons"'),
    Field("description", "text", label="Samenvatting", help="één zin over de pagina, voor zoekmachines",
          example='"Wie Leve het Onderwijs! is."'),
    Field("template", "choice", label="Sjabloon", help="alleen voor de overzichtspagina's die er al een hebben",
          example="networks.html", choices=(("home.html", "de homepagina"), ("networks.html", "de leernetwerken"),
                                            ("portraits.html", "de portretten"))),
    Field("hide", "choice", label="Verbergen", help="navigation en/of toc: het menu of de inhoudsopgave weglaten",
          example="[navigation, toc]", many=True, choices=(("navigation", "het menu"), ("toc", "de inhoudsopgave"))),
    _ALIASES,
))
"""The hand-written pages outside the news and the portraits (over-ons.md, privacy.md, the home page):
only these fields, so that no page asks the theme for a template or an icon it cannot show."""

ALL = (POST, PORTRAIT, SITE, CATEGORY, AUTHOR, WORDPRESS_CATEGORY, REGION, PERSON, NETWORK, MANIFEST, CAMPAIGN, NEWSLETTER_NOTE)

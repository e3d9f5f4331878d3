"""Where a link may lead: what a web address or an e-mail link may hold beyond its plain form.

A link can do more than its text shows. An e-mail link with ?bcc= sends every signer's
mail to a third party as well; https://levehetonderwijs.nl@elders.example/ goes to
elders.example, whatever it starts with; a host in other letters than a–z can look like
this site's own. Both the fields that hold a link (a campaign's `sign:`, a meeting's
`signup:`) and the links in a text are checked here.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, unquote, urlsplit

MAIL_FIELDS = {"subject", "body"}
"""What an e-mail link may fill in beside the one address: the subject and the text."""
_HOST = re.compile(r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+")
_ADDRESS = re.compile(r"[^@\s<>?,;:/\\\"]+@[a-z0-9.-]+\.[a-z]{2,}", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_IP = re.compile(r"[0-9.]+")
"""A host of digits and dots: an IP address (127.0.0.1 is the own computer), never a site's name."""


def link_problem(href: str) -> str | None:
    """What is wrong with the link `href` (Dutch), or None. Links within the site and to a phone number pass."""
    if _CONTROL.search(unquote(href)):
        return "het adres bevat een onzichtbaar stuurteken"
    parts = urlsplit(href)
    scheme = parts.scheme.lower()
    if scheme in ("http", "https"):
        if "@" in parts.netloc:
            return (f"het adres gaat naar {parts.netloc.rpartition('@')[2]}, niet naar wat vóór de @ staat "
                    "(een adres met een naam en @ erin)")
        try:
            _ = parts.port  # urllib checks the number only when asked
        except ValueError:
            return "het poortnummer na de : in het adres bestaat niet"
        host = (parts.hostname or "").lower()
        if host == "localhost" or host.endswith(".localhost") or _IP.fullmatch(host) or ":" in host:
            return ("het adres wijst naar een computer zelf (localhost of een IP-adres), zoals de voorvertoning van "
                    "make serve op je eigen computer, niet naar een site op internet; plak het adres van de site zelf")
        if not _HOST.fullmatch(host):
            return ("de domeinnaam heeft andere tekens dan a–z, cijfers en streepjes (hij kan lijken op een andere, "
                    "bekende naam)")
    if scheme == "mailto":
        recipients = unquote(parts.path)
        headers = {key.lower() for key, _ in parse_qsl(parts.query, keep_blank_values=True)}
        if not _ADDRESS.fullmatch(recipients):
            return "een e-maillink heeft precies één e-mailadres"
        if headers - MAIL_FIELDS:
            return (f"de e-maillink vult ook {', '.join(sorted(headers - MAIL_FIELDS))} in: elke mail gaat dan "
                    "ongemerkt ook naar een ander adres of krijgt andere kopregels")
    return None


FIX = ("link naar een gewoon webadres (https://domein.nl/…) of één e-mailadres, eventueel met ?subject=…; "
       "schrijf een domeinnaam met andere letters in zijn xn--vorm")

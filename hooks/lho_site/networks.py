"""Learning networks (leernetwerken) and the people in them: data/networks.yml, data/people.yml."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .data_files import read_entries, slug
from .fields import Field, block, list_of, named, one_of, paragraphs, text
from .problems import Problems

NETWORKS = "netwerken"
ROLES = {"facilitator": "Facilitator", "penvoerder": "Penvoerder", "initiatiefnemer": "Initiatiefnemer",
         "deelnemer": "Deelnemer"}
STATUSES = {"lopend": "Lopend", "in oprichting": "In oprichting"}


@dataclass(frozen=True)
class Person:
    id: str
    name: str
    function: str | None = None
    organisation: str | None = None
    place: str | None = None

    @property
    def affiliation(self) -> str:
        """'rector, RSG Broklede, Breukelen': what is known, in that order."""
        return ", ".join(part for part in (self.function, self.organisation, self.place) if part)


@dataclass(frozen=True)
class Member:
    person: Person
    role: str
    quote: str | None = None

    @property
    def role_label(self) -> str:
        return ROLES[self.role]


@dataclass(frozen=True)
class Network:
    id: str
    name: str
    status: str
    participants: str
    duration: str
    meetings: str
    summary: str
    description: str
    members: tuple[Member, ...]

    @property
    def url(self) -> str:
        return f"{NETWORKS}/{self.id}/"

    @property
    def src_uri(self) -> str:
        return f"{NETWORKS}/{self.id}.md"

    @property
    def status_label(self) -> str:
        return STATUSES[self.status]

    @property
    def paragraphs(self) -> list[str]:
        return paragraphs(self.description)


_PERSON_FIELDS = [
    Field("id", slug, True, "marc-coenders"),
    Field("name", text, True, "Marc Coenders"),
    Field("function", text),
    Field("organisation", text),
    Field("place", text),
]


def load_people(root: Path, problems: Problems) -> dict[str, Person]:
    return {record["id"]: Person(**record)
            for _, record in read_entries(root, "data/people.yml", _PERSON_FIELDS, problems, "id")}


def _network_fields(people: dict[str, Person] | None) -> list[Field]:
    member = block([
        Field("person", named(people, "onbekende persoon"), True, "marc-coenders"),
        Field("role", one_of({role: role for role in ROLES}, "onbekende rol"), True, "deelnemer"),
        Field("quote", text),
    ], "person: …, role: deelnemer")
    return [
        Field("id", slug, True, "eindverantwoordelijk-schoolleiders"),
        Field("name", text, True, "Eindverantwoordelijk Schoolleiders"),
        Field("status", one_of({status: status for status in STATUSES}, "onbekende status"), True, "lopend"),
        Field("participants", text, True, "Ongeveer 15"),
        Field("duration", text, True, "Sinds 2006"),
        Field("meetings", text, True, "Twee keer per jaar"),
        Field("summary", text, True, '"Eén zin over het netwerk."'),
        Field("description", text, True, "|"),
        Field("people", list_of(member, "{person: marc-coenders, role: facilitator}"), True, ""),
    ]


def load_networks(root: Path, people: dict[str, Person] | None, problems: Problems) -> dict[str, Network] | None:
    """The networks; with `people` None (its file is broken) they are only checked, and None is returned."""
    records = read_entries(root, "data/networks.yml", _network_fields(people), problems, "id")
    if people is None:
        return None
    networks = {}
    for _, record in records:
        members = tuple(Member(m["person"], m["role"], m.get("quote")) for m in record.pop("people"))
        networks[record["id"]] = Network(**record, members=members)
    return networks

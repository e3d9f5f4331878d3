"""Learning networks (leernetwerken) and the people in them: data/networks.yml, data/people.yml."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..routes import NETWORKS
from .data_files import read_entries
from .fields import paragraphs
from .problems import Problems
from .schema import NETWORK, PERSON, ROLES, STATUSES


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
        return dict(ROLES)[self.role]


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
    def title(self) -> str:
        """What its page is called: its name."""
        return self.name

    @property
    def src_uri(self) -> str:
        return f"{NETWORKS}/{self.id}.md"

    @property
    def status_label(self) -> str:
        return dict(STATUSES)[self.status]

    @property
    def paragraphs(self) -> list[str]:
        return paragraphs(self.description)


def load_people(root: Path, problems: Problems) -> dict[str, Person]:
    return {record["id"]: Person(**record)
            for _, record in read_entries(root, PERSON, {}, problems)}


def load_networks(root: Path, people: dict[str, Person] | None, problems: Problems) -> dict[str, Network] | None:
    """The networks; with `people` None (its file is broken) they are only checked, and None is returned."""
    records = read_entries(root, NETWORK, {"people": people}, problems)
    if people is None:
        return None
    networks = {}
    for _, record in records:
        members = tuple(Member(m["person"], m["role"], m.get("quote")) for m in record.pop("people"))
        networks[record["id"]] = Network(**record, members=members)
    return networks

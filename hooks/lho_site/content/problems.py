"""Problems found in editors' content, reported all at once in Dutch."""

from __future__ import annotations

from dataclasses import dataclass, field

_LONGEST = 400


@dataclass(frozen=True, order=True)
class Problem:
    """One mistake: where it is, what is wrong, and what to write instead."""

    path: str
    line: int
    what: str
    fix: str

    def __post_init__(self) -> None:
        # One line each, of a readable length, whatever an editor's value quoted in it holds.
        for name in ("what", "fix"):
            text = " ".join(getattr(self, name).split())
            object.__setattr__(self, name, text if len(text) <= _LONGEST else text[:_LONGEST - 1] + "…")

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.what} — {self.fix}"

    def github_annotation(self) -> str:
        """A GitHub Actions workflow command: shows the problem on its line of the pull request."""
        def escape(value: str, extra: str = "") -> str:
            value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
            for char in extra:
                value = value.replace(char, f"%{ord(char):02X}")
            return value

        return (f"::error file={escape(self.path, ':,')},line={self.line},title=Fout in de inhoud::"
                f"{escape(f'{self.what} — {self.fix}')}")


class ContentError(Exception):
    """Raised when a build finds problems; carries every one of them."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems)
        count = len(self.problems)
        self.summary = f"{count} {'fout' if count == 1 else 'fouten'} in de inhoud; de site is niet gebouwd."
        super().__init__("\n".join([self.summary, *map(str, self.problems)]))


@dataclass
class Problems:
    """Collects problems across all files of one build."""

    found: list[Problem] = field(default_factory=list)

    def add(self, path: str, line: int, what: str, fix: str) -> None:
        self.found.append(Problem(path, line, what, fix))

    def raise_if_any(self) -> None:
        if self.found:
            raise ContentError(self.found)

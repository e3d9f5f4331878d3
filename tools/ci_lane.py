"""Which make target a pull request's check runs (.github/workflows/check.yml): `check`, the fast
lane, when every changed file (one path a line on stdin, as `git diff --name-only` prints them) is
content, in docs/ or data/; `test`, everything, as soon as one is not (or nothing is listed)."""

import sys

CONTENT = ("docs/", "data/")


def lane(paths: list[str]) -> str:
    return "check" if paths and all(path.startswith(CONTENT) for path in paths) else "test"


if __name__ == "__main__":
    print(lane([line.strip() for line in sys.stdin if line.strip()]))

"""The page `make serve` shows in the browser when the content has problems, like Hugo's server does."""

from __future__ import annotations

from collections.abc import Sequence

from jinja2 import Environment

from ..content.problems import ContentError, Problem


def error_page(problems: Sequence[Problem], templates: Environment) -> str:
    """Every problem, one line each, on a page that reloads once the problems are fixed."""
    error = ContentError(list(problems))
    return templates.get_template("pages/content-errors.html").render(summary=error.summary, problems=error.problems)

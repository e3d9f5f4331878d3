"""The Leve het Onderwijs! site: content model, loading and validation.

Pure Python, no MkDocs imports: hooks/site_hooks.py adapts MkDocs events to it.
"""

from .content.problems import ContentError, Problem
from .site import Site, load_site

__all__ = ["ContentError", "Problem", "Site", "load_site"]

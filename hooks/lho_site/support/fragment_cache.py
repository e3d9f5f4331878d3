"""`{% cache key %}…{% endcache %}` for Jinja: render a fragment once per key per build.

Material renders the whole navigation, the tabs and its JavaScript configuration
for every page, yet they differ only by where the page sits (the relative base
URL) and which menu item is active. With thousands of posts that are not in the
menu, caching those fragments by that key removes most of the template work.
The cache lives on the Jinja environment, which MkDocs makes anew for every build.
"""

from __future__ import annotations

from jinja2 import nodes
from jinja2.ext import Extension


class FragmentCache(Extension):
    tags = {"cache"}

    def __init__(self, environment):
        super().__init__(environment)
        environment.extend(fragment_cache={})

    def parse(self, parser):
        lineno = next(parser.stream).lineno
        key = parser.parse_expression()
        body = parser.parse_statements(("name:endcache",), drop_needle=True)
        return nodes.CallBlock(self.call_method("_render", [key]), [], [], body).set_lineno(lineno)

    def _render(self, key, caller):
        store = self.environment.fragment_cache
        if key not in store:
            store[key] = caller()
        return store[key]

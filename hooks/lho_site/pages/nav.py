"""Adding generated pages to the `nav:` of mkdocs.yml, under the section of their overview page."""

from __future__ import annotations


def extend_nav(nav: list | None, children: dict[str, list[tuple[str, str]]], top: bool = True) -> list | None:
    """A copy of `nav` where the section holding each overview page (a key of `children`)
    also lists that overview's children as (title, src_uri); the children of "" end the top level."""
    if nav is None:
        return None
    extended = []
    for item in nav:
        if isinstance(item, dict) and len(item) == 1:
            (title, value), = item.items()
            if isinstance(value, list):
                value = extend_nav(value, children, top=False)
                overview = next((v for v in value if isinstance(v, str) and v in children), None)
                if overview:
                    value = value + [{name: uri} for name, uri in children[overview]]
                item = {title: value}
        extended.append(item)
    return extended + ([{name: uri} for name, uri in children.get("", ())] if top else [])


def nav_pages(nav: list | None) -> set[str]:
    """Every page file `nav` names."""
    found: set[str] = set()
    for item in nav or ():
        value = next(iter(item.values())) if isinstance(item, dict) and len(item) == 1 else item
        if isinstance(value, list):
            found |= nav_pages(value)
        elif isinstance(value, str) and "://" not in value:
            found.add(value)
    return found

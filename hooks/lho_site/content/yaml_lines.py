"""YAML reading that remembers on which line every key and item stands.

Editors get told `file:line`, so every mapping and list we load keeps the
file line of its keys and items. Dates, clock times and numbers with a dot
stay the text the editor typed: we parse them ourselves to give a Dutch message
instead of PyYAML's bare ValueError (an impossible date like 2024-13-01), a
silent sexagesimal number (15:00 would otherwise load as 900) or a float that
drops what was meant (15.30 would load as 15.3, the Dutch 3.800 as 3.8).

YAML that does not parse raises YamlSyntaxError, explained in Dutch (yaml_explanations.py).
"""

from __future__ import annotations

import re

import yaml

from .yaml_explanations import explain

_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# Same pattern MkDocs uses (mkdocs/utils/meta.py), so that what we validate is
# exactly what MkDocs will read as front matter.
FRONT_MATTER = re.compile(r"^-{3}[ \t]*\n(.*?\n)(?:\.{3}|-{3})[ \t]*\n", re.DOTALL)

_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_FLOAT = "tag:yaml.org,2002:float"
_CLOCK_TIME = re.compile(r"^[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?$")
# A comment after a value: from # to the end of the line (at any of YAML's line breaks).
_COMMENT = re.compile(r"[ \t]*(#[^\r\n\x85\u2028\u2029]*)")


class LineDict(dict):
    """A mapping with the file line of the mapping and of each key, and the comments after its values."""

    line: int = 1
    key_lines: dict
    duplicate_keys: list
    key_comments: dict

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)

    def comment_after(self, key: str) -> str | None:
        """The comment right after the key's unquoted value, on its line ("#3 in Noord-Holland"), or None.

        YAML leaves it out of the value: `title: Regiobijeenkomst #3` is "Regiobijeenkomst".
        """
        return self.key_comments.get(key)


class LineList(list):
    """A list with the file line of the list and of each item."""

    line: int = 1
    item_lines: list

    def line_of(self, index: int) -> int:
        return self.item_lines[index] if index < len(self.item_lines) else self.line


class _LineLoader(_BaseLoader):
    line_offset = 0
    source = ""

    yaml_implicit_resolvers = {
        first: [(tag, rx) for tag, rx in resolvers if tag not in (_TIMESTAMP, _FLOAT)]
        for first, resolvers in _BaseLoader.yaml_implicit_resolvers.items()
    }

    def file_line(self, node: yaml.Node) -> int:
        return node.start_mark.line + 1 + self.line_offset

    def comment_after(self, node: yaml.Node) -> str | None:
        # Only plain values (style None, or "" from libyaml): in quoted and block text a # is text.
        if not isinstance(node, yaml.ScalarNode) or node.style:
            return None
        comment = _COMMENT.match(self.source, node.end_mark.index)
        return comment.group(1).rstrip() if comment else None


for _digit in "0123456789":
    _LineLoader.yaml_implicit_resolvers.setdefault(_digit, []).insert(
        0, ("tag:yaml.org,2002:str", _CLOCK_TIME)
    )


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode):
    data = LineDict()
    yield data
    data.update(loader.construct_mapping(node))
    data.line = loader.file_line(node)
    data.key_lines = {}
    data.duplicate_keys = []
    data.key_comments = {}
    for key_node, value_node in node.value:
        key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
        if key in data.key_lines:
            data.duplicate_keys.append((key, loader.file_line(key_node)))
        else:
            data.key_lines[key] = loader.file_line(key_node)
        data.key_comments[key] = loader.comment_after(value_node)  # of a repeated key: the last, like the value


def _construct_sequence(loader: _LineLoader, node: yaml.SequenceNode):
    data = LineList()
    yield data
    data.extend(loader.construct_sequence(node))
    data.line = loader.file_line(node)
    data.item_lines = [loader.file_line(item) for item in node.value]


def _construct_int(loader: _LineLoader, node: yaml.ScalarNode):
    """A whole number, but one of more digits than any count (Python refuses to read thousands of them)
    stays the text it is, for the field's parser to refuse in Dutch."""
    if len(node.value) > 30:
        return node.value
    return yaml.constructor.SafeConstructor.construct_yaml_int(loader, node)


_LineLoader.add_constructor("tag:yaml.org,2002:int", _construct_int)
_LineLoader.add_constructor("tag:yaml.org,2002:map", _construct_mapping)
_LineLoader.add_constructor("tag:yaml.org,2002:seq", _construct_sequence)


class YamlSyntaxError(Exception):
    """YAML that does not parse: the file line to change, and in Dutch what is wrong and what to write."""

    def __init__(self, line: int, problem: str, fix: str) -> None:
        super().__init__(problem)
        self.line = line
        self.problem = problem
        self.fix = fix

    def explain(self, what: str) -> tuple[str, str]:
        """Dutch (what is wrong, what to write instead); `what` names the YAML that is broken."""
        return f"{what} is geen geldige YAML: {self.problem}", self.fix


def load(text: str, line_offset: int = 0):
    """Parse YAML text; `line_offset` is the number of file lines before it."""
    try:
        return _load(text, line_offset)
    except yaml.MarkedYAMLError as error:
        line, problem, fix = explain(text, error, _BaseLoader)
        raise YamlSyntaxError(line + 1 + line_offset, problem, fix) from None
    except yaml.reader.ReaderError as error:
        raise YamlSyntaxError(text.count("\n", 0, error.position) + 1 + line_offset,
                              "er staat een onzichtbaar teken in de tekst",
                              "typ deze regel opnieuw (bij kopiëren uit Word of een pdf komen soms onzichtbare tekens mee)",
                              ) from None


def _load(text: str, line_offset: int):
    loader = _LineLoader(text)
    loader.line_offset = line_offset
    loader.source = text
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()


def split_front_matter(text: str) -> tuple[str, str, int] | None:
    """Return (front matter, body, file line where the body starts), or None."""
    match = FRONT_MATTER.match(text)
    if not match:
        return None
    body_line = text.count("\n", 0, match.end()) + 1
    return match.group(1), text[match.end():], body_line

"""YAML reading that remembers on which line every key and item stands.

Editors get told `file:line`, so every mapping and list we load keeps the
file line of its keys and items. Dates, clock times and numbers with a dot
stay the text the editor typed: we parse them ourselves to give a Dutch message
instead of PyYAML's bare ValueError (an impossible date like 2024-13-01), a
silent sexagesimal number (15:00 would otherwise load as 900) or a float that
drops what was meant (15.30 would load as 15.3, the Dutch 3.800 as 3.8).
"""

from __future__ import annotations

import re

import yaml

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


_LineLoader.add_constructor("tag:yaml.org,2002:map", _construct_mapping)
_LineLoader.add_constructor("tag:yaml.org,2002:seq", _construct_sequence)


# The parser's English problems that editors run into, explained in Dutch.
_EXPLAINED = [
    ("mapping values are not allowed", "er staat een dubbele punt midden in een waarde",
     "zet tekst met een dubbele punt tussen aanhalingstekens, zoals title: \"Terugblik: 2023\""),
    ("expected ',' or ']'", "een lijst tussen [ en ] is niet afgesloten",
     "sluit de lijst af met ], zoals categories: [Actualiteit]"),
    ("cannot start any token", "er staat een tab of een teken dat YAML niet verwacht",
     "gebruik spaties in plaats van tabs, en zet tekst die met een leesteken begint tussen aanhalingstekens"),
    ("could not find expected ':'", "een regel mist de dubbele punt tussen veldnaam en waarde",
     "schrijf elk veld als naam: waarde"),
    ("found unexpected end of stream", "aanhalingstekens zijn niet gesloten",
     "sluit de tekst af met hetzelfde aanhalingsteken als waarmee hij begint"),
]
_GENERAL_FIX = "controleer de inspringing (spaties, geen tabs) en zet tekst met een dubbele punt tussen aanhalingstekens"


class YamlSyntaxError(Exception):
    """YAML that does not parse, with the file line where the parser gave up."""

    def __init__(self, line: int, detail: str) -> None:
        super().__init__(detail)
        self.line = line
        self.detail = detail

    def explain(self, what: str) -> tuple[str, str]:
        """Dutch (what is wrong, what to write instead); `what` names the YAML that is broken."""
        for english, dutch, fix in _EXPLAINED:
            if english in self.detail:
                return f"{what} is geen geldige YAML: {dutch}", fix
        return f"{what} is geen geldige YAML ({self.detail})", _GENERAL_FIX


def load(text: str, line_offset: int = 0):
    """Parse YAML text; `line_offset` is the number of file lines before it."""
    loader = _LineLoader(text)
    loader.line_offset = line_offset
    loader.source = text
    try:
        return loader.get_single_data()
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 + line_offset if mark else line_offset + 1
        raise YamlSyntaxError(line, error.problem or str(error)) from None
    except yaml.YAMLError as error:
        raise YamlSyntaxError(line_offset + 1, str(error)) from None
    finally:
        loader.dispose()


def split_front_matter(text: str) -> tuple[str, str, int] | None:
    """Return (front matter, body, file line where the body starts), or None."""
    match = FRONT_MATTER.match(text)
    if not match:
        return None
    body_line = text.count("\n", 0, match.end()) + 1
    return match.group(1), text[match.end():], body_line

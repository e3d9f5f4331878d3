"""CONTRIBUTING.md reads on GitHub as it is written: rendered the way GitHub renders Markdown
(GitHub-flavoured CommonMark, here markdown-it-py's gfm-like preset), every heading of the
source is a heading. A fence closed with text after it, for one, runs on and swallows the
sections after it, which then show as code.

The source's headings are its lines starting with #; a fence that is not indented and holds
such a line would count it too (none does: examples of headings are indented in a list)."""

import re

from markdown_it import MarkdownIt

from sitebuild import ROOT

HEADING = re.compile(r"^#{1,6} +(.+?)\s*$", re.MULTILINE)


def test_every_heading_of_contributing_is_a_heading_on_github():
    text = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    # Linkify needs another package and does not change the blocks.
    tokens = MarkdownIt("gfm-like", {"linkify": False}).parse(text)
    rendered = [tokens[i + 1].content for i, token in enumerate(tokens) if token.type == "heading_open"]
    written = HEADING.findall(text)
    assert written
    assert [heading for heading in written if heading not in rendered] == []

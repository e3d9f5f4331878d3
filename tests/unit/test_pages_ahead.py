"""The work forked processes do ahead of MkDocs' loops (hooks/pages_ahead.py), where it fails."""

import os
from types import SimpleNamespace

import pages_ahead
from lho_site.content.markdown_limits import ConversionGuard


def _fail(*args, **kwargs):
    raise ValueError("kapot")


def test_a_page_whose_conversion_fails_there_is_left_to_the_build_and_leaves_no_refusal_behind(monkeypatch):
    guard = ConversionGuard()
    guard.take_over("depth")  # as a conversion the guard cut off, of this page
    config = SimpleNamespace(plugins=SimpleNamespace(on_pre_page=_fail), _current_page=None)
    monkeypatch.setattr(pages_ahead, "_work", (config, None, [SimpleNamespace(page=SimpleNamespace())], guard, None))
    assert pages_ahead._convert(0) is None
    assert guard.take() is None, "the next page would be named for this one's refusal"
    assert config._current_page is None


def test_a_page_whose_rendering_fails_there_is_left_to_the_build(monkeypatch):
    page = SimpleNamespace(file=SimpleNamespace(src_uri="p.md"), active=False, url="p/")
    config = SimpleNamespace(plugins=SimpleNamespace(on_page_context=_fail), _current_page=None,
                             extra_javascript=[], extra_css=[])
    env = SimpleNamespace(get_template=lambda name: None)
    monkeypatch.setattr(pages_ahead, "get_context", lambda *args: {})
    monkeypatch.setattr(pages_ahead, "_work", (env, config, [SimpleNamespace(page=page)], None, {"p.md": "main.html"}))
    assert pages_ahead._render(0) is None
    assert config._current_page is None and page.active is False


def _dies_at_three(index):
    if index == 3:
        os._exit(1)  # as the system ends a process when memory runs out
    return index


def test_when_a_forked_process_dies_the_build_does_the_rest_itself():
    files = [SimpleNamespace(src_uri=f"p{number}.md") for number in range(8)]
    work = pages_ahead._InOrder(_dies_at_three, files, 2)
    try:
        taken = [work.take(SimpleNamespace(file=file)) for file in files]
    finally:
        work.close()
    assert all(result in (number, None) for number, result in enumerate(taken)), taken
    assert taken[3:] == [None] * 5, "the page of the killed process and those after it are left to the build"

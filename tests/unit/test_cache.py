"""Files in .cache/ are written whole or not at all (lho_site/content/cache.py)."""

import os

import pytest

from lho_site.content.cache import keep


def test_a_kept_file_replaces_the_old_one_in_one_step_and_leaves_nothing_beside_it(tmp_path):
    path = tmp_path / "kaarten" / "kaart.png"
    keep(path, b"oud")
    keep(path, b"nieuw")
    assert path.read_bytes() == b"nieuw"
    assert [p.name for p in path.parent.iterdir()] == ["kaart.png"]


def test_a_write_that_fails_leaves_the_old_file_whole(tmp_path, monkeypatch):
    path = tmp_path / "kaart.png"
    keep(path, b"oud")

    def fails(*_):
        raise OSError("schijf vol")

    monkeypatch.setattr(os, "replace", fails)
    with pytest.raises(OSError):
        keep(path, b"half")
    assert path.read_bytes() == b"oud"
    assert [p.name for p in tmp_path.iterdir()] == ["kaart.png"]

"""The speed work must never change what is built."""

import pytest

from lho_site.support.fragment_cache import FragmentCache
from sitebuild import ROOT, build_site, different_files


@pytest.mark.rebuilds
def test_cached_menu_and_tabs_are_exactly_what_rendering_each_page_gives(real_site, tmp_path, monkeypatch):
    monkeypatch.setattr(FragmentCache, "_render", lambda self, key, caller: caller())
    uncached = build_site(ROOT / "mkdocs.yml", tmp_path / "uncached")
    assert uncached.error is None
    assert different_files(real_site.site_dir, uncached.site_dir) == []

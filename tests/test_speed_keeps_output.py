"""The speed work must never change what is built."""

import filecmp

from lho_site.fragment_cache import FragmentCache
from sitebuild import ROOT, build_site


def different_files(left, right):
    comparison = filecmp.dircmp(left, right)
    found = []

    def walk(cmp, prefix=""):
        found.extend(prefix + name for name in cmp.diff_files + cmp.left_only + cmp.right_only)
        for name, sub in cmp.subdirs.items():
            walk(sub, f"{prefix}{name}/")

    walk(comparison)
    return found


def test_cached_menu_and_tabs_are_exactly_what_rendering_each_page_gives(site, tmp_path, monkeypatch):
    monkeypatch.setattr(FragmentCache, "_render", lambda self, key, caller: caller())
    uncached = build_site(ROOT / "mkdocs.yml", tmp_path / "uncached")
    assert uncached.error is None
    assert different_files(site.site_dir, uncached.site_dir) == []

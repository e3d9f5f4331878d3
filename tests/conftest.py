import pytest

from serving import serve
from sitebuild import ROOT, build_site


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    """The real site, built once per test session, in-process."""
    built = build_site(ROOT / "mkdocs.yml", tmp_path_factory.mktemp("site"))
    assert built.error is None, "\n".join(built.errors + built.warnings)
    return built


@pytest.fixture(scope="session")
def served(site):
    """The address of the real site, served over http on 127.0.0.1 (search needs http)."""
    with serve(site.site_dir) as url:
        yield url

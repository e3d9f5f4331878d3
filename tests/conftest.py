import pytest

from sitebuild import ROOT, build_site


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    """The real site, built once per test session, in-process."""
    built = build_site(ROOT / "mkdocs.yml", tmp_path_factory.mktemp("site"))
    assert built.error is None, "\n".join(built.errors + built.warnings)
    return built

import pytest

from serving import serve
from sites import NAMES, build


@pytest.fixture(scope="session")
def sites(tmp_path_factory):
    """sites(name): the site of tests/sites.py, built once per test session, in-process."""
    built = {}

    def get(name):
        if name not in built:
            site = build(name, tmp_path_factory.mktemp(name))
            assert site.error is None, "\n".join(site.errors + site.warnings) + "\n" + site.how_to_reproduce()
            built[name] = site
        return built[name]

    return get


@pytest.fixture(scope="session", params=NAMES)
def site(request, sites):
    """Each site the real-site checks run on (tests/sites.py): the checks hold for any valid content."""
    return sites(request.param)


@pytest.fixture(scope="session")
def real_site(sites):
    return sites("real")


@pytest.fixture(scope="session")
def served(site):
    """The address of the site, served over http on 127.0.0.1 (search needs http)."""
    with serve(site.site_dir) as url:
        yield url

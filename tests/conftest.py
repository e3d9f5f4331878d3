from dataclasses import dataclass

import pytest

import pages_ahead
from adversarial import CHANNELS, VECTORS, Plant, Planted, photo, refused
from lho_site.content.cores import Ahead
from serving import serve
from sitebuild import Built, build_site, fixture_site
from sites import NAMES, build, built_by_mkdocs


def pytest_addoption(parser):
    parser.addoption("--built", metavar="DIR",
                     help="the real site as `mkdocs build --strict` has just built it into DIR (make check, "
                          "make test): checked there instead of built again")
    parser.addoption("--content", action="store_true",
                     help="only the checks of the real site's content (make check: an editor's pull request)")


def on_the_real_site(item) -> bool:
    """Whether a test checks the real site (the `real_site` fixture, or `site` for the real one), and
    does not build it again."""
    if item.get_closest_marker("rebuilds"):
        return False
    if item.get_closest_marker("content"):
        return True
    if "real_site" in item.fixturenames:
        return True
    callspec = getattr(item, "callspec", None)
    return callspec is not None and callspec.params.get("site") == "real"


def pytest_collection_modifyitems(config, items):
    if config.getoption("content"):
        config.hook.pytest_deselected(items=[item for item in items if not on_the_real_site(item)])
        items[:] = [item for item in items if on_the_real_site(item)]


@pytest.fixture(scope="session")
def sites(tmp_path_factory, pytestconfig):
    """sites(name): the site of tests/sites.py, built once per test session, in-process (the real one
    taken from --built when given)."""
    built = {}
    real_dir = pytestconfig.getoption("built")

    def get(name):
        if name not in built:
            if name == "real" and real_dir:
                built[name] = built_by_mkdocs(real_dir)
                return built[name]
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


@dataclass
class Outcome:
    """What the build made of a channel's vectors: the first build with all of them, the refused ones,
    and the build with only the rest (None when every vector was refused)."""

    planted: Planted
    first: Built
    refused: set[str]
    inert: list[Plant]
    survivors: Built | None


@pytest.fixture(scope="session")
def adversarial(tmp_path_factory):
    """adversarial(channel): the corpus of tests/adversarial.py planted through that channel, built."""
    done = {}

    def get(channel):
        if channel not in done:
            planted = CHANNELS[channel](VECTORS)
            tmp_path = tmp_path_factory.mktemp(f"adversarial-{channel}")
            config = fixture_site(tmp_path / "all", planted.files)
            photo(config.parent / "docs/nieuws/posts/fotos/foto.jpg")
            first = build_site(config, tmp_path / "all" / "site")
            named = refused(planted.plants, first.errors) if first.error else set()
            inert = [plant for plant in planted.plants if plant.vector not in named]
            survivors = None
            if inert and named:
                kept = CHANNELS[channel]({p.vector: VECTORS[p.vector] for p in inert})
                config = fixture_site(tmp_path / "kept", kept.files)
                photo(config.parent / "docs/nieuws/posts/fotos/foto.jpg")
                survivors = build_site(config, tmp_path / "kept" / "site")
                inert = kept.plants
            elif inert:
                survivors = first
            done[channel] = Outcome(planted, first, named, inert, survivors)
        return done[channel]

    return get


@pytest.fixture
def forked_pages(monkeypatch):
    """Builds in the test convert and render their pages in forked processes, as a large site does
    (hooks/pages_ahead.py); the list notes, for each page's work taken, whether a forked process did it."""
    taken = []

    class Noted(Ahead):
        def __next__(self):
            result = super().__next__()
            taken.append(result is not None)
            return result

    monkeypatch.setattr(pages_ahead, "FROM_PAGES", 1)
    monkeypatch.setattr(pages_ahead, "fork_workers", lambda: 2)
    monkeypatch.setattr(pages_ahead, "Ahead", Noted)
    return taken

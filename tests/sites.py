"""The sites the real-site checks run on: the real one, a copy an editor changed, and the kitchen sink.

Every check of tests/test_site.py and its neighbours must hold for any valid content, so
they run on three sites: the real one; a copy of it with the changes an editor makes by
CONTRIBUTING.md (a new post with an event and a phone photo, a portrait with a photo, a
person added to a network, a newsletter introduction); and tests/fixtures/kitchen-sink,
which has every page type and every optional field (with the posts of `kitchen_sink_dated`,
whose dates follow today's).
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
from pathlib import Path

from PIL import Image

from lho_site.content.dates import now
from lho_site.content.schema import BODY_PLACEHOLDER, DESCRIPTION_PLACEHOLDER
from lho_site.pages.site import Site, load_site
from lho_tools.new_post import create
from sitebuild import ROOT, Built, build_site, fixture_site

NAMES = ("real", "edited", "kitchen-sink")


def model(built: Built) -> Site:
    """What the site's content says, read the way the build reads it."""
    project = built.config_file.parent
    return load_site(project, project / "docs", now(), preview=False)


def _noise(size: tuple[int, int], seed: str, contrast: float) -> Image.Image:
    """Grey noise around the middle, the same for the same seed."""
    noise = Image.frombytes("L", size, random.Random(seed).randbytes(size[0] * size[1]))
    return noise.point(lambda value: round(128 + (value - 128) * contrast))


def phone_photo(path: Path, size=(4000, 3000), orientation: int = 1) -> None:
    """A photo as a phone takes it: large (about 3 MB), with soft shapes and grain, and with EXIF
    (camera, time, GPS position, and how the phone was held: 6 is upright, stored on its side).
    The same size and orientation give the same file, which the cache of converted photos knows."""
    seed = f"{size}{orientation}"
    small = Image.merge("RGB", [_noise((size[0] // 40, size[1] // 40), f"{seed}{band}", 1) for band in range(3)])
    image = Image.blend(small.resize(size, Image.BICUBIC), _noise(size, seed, 0.4).convert("RGB"), 0.12)
    exif = Image.Exif()
    exif[0x0112] = orientation  # Orientation
    exif[0x010F] = "Telefoonmaker"  # Make
    exif[0x9003] = "2026:11:30 10:31:00"  # DateTimeOriginal
    exif[0x8825] = {1: "N", 2: (52.0, 22.0, 30.0), 3: "E", 4: (4.0, 38.0, 12.0)}  # GPS
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(path, "JPEG", quality=92, exif=exif)


def copy_of_the_real_site(project: Path) -> Path:
    """The real project's content and configuration, with the real hooks and templates."""
    for folder in ("docs", "data"):
        shutil.copytree(ROOT / folder, project / folder)
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    for relative in ("overrides", "hooks/site_hooks.py", "hooks"):
        config = config.replace(f" {relative}\n", f" {ROOT / relative}\n")
    (project / "mkdocs.yml").write_text(config, encoding="utf-8")
    return project / "mkdocs.yml"


def edit_as_an_editor(project: Path, today: dt.date) -> None:
    """The changes CONTRIBUTING.md tells an editor to make, made the way it says."""
    # A post from `make nieuw`, filled in: draft line gone, the sentences replaced, an event and a photo.
    path = create(project, "Regiobijeenkomst in Noord-Holland", "Bijeenkomsten", today)
    photo = f"fotos/{today}-regiobijeenkomst.jpg"
    phone_photo(path.parent / photo)
    text = path.read_text(encoding="utf-8").replace("draft: true\n", "")
    text = text.replace(DESCRIPTION_PLACEHOLDER, "Bestuurders uit Noord-Holland spraken over toetsen en vertrouwen.")
    text = text.replace("---\n\n", f"""image: {photo}
image_alt: "Bestuurders in gesprek aan een lange tafel"
event:
  date: {today}
  start: "15:00"
  end: 17.00
  place: online
  attendees: ruim 30
---

""")
    text = text.replace(BODY_PLACEHOLDER, "Ruim dertig bestuurders kwamen online bij elkaar.\n\n## Programma\n\n"
                                          "Eerst een ronde langs de scholen, daarna gesprekken in kleine groepen.")
    path.write_text(text, encoding="utf-8")
    # A portrait with a photo, as the example in CONTRIBUTING.md.
    phone_photo(project / "docs/portretten/portret.jpg", orientation=6)  # held upright
    (project / "docs/portretten/stichting-voorbeeld.md").write_text("""---
title: "Vertrouwen als vertrekpunt"
description: "Hoe een bestuur de ruimte teruggeeft aan de scholen."
board: "Stichting Voorbeeld"
region: Zuid-Kennemerland
bestuurders: [An de Vries, Bo Jansen]
date: 2024-05-01
manifest: [3]
schools: 12
pupils: 3.400
image: portret.jpg
image_alt: "De bestuurders van Stichting Voorbeeld op het schoolplein"
---

Het bestuur geeft scholen de ruimte en legt open verantwoording af.
""", encoding="utf-8")
    # A person added to data/people.yml, and to the first network's people.
    with (project / "data/people.yml").open("a", encoding="utf-8") as people:
        people.write("\n- id: sanne-bakker\n  name: Sanne Bakker\n  function: bestuurder\n")
    networks = (project / "data/networks.yml").read_text(encoding="utf-8")
    networks = networks.replace("  people:\n", "  people:\n    - person: sanne-bakker\n      role: deelnemer\n", 1)
    (project / "data/networks.yml").write_text(networks, encoding="utf-8")
    # An introduction for this quarter's newsletter, appended as CONTRIBUTING.md shows.
    quarter = f"{today.year}-{(today.month - 1) // 3 + 1}"
    with (project / "data/newsletter.yml").open("a", encoding="utf-8") as notes:
        notes.write(f'\n- quarter: "{quarter}"\n  intro: |\n    Welkom bij de nieuwsbrief.\n\n'
                    "    Veel leesplezier.\n")


KITCHEN_SINK_POSTS = "docs/nieuws/posts"


def kitchen_sink_days(today: dt.date) -> dict[str, dt.date]:
    """The days of `kitchen_sink_dated`: a post's, and three meetings', all counted from today."""
    return {name: today + dt.timedelta(days=ahead)
            for name, ahead in (("scheduled", 180), ("utrecht", 30), ("online", 45), ("cancelled", 60))}


def kitchen_sink_dated(today: dt.date) -> dict[str, str]:
    """The kitchen sink's posts whose dates follow today, by path: a post waiting for its date, and three
    announcements (published in December 2025) of meetings still to come — one in a building, with an
    e-mail address to sign up and a recorded change; one online, with a web address to sign up; one
    cancelled. None can sit in the fixture itself: a fixed date passes, and the build refuses a post
    more than a year ahead."""
    later, utrecht, online, cancelled = kitchen_sink_days(today).values()
    return {
        f"{KITCHEN_SINK_POSTS}/{later}-voorjaarsbijeenkomst.md": f"""---
title: "Gepland: voorjaarsbijeenkomst"
date: {later} 15:00
categories: [Bijeenkomsten, Actualiteit]
authors: [kerngroep]
description: "Een bericht dat op zijn datum wacht."
---

Dit bericht verschijnt later.
""",
        f"{KITCHEN_SINK_POSTS}/2025-12-01-regiobijeenkomst-utrecht.md": f"""---
title: "Regiobijeenkomst in Utrecht: besturen met vertrouwen"
date: 2025-12-01 09:00
categories: [Bijeenkomsten]
authors: [sanne-visser, joost-mulder]
description: "Bestuurders uit de regio Utrecht praten over de ruimte die scholen krijgen."
image: fotos/werkgroepen.jpg
image_alt: "Getekende figuren rond een tafel in een werkgroep"
event:
  date: {utrecht}
  start: "15:00"
  end: "17:30"
  place: "Hogeschool Utrecht, Padualaan 97, Utrecht"
  signup: kerngroep@example.org
  changed: 2025-12-15 09.30
---

De bijeenkomst begint een half uur later dan eerst aangekondigd, en is verplaatst naar de hogeschool.
""",
        f"{KITCHEN_SINK_POSTS}/2025-12-03-online-netwerkbijeenkomst.md": f"""---
title: "Online netwerkbijeenkomst Samen Besturen"
date: 2025-12-03
categories: [Netwerken, Bijeenkomsten]
description: "Het leernetwerk Samen Besturen komt online bij elkaar; nieuwe deelnemers zijn welkom."
network: samen-besturen
event:
  date: {online}
  start: "19:30"
  end: "21:00"
  place: online
  signup: https://aanmelden.example.net/samen-besturen
---

Na het aanmelden krijg je de link naar de online bijeenkomst.
""",
        f"{KITCHEN_SINK_POSTS}/2025-12-05-studiedag-afgelast.md": f"""---
title: "Studiedag in Amersfoort gaat niet door"
date: 2025-12-05
categories: [Bijeenkomsten, Actualiteit]
description: "De studiedag over de onderwijsregio's is afgelast; een nieuwe datum volgt."
event:
  date: {cancelled}
  start: "10:00"
  end: "16:00"
  place: "De Observant, Amersfoort"
  status: afgelast
  signup: kerngroep@example.org
  changed: "2025-12-20 12:00"
---

Te weinig bestuurders konden op deze dag. We zoeken een nieuwe datum.
""",
    }


def built_by_mkdocs(site_dir: str | Path) -> Built:
    """The real site as `mkdocs build --strict` built it into site_dir just before (make check, make
    test): the command failed on any warning, so its log holds none; the content model is read as the
    build reads it. A source changed since the build makes the site stale: it is refused."""
    site_dir = Path(site_dir).resolve()
    home = site_dir / "index.html"
    assert home.is_file(), f"{site_dir} holds no built site: run `make build` first"
    sources = [ROOT / "mkdocs.yml", *(path for folder in ("docs", "data", "hooks", "overrides")
                                      for path in (ROOT / folder).rglob("*")
                                      if path.is_file() and "__pycache__" not in path.parts)]
    newest = max(sources, key=lambda path: path.stat().st_mtime)
    assert newest.stat().st_mtime <= home.stat().st_mtime, \
        f"{newest.relative_to(ROOT)} changed after {site_dir} was built: run `make build` again"
    # Built before `npm ci`, the site lacks the web editor that an in-process build now gives it.
    assert (site_dir / "beheer").is_dir() or not (ROOT / "node_modules/decap-cms").is_dir(), \
        f"{site_dir} was built without the web editor (before npm ci): run `make build` again"
    built = Built(ROOT / "mkdocs.yml", site_dir)
    built.model = model(built)
    return built


def build(name: str, tmp_path: Path) -> Built:
    """One of NAMES, built strictly into tmp_path/site, with its content model as `built.model`."""
    if name == "real":
        config = ROOT / "mkdocs.yml"
    elif name == "edited":
        config = copy_of_the_real_site(tmp_path / "project")
        edit_as_an_editor(config.parent, now().date())
    else:
        config = fixture_site(tmp_path, kitchen_sink_dated(now().date()), fixture="kitchen-sink")
    if name != "real":  # converted photos and drawn cards shared with the real site and every test run
        (ROOT / ".cache").mkdir(exist_ok=True)  # a fresh clone tested before its first build has none
        (config.parent / ".cache").symlink_to(ROOT / ".cache", target_is_directory=True)
    built = build_site(config, tmp_path / "site")
    if built.error is None:
        built.model = model(built)
    return built

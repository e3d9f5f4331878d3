import datetime as dt
import shutil

import pytest

from lho_site import yaml_lines
from lho_site.new_post import create
from sitebuild import FIXTURE, build_site, fixture_site


def test_new_post_is_a_valid_draft(tmp_path):
    config = fixture_site(tmp_path)
    path = create(config.parent, 'Terugblik: "2024" & meer', "Actualiteit", dt.date(2024, 5, 1))
    assert path.name == "2024-05-01-terugblik-2024-meer.md"
    front_matter, _, _ = yaml_lines.split_front_matter(path.read_text(encoding="utf-8"))
    data = yaml_lines.load(front_matter)
    assert data["title"] == 'Terugblik: "2024" & meer'
    assert data["draft"] is True
    built = build_site(config, tmp_path / "site", command="serve")
    assert built.error is None, built.how_to_reproduce()
    assert built.file("nieuws/2024/05/terugblik-2024-meer/").exists()


def test_unknown_category_is_refused(tmp_path):
    shutil.copytree(FIXTURE, tmp_path / "p")
    with pytest.raises(ValueError, match="onbekende categorie 'Nieuws'; kies uit: Actualiteit, Bijeenkomsten"):
        create(tmp_path / "p", "Titel", "Nieuws", dt.date(2024, 5, 1))

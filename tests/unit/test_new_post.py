import datetime as dt
import shutil

import pytest

from lho_site.content import yaml_lines
from lho_site.content.schema import POST
from lho_tools.new_post import create
from sitebuild import FIXTURE, build_site, fixture_site


def test_new_post_is_a_valid_draft_with_every_required_field(tmp_path):
    config = fixture_site(tmp_path)
    path = create(config.parent, 'Terugblik: "2024" & #3 meer', "Actualiteit", dt.date(2024, 5, 1))
    assert path.name == "2024-05-01-terugblik-2024-3-meer.md"
    front_matter, _, _ = yaml_lines.split_front_matter(path.read_text(encoding="utf-8"))
    data = yaml_lines.load(front_matter)
    assert data["title"] == 'Terugblik: "2024" & #3 meer'
    assert data["draft"] is True
    assert {f.name for f in POST.fields if f.required} <= set(data)
    built = build_site(config, tmp_path / "site", command="serve")
    assert built.error is None, built.how_to_reproduce()
    assert built.file("nieuws/2024/05/terugblik-2024-3-meer/").exists()


@pytest.mark.parametrize(("title", "category", "message"), [
    ("Titel", "Nieuws", "onbekende categorie 'Nieuws'; kies uit: Actualiteit, Bijeenkomsten"),
    ("!!!", "Actualiteit", "geef een titel met letters of cijfers"),
])
def test_a_title_or_category_that_cannot_work_is_refused(tmp_path, title, category, message):
    shutil.copytree(FIXTURE, tmp_path / "p")
    with pytest.raises(ValueError, match=message):
        create(tmp_path / "p", title, category, dt.date(2024, 5, 1))
    assert list((tmp_path / "p" / POST.path).glob("2024-05-01-*")) == []

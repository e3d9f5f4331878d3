"""The web editor's forms follow the schema the build validates with, and its page stays out of sight.

Every field of every record type is in the generated configuration with its label, hint and
whether it is required; a field that names other content offers exactly what the site's data
has; the configuration served at /beheer/config.yml is the one the generator makes from the
site's content now. The page is noindex, in no sitemap and not in the search index, and has a
Content-Security-Policy of its own while every other page keeps the site's.
"""

import json

import pytest
import yaml
from bs4 import BeautifulSoup
from mkdocs.config import load_config

from lho_site.content.fields import Field
from lho_site.content.kinds import KINDS
from lho_site.content.schema import ALL, POST
from lho_site.outputs.cms_config import MARKS, Settings, cms_config, config_yaml, form_field, format_name
from lho_site.outputs.csp import editor_policy
from sitebuild import ROOT
from test_html_valid import check_html, describe


def collection(config, schema):
    return next(c for c in config["collections"] if c["name"] == schema.name)


def form_fields(config, schema):
    """The form's fields of one record (of a data file: of one entry of its list)."""
    found = collection(config, schema)
    if schema.is_pages:
        return found["fields"]
    fields = found["files"][0]["fields"]
    return fields[0]["fields"] if schema.key else fields


def check(fields, form):
    by_name = {f["name"]: f for f in form}
    for field in fields:
        assert field.name in by_name, field.name
        widget = by_name[field.name]
        assert widget["label"] == field.label, field.name
        assert widget["required"] is field.required, field.name
        assert widget["hint"].lower() == (field.form_help or field.help).lower(), field.name
        if field.kind == "block":
            check(field.fields, widget.get("fields") or [])


@pytest.fixture(scope="module")
def config(real_site):
    return cms_config(real_site.model.names, Settings("levehetonderwijs/website", "main", "", "https://example.org/"))


@pytest.mark.parametrize("schema", ALL, ids=lambda s: s.name)
def test_every_field_of_the_schema_is_in_the_form(config, schema):
    form = form_fields(config, schema)
    check(schema.fields, form)
    extra = {"body"} if schema.is_pages else set()
    assert [f["name"] for f in form] == [f.name for f in schema.fields] + sorted(extra)


def test_the_check_fails_when_the_form_misses_a_field(config):
    """The check above can fail: a field added to the schema and not to the form."""
    with pytest.raises(AssertionError):
        check((*POST.fields, Field("subtitle", "text", True, "Ondertitel", "een ondertitel")), form_fields(config, POST))


def test_every_kind_of_field_has_a_widget():
    for kind in KINDS:
        widget = form_field(Field("x", kind, label="X", choices=(("a", "A"),), refers_to="categories",
                                  fields=(Field("y", "text", label="Y"),)), {"categories": {}})
        assert widget["widget"] in {"string", "text", "boolean", "number", "datetime", "image", "select", "object"}, kind


def test_dates_are_saved_in_the_formats_the_build_reads(config):
    fields = {f["name"]: f for f in form_fields(config, POST)}
    assert fields["date"]["format"] == "YYYY-MM-DD HH:mm"
    event = {f["name"]: f for f in fields["event"]["fields"]}
    assert (event["date"]["format"], event["start"]["format"]) == ("YYYY-MM-DD", "HH:mm")


def test_new_posts_are_named_and_their_photos_placed_as_the_build_wants(config):
    posts = collection(config, POST)
    assert posts["folder"] == "docs/nieuws/posts"
    assert posts["slug"] == "{{year}}-{{month}}-{{day}}-{{slug}}"
    assert (posts["media_folder"], posts["public_folder"]) == ("fotos", "fotos")
    assert posts["filter"] == {"field": MARKS["page"], "value": True}


def test_the_form_offers_what_the_content_has(site):
    config = cms_config(site.model.names, Settings("o/r", "main", "", site.model.data.url))
    fields = {f["name"]: f for f in form_fields(config, POST)}
    assert [o["value"] for o in fields["categories"]["options"]] == list(site.model.data.categories)
    assert [o["value"] for o in fields["authors"]["options"]] == list(site.model.data.authors)
    assert [o["value"] for o in fields["manifest"]["options"]] == list(site.model.manifest.promises)
    assert [o["value"] for o in fields["network"]["options"]] == list(site.model.networks)


def served_settings(site):
    mkdocs = load_config(str(site.config_file))
    return Settings.from_extra(mkdocs.extra, site.model.data.url)


def test_the_served_configuration_is_the_one_the_generator_makes_now(site):
    served = site.file("beheer/config.yml").read_text(encoding="utf-8")
    assert served == config_yaml(site.model.names, served_settings(site))


def test_the_real_site_proposes_changes_to_its_own_repository(real_site):
    served = yaml.safe_load(real_site.file("beheer/config.yml").read_text(encoding="utf-8"))
    edit_uri = load_config(str(ROOT / "mkdocs.yml")).edit_uri_template
    assert f"github.com/{served['backend']['repo']}/edit/{served['backend']['branch']}/" in edit_uri
    assert served["publish_mode"] == "editorial_workflow" and served["locale"] == "nl"


def test_the_page_names_the_formats_of_the_configuration(real_site):
    page = real_site.html("beheer/")
    settings = json.loads(page.select_one("script[data-formats]")["data-formats"])
    named = {c.get("format") or c["files"][0]["format"] for c in yaml.safe_load(
        real_site.file("beheer/config.yml").read_text(encoding="utf-8"))["collections"]}
    assert named == set(settings["formats"]) == {format_name(s) for s in ALL}


def test_the_editor_is_kept_out_of_search_engines_sitemaps_and_search(real_site):
    page = real_site.html("beheer/")
    assert page.find("meta", attrs={"name": "robots"})["content"] == "noindex, nofollow"
    sitemaps = " ".join(p.read_text(encoding="utf-8") for p in real_site.site_dir.rglob("sitemap*.xml"))
    assert "beheer" not in sitemaps
    index = json.loads(real_site.file("search/search_index.json").read_text(encoding="utf-8"))
    assert [d["location"] for d in index["docs"] if "beheer" in d["location"]] == []


def policy(soup: BeautifulSoup) -> str:
    return soup.find("meta", attrs={"http-equiv": "Content-Security-Policy"})["content"]


def test_the_editor_has_its_own_policy_and_every_other_page_the_sites(real_site):
    assert policy(real_site.html("beheer/")) == editor_policy()
    for path in real_site.site_dir.rglob("*.html"):
        relative = path.relative_to(real_site.site_dir).as_posix()
        if not relative.startswith("beheer/"):
            assert "'unsafe-eval'" not in policy(real_site.html(relative)), relative


def test_the_editor_loads_only_files_of_the_site(real_site):
    page = real_site.html("beheer/")
    sources = [tag.get("src") or tag.get("href") for tag in page.select("script, link")]
    assert sources and all(not s.startswith(("http:", "https:", "//")) for s in sources)
    for source in sources:
        assert (real_site.site_dir / "beheer" / source).resolve().is_file(), source


def test_the_editor_page_is_valid_html(real_site):
    errors = check_html([real_site.file("beheer/")])
    assert errors == [], "\n".join(describe(m, real_site.site_dir) for m in errors)

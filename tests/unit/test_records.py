"""Every field of the schema reaches its record: a field added to content/schema.py without an attribute
of the record it fills (or a Field.attribute naming it) fails here, with its name, instead of as a bare
TypeError in a build."""

import dataclasses

import pytest

from lho_site.content import schema
from lho_site.content.fields import Field
from lho_site.content.manifest import Campaign, Manifest, Promise
from lho_site.content.networks import Member, Network, Person
from lho_site.content.newsletter import Issue
from lho_site.content.portraits import Portrait
from lho_site.content.posts import Event, Post
from lho_site.content.site_data import Author, Category, Newsletter, OldCategory, Region, SiteData, TextBlock

RECORDS = {
    schema.POST: (Post, {"event": Event}),
    schema.PORTRAIT: (Portrait, {}),
    schema.SITE: (SiteData, {"about": TextBlock, "newsletter": Newsletter}),
    schema.CATEGORY: (Category, {}),
    schema.AUTHOR: (Author, {}),
    schema.WORDPRESS_CATEGORY: (OldCategory, {}),
    schema.REGION: (Region, {}),
    schema.PERSON: (Person, {}),
    schema.NETWORK: (Network, {"people": Member}),
    schema.MANIFEST: (Manifest, {"promises": Promise}),
    schema.CAMPAIGN: (Campaign, {}),
    schema.NEWSLETTER_NOTE: (Issue, {}),
}


def missing(fields, record, blocks) -> list[str]:
    names = {f.name for f in dataclasses.fields(record)} | {name for name in dir(record) if not name.startswith("_")}
    found = [f.name for f in fields if (f.attribute or f.name) not in names]
    for field in fields:
        if field.fields and field.name in blocks:
            found += [f"{field.name}.{name}" for name in missing(field.fields, blocks[field.name], {})]
    return found


@pytest.mark.parametrize("kind", schema.ALL, ids=lambda s: s.name)
def test_every_field_of_the_schema_reaches_its_record(kind):
    record, blocks = RECORDS[kind]
    assert missing(kind.fields, record, blocks) == []


def test_the_check_fails_for_a_field_the_record_lacks():
    extra = Field("subtitle", "text", label="Ondertitel")
    assert missing((*schema.POST.fields, extra), Post, {}) == ["subtitle"]


def test_every_schema_has_its_record():
    assert set(RECORDS) == set(schema.ALL)

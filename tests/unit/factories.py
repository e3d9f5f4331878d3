"""Small model objects for unit tests of the pure package."""

import datetime as dt

from lho_site.content.dates import AMSTERDAM, Moment
from lho_site.content.posts import Post
from lho_site.content.site_data import Category, Newsletter, SiteData, TextBlock

NEWS = Category("Actualiteit", "actualiteit", "Nieuws.")
MEET = Category("Bijeenkomsten", "bijeenkomsten", "Bijeenkomsten.")


def make_post(n: int, category: Category = NEWS, when: dt.datetime | None = None, **changes) -> Post:
    when = when or dt.datetime(2024, 1, 1, tzinfo=AMSTERDAM) + dt.timedelta(days=n)
    fields = dict(src_uri=f"nieuws/posts/p{n}.md", path=f"docs/nieuws/posts/p{n}.md", slug=f"p{n}",
                  title=f"Bericht {n}", moment=Moment(when, False), description="Samenvatting.",
                  categories=(category,), authors=(), draft=False, image=None, image_alt=None, image_focus=(0.5, 0.5), event=None,
                  words=100, promises=(), campaigns=(), network=None, guid=f"tag:example.org,2024:nieuws/p{n}", guid_line=1)
    return Post(**(fields | changes))


def site_data(per_page: int = 10) -> SiteData:
    return SiteData(name="Test", url="https://example.org/", description="Test.", about=TextBlock("a", "b"),
                    newsletter=Newsletter("c", "d", "mailto:x", "e"), contact_email="x@example.org",
                    news_per_page=per_page, feed_length=20, id_prefix="tag:example.org,2024:",
                    categories={"Actualiteit": NEWS, "Bijeenkomsten": MEET}, authors={})

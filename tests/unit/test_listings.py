import datetime as dt

from lho_site.dates import AMSTERDAM, Moment
from lho_site.listings import build_listings, page_source
from lho_site.posts import Post
from lho_site.site_data import Category, Newsletter, SiteData, TextBlock

NEWS = Category("Actualiteit", "actualiteit", "Nieuws.")
MEET = Category("Bijeenkomsten", "bijeenkomsten", "Bijeenkomsten.")


def make_post(n, category, year=2024):
    when = dt.datetime(year, 1, 1, tzinfo=AMSTERDAM) + dt.timedelta(days=n)
    return Post(f"nieuws/posts/p{n}.md", f"docs/nieuws/posts/p{n}.md", f"p{n}", f"Bericht {n}",
                Moment(when, False), "Samenvatting.", (category,), (), False, None, None, None, 100)


def site_data(per_page):
    return SiteData("Test", TextBlock("a", "b"), Newsletter("c", "d", "mailto:x", "e"), per_page,
                    {"Actualiteit": NEWS, "Bijeenkomsten": MEET}, {})


def test_pages_categories_and_archive():
    posts = [make_post(n, NEWS if n % 2 else MEET) for n in range(5, 0, -1)]
    listings = {item.src_uri: item for item in build_listings(posts, site_data(2))}
    assert list(listings) == [
        "nieuws/index.md", "nieuws/pagina/2/index.md", "nieuws/pagina/3/index.md",
        "nieuws/categorie/actualiteit/index.md", "nieuws/categorie/actualiteit/pagina/2/index.md",
        "nieuws/categorie/bijeenkomsten/index.md",
        "nieuws/archief/index.md", "nieuws/archief/2024/index.md",
    ]
    second = listings["nieuws/pagina/2/index.md"]
    assert [p.slug for p in second.posts] == ["p3", "p2"]
    assert (second.newer.url, second.older.url) == ("nieuws/", "nieuws/pagina/3/")
    assert second.title == "Nieuws – pagina 2"
    assert listings["nieuws/archief/index.md"].years == ((2024, 5),)


def test_an_empty_category_still_has_its_page():
    listings = build_listings([make_post(1, NEWS)], site_data(10))
    empty = next(item for item in listings if item.category == MEET)
    assert empty.posts == () and empty.pages[0].url == "nieuws/categorie/bijeenkomsten/"


def test_generated_source_is_left_out_of_search():
    source = page_source(build_listings([], site_data(10))[0])
    assert source == "---\nsearch:\n  exclude: true\ntemplate: news-list.html\ntitle: Nieuws\n---\n"

from factories import MEET, NEWS, make_post, site_data
from lho_site.pages.generated import GeneratedPage
from lho_site.pages.listings import build_listings


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


def test_generated_listing_source_is_left_out_of_search():
    page = GeneratedPage("nieuws/index.md", "Nieuws", "news-list.html", searchable=False)
    assert page.source() == (
        '---\n{"title": "Nieuws", "template": "news-list.html", "search": {"exclude": true}}\n---\n\n')


def test_a_long_listing_shows_a_window_of_page_links():
    posts = [make_post(n) for n in range(100, 0, -1)]
    page_ten = next(item for item in build_listings(posts, site_data(5)) if item.src_uri == "nieuws/pagina/10/index.md")
    assert [link.number if link else None for link in page_ten.window] == [1, None, 8, 9, 10, 11, 12, None, 20]
    first = build_listings(posts, site_data(5))[0]
    assert [link.number if link else None for link in first.window] == [1, 2, 3, None, 20]

"""A reading page's layout and ending (lho_site/pages/reading.py)."""

from dataclasses import dataclass, field
from urllib.parse import parse_qs, urlsplit

from factories import MEET, NEWS, make_post
from lho_site.content.manifest import Promise
from lho_site.pages.reading import TOC_MIN_HEADINGS, RelatedPosts, heading_count, hidden_sidebars, report_link, share_links


@dataclass
class Heading:
    level: int
    children: list = field(default_factory=list)


def test_headings_below_the_title_are_counted_at_every_depth():
    toc = [Heading(1, [Heading(2, [Heading(3)]), Heading(2)])]
    assert heading_count(toc) == 3
    assert heading_count([]) == 0


def test_the_table_of_contents_shows_from_enough_headings_and_the_menu_column_never():
    assert hidden_sidebars(TOC_MIN_HEADINGS - 1) == ["navigation", "toc"]
    assert hidden_sidebars(TOC_MIN_HEADINGS) == ["navigation"]
    assert hidden_sidebars(TOC_MIN_HEADINGS, ["toc"]) == ["navigation", "toc"]


def promise(number):
    return Promise(number, f"Belofte {number}", "Tekst.")


def test_related_posts_share_a_category_or_promise_most_in_common_first_then_nearest():
    three = promise(3)
    posts = [make_post(n, NEWS if n % 2 else MEET) for n in range(6, 0, -1)]  # newest first
    both = make_post(7, MEET, promises=(three,))
    item = make_post(9, MEET, promises=(three,))
    found = RelatedPosts([item, both, *posts]).of(item)
    assert found == [both, posts[0], posts[2]]
    assert item not in RelatedPosts([item]).of(item)


def test_among_equals_the_nearest_in_time_come_first_and_a_new_post_changes_few_lists():
    posts = [make_post(n) for n in range(20, 0, -1)]  # newest first, one a day, all of one category
    related = RelatedPosts(posts)
    # A day newer and a day older are as near: the newer first.
    assert related.of(posts[10]) == [posts[9], posts[11], posts[8]]
    assert related.of(posts[0]) == posts[1:4] and related.of(posts[-1]) == posts[-2:-5:-1]
    new = make_post(21)
    with_new = RelatedPosts([new, *posts])
    assert [post for post in posts if with_new.of(post) != related.of(post)] == posts[:2]


def test_a_portrait_is_related_by_its_promises_only():
    @dataclass
    class Portrait:
        src_uri: str
        promises: tuple

    three = promise(3)
    about = make_post(1, promises=(three,))
    assert RelatedPosts([make_post(2), about]).of(Portrait("portretten/a.md", (three,))) == [about]
    assert RelatedPosts([make_post(2), about]).of(Portrait("portretten/a.md", ())) == []


def test_share_links_carry_title_and_address_encoded():
    title, url = "Zorg & toets: 'wat kan wel'?", "https://example.org/nieuws/2024/04/a/"
    links = {link.label: urlsplit(link.href) for link in share_links(title, url)}
    assert set(links) == {"E-mail", "LinkedIn", "WhatsApp", "Bluesky"}
    assert parse_qs(links["E-mail"].query) == {"subject": [title], "body": [url]}
    assert parse_qs(links["LinkedIn"].query) == {"url": [url]}
    assert parse_qs(links["WhatsApp"].query) == {"text": [f"{title} {url}"]}
    assert parse_qs(links["Bluesky"].query) == {"text": [f"{title} {url}"]}
    assert all(" " not in link.href and "&amp;" not in link.href for link in share_links(title, url))


def test_the_mistake_report_goes_to_the_contact_address_naming_the_page():
    link = urlsplit(report_link("kerngroep@example.org", "Een titel", "https://example.org/a/"))
    assert (link.scheme, link.path) == ("mailto", "kerngroep@example.org")
    query = parse_qs(link.query)
    assert query["subject"] == ["Fout gezien: Een titel"] and "https://example.org/a/" in query["body"][0]


def test_related_posts_are_those_that_scoring_every_post_would_give():
    """The search stops once enough posts have all in common; what it returns is what scoring and ordering all
    of them (most in common, then nearest in time, then newest) gives."""
    import random
    promises = [promise(n) for n in range(1, 5)]
    rng = random.Random(7)
    posts = [make_post(n, rng.choice([NEWS, MEET]), promises=tuple(rng.sample(promises, rng.randint(0, 2))))
             for n in range(300, 0, -1)]
    for item in posts[::25]:
        def shared(post, item=item):
            return (len(set(item.promises) & set(post.promises))
                    + len(set(item.categories) & set(post.categories)))
        def rank(post, item=item, shared=shared):
            return -shared(post), abs(post.moment.when - item.moment.when), -post.moment.when.timestamp()
        everything = sorted((p for p in posts if p.src_uri != item.src_uri and shared(p)), key=rank)
        assert RelatedPosts(posts).of(item) == everything[:3]

"""Photos from any phone become light, responsive and private renditions (lho_site/outputs/photos.py).

The property checks run on every site of tests/sites.py (the editor's copy brings a 4000×3000
phone photo with GPS in its EXIF, and an upright one stored on its side); the rest on fixtures.
"""

import hashlib
import posixpath
from urllib.parse import urljoin

import pytest
from lxml import etree
from PIL import Image

from lho_site.content.files import PHOTOS, content_images, photo_width
from lho_site.outputs import photos as photos_module
from lho_site.outputs.photos import Photos
from sitebuild import build_site, fixture_site
from sites import phone_photo
from test_site import all_pages
from test_validation import GOOD, POST, expect_only, failed_build
from test_validation import post as post_file

OUTPUT_IMAGES = (".jpg", ".jpeg", ".png", ".webp", ".avif")


def published_images(site):
    return [p for p in site.site_dir.rglob("*") if p.suffix.lower() in OUTPUT_IMAGES]


def test_no_published_image_carries_exif_xmp_or_gps(site):
    for path in published_images(site):
        with Image.open(path) as image:
            assert not image.getexif(), path
            assert not {"xmp", "XML:com.adobe.xmp", "exif", "comment"} & set(image.info), path


def test_originals_are_never_published(site):
    docs = site.config_file.parent / "docs"
    originals = {hashlib.sha256((docs / src).read_bytes()).digest() for src in content_images(docs, PHOTOS)}
    assert not [p for p in published_images(site) if hashlib.sha256(p.read_bytes()).digest() in originals]


def image_sources(image):
    return [image["src"], *(part.split()[0] for part in image.get("srcset", "").split(",") if part.strip())]


def test_every_image_has_its_size_and_every_source_exists(site):
    base = "https://site.test/"
    for path in all_pages(site):
        url = str(path.relative_to(site.site_dir)).removesuffix("index.html")
        page = site.html(url)
        for image in page.select("img"):
            assert image.get("width") and image.get("height"), (url, image)
            for source in image_sources(image) + [s for tag in page.select("picture source")
                                                  for s in image_sources({"src": tag["srcset"].split()[0], **tag.attrs})]:
                target = urljoin(base + url, source).removeprefix(base)
                assert (site.site_dir / target).is_file(), (url, source)


def test_a_pages_first_picture_comes_first_and_the_rest_when_seen(site):
    for post in site.model.public:
        page = site.html(post.url)
        assert all(p.get("loading") == "lazy" for p in page.select(".lho-related picture img")), post.url
        pictures = page.select(".md-content article.lho-post picture img")
        if pictures:
            assert pictures[0].get("fetchpriority") == "high" and "loading" not in pictures[0].attrs, post.url
            assert all(p.get("loading") == "lazy" for p in pictures[1:]), post.url


def test_photos_above_posts_have_their_renditions_share_image_and_enclosure(site):
    base = site.model.data.url
    items = {i.findtext("guid"): i for i in etree.fromstring((site.site_dir / "feed.xml").read_bytes()).iter("item")}
    for post in site.model.public:
        if not post.image:
            continue
        page = site.html(post.url)
        widths = [int(s.split()[1][:-1]) for s in page.select_one(".lho-post__image img")["srcset"].split(",")]
        shown_width = photo_width(site.config_file.parent / "docs" / post.image)
        assert max(widths) <= shown_width, "a photo is never made larger"
        types = [s["type"] for s in page.select(".lho-post__image picture source")]
        assert types == ["image/avif", "image/webp"]
        share = page.find("meta", property="og:image")["content"].removeprefix(base)
        with Image.open(site.site_dir / share) as image:
            assert image.size == (1200, 630) or shown_width < 1200, share
            assert image.format == "JPEG"
        assert (site.site_dir / share).stat().st_size < 200_000
        if post.guid in items:
            enclosure = items[post.guid].find("enclosure")
            file = site.site_dir / enclosure.get("url").removeprefix(base)
            assert int(enclosure.get("length")) == file.stat().st_size < 200_000
            with Image.open(file) as image:
                assert image.width <= 800 and enclosure.get("type") == "image/jpeg"


def test_a_photo_held_upright_is_shown_upright(tmp_path):
    phone_photo(tmp_path / "docs" / "staand.jpg", (1600, 1200), orientation=6)
    photos = Photos(tmp_path / "docs", tmp_path / "cache")
    assert photos.prepare({"staand.jpg": (0.5, 0.5)}) == {}
    photo = photos.photos["staand.jpg"]
    assert (photo.width, photo.height) == (1200, 1600)
    for _, renditions in photo.sources:
        for rendition in renditions:
            with Image.open(photos.files[rendition.path]) as image:
                assert image.height > image.width and image.size == (rendition.width, rendition.height)


def test_an_unchanged_photo_is_converted_once(tmp_path, monkeypatch):
    phone_photo(tmp_path / "docs" / "foto.jpg", (1000, 750))
    calls = []
    convert = photos_module._convert
    monkeypatch.setattr(photos_module, "_convert", lambda *args: calls.append(args) or convert(*args))
    for _ in range(2):
        Photos(tmp_path / "docs", tmp_path / "cache").prepare({"foto.jpg": (0.5, 0.5)})
    assert len(calls) == 1
    Photos(tmp_path / "docs", tmp_path / "cache").prepare({"foto.jpg": (0.2, 0.5)})  # another crop
    assert len(calls) == 2


def test_the_crop_keeps_the_focus(tmp_path):
    image = Image.new("RGB", (2000, 1000), "white")
    image.paste("red", (0, 0, 300, 1000))  # the important part, at the far left
    (tmp_path / "docs").mkdir()
    image.save(tmp_path / "docs" / "rood.jpg")
    photos = Photos(tmp_path / "docs", tmp_path / "cache")
    photos.prepare({"rood.jpg": (0.0, 0.5)})
    with Image.open(photos.files[photos.photos["rood.jpg"].cards[-1].path]) as card:
        assert card.getpixel((5, card.height // 2))[1] < 80  # red, not white


PHOTO = "docs/nieuws/posts/fotos/foto.jpg"


def with_photo(tmp_path, make, front_matter=GOOD + "image: fotos/foto.jpg\nimage_alt: Een zaal vol bestuurders\n"):
    config = fixture_site(tmp_path, {POST: post_file(front_matter)})
    make(config.parent / PHOTO)
    return config


def test_a_photo_too_small_for_the_top_of_a_post_fails(tmp_path):
    config = with_photo(tmp_path, lambda path: phone_photo(path, (320, 240)))
    built = build_site(config, tmp_path / "site")
    expect_only(built, [f"{POST}:6: de foto is maar 320 pixels breed, te smal om boven de tekst te staan — kies een "
                        "foto van minstens 600 pixels breed (een foto van een telefoon is goed)"])


def test_a_file_that_is_not_a_photo_fails(tmp_path):
    config = with_photo(tmp_path, lambda path: path.parent.mkdir(parents=True) or path.write_text("geen foto"))
    built = build_site(config, tmp_path / "site")
    assert built.errors[0] == (f"{PHOTO}:1: dit bestand is geen foto die de site kan lezen — sla de foto opnieuw op "
                               "als .jpg of .png, of haal het bestand weg")


def test_a_photo_over_the_limit_fails(tmp_path, monkeypatch):
    monkeypatch.setattr("lho_site.content.files.MAX_PIXELS", 1_000_000)
    config = with_photo(tmp_path, lambda path: phone_photo(path, (1600, 1200)))
    built = build_site(config, tmp_path / "site")
    assert built.errors[0].startswith(f"{PHOTO}:1: de foto heeft 1 miljoen pixels, meer dan de 1 miljoen")


@pytest.mark.parametrize("focus", ['"50%"', "links", '"120% 10%"'])
def test_a_focus_that_is_no_place_on_the_photo_fails(tmp_path, focus):
    built = failed_build(tmp_path, {POST: post_file(GOOD + f"image_focus: {focus}\n")})
    assert "is geen plek op de foto" in built.errors[0]


def test_the_photo_in_a_feed_and_the_newsletter_is_a_plain_jpeg(sites):
    site = sites("edited")
    post = next(p for p in site.model.public if p.image)
    item = next(i for i in etree.fromstring((site.site_dir / "feed.xml").read_bytes()).iter("item")
                if i.findtext("guid") == post.guid)
    content = etree.HTML(item.findtext("{http://purl.org/rss/1.0/modules/content/}encoded"))
    sources = [img.get("src") for img in content.iter("img")]
    assert sources and all(s.startswith("https://") and posixpath.splitext(s)[1] == ".jpg" for s in sources)
    assert content.xpath("//picture | //source | //img[@srcset]") == []


def test_drawings_published_as_they_are_get_their_size(tmp_path):
    files = {POST: post_file(GOOD, "![Het logo](logo.svg)\n\n![Een animatie](beweging.gif)\n"),
             "docs/nieuws/posts/logo.svg": '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40"></svg>\n'}
    config = fixture_site(tmp_path, files)
    Image.new("P", (64, 48)).save(config.parent / "docs/nieuws/posts/beweging.gif")
    built = build_site(config, tmp_path / "site")
    assert built.error is None, built.how_to_reproduce()
    images = built.html("nieuws/2024/02/bericht/").select("article img")
    assert [(i["alt"], i["width"], i["height"]) for i in images] == [("Het logo", "120", "40"),
                                                                     ("Een animatie", "64", "48")]

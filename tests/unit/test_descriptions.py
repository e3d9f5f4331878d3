"""Descriptions of images: what describes nothing is told apart from what describes something."""

import pytest

from lho_site.content.descriptions import reason, text_images

NOTHING = {
    None: "ontbreekt",
    "": "is leeg",
    "  ": "is leeg",
    "IMG_2231.jpg": "is de bestandsnaam 'IMG_2231.jpg'",
    "IMG_2231": "is de bestandsnaam 'IMG_2231'",
    "DSC01234.JPG": "is de bestandsnaam 'DSC01234.JPG'",
    "PXL_20240101_123456789": "is de bestandsnaam 'PXL_20240101_123456789'",
    "fotos/zaal.jpg": "is de bestandsnaam 'fotos/zaal.jpg'",
    "Schermafbeelding 2024-03-01 om 10.22.31": "is de bestandsnaam 'Schermafbeelding 2024-03-01 om 10.22.31'",
    "foto": "is alleen 'foto'",
    "Foto 1": "is alleen 'Foto 1'",
    "afbeelding": "is alleen 'afbeelding'",
    "image": "is alleen 'image'",
    "Plaatje": "is alleen 'Plaatje'",
    "Foto bij het bericht": "is alleen 'Foto bij het bericht'",
}
SOMETHING = ["Bestuurders in gesprek aan een lange tafel", "Foto van de zaal in Zwolle", "Logo van de PO-Raad",
             "Grafiek: 57 ondertekenaars", "Jan.jpg-achtige grap"]


@pytest.mark.parametrize("description", NOTHING)
def test_a_description_that_describes_nothing_is_refused_with_why(description):
    assert reason(description) == NOTHING[description]


@pytest.mark.parametrize("description", SOMETHING)
def test_a_description_of_what_is_to_be_seen_passes(description):
    assert reason(description) is None


def test_images_are_found_in_every_way_of_writing_them_but_not_in_code():
    text = ("![a](x.jpg) ![b][ref] ![c] ![geen][onbekend] `![code](c.jpg)`\n"
            "```\n![fence](f.jpg)\n```\n"
            "<IMG SRC='y.png' ALT=\"d &amp; e\"> <img src=z.png>\n\n[ref]: r.jpg\n[c]: c.jpg\n")
    found = [(i.offset, i.description, i.source, i.html) for i in text_images(text)]
    assert found == [(0, "a", "x.jpg", False), (0, "b", "[ref]", False), (0, "c", "[c]", False),
                     (4, "d & e", "y.png", True), (4, None, "z.png", True)]

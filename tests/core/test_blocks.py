"""The shared blocks keep their promises: valid links only, headings in order, images described."""

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from wagtail.blocks import StreamBlockValidationError, StructBlockValidationError

from core.blocks import BodyBlock, CaptionedImageBlock, LinkBlock
from core.models import NavigationSettings
from home.factories import StandardPageFactory
from images.factories import CustomImageFactory
from tests.helpers import soup

pytestmark = pytest.mark.django_db


def soup_of(html: str) -> BeautifulSoup:
    return BeautifulSoup(str(html), "html.parser")


def link_to(page_id: int | None = None, url: str = "", label: str = ""):
    return LinkBlock().to_python({"page": page_id, "url": url, "label": label})


def test_link_to_a_live_page_uses_its_url_and_title(home_page):
    page = StandardPageFactory(parent=home_page, title="Godziny otwarcia", slug="godziny")

    value = link_to(page.pk)

    assert value.href == "/godziny/"
    assert value.text == "Godziny otwarcia"
    assert not value.is_external
    anchor = soup_of(LinkBlock().render(value)).find("a")
    assert anchor["href"] == "/godziny/"
    assert anchor.get_text(strip=True) == "Godziny otwarcia"


def test_link_label_wins_over_the_page_title(home_page):
    page = StandardPageFactory(parent=home_page, title="Godziny otwarcia", slug="godziny")

    assert link_to(page.pk, label="Kiedy jesteśmy otwarci").text == "Kiedy jesteśmy otwarci"


def test_link_to_a_deleted_page_renders_nothing(home_page):
    page = StandardPageFactory(parent=home_page, slug="usunieta")
    page_id = page.pk
    page.delete()

    value = link_to(page_id)

    assert value.href == ""
    assert not value.is_external
    assert "<a" not in LinkBlock().render(value)


def test_link_to_an_unpublished_page_renders_nothing(home_page):
    page = StandardPageFactory(parent=home_page, title="Wycofana", slug="wycofana")
    page.unpublish()

    value = link_to(page.pk)

    assert value.href == ""
    assert "<a" not in LinkBlock().render(value)
    assert "/wycofana/" not in LinkBlock().render(value)


def test_external_link_is_marked_external():
    value = link_to(url="https://www.gryfice.eu/", label="Gmina Gryfice")

    assert value.is_external
    anchor = soup_of(LinkBlock().render(value)).find("a")
    assert anchor["href"] == "https://www.gryfice.eu/"
    assert anchor.get_text(strip=True) == "Gmina Gryfice"


def test_link_needs_exactly_one_target(home_page):
    page = StandardPageFactory(parent=home_page, slug="cel")
    block = LinkBlock()

    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({"page": None, "url": "", "label": "Nic"}))
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({"page": page.pk, "url": "https://example.org/", "label": "x"}))
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(block.to_python({"page": None, "url": "https://example.org/", "label": ""}))
    assert "label" in error.value.block_errors
    block.clean(block.to_python({"page": page.pk, "url": "", "label": ""}))


def test_menus_skip_links_to_deleted_and_unpublished_pages(client, home_page):
    kept = StandardPageFactory(parent=home_page, title="Kontakt", slug="kontakt")
    deleted = StandardPageFactory(parent=home_page, title="Usunięta strona", slug="usunieta")
    unpublished = StandardPageFactory(parent=home_page, title="Wycofana strona", slug="wycofana")
    navigation = NavigationSettings.load()
    navigation.footer_menu = [
        ("link", {"page": page, "url": "", "label": ""}) for page in (kept, deleted, unpublished)
    ]
    navigation.main_menu = [
        ("link", {"page": page, "url": "", "label": ""}) for page in (kept, deleted, unpublished)
    ]
    navigation.save()
    deleted.delete()
    unpublished.unpublish()

    response = client.get("/")

    assert response.status_code == 200
    hrefs = [a["href"] for a in soup(response).find_all("a", href=True)]
    assert "/kontakt/" in hrefs
    assert "/usunieta/" not in hrefs
    assert "/wycofana/" not in hrefs
    content = response.content.decode()
    assert "Usunięta strona" not in content
    assert "Wycofana strona" not in content


def body_errors(stream: list[tuple[str, dict]]) -> dict:
    block = BodyBlock()
    value = block.to_python([{"type": name, "value": value} for name, value in stream])
    with pytest.raises(StreamBlockValidationError) as error:
        block.clean(value)
    return error.value.block_errors


def test_heading_levels_may_not_be_skipped():
    errors = body_errors(
        [("heading", {"text": "A", "level": "h2"}), ("heading", {"text": "B", "level": "h4"})]
    )

    assert list(errors) == [1]
    assert "poziomy nagłówków nie mogą być pomijane" in " ".join(errors[1].messages)


def test_headings_in_order_are_valid():
    block = BodyBlock()
    value = block.to_python(
        [
            {"type": "heading", "value": {"text": text, "level": level}}
            for text, level in [("A", "h2"), ("B", "h3"), ("C", "h4"), ("D", "h2")]
        ]
    )

    assert len(block.clean(value)) == 4


def test_image_without_alt_text_is_rejected_unless_decorative():
    image = CustomImageFactory()
    block = CaptionedImageBlock()

    def clean(alt_text: str, decorative: bool):
        return block.clean(
            block.to_python(
                {
                    "image": {"image": image.pk, "alt_text": alt_text, "decorative": decorative},
                    "caption": "",
                    "credit": "",
                }
            )
        )

    with pytest.raises((StructBlockValidationError, ValidationError)):
        clean("", decorative=False)
    assert clean("Regały", decorative=False)["image"].contextual_alt_text == "Regały"
    assert clean("", decorative=True)["image"].decorative


def test_decorative_image_has_empty_alt_text_when_rendered():
    image = CustomImageFactory(description="Opis z biblioteki obrazów")
    block = CaptionedImageBlock()
    value = block.to_python(
        {
            "image": {"image": image.pk, "alt_text": "", "decorative": True},
            "caption": "",
            "credit": "",
        }
    )

    images = soup_of(block.render(value)).find_all("img")

    assert images
    assert all(img.get("alt") == "" for img in images)

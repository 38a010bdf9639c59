"""Editors write news in the Wagtail admin; what they save is what readers get."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from core.blocks import RICH_TEXT_FEATURES
from images.factories import CustomImageFactory
from news.factories import NewsCategoryFactory
from news.models import NewsPage
from partners.factories import PartnerPageFactory
from tests.helpers import main_content, visible_text

pytestmark = pytest.mark.django_db

TITLE = "Biblioteka przystąpiła do Aliansu"


def add_news_url(news_index) -> str:
    return reverse("wagtailadmin_pages:add", args=["news", "newspage", news_index.pk])


def paragraph(html: str) -> str:
    return rich_text(html, features=RICH_TEXT_FEATURES)


def news_form_data(body: list[tuple[str, object]] | None = None, **fields) -> dict:
    """POST data of the admin's "add news" form, as the browser sends it."""
    if body is None:
        body = [
            ("heading", {"text": "Konferencja w Koszalinie", "level": "h2"}),
            ("paragraph", paragraph("<p>Porozumienie podpisano 9 grudnia 2009 roku.</p>")),
        ]
    data = {
        "title": TITLE,
        "slug": "biblioteka-przystapila-do-aliansu",
        "date": "2009-12-09",
        "lead": "Podpisaliśmy porozumienie o współpracy.",
        "body": streamfield(body),
        "tags": "",
        "related_partners": inline_formset([]),
    }
    data.update(fields)
    return nested_form_data(data)


def body_errors(response) -> dict:
    """Validation messages of the body's blocks, keyed by block position, as the editor sees them."""
    assert response.status_code == 200, "the form was accepted"
    errors = response.context["form"].errors.as_data()
    assert "body" in errors, f"no error on the body; errors: {errors}"
    return errors["body"][0].as_json_data()["blockErrors"]


def test_editor_creates_and_publishes_news(
    client, admin_client, news_index, partner_index, home_page
):
    partner = PartnerPageFactory(
        parent=partner_index, title="Koszalińska Biblioteka Publiczna", slug="kbp"
    )
    category = NewsCategoryFactory(name="Alians")
    data = news_form_data(
        tags="alians, konferencja",
        related_partners=inline_formset([{"partner": partner.pk}]),
    )
    data["categories"] = [category.pk]
    data["action-publish"] = "action-publish"

    response = admin_client.post(add_news_url(news_index), data)

    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_explore", args=[news_index.pk])
    page = NewsPage.objects.child_of(news_index).get()
    assert page.live
    assert page.title == TITLE
    assert [(block.block_type) for block in page.body] == ["heading", "paragraph"]
    heading, text = page.body
    assert heading.value["text"] == "Konferencja w Koszalinie"
    assert heading.value["level"] == "h2"
    assert "Porozumienie podpisano 9 grudnia 2009 roku." in text.value.source
    assert str(page.date) == "2009-12-09"
    assert list(page.categories.all()) == [category]
    assert sorted(page.tags.names()) == ["alians", "konferencja"]
    assert [link.partner_id for link in page.related_partners.all()] == [partner.pk]

    news_listing = visible_text(main_content(client.get(news_index.url)))
    assert TITLE in news_listing
    homepage = visible_text(main_content(client.get(home_page.url)))
    assert TITLE in homepage


def test_a_saved_draft_stays_off_the_site(client, admin_client, news_index, home_page):
    response = admin_client.post(add_news_url(news_index), news_form_data())

    page = NewsPage.objects.child_of(news_index).get()
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[page.pk])
    assert not page.live
    assert client.get(f"{news_index.url}biblioteka-przystapila-do-aliansu/").status_code == 404
    assert TITLE not in visible_text(client.get(news_index.url))
    assert TITLE not in visible_text(client.get(home_page.url))


def test_an_image_needs_alt_text_or_the_decorative_flag(admin_client, news_index):
    image = CustomImageFactory()
    without_alt_text = {"image": {"image": image.pk, "alt_text": ""}, "caption": "", "credit": ""}
    data = news_form_data(body=[("image", without_alt_text)])
    data["action-publish"] = "action-publish"

    response = admin_client.post(add_news_url(news_index), data)

    errors = body_errors(response)
    assert list(errors) == [0]
    assert not NewsPage.objects.exists()


@pytest.mark.parametrize(
    "image_value",
    [
        {"alt_text": "Sygnatariusze porozumienia przy stole konferencyjnym"},
        {"alt_text": "", "decorative": "on"},
    ],
    ids=["with-alt-text", "decorative"],
)
def test_an_image_with_alt_text_or_marked_decorative_is_accepted(
    admin_client, news_index, image_value
):
    image = CustomImageFactory()
    block = {"image": {"image": image.pk, **image_value}, "caption": "Podpisanie", "credit": ""}
    data = news_form_data(body=[("image", block)])
    data["action-publish"] = "action-publish"

    response = admin_client.post(add_news_url(news_index), data)

    assert response.status_code == 302
    saved_image = NewsPage.objects.get().body[0].value["image"]
    assert saved_image.id == image.pk
    assert saved_image.contextual_alt_text == image_value["alt_text"]
    assert saved_image.decorative == ("decorative" in image_value)


def test_a_heading_that_skips_a_level_is_rejected_in_polish(admin_client, news_index):
    data = news_form_data(
        body=[
            ("heading", {"text": "Porozumienie", "level": "h2"}),
            ("heading", {"text": "Sygnatariusze", "level": "h4"}),
        ]
    )
    data["action-publish"] = "action-publish"

    response = admin_client.post(add_news_url(news_index), data)

    errors = body_errors(response)
    assert list(errors) == [1], "only the h4 is at fault"
    message = " ".join(errors[1]["messages"])
    assert "nie mogą być pomijane" in message
    assert "Nagłówek 4. poziomu" in message
    assert not NewsPage.objects.exists()


def test_the_first_heading_may_not_be_below_h2(admin_client, news_index):
    data = news_form_data(body=[("heading", {"text": "Sygnatariusze", "level": "h3"})])

    errors = body_errors(admin_client.post(add_news_url(news_index), data))

    assert list(errors) == [0]


def test_headings_in_order_and_going_back_up_are_accepted(admin_client, news_index):
    levels = ["h2", "h3", "h4", "h2", "h3"]
    data = news_form_data(
        body=[("heading", {"text": f"Nagłówek {level}", "level": level}) for level in levels]
    )

    response = admin_client.post(add_news_url(news_index), data)

    assert response.status_code == 302
    assert [block.value["level"] for block in NewsPage.objects.get().body] == levels


def test_a_news_page_cannot_be_published_without_its_lead(admin_client, news_index):
    data = news_form_data(lead="")
    data["action-publish"] = "action-publish"

    response = admin_client.post(add_news_url(news_index), data)

    assert response.status_code == 200
    assert "lead" in response.context["form"].errors
    assert not NewsPage.objects.exists()


def test_polish_title_without_slug_gets_a_transliterated_slug(news_index):
    page = news_index.add_child(
        instance=NewsPage(title="Spotkanie w bibliotece im. Załuskiego", lead="Zapraszamy.")
    )
    twin = news_index.add_child(
        instance=NewsPage(title="Spotkanie w bibliotece im. Załuskiego", lead="Zapraszamy.")
    )

    assert page.slug == "spotkanie-w-bibliotece-im-zaluskiego"
    assert twin.slug == "spotkanie-w-bibliotece-im-zaluskiego-2"


def test_a_slug_given_by_the_editor_is_kept(news_index):
    page = news_index.add_child(
        instance=NewsPage(title="Załuskiego", slug="o-patronie", lead="Zapraszamy.")
    )

    assert page.slug == "o-patronie"


def test_editor_adds_a_gallery(admin_client, client, news_index):
    images = [CustomImageFactory(), CustomImageFactory()]
    gallery = {
        "title": "Zdjęcia z konferencji",
        "images": {
            "count": 2,
            "0": {
                "value": {
                    "image": {"image": images[0].pk, "alt_text": "Podpisanie porozumienia"},
                    "caption": "Sala konferencyjna",
                },
                "deleted": "",
                "order": "0",
                "id": "",
            },
            "1": {
                "value": {
                    "image": {"image": images[1].pk, "alt_text": "", "decorative": "on"},
                    "caption": "",
                },
                "deleted": "",
                "order": "1",
                "id": "",
            },
        },
    }
    data = news_form_data(body=[("gallery", gallery)])
    data["action-publish"] = "action-publish"

    response = admin_client.post(add_news_url(news_index), data)

    assert response.status_code == 302, response.context and response.context["form"].errors
    page = NewsPage.objects.child_of(news_index).get()
    (block,) = page.body
    assert block.block_type == "gallery"
    assert block.value["title"] == "Zdjęcia z konferencji"
    saved = [
        (item["image"].pk, item["image"].contextual_alt_text) for item in block.value["images"]
    ]
    assert saved == [(images[0].pk, "Podpisanie porozumienia"), (images[1].pk, "")]
    assert "Sala konferencyjna" in visible_text(main_content(client.get(page.url)))


def test_a_gallery_image_needs_alt_text_or_the_decorative_flag(admin_client, news_index):
    image = CustomImageFactory()
    gallery = {
        "title": "",
        "images": {
            "count": 1,
            "0": {
                "value": {"image": {"image": image.pk, "alt_text": ""}, "caption": ""},
                "deleted": "",
                "order": "0",
                "id": "",
            },
        },
    }
    data = news_form_data(body=[("gallery", gallery)])
    data["action-publish"] = "action-publish"

    response = admin_client.post(add_news_url(news_index), data)

    assert response.status_code == 200
    assert "body" in response.context["form"].errors
    assert not NewsPage.objects.child_of(news_index).exists()

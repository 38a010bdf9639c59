"""Editors cannot publish inaccessible content by accident: the admin refuses it, in Polish."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.blocks import StructBlockValidationError
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from core.blocks import (
    RICH_TEXT_FEATURES,
    CallToActionBlock,
    LinkBlock,
    ParagraphBlock,
    is_vague_link_text,
    vague_link_texts_in_html,
)
from home.models import StandardPage
from images.factories import CustomImageFactory

pytestmark = pytest.mark.django_db

VAGUE_MESSAGE = "nic nie mówi, gdy czytnik ekranu odczytuje same linki"


def error_messages(error) -> list[str]:
    """Every message inside a (nested) block validation error."""
    block_errors = getattr(error, "block_errors", None)
    if block_errors:
        children = block_errors.values() if isinstance(block_errors, dict) else block_errors
        return [message for child in children for message in error_messages(child)]
    non_block_errors = getattr(error, "non_block_errors", None)
    if non_block_errors:
        return [message for child in non_block_errors.as_data() for message in child.messages]
    return list(error.messages)


@pytest.mark.parametrize(
    "text",
    [
        "kliknij tutaj",
        "Tutaj",
        "WIĘCEJ",
        "czytaj więcej…",
        "Czytaj dalej »",
        "link",
        "klik",
        " więcej → ",
    ],
)
def test_vague_link_texts_are_recognised(text):
    assert is_vague_link_text(text)


@pytest.mark.parametrize(
    "text", ["Regulamin wypożyczalni", "Więcej o Aliansie", "Godziny otwarcia", "linki do katalogu"]
)
def test_descriptive_link_texts_pass(text):
    assert not is_vague_link_text(text)


def test_link_texts_are_read_from_rich_text_including_nested_formatting():
    html = (
        '<p>Regulamin: <a href="/r/">kliknij <b>tutaj</b></a>, '
        '<a href="/g/">Godziny otwarcia</a>, <a href="/w/">Więcej</a>.</p>'
    )

    assert vague_link_texts_in_html(html) == ["kliknij tutaj", "Więcej"]


def test_link_block_refuses_a_vague_label():
    block = LinkBlock()
    value = block.to_python({"url": "https://www.gryfice.eu/", "label": "Kliknij tutaj"})

    with pytest.raises(StructBlockValidationError) as raised:
        block.clean(value)

    assert any(VAGUE_MESSAGE in message for message in error_messages(raised.value))
    assert "label" in raised.value.block_errors


def test_call_to_action_refuses_a_vague_button_text():
    block = CallToActionBlock()
    value = block.to_python(
        {
            "heading": "Zapisz się",
            "link": {"url": "https://example.org/", "label": "Więcej"},
        }
    )

    with pytest.raises(StructBlockValidationError) as raised:
        block.clean(value)

    assert any(VAGUE_MESSAGE in message for message in error_messages(raised.value))


def test_paragraph_refuses_a_vague_link_and_accepts_a_descriptive_one():
    block = ParagraphBlock()

    with pytest.raises(ValidationError) as raised:
        block.clean(block.to_python('<p>Regulamin <a href="https://example.org/">tutaj</a>.</p>'))
    assert "„tutaj”" in raised.value.messages[0]

    good = '<p>Przeczytaj <a href="https://example.org/">regulamin wypożyczalni</a>.</p>'
    assert block.clean(block.to_python(good)).source == good


def list_block(values: list) -> dict:
    """ListBlock form data, for nested_form_data (Wagtail's helpers cover StreamField only)."""
    data = {"count": str(len(values))}
    for index, value in enumerate(values):
        data[str(index)] = {"value": value, "deleted": "", "order": str(index), "id": ""}
    return data


class TestAdminRefusesInaccessibleBody:
    """What an editor sees when publishing a page through the admin."""

    @pytest.fixture
    def publish(self, admin_client, home_page):
        def publish(body: list) -> tuple:
            data = nested_form_data(
                {
                    "title": "Zapisy",
                    "slug": "zapisy",
                    "intro": rich_text("<p>Zapraszamy.</p>", features=RICH_TEXT_FEATURES),
                    "body": streamfield(body),
                    "action-publish": "action-publish",
                }
            )
            response = admin_client.post(
                reverse("wagtailadmin_pages:add", args=["home", "standardpage", home_page.pk]),
                data,
            )
            return response, StandardPage.objects.filter(slug="zapisy").first()

        return publish

    def body_errors(self, response) -> list[str]:
        assert response.status_code == 200, "the page was saved"
        errors = response.context["form"].errors["body"].as_data()
        return [message for error in errors for message in error_messages(error)]

    def test_vague_link_in_a_paragraph(self, publish):
        response, page = publish(
            [
                (
                    "paragraph",
                    rich_text(
                        '<p>Regulamin <a href="https://example.org/">kliknij tutaj</a>.</p>',
                        features=RICH_TEXT_FEATURES,
                    ),
                )
            ]
        )

        assert page is None
        assert any(VAGUE_MESSAGE in message for message in self.body_errors(response))

    def test_vague_call_to_action_label(self, publish):
        response, page = publish(
            [
                (
                    "call_to_action",
                    {
                        "heading": "Zapisz się",
                        "text": "",
                        "link": {
                            "page": "",
                            "url": "https://example.org/",
                            "label": "czytaj więcej",
                        },
                    },
                )
            ]
        )

        assert page is None
        assert any("„czytaj więcej”" in message for message in self.body_errors(response))

    def test_vague_link_in_an_accordion(self, publish):
        response, page = publish(
            [
                (
                    "accordion",
                    {
                        "heading": "Pytania",
                        "items": list_block(
                            [
                                {
                                    "title": "Jak się zapisać?",
                                    "content": rich_text(
                                        '<p>Zobacz <a href="https://example.org/">link</a>.</p>'
                                    ),
                                }
                            ]
                        ),
                    },
                )
            ]
        )

        assert page is None
        assert any(VAGUE_MESSAGE in message for message in self.body_errors(response))

    def test_image_without_alt_text_or_decorative_flag(self, publish):
        image = CustomImageFactory()
        response, page = publish(
            [
                (
                    "image",
                    {
                        "image": {"image": image.pk, "decorative": "", "alt_text": ""},
                        "caption": "",
                        "credit": "",
                    },
                )
            ]
        )

        assert page is None
        # Wagtail's own message, in Polish with the admin's language.
        assert any("tekst alternatywny" in message for message in self.body_errors(response))

    def test_image_marked_decorative_is_accepted(self, publish):
        image = CustomImageFactory()
        response, page = publish(
            [
                (
                    "image",
                    {
                        "image": {"image": image.pk, "decorative": "on", "alt_text": ""},
                        "caption": "",
                        "credit": "",
                    },
                )
            ]
        )

        assert response.status_code == 302
        assert page.body[0].value["image"].decorative

    def test_skipped_heading_level(self, publish):
        response, page = publish(
            [
                ("heading", {"text": "Zapisy", "level": "h2"}),
                ("heading", {"text": "Dokumenty", "level": "h4"}),
            ]
        )

        assert page is None
        assert any("nie mogą być pomijane" in message for message in self.body_errors(response))

    def test_accessible_body_is_published(self, publish):
        response, page = publish(
            [
                ("heading", {"text": "Zapisy", "level": "h2"}),
                (
                    "paragraph",
                    rich_text(
                        '<p>Przeczytaj <a href="https://example.org/">regulamin wypożyczalni</a>.</p>',
                        features=RICH_TEXT_FEATURES,
                    ),
                ),
            ]
        )

        assert response.status_code == 302
        assert page.live

"""Foreign-language passages marked in the editor keep their `lang` from editor to page, and the
userbar's accessibility checker runs with the site's rules."""

import json
import re

import pytest
from django.urls import reverse
from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter
from wagtail.rich_text import expand_db_html
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from core.blocks import FOREIGN_LANGUAGES, RICH_TEXT_FEATURES, BodyBlock, language_feature_name
from home.factories import StandardPageFactory
from home.models import StandardPage
from tests.helpers import main_content, soup

pytestmark = pytest.mark.django_db

MARKED = '<p>Na drzwiach: <span lang="la">Ex libris</span> i <span lang="en">Welcome</span>.</p>'


def without_block_keys(html: str) -> str:
    # Draftail gives each paragraph a key for its own bookkeeping.
    return re.sub(r' data-block-key="[^"]*"', "", html)


def test_every_language_is_a_body_text_feature():
    for code, _name in FOREIGN_LANGUAGES:
        assert language_feature_name(code) in RICH_TEXT_FEATURES


def test_accordion_items_offer_the_language_marks_too():
    accordion = BodyBlock().child_blocks["accordion"]
    content = accordion.child_blocks["items"].child_block.child_blocks["content"]
    for code, _name in FOREIGN_LANGUAGES:
        assert language_feature_name(code) in content.features


def test_editor_format_round_trip_keeps_the_lang_attribute():
    converter = ContentstateConverter(features=RICH_TEXT_FEATURES)

    contentstate = json.loads(converter.from_database_format(MARKED))
    styles = {
        style["style"] for block in contentstate["blocks"] for style in block["inlineStyleRanges"]
    }
    assert styles == {"LANG-LA", "LANG-EN"}
    assert without_block_keys(converter.to_database_format(json.dumps(contentstate))) == MARKED


def test_language_marks_are_dropped_where_the_feature_is_not_enabled():
    converter = ContentstateConverter(features=["bold", "italic"])

    html = converter.to_database_format(converter.from_database_format(MARKED))

    assert "lang=" not in html
    assert "Ex libris" in html


def test_admin_saves_the_marked_passage_and_the_page_renders_it(admin_client, home_page):
    data = nested_form_data(
        {
            "title": "Dla gości z zagranicy",
            "slug": "goscie",
            "intro": rich_text("<p>Zapraszamy.</p>", features=RICH_TEXT_FEATURES),
            "body": streamfield([("paragraph", rich_text(MARKED, features=RICH_TEXT_FEATURES))]),
            "action-publish": "action-publish",
        }
    )

    response = admin_client.post(
        reverse("wagtailadmin_pages:add", args=["home", "standardpage", home_page.pk]), data
    )

    assert response.status_code == 302
    page = StandardPage.objects.get(slug="goscie")
    assert without_block_keys(page.body[0].value.source) == MARKED
    rendered = main_content(admin_client.get(page.url))
    marked = {span["lang"]: span.get_text() for span in rendered.select("span[lang]")}
    assert marked == {"la": "Ex libris", "en": "Welcome"}


def test_rich_text_filter_keeps_lang():
    assert 'lang="en"' in expand_db_html('<p><span lang="en">Welcome</span></p>')


def test_editor_shows_a_button_per_language(admin_client, home_page):
    page = StandardPageFactory(parent=home_page, slug="edycja")

    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))

    html = response.content.decode()
    for code, _name in FOREIGN_LANGUAGES:
        assert f"LANG-{code.upper()}" in html


def test_userbar_checker_uses_the_site_rules_with_polish_messages(admin_client, home_page):
    response = admin_client.get("/")

    script = soup(response).find("script", id="checker-axe-configuration")
    assert script is not None, "the userbar has no accessibility checker"
    configuration = json.loads(script.string)
    rules = configuration["options"]["runOnly"]
    assert {"image-alt", "color-contrast", "valid-lang", "heading-order", "link-name"} <= set(rules)
    assert configuration["messages"]["image-alt"]["error_name"] == "Obraz bez tekstu alternatywnego"

"""Editors create the legal pages and information clauses in the Wagtail admin; what they save
is what readers get."""

import pytest
from django.urls import reverse
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from core.blocks import RICH_TEXT_FEATURES
from home.models import HomePage, StandardPage
from legal.factories import (
    AccessibilityStatementPageFactory,
    EasyReadPageFactory,
    InformationClauseFactory,
    PrivacyPolicyPageFactory,
    SignLanguagePageFactory,
)
from legal.models import (
    AccessibilityStatementPage,
    EasyReadPage,
    InformationClause,
    PrivacyPolicyPage,
    SignLanguagePage,
)
from tests.helpers import main_content, visible_text

pytestmark = pytest.mark.django_db

LEGAL_PAGE_TYPES = [AccessibilityStatementPage, EasyReadPage, PrivacyPolicyPage, SignLanguagePage]


def model_name(page) -> str:
    return type(page).__name__


def add_url(model, parent) -> str:
    return reverse("wagtailadmin_pages:add", args=["legal", model._meta.model_name, parent.pk])


class LegalPageTreeTests(WagtailPageTestCase):
    def test_created_under_the_homepage_only(self):
        for model in LEGAL_PAGE_TYPES:
            self.assertCanCreateAt(HomePage, model)
            self.assertCanNotCreateAt(StandardPage, model)
            self.assertAllowedSubpageTypes(model, {})
            assert model.max_count == 1

    def test_renderable_and_editable(self):
        home = HomePage.objects.get()
        self.login()
        for factory in (
            AccessibilityStatementPageFactory,
            EasyReadPageFactory,
            PrivacyPolicyPageFactory,
            SignLanguagePageFactory,
        ):
            page = factory(parent=home)
            self.assertPageIsRenderable(page)
            edit_view = self.client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
            assert edit_view.status_code == 200, model_name(page)


def test_editor_publishes_an_easy_read_page(client, admin_client, home_page):
    data = nested_form_data(
        {
            "title": "Tekst łatwy do czytania",
            "slug": "tekst-latwy-do-czytania",
            "intro": "Tu przeczytasz o bibliotece.",
            "body": streamfield(
                [
                    ("heading", "Jak wypożyczyć książkę"),
                    ("paragraph", "Przyjdź do biblioteki.\nWeź kartę."),
                ]
            ),
            "action-publish": "action-publish",
        }
    )
    response = admin_client.post(add_url(EasyReadPage, home_page), data)
    assert response.status_code == 302
    page = EasyReadPage.objects.get()
    assert [block.block_type for block in page.body] == ["heading", "paragraph"]
    text = visible_text(main_content(client.get("/tekst-latwy-do-czytania/")))
    assert "Jak wypożyczyć książkę" in text and "Weź kartę." in text


def test_sign_language_page_needs_a_transcript(admin_client, home_page):
    data = nested_form_data(
        {
            "title": "Język migowy",
            "slug": "jezyk-migowy",
            "intro": "",
            "transcript": rich_text("", features=RICH_TEXT_FEATURES),
            "contact_email": "",
            "sms_number": "",
            "action-publish": "action-publish",
        }
    )
    response = admin_client.post(add_url(SignLanguagePage, home_page), data)
    assert response.status_code == 200
    assert "transcript" in response.context["form"].errors
    assert not SignLanguagePage.objects.exists()


def test_editor_attaches_an_information_clause(client, admin_client, home_page):
    clause = InformationClauseFactory(
        title="Klauzula — zapisy na warsztaty",
        text="<p>Administratorem danych jest biblioteka.</p>",
    )
    data = nested_form_data(
        {
            "title": "Polityka prywatności",
            "slug": "polityka-prywatnosci",
            "intro": rich_text("", features=RICH_TEXT_FEATURES),
            "body": streamfield(
                [
                    ("heading", {"text": "Warsztaty", "level": "h2"}),
                    ("information_clause", clause.pk),
                ]
            ),
            "action-publish": "action-publish",
        }
    )
    response = admin_client.post(add_url(PrivacyPolicyPage, home_page), data)
    assert response.status_code == 302
    page = PrivacyPolicyPage.objects.get()
    assert page.body[1].value == clause
    assert "Administratorem danych jest biblioteka." in visible_text(
        client.get("/polityka-prywatnosci/")
    )


def test_information_clause_snippet_is_managed_in_the_admin(admin_client):
    add = reverse("wagtailsnippets_legal_informationclause:add")
    response = admin_client.post(
        add,
        nested_form_data(
            {
                "title": "Klauzula — newsletter",
                "text": rich_text("<p>Podstawa prawna: art. 6 ust. 1 lit. a RODO.</p>"),
            }
        ),
    )
    assert response.status_code == 302
    clause = InformationClause.objects.get()
    assert "art. 6 ust. 1 lit. a RODO" in clause.text
    listing = admin_client.get(reverse("wagtailsnippets_legal_informationclause:list"))
    assert "Klauzula — newsletter" in visible_text(listing)

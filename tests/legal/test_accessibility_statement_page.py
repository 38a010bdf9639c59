"""The Deklaracja dostępności: the official structure and ids, editing, and the yearly reminder."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from core.blocks import RICH_TEXT_FEATURES
from core.models import LibrarySettings
from home.models import HomePage, StandardPage
from legal.factories import AccessibilityStatementPageFactory
from legal.models import AccessibilityStatementPage
from tests.helpers import only_h1, soup, squash, visible_text

pytestmark = pytest.mark.django_db

# The ids of the ministry's template (Warunki techniczne publikacji oraz struktura dokumentu
# elektronicznego deklaracji dostępności, version 2.0 of 31 July 2024).
OFFICIAL_IDS = [
    "a11y-wstep",
    "a11y-podmiot",
    "a11y-url",
    "a11y-data-publikacja",
    "a11y-data-aktualizacja",
    "a11y-status",
    "a11y-ocena",
    "a11y-data-sporzadzenie",
    "a11y-kontakt",
    "a11y-osoba",
    "a11y-email",
    "a11y-telefon",
    "a11y-procedura",
    "a11y-architektura",
    "a11y-aplikacje",
]


def by_id(response, element_id: str) -> str:
    element = soup(response).find(id=element_id)
    assert element is not None, f"no element with id {element_id}"
    return squash(element.get_text(" "))


def test_every_official_section_is_rendered_with_its_id(client, statement):
    response = client.get("/deklaracja-dostepnosci/")
    assert response.status_code == 200
    page = soup(response)
    for element_id in OFFICIAL_IDS:
        assert len(page.find_all(id=element_id)) == 1, element_id
    # No home-made a11y-* ids that a monitor could misread.
    assert {element["id"] for element in page.select('[id^="a11y-"]')} == set(OFFICIAL_IDS)
    assert only_h1(response) == "Deklaracja dostępności"
    assert by_id(response, "a11y-podmiot") == statement.entity_name
    assert "zobowiązuje się zapewnić dostępność" in by_id(response, "a11y-wstep")
    assert page.find(id="a11y-url")["href"] == "http://localhost/"
    # The template wants dates as YYYY-MM-DD.
    assert by_id(response, "a11y-data-publikacja") == "2026-01-15"
    assert by_id(response, "a11y-data-aktualizacja") == "2026-06-01"
    assert by_id(response, "a11y-data-sporzadzenie") == "2026-01-15"
    assert "częściowo zgodna" in by_id(response, "a11y-status")
    assert "samooceny" in by_id(response, "a11y-ocena")
    assert by_id(response, "a11y-osoba") == "Anna Kowalska"
    assert by_id(response, "a11y-email") == "dostepnosc@example.org"
    assert page.find(id="a11y-telefon")["href"] == "tel:+48910000000"


def test_status_non_accessible_content_and_procedure(client, statement):
    text = visible_text(client.get("/deklaracja-dostepnosci/"))
    assert "Niezgodności z wymaganiami" in text
    assert "Skany archiwalnych dokumentów w PDF nie mają warstwy tekstowej." in text
    assert "Dostęp alternatywny: Na prośbę prześlemy treść dokumentu e-mailem." in text
    assert "Wyłączenia" not in text
    assert "7 dni" in text and "2 miesięcy" in text
    assert "Rzecznika Praw Obywatelskich" in text
    assert "nie udostępnia aplikacji mobilnych" in text


def test_compliant_site_and_external_assessment(client, home_page):
    AccessibilityStatementPageFactory(
        parent=home_page,
        status="zgodna",
        non_accessible_content=[],
        assessment_method="podmiot-zewnetrzny",
        assessor_name="Fundacja Audytów Dostępności",
        mobile_apps=[
            {"type": "app", "value": {"name": "Biblioteka", "url": "https://example.org/app"}}
        ],
    )
    response = client.get("/deklaracja-dostepnosci/")
    assert by_id(response, "a11y-status").startswith("Strona internetowa jest zgodna")
    assert "Fundacja Audytów Dostępności" in by_id(response, "a11y-ocena")
    assert "Biblioteka" in visible_text(soup(response).find(id="a11y-aplikacje").parent)


def test_contact_falls_back_to_the_library_settings(client, home_page):
    library = LibrarySettings.load()
    library.email = "biblioteka@example.org"
    library.phone = "91 384 00 00"
    library.save()
    AccessibilityStatementPageFactory(parent=home_page, contact_email="", contact_phone="")
    response = client.get("/deklaracja-dostepnosci/")
    assert by_id(response, "a11y-email") == "biblioteka@example.org"
    assert by_id(response, "a11y-telefon") == "91 384 00 00"


def test_editor_input_is_escaped(client, home_page):
    AccessibilityStatementPageFactory(parent=home_page, entity_name="<script>alert(1)</script>")
    response = client.get("/deklaracja-dostepnosci/")
    assert b"<script>alert(1)</script>" not in response.content
    assert by_id(response, "a11y-podmiot") == "<script>alert(1)</script>"


def test_one_declaration_under_the_homepage_only(home_page, statement):
    assert not AccessibilityStatementPage.can_create_at(home_page)
    assert AccessibilityStatementPage.parent_page_types == ["home.HomePage"]
    assert "legal.AccessibilityStatementPage" not in StandardPage.subpage_types
    assert Page.objects.type(AccessibilityStatementPage).count() == 1


def test_partially_compliant_declaration_must_list_the_gaps(home_page):
    page = AccessibilityStatementPageFactory.build(non_accessible_content=[])
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert "non_accessible_content" in error.value.message_dict


def admin_form_data(**fields) -> dict:
    data = {
        "title": "Deklaracja dostępności",
        "slug": "deklaracja-dostepnosci",
        "entity_name": "Miejska Biblioteka Publiczna w Gryficach",
        "site_publication_date": "2026-01-15",
        "site_update_date": "2026-02-01",
        "status": "czesciowo-zgodna",
        "non_accessible_content": streamfield(
            [
                (
                    "item",
                    {
                        "content": "Skany bez warstwy tekstowej",
                        "reason": "niezgodnosc",
                        "explanation": "",
                        "alternative": "Prześlemy tekst.",
                    },
                )
            ]
        ),
        "preparation_date": "2026-01-15",
        "review_date": "2026-03-01",
        "assessment_method": "samoocena",
        "assessor_name": "",
        "assessment_url": "",
        "contact_person": "Jan Nowak",
        "contact_email": "jan@example.org",
        "contact_phone": "91 000 00 00",
        "procedure_note": rich_text("", features=RICH_TEXT_FEATURES),
        "buildings": streamfield(
            [
                (
                    "building",
                    {
                        "name": "Budynek główny",
                        "address": "Gryfice",
                        "description": rich_text("<p>Wejście z poziomu chodnika.</p>"),
                    },
                )
            ]
        ),
        "mobile_apps": streamfield([]),
        "additional_information": rich_text("", features=RICH_TEXT_FEATURES),
        "action-publish": "action-publish",
    }
    data.update(fields)
    return nested_form_data(data)


def add_url(home_page: HomePage) -> str:
    return reverse(
        "wagtailadmin_pages:add", args=["legal", "accessibilitystatementpage", home_page.pk]
    )


def test_editor_publishes_the_declaration(client, admin_client, home_page):
    response = admin_client.post(add_url(home_page), admin_form_data())
    assert response.status_code == 302
    page = AccessibilityStatementPage.objects.get()
    assert page.live
    assert page.review_date == datetime.date(2026, 3, 1)
    assert [item.value["content"] for item in page.non_accessible_content] == [
        "Skany bez warstwy tekstowej"
    ]
    public = client.get("/deklaracja-dostepnosci/")
    assert by_id(public, "a11y-osoba") == "Jan Nowak"
    assert "Wejście z poziomu chodnika." in visible_text(
        soup(public).find(id="a11y-architektura").parent
    )


def test_external_assessment_needs_the_assessor_name(admin_client, home_page):
    response = admin_client.post(
        add_url(home_page), admin_form_data(assessment_method="podmiot-zewnetrzny")
    )
    assert response.status_code == 200
    assert "assessor_name" in response.context["form"].errors
    assert not AccessibilityStatementPage.objects.exists()


class TestReviewReminder:
    @pytest.fixture
    def today(self, monkeypatch):
        day = datetime.date(2027, 4, 10)
        monkeypatch.setattr("legal.models.timezone.localdate", lambda: day)
        return day

    def test_dashboard_reminds_when_the_review_is_over_a_year_old(
        self, admin_client, home_page, today
    ):
        AccessibilityStatementPageFactory(
            parent=home_page, review_date=today - datetime.timedelta(days=366)
        )
        text = visible_text(admin_client.get(reverse("wagtailadmin_home")))
        assert "Deklaracja dostępności wymaga przeglądu" in text
        assert "9 kwietnia 2026" in text

    def test_no_reminder_for_a_declaration_reviewed_within_a_year(
        self, admin_client, home_page, today
    ):
        AccessibilityStatementPageFactory(
            parent=home_page, review_date=today - datetime.timedelta(days=365)
        )
        text = visible_text(admin_client.get(reverse("wagtailadmin_home")))
        assert "wymaga przeglądu" not in text

    def test_edit_view_warns_about_an_overdue_declaration(self, admin_client, home_page, today):
        page = AccessibilityStatementPageFactory(
            parent=home_page,
            preparation_date=datetime.date(2024, 3, 1),
            review_date=datetime.date(2025, 1, 31),
        )
        response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        assert response.status_code == 200
        assert "była ostatnio przeglądana 31.01.2025 — ponad rok temu" in visible_text(response)

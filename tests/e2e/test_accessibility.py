"""Every public page type, with realistic content, has zero WCAG 2.1 A/AA violations in axe-core.

To add a page type: build its content in `site_content` (or let the demo loader do it) and add a
`(name, url_builder)` pair to PAGES; `url_builder` gets the `SiteContent` and returns the path.
"""

from collections.abc import Callable
from dataclasses import dataclass
from io import StringIO

import pytest
from django.core.management import call_command
from playwright.sync_api import Page
from wagtail.documents.models import Document

from home.factories import StandardPageFactory
from home.models import HomePage
from images.factories import CustomImageFactory
from news.models import NewsCategory, NewsIndexPage, NewsPage
from partners.models import PartnerIndexPage, PartnerPage
from tests.e2e.conftest import axe_violations, describe_violations, fill_in_library_settings

pytestmark = [
    pytest.mark.e2e,
    # The live server reads what the test wrote, so the data must be committed; the rollback
    # restores the homepage that migrations created for the tests that run afterwards.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@dataclass
class SiteContent:
    news_index: NewsIndexPage
    news: NewsPage
    category: NewsCategory
    partner_index: PartnerIndexPage
    partner: PartnerPage
    standard_page: object


def every_block_body(image_id: int, document_id: int, page_id: int) -> list[dict]:
    """A body using every block of the shared library, as an editor would fill it in."""
    return [
        {"type": "heading", "value": {"text": "Jak się zapisać", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Kartę biblioteczną wyrabiamy <b>bezpłatnie</b> na podstawie dowodu osobistego. "
                f'Szczegóły w <a linktype="page" id="{page_id}">aktualnościach</a> i na stronie '
                '<a href="https://www.gryfice.eu/">Gminy Gryfice</a>.</p>'
                "<ul><li>dzieci do lat 13 — z opiekunem,</li><li>dorośli — samodzielnie.</li></ul>"
            ),
        },
        {
            "type": "image",
            "value": {
                "image": {
                    "image": image_id,
                    "alt_text": "Wypożyczalnia dla dorosłych",
                    "decorative": False,
                },
                "caption": "Wypożyczalnia po remoncie",
                "credit": "fot. Biblioteka",
            },
        },
        {"type": "heading", "value": {"text": "Opłaty", "level": "h3"}},
        {
            "type": "table",
            "value": {
                "caption": "Opłaty za usługi",
                "table": {
                    "data": [["Usługa", "Cena"], ["Karta", "bezpłatnie"], ["Wydruk A4", "0,50 zł"]],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                },
            },
        },
        {
            "type": "quote",
            "value": {"quote": "Biblioteka jest dla wszystkich.", "attribution": "Dyrekcja"},
        },
        {"type": "document", "value": {"document": document_id, "title": "Regulamin biblioteki"}},
        {
            "type": "accordion",
            "value": {
                "heading": "Najczęstsze pytania",
                "items": [
                    {"title": "Ile kosztuje karta?", "content": "<p>Karta jest bezpłatna.</p>"},
                    {"title": "Jak długo mogę czytać?", "content": "<p>Miesiąc.</p>"},
                ],
            },
        },
        {
            "type": "call_to_action",
            "value": {
                "heading": "Zapisz się do biblioteki",
                "text": "Zapisy w godzinach otwarcia.",
                "link": {"page": page_id, "url": "", "label": "Godziny otwarcia i zapisy"},
            },
        },
    ]


@pytest.fixture
def site_content() -> SiteContent:
    """The demo site, with images and every block kind added where editors would put them."""
    call_command("load_demo_content", "--no-admin", stdout=StringIO())
    fill_in_library_settings()
    news_index = NewsIndexPage.objects.get()
    news = NewsPage.objects.live().order_by("date").first()
    news.featured_image = CustomImageFactory()
    news.save_revision().publish()
    partner = PartnerPage.objects.live().order_by("title").first()
    partner.logo = CustomImageFactory()
    partner.save_revision().publish()
    document = Document.objects.create(title="Regulamin", file=_document_file())
    standard_page = StandardPageFactory(
        parent=HomePage.objects.get(),
        title="Zapisy do biblioteki",
        slug="zapisy",
        body=every_block_body(CustomImageFactory().pk, document.pk, news_index.pk),
    )
    return SiteContent(
        news_index=news_index,
        news=news,
        category=NewsCategory.objects.filter(news_pages__isnull=False).first(),
        partner_index=PartnerIndexPage.objects.get(),
        partner=partner,
        standard_page=standard_page,
    )


def _document_file():
    from django.core.files.base import ContentFile

    return ContentFile(b"%PDF-1.4\n% regulamin\n", name="regulamin.pdf")


PAGES: list[tuple[str, Callable[[SiteContent], str]]] = [
    ("strona główna", lambda content: "/"),
    ("aktualności", lambda content: content.news_index.url),
    (
        "aktualności w kategorii",
        lambda content: f"{content.news_index.url}?kategoria={content.category.slug}",
    ),
    ("aktualność", lambda content: content.news.url),
    ("katalog partnerów", lambda content: content.partner_index.url),
    (
        "katalog partnerów: filtr",
        lambda content: f"{content.partner_index.url}?typ=biblioteka-kultura",
    ),
    (
        "katalog partnerów: nic nie pasuje",
        lambda content: f"{content.partner_index.url}?typ=uczelnia&powiat=policki",
    ),
    ("partner", lambda content: content.partner.url),
    ("strona informacyjna", lambda content: content.standard_page.url),
    ("wyniki wyszukiwania", lambda content: "/szukaj/?q=biblioteka"),
    ("wyszukiwanie bez wyników", lambda content: "/szukaj/?q=hipopotamy"),
    ("wyszukiwanie bez zapytania", lambda content: "/szukaj/"),
    ("strona nie istnieje", lambda content: "/nie-ma-takiej-strony/"),
    ("deklaracja dostępności", lambda content: "/deklaracja-dostepnosci/"),
    ("polityka prywatności", lambda content: "/polityka-prywatnosci/"),
    ("tekst łatwy do czytania", lambda content: "/tekst-latwy-do-czytania/"),
    ("język migowy", lambda content: "/jezyk-migowy/"),
]
PHONE_PAGES = ["strona główna", "aktualność", "strona informacyjna"]
URL_BUILDERS = dict(PAGES)


def open_page(page: Page, live_server, path: str, name: str) -> None:
    response = page.goto(live_server.url + path)
    expected = 404 if name == "strona nie istnieje" else 200
    assert response is not None and response.status == expected, (
        f"{path}: {response and response.status}"
    )
    page.wait_for_load_state("networkidle")
    # axe skips what is hidden: open every disclosure so that its content is checked too.
    page.evaluate("() => document.querySelectorAll('details').forEach((d) => { d.open = true; })")


@pytest.mark.parametrize("name", [name for name, _ in PAGES])
def test_page_has_no_wcag_violations(name, desktop_page, live_server, site_content):
    open_page(desktop_page, live_server, URL_BUILDERS[name](site_content), name)

    violations = axe_violations(desktop_page)

    assert violations == [], describe_violations(violations)


def test_standard_page_shows_every_block_the_axe_run_checks(
    desktop_page, live_server, site_content
):
    open_page(desktop_page, live_server, site_content.standard_page.url, "strona informacyjna")
    main = desktop_page.locator("main")

    assert main.get_by_role("img", name="Wypożyczalnia dla dorosłych").count() == 1
    assert main.get_by_role("table", name="Opłaty za usługi").count() == 1
    assert main.locator("blockquote").count() == 1
    assert main.get_by_role("link", name="Regulamin biblioteki").count() == 1
    assert main.get_by_role("link", name="Godziny otwarcia i zapisy").count() == 1
    assert main.get_by_text("Jak długo mogę czytać?").count() == 1


@pytest.mark.parametrize("name", PHONE_PAGES)
def test_page_has_no_wcag_violations_on_a_phone(name, phone_page, live_server, site_content):
    open_page(phone_page, live_server, URL_BUILDERS[name](site_content), name)

    violations = axe_violations(phone_page)

    assert violations == [], describe_violations(violations)


def test_phone_menu_opened_has_no_wcag_violations(phone_page, live_server, site_content):
    open_page(phone_page, live_server, "/", "strona główna")
    phone_page.get_by_role("button", name="Menu").click()

    violations = axe_violations(phone_page)

    assert violations == [], describe_violations(violations)


def test_open_submenu_has_no_wcag_violations(desktop_page, live_server, site_content):
    open_page(desktop_page, live_server, "/", "strona główna")
    desktop_page.get_by_role("button", name="Dla czytelnika").click()

    violations = axe_violations(desktop_page)

    assert violations == [], describe_violations(violations)


def test_the_suite_catches_a_violation(desktop_page, live_server, site_content):
    """Guards against an axe run that silently checks nothing (wrong tags, empty document)."""
    open_page(desktop_page, live_server, "/", "strona główna")
    desktop_page.evaluate(
        "() => { const img = document.createElement('img'); img.src = '/static/img/logo.svg';"
        " document.querySelector('main').append(img); }"
    )

    violations = axe_violations(desktop_page)

    assert [violation["id"] for violation in violations] == ["image-alt"]

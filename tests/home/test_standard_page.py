import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from wagtail.documents.models import Document
from wagtail.models import PageViewRestriction
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from core.blocks import RICH_TEXT_FEATURES
from home.factories import StandardPageFactory, paragraphs
from home.models import HomePage, StandardPage
from images.factories import CustomImageFactory
from news.models import NewsIndexPage, NewsPage
from partners.models import PartnerIndexPage, PartnerPage
from tests.helpers import html_lang, main_content, only_h1, soup, visible_text


class StandardPageTreeTests(WagtailPageTestCase):
    def test_standard_page_hangs_under_the_home_page_or_another_standard_page(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
        self.assertCanCreateAt(HomePage, StandardPage)
        self.assertCanCreateAt(StandardPage, StandardPage)
        self.assertCanNotCreateAt(NewsIndexPage, StandardPage)
        self.assertCanNotCreateAt(NewsPage, StandardPage)
        self.assertCanNotCreateAt(PartnerIndexPage, StandardPage)
        self.assertCanNotCreateAt(PartnerPage, StandardPage)

    def test_standard_page_holds_standard_pages_only(self):
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})
        self.assertCanNotCreateAt(StandardPage, NewsIndexPage)
        self.assertCanNotCreateAt(StandardPage, PartnerIndexPage)


class StandardPageAdminTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home_page = HomePage.objects.get()
        cls.page = StandardPageFactory(
            parent=cls.home_page, title="O bibliotece", slug="o-bibliotece"
        )

    def form_data(self, **fields) -> dict:
        data = {
            "title": "Kontakt z biblioteką",
            "slug": "kontakt",
            "intro": rich_text("<p>Zapraszamy.</p>", features=RICH_TEXT_FEATURES),
            "body": streamfield(
                [
                    ("heading", {"text": "Godziny otwarcia", "level": "h2"}),
                    ("quote", {"quote": "Czytanie to wolność.", "attribution": "Czytelniczka"}),
                ]
            ),
        }
        data.update(fields)
        return nested_form_data(data)

    def test_renderable(self):
        self.assertPageIsRenderable(self.page)

    def test_editable(self):
        self.assertPageIsEditable(self.page, post_data=self.form_data(slug=self.page.slug))

    def test_previewable(self):
        self.assertPageIsPreviewable(self.page, post_data=self.form_data(slug=self.page.slug))

    def test_editor_creates_a_standard_page(self):
        self.login()
        data = self.form_data()
        data["action-publish"] = "action-publish"

        response = self.client.post(
            reverse("wagtailadmin_pages:add", args=["home", "standardpage", self.home_page.pk]),
            data,
        )

        self.assertEqual(response.status_code, 302)
        page = StandardPage.objects.get(slug="kontakt")
        self.assertTrue(page.live)
        self.assertEqual([block.block_type for block in page.body], ["heading", "quote"])
        self.assertEqual(page.body[1].value["quote"], "Czytanie to wolność.")
        self.assertEqual(self.client.get("/kontakt/").status_code, 200)


pytestmark = pytest.mark.django_db


@pytest.fixture
def nested_page(home_page) -> StandardPage:
    about = StandardPageFactory(parent=home_page, title="O bibliotece", slug="o-bibliotece")
    return StandardPageFactory(
        parent=about,
        title="Historia biblioteki",
        slug="historia",
        intro="<p>Od 1946 roku w Gryficach.</p>",
        body=[
            {"type": "heading", "value": {"text": "Patron", "level": "h2"}},
            *paragraphs("Zbigniew Załuski był pisarzem i publicystą."),
        ],
    )


def test_standard_page_shows_its_content(client, nested_page):
    response = client.get("/o-bibliotece/historia/")

    assert response.status_code == 200
    assert html_lang(response) == "pl"
    assert only_h1(response) == "Historia biblioteki"
    main = main_content(response)
    text = visible_text(main)
    assert "Od 1946 roku w Gryficach." in text
    assert "Zbigniew Załuski był pisarzem i publicystą." in text
    assert main.find("h2", string=lambda s: s and "Patron" in s) is not None


def test_standard_page_has_breadcrumbs(client, nested_page):
    response = client.get("/o-bibliotece/historia/")

    trail = next(
        (
            nav
            for nav in soup(response).find_all("nav")
            if "/o-bibliotece/" in [a["href"] for a in nav.find_all("a", href=True)]
        ),
        None,
    )
    assert trail is not None, "no breadcrumb navigation"
    assert trail.get("aria-label"), "the breadcrumb navigation has no accessible name"
    assert [a["href"] for a in trail.find_all("a", href=True)] == ["/", "/o-bibliotece/"]
    assert "Historia biblioteki" in visible_text(trail)
    assert trail.find(attrs={"aria-current": "page"}) is not None


def test_private_and_draft_standard_pages_are_not_shown(client, home_page):
    StandardPageFactory(parent=home_page, slug="szkic", live=False)
    private = StandardPageFactory(
        parent=home_page, slug="wewnetrzna", intro="<p>Tylko dla nas.</p>"
    )
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="tajne"
    )

    assert client.get("/szkic/").status_code == 404
    response = client.get("/wewnetrzna/")
    assert response.status_code == 200
    assert "Tylko dla nas." not in response.content.decode()


def test_standard_page_escapes_editor_input(client, home_page):
    StandardPageFactory(
        parent=home_page,
        slug="skrypt",
        title='<script>alert("tytuł")</script>',
        body=[
            {
                "type": "heading",
                "value": {"text": '<script>alert("nagłówek")</script>', "level": "h2"},
            },
            {
                "type": "quote",
                "value": {"quote": '<script>alert("cytat")</script>', "attribution": ""},
            },
        ],
    )

    content = client.get("/skrypt/").content.decode()

    for source in ("tytuł", "nagłówek", "cytat"):
        assert f'<script>alert("{source}")</script>' not in content
    assert "&lt;script&gt;" in content


def test_every_body_block_renders(client, home_page):
    image = CustomImageFactory(description="Wnętrze czytelni")
    document = Document.objects.create(
        title="Regulamin biblioteki", file=ContentFile(b"%PDF-1.4 regulamin", name="regulamin.pdf")
    )
    target = StandardPageFactory(parent=home_page, title="Zapisy", slug="zapisy")
    StandardPageFactory(
        parent=home_page,
        slug="wszystko",
        title="Wszystkie bloki",
        body=[
            {"type": "heading", "value": {"text": "Nagłówek bloku", "level": "h2"}},
            {"type": "paragraph", "value": "<p>Akapit bloku.</p>"},
            {
                "type": "image",
                "value": {
                    "image": {
                        "image": image.pk,
                        "alt_text": "Regały z książkami",
                        "decorative": False,
                    },
                    "caption": "Podpis zdjęcia",
                    "credit": "fot. Jan Kowalski",
                },
            },
            {"type": "quote", "value": {"quote": "Treść cytatu.", "attribution": "Autor cytatu"}},
            {
                "type": "embed",
                "value": {
                    "url": "https://www.youtube.com/watch?v=example",
                    "title": "Film z konferencji",
                    "transcript": "<p>Opis filmu.</p>",
                },
            },
            {"type": "document", "value": {"document": document.pk, "title": ""}},
            {
                "type": "call_to_action",
                "value": {
                    "heading": "Zapisz się",
                    "text": "Karta jest bezpłatna.",
                    "link": {"page": target.pk, "url": "", "label": ""},
                },
            },
            {
                "type": "table",
                "value": {
                    "caption": "Godziny otwarcia",
                    "table": {
                        "data": [["Dzień", "Godziny"], ["poniedziałek", "9–18"]],
                        "first_row_is_table_header": True,
                        "first_col_is_header": False,
                    },
                },
            },
            {
                "type": "accordion",
                "value": {
                    "heading": "Pytania",
                    "items": [{"title": "Ile kosztuje karta?", "content": "<p>Nic.</p>"}],
                },
            },
        ],
    )

    response = client.get("/wszystko/")

    assert response.status_code == 200
    main = main_content(response)
    text = visible_text(main)
    for expected in (
        "Nagłówek bloku",
        "Akapit bloku.",
        "Podpis zdjęcia",
        "fot. Jan Kowalski",
        "Treść cytatu.",
        "Autor cytatu",
        "Film z konferencji",
        "Opis filmu.",
        "Regulamin biblioteki",
        "Zapisz się",
        "Godziny otwarcia",
        "poniedziałek",
        "Ile kosztuje karta?",
        "Nic.",
    ):
        assert expected in text, expected
    assert main.find("img", alt="Regały z książkami") is not None
    assert "/zapisy/" in [a["href"] for a in main.find_all("a", href=True)]
    assert document.url in [a["href"] for a in main.find_all("a", href=True)]
    # The embed is a link card: nothing is loaded from YouTube before the reader agrees.
    assert main.find("iframe") is None
    assert main.find("caption") is not None

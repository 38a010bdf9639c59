import datetime

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from home.factories import paragraphs
from home.models import HomePage, StandardPage
from images.factories import CustomImageFactory
from news.factories import NewsCategoryFactory, NewsIndexPageFactory, NewsPageFactory
from news.models import NewsIndexPage, NewsPage
from partners.factories import PartnerPageFactory
from partners.models import PartnerIndexPage, PartnerPage
from tests.helpers import html_lang, main_content, only_h1, soup, visible_text


class NewsPageTreeTests(WagtailPageTestCase):
    def test_news_hangs_under_the_news_index_only(self):
        self.assertAllowedParentPageTypes(NewsPage, {NewsIndexPage})
        self.assertCanCreateAt(NewsIndexPage, NewsPage)
        self.assertCanNotCreateAt(HomePage, NewsPage)
        self.assertCanNotCreateAt(StandardPage, NewsPage)
        self.assertCanNotCreateAt(PartnerIndexPage, NewsPage)
        self.assertCanNotCreateAt(NewsPage, NewsPage)

    def test_news_has_no_children(self):
        self.assertAllowedSubpageTypes(NewsPage, set())


class NewsPageAdminTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.news_index = NewsIndexPageFactory(parent=HomePage.objects.get())
        cls.page = NewsPageFactory(parent=cls.news_index, title="Wiadomość do poprawki")

    def form_data(self) -> dict:
        return nested_form_data(
            {
                "title": "Wiadomość poprawiona",
                "slug": self.page.slug,
                "date": "2024-02-29",
                "lead": "Nowe streszczenie.",
                "body": streamfield([("heading", {"text": "Szczegóły", "level": "h2"})]),
                "tags": "",
                "related_partners": inline_formset([]),
            }
        )

    def test_renderable(self):
        self.assertPageIsRenderable(self.page)

    def test_editable(self):
        self.assertPageIsEditable(self.page, post_data=self.form_data())

    def test_previewable(self):
        self.assertPageIsPreviewable(self.page, post_data=self.form_data())


pytestmark = pytest.mark.django_db


@pytest.fixture
def partner(partner_index) -> PartnerPage:
    return PartnerPageFactory(
        parent=partner_index,
        title="Koszalińska Biblioteka Publiczna im. Joachima Lelewela",
        slug="koszalinska-biblioteka-publiczna",
    )


@pytest.fixture
def news_page(news_index, partner) -> NewsPage:
    page = NewsPageFactory(
        parent=news_index,
        title="Biblioteka w Aliansie",
        date=datetime.date(2009, 12, 9),
        lead="Podpisaliśmy porozumienie o współpracy.",
        body=[
            {"type": "heading", "value": {"text": "Konferencja", "level": "h2"}},
            *paragraphs("Porozumienie podpisano w Koszalinie."),
        ],
        featured_image=CustomImageFactory(description="Sygnatariusze przy stole"),
        featured_image_caption="Podpisanie porozumienia",
    )
    page.categories.add(NewsCategoryFactory(name="Alians"))
    page.tags.add("społeczeństwo informacyjne")
    page.related_partners.create(partner=partner)
    page.save()
    return page


def test_news_page_shows_its_content(client, news_page, partner):
    response = client.get(news_page.url)

    assert response.status_code == 200
    assert html_lang(response) == "pl"
    assert only_h1(response) == "Biblioteka w Aliansie"
    main = main_content(response)
    text = visible_text(main)
    assert "9 grudnia 2009" in text
    assert main.find("time", datetime="2009-12-09") is not None
    assert "Podpisaliśmy porozumienie o współpracy." in text
    assert "Porozumienie podpisano w Koszalinie." in text
    assert main.find("h2", string=lambda s: s and "Konferencja" in s) is not None
    assert "Alians" in text
    assert "społeczeństwo informacyjne" in text
    assert "Podpisanie porozumienia" in text
    assert main.find("img", alt="Sygnatariusze przy stole") is not None
    partner_links = main.find_all("a", href=partner.url)
    assert partner_links, "no link to the related partner"
    assert any(partner.title in visible_text(link) for link in partner_links)


def test_news_page_links_no_unpublished_partner(client, news_page, partner):
    partner.unpublish()

    response = client.get(news_page.url)

    assert response.status_code == 200
    main = main_content(response)
    assert not main.find_all("a", href=partner.url)
    assert partner.title not in visible_text(main)


def test_news_page_without_date_shows_its_first_publication_date(news_index, client):
    page = NewsPageFactory(parent=news_index, date=None, live=False)
    revision = page.save_revision()
    revision.publish()
    page.refresh_from_db()

    assert page.date is not None
    assert page.date == timezone.localdate(page.first_published_at)
    response = client.get(page.url)
    assert response.status_code == 200
    assert soup(response).find("time", datetime=page.date.isoformat()) is not None


def test_draft_and_private_news_pages_are_not_shown(client, news_index):
    draft = NewsPageFactory(parent=news_index, live=False, slug="szkic")
    private = NewsPageFactory(parent=news_index, slug="tajne")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="tajne"
    )

    assert client.get(f"{news_index.url}szkic/").status_code == 404
    response = client.get(private.url)
    assert response.status_code == 200
    assert private.lead not in visible_text(response)
    assert soup(response).find("input", attrs={"type": "password"}) is not None
    assert draft.title not in visible_text(client.get(news_index.url))


def test_editor_input_is_escaped_on_the_news_page(client, news_index):
    page = NewsPageFactory(
        parent=news_index,
        slug="skrypt",
        title='<script>alert("tytuł")</script>',
        lead='<script>alert("lead")</script>',
        featured_image=CustomImageFactory(description='"><script>alert("alt")</script>'),
    )
    page.tags.add('<script>alert("tag")</script>')
    page.save()

    content = client.get(page.url).content.decode()

    for source in ("tytuł", "lead", "alt", "tag"):
        assert f'<script>alert("{source}")</script>' not in content
    assert "&lt;script&gt;" in content


def test_news_page_whose_image_was_deleted_still_renders(client, news_index):
    image = CustomImageFactory()
    page = NewsPageFactory(parent=news_index, featured_image=image)
    image.delete()

    response = client.get(page.url)

    assert response.status_code == 200
    assert only_h1(response) == page.title


def test_unknown_url_below_a_news_page_is_404(client, news_page):
    assert client.get(f"{news_page.url}nie-ma/").status_code == 404

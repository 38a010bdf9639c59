import datetime
import re

import pytest
from django.urls import reverse
from wagtail.models import PageViewRestriction
from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage, StandardPage
from news.factories import NewsIndexPageFactory, NewsPageFactory
from news.models import NewsIndexPage, NewsPage
from partners.models import PartnerIndexPage, PartnerPage
from tests.helpers import (
    explain_growth,
    html_lang,
    link_hrefs,
    main_content,
    only_h1,
    queries_to_render,
    urls_in_order,
    visible_text,
)


class NewsIndexPageTreeTests(WagtailPageTestCase):
    def test_news_index_hangs_under_the_home_page_only(self):
        self.assertAllowedParentPageTypes(NewsIndexPage, {HomePage})
        self.assertCanCreateAt(HomePage, NewsIndexPage)
        self.assertCanNotCreateAt(StandardPage, NewsIndexPage)
        self.assertCanNotCreateAt(PartnerIndexPage, NewsIndexPage)
        self.assertCanNotCreateAt(NewsIndexPage, NewsIndexPage)

    def test_news_index_holds_news_only(self):
        self.assertAllowedSubpageTypes(NewsIndexPage, {NewsPage})
        self.assertCanNotCreateAt(NewsIndexPage, StandardPage)
        self.assertCanNotCreateAt(NewsIndexPage, PartnerPage)

    def test_there_is_one_news_index(self):
        home_page = HomePage.objects.get()
        self.assertTrue(NewsIndexPage.can_create_at(home_page))
        NewsIndexPageFactory(parent=home_page)
        self.assertFalse(NewsIndexPage.can_create_at(home_page))

        self.login()
        add_url = reverse("wagtailadmin_pages:add", args=["news", "newsindexpage", home_page.pk])
        self.assertIn(self.client.get(add_url).status_code, (302, 403))
        self.client.post(add_url, {"title": "Drugie aktualności", "slug": "drugie"})
        self.assertEqual(NewsIndexPage.objects.count(), 1)


class NewsIndexPageAdminTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.news_index = NewsIndexPageFactory(parent=HomePage.objects.get())
        NewsPageFactory(parent=cls.news_index)

    def test_renderable(self):
        self.assertPageIsRenderable(self.news_index)

    def test_editable(self):
        self.assertPageIsEditable(self.news_index)

    def test_previewable(self):
        self.assertPageIsPreviewable(self.news_index)


pytestmark = pytest.mark.django_db


def test_news_index_lists_news_newest_first(client, news_index):
    news_index.intro = "<p>Co słychać w bibliotece.</p>"
    news_index.save()
    dates = [datetime.date(2009, 12, 9), datetime.date(2024, 5, 1), datetime.date(2015, 1, 31)]
    pages = [
        NewsPageFactory(parent=news_index, title=f"Wiadomość z {date:%Y}", date=date)
        for date in dates
    ]

    response = client.get(news_index.url)

    assert response.status_code == 200
    assert html_lang(response) == "pl"
    assert only_h1(response) == "Aktualności"
    main = main_content(response)
    assert "Co słychać w bibliotece." in visible_text(main)
    newest_first = sorted(pages, key=lambda page: page.date, reverse=True)
    assert urls_in_order(main, [page.url for page in pages]) == [page.url for page in newest_first]
    text = visible_text(main)
    assert "1 maja 2024" in text
    assert "9 grudnia 2009" in text
    assert "Krótkie streszczenie wiadomości." in text


def test_news_index_never_lists_drafts_or_private_news(client, news_index):
    public = NewsPageFactory(parent=news_index, title="Wiadomość publiczna")
    draft = NewsPageFactory(parent=news_index, title="Wiadomość w szkicu", live=False)
    with_password = NewsPageFactory(parent=news_index, title="Wiadomość z hasłem")
    PageViewRestriction.objects.create(
        page=with_password, restriction_type=PageViewRestriction.PASSWORD, password="tajne"
    )
    for_logged_in = NewsPageFactory(parent=news_index, title="Wiadomość dla zalogowanych")
    PageViewRestriction.objects.create(
        page=for_logged_in, restriction_type=PageViewRestriction.LOGIN
    )

    main = main_content(client.get(news_index.url))

    candidates = [page.url for page in (public, draft, with_password, for_logged_in)]
    assert urls_in_order(main, candidates) == [public.url]
    text = visible_text(main)
    for title in ("Wiadomość w szkicu", "Wiadomość z hasłem", "Wiadomość dla zalogowanych"):
        assert title not in text


def test_an_empty_news_index_says_so(client, news_index):
    response = client.get(news_index.url)

    assert response.status_code == 200
    assert only_h1(response) == "Aktualności"
    main = main_content(response)
    main.find("h1").decompose()
    assert re.search(r"\bnie\b.*\baktualności\b", visible_text(main).casefold())
    assert not [href for href in link_hrefs(main) if "page=" in href]


@pytest.fixture
def thirteen_news(news_index) -> list[NewsPage]:
    """One more than fits on a page, newest first."""
    assert NewsIndexPage.news_per_page == 12
    start = datetime.date(2024, 1, 1)
    pages = [
        NewsPageFactory(
            parent=news_index, title=f"Wiadomość {n:02d}", date=start + datetime.timedelta(days=n)
        )
        for n in range(13)
    ]
    return sorted(pages, key=lambda page: page.date, reverse=True)


def test_news_index_paginates(client, news_index, thirteen_news):
    urls = [page.url for page in thirteen_news]

    first = main_content(client.get(news_index.url))
    second_response = client.get(news_index.url, {"page": 2})
    second = main_content(second_response)

    assert urls_in_order(first, urls) == urls[:12]
    assert second_response.status_code == 200
    assert urls_in_order(second, urls) == urls[12:]
    assert [href for href in link_hrefs(first) if "page=2" in href], "no link to the second page"


@pytest.mark.parametrize("page_number", ["abc", "999", "-1", "0", "1.5", "", "%00", "2" * 40])
def test_bad_page_numbers_never_fail(client, news_index, thirteen_news, page_number):
    response = client.get(news_index.url, {"page": page_number})

    assert response.status_code in (200, 404)
    if response.status_code == 200:
        urls = urls_in_order(main_content(response), [page.url for page in thirteen_news])
        assert urls in ([page.url for page in thirteen_news[:12]], [thirteen_news[12].url])


@pytest.mark.parametrize(
    "query",
    [
        {"kategoria": "nie-ma-takiej"},
        {"tag": "<script>alert(1)</script>"},
        {"rok": "dwa-tysiace"},
        {"rok": "99999999999999999999"},
    ],
)
def test_unknown_filters_never_fail(client, news_index, thirteen_news, query):
    response = client.get(news_index.url, query)

    assert response.status_code in (200, 404)
    assert b"<script>alert(1)</script>" not in response.content


def test_news_titles_are_escaped_in_the_listing(client, news_index):
    NewsPageFactory(
        parent=news_index,
        title='<script>alert("tytuł")</script>',
        slug="skrypt",
        lead='<img src=x onerror=alert("lead")>',
    )

    content = client.get(news_index.url).content.decode()

    assert '<script>alert("tytuł")</script>' not in content
    assert "&lt;script&gt;" in content
    assert '<img src=x onerror=alert("lead")>' not in content


def test_news_index_queries_do_not_grow_with_the_news(client, news_index, add_news):
    add_news(5)
    few = queries_to_render(client, news_index.url, f"{news_index.url}wiadomosc-")
    add_news(45)
    many = queries_to_render(client, news_index.url, f"{news_index.url}wiadomosc-")

    assert len(many) == len(few), explain_growth(few, many)

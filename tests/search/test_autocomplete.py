"""Suggestions for the header search box: page titles matching what has been typed so far."""

import pytest
from wagtail.models import PageViewRestriction

from home.factories import StandardPageFactory
from news.factories import NewsPageFactory

pytestmark = pytest.mark.django_db

URL = "/szukaj/podpowiedzi/"


def titles(response) -> list[str]:
    return [result["title"] for result in response.json()["results"]]


def test_suggests_titles_by_prefix(client, sample_site):
    response = client.get(URL, {"q": "Lelew"})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    data = response.json()
    assert data["query"] == "Lelew"
    assert data["results"] == [
        {
            "title": sample_site["partner"].title,
            "url": sample_site["partner"].url,
            "type": "Partner Aliansu",
        }
    ]


def test_prefix_without_diacritics(client, sample_site):
    assert sample_site["partner"].title in titles(client.get(URL, {"q": "koszalins"}))
    assert sample_site["page"].title in titles(client.get(URL, {"q": "ksiaz"}))


def test_every_word_counts(client, sample_site):
    assert titles(client.get(URL, {"q": "biblioteka lelew"})) == [sample_site["partner"].title]


def test_no_suggestions_for_too_short_input(client, sample_site):
    assert client.get(URL, {"q": "k"}).json()["results"] == []
    assert client.get(URL).json() == {"query": "", "results": []}


def test_suggestions_leave_out_drafts_and_private_pages(client, news_index, home_page):
    NewsPageFactory(parent=news_index, title="Zebranie zarządu — szkic", live=False)
    private = StandardPageFactory(parent=home_page, title="Zebranie pracowników")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="tajne"
    )
    public = NewsPageFactory(parent=news_index, title="Zebranie czytelników")
    assert titles(client.get(URL, {"q": "zebra"})) == [public.title]


def test_suggestions_are_limited_and_cacheable(client, news_index):
    for number in range(12):
        NewsPageFactory(parent=news_index, title=f"Konkurs plastyczny {number}")
    response = client.get(URL, {"q": "konk"})
    assert len(titles(response)) == 8
    assert "max-age=60" in response["Cache-Control"]
    assert "public" in response["Cache-Control"]

"""Searching costs the same number of SQL queries however many pages match."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from news.factories import NewsPageFactory
from partners.factories import PartnerPageFactory

pytestmark = pytest.mark.django_db


def queries_for(client, url: str, params: dict) -> int:
    client.get(url, params)  # warm caches (content types, site root paths) like a running site
    with CaptureQueriesContext(connection) as context:
        response = client.get(url, params)
    assert response.status_code == 200
    return len(context.captured_queries)


def add_matching_content(news_index, partner_index, count: int) -> None:
    start = news_index.get_children_count()
    for number in range(start, start + count):
        NewsPageFactory(parent=news_index, title=f"Spotkanie autorskie {number}")
        PartnerPageFactory(parent=partner_index, title=f"Stowarzyszenie Spotkanie {number}")


@pytest.mark.parametrize(
    ("url", "params"),
    [
        ("/szukaj/", {"q": "spotkanie"}),
        ("/szukaj/", {"q": "spotkanie", "typ": "partnerzy"}),
        ("/szukaj/", {"q": "spotkanie", "page": "2"}),
        ("/szukaj/podpowiedzi/", {"q": "spotk"}),
    ],
)
def test_query_count_does_not_grow_with_results(client, news_index, partner_index, url, params):
    add_matching_content(news_index, partner_index, 6)
    few = queries_for(client, url, params)
    add_matching_content(news_index, partner_index, 30)
    many = queries_for(client, url, params)
    assert few == many


def test_search_page_query_budget(client, news_index, partner_index):
    add_matching_content(news_index, partner_index, 15)
    # Restrictions, site, counts per type, one page of results, highlights, promotions and the
    # hit counter (three), plus what base.html reads (settings, menus).
    assert queries_for(client, "/szukaj/", {"q": "spotkanie"}) <= 16

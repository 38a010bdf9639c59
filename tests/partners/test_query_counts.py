"""The directory and the API cost a fixed number of SQL queries, with 10 partners or 300."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.helpers import explain_growth, queries_to_render

pytestmark = pytest.mark.django_db

DIRECTORY_QUERIES = [
    "",
    "?typ=uczelnia&obszar=e-administracja&q=organizacja&powiat=gryficki&sort=data",
    "?q=partnerska&page=2",
]
API_QUERIES = [
    "?fields=*&limit=20",
    "?typ=uczelnia&powiat=gryficki&obszar=e-administracja&fields=*",
]


def api_queries(client, url: str) -> list[str]:
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    assert len(response.json()["items"]) > 1
    return [query["sql"] for query in captured.captured_queries]


def measure(client, partner_index) -> dict[str, list[str]]:
    prefix = f"{partner_index.url}partner-"
    queries = {
        f"directory{query}": queries_to_render(client, partner_index.url + query, prefix)
        for query in DIRECTORY_QUERIES
        if "page=2" not in query
    }
    queries.update(
        {f"api{query}": api_queries(client, "/api/v2/partnerzy/" + query) for query in API_QUERIES}
    )
    return queries


def test_directory_and_api_queries_do_not_grow_with_the_partners(
    client, partner_index, add_partners
):
    add_partners(10)
    few = measure(client, partner_index)
    add_partners(290)
    many = measure(client, partner_index)
    # A deep page exists only with many partners: it must cost what the first page costs.
    deep = queries_to_render(
        client, partner_index.url + DIRECTORY_QUERIES[2], f"{partner_index.url}partner-"
    )

    for name in few:
        assert len(many[name]) == len(few[name]), f"{name}: {explain_growth(few[name], many[name])}"
    assert len(deep) == len(many["directory"]), explain_growth(many["directory"], deep)

"""The header: the search box shows the cleaned query on /szukaj/ only; reader aids are there."""

import pytest

from tests.helpers import soup

pytestmark = pytest.mark.django_db


def header_search_value(response) -> str:
    return soup(response).find("input", id="site-search-q").get("value", "")


def test_header_search_box_shows_the_cleaned_query_on_the_search_page(client, home_page):
    raw = "  <script>alert(1)</script>\u200b\x07  książki   " + "x" * 500
    response = client.get("/szukaj/", {"q": raw})

    assert response.status_code == 200
    value = header_search_value(response)
    page_box = soup(response).find("input", id="search-page-q")["value"]
    # The same text as the search page's own box: control characters gone, spaces squeezed,
    # cut to the length the search uses, and escaped in the HTML.
    assert value == page_box
    assert value.startswith("<script>alert(1)</script> książki x")
    assert len(value) <= 200
    assert "\x07" not in value and "\u200b" not in value
    assert b"<script>alert(1)" not in response.content


def test_header_search_box_is_empty_elsewhere(client, home_page):
    response = client.get("/", {"q": "książki"})

    assert response.status_code == 200
    assert header_search_value(response) == ""


def test_reader_aids_are_real_toggle_buttons_hidden_until_the_script_runs(client, home_page):
    header = soup(client.get("/")).find("header")
    panel = header.find(attrs={"data-reader-aids": True})

    assert panel.has_attr("hidden")
    buttons = panel.find_all("button")
    assert [button.get_text(" ", strip=True) for button in buttons] == [
        "A (tekst standardowy)",
        "A+ (tekst większy)",
        "A++ (tekst największy)",
        "Wysoki kontrast",
    ]
    assert all(button["type"] == "button" and button.has_attr("aria-pressed") for button in buttons)

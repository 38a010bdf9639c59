"""Every page links the declaration, the privacy policy, the BIP, the IOD and the cookie
settings (footer) and the ETR and PJM pages (header) — from a cache, not a query per view."""

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from core.models import LibrarySettings
from home.factories import StandardPageFactory
from legal.links import legal_page_urls
from tests.helpers import soup, visible_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def legal_pages(statement, privacy_page, easy_read_page, sign_language_page):
    return statement, privacy_page, easy_read_page, sign_language_page


@pytest.fixture
def library():
    settings = LibrarySettings.load()
    settings.bip_url = "https://mbpgryfice.bip.example.org/"
    settings.data_protection_officer = "Jan Kowalski"
    settings.data_protection_email = "iod@example.org"
    settings.save()
    return settings


@pytest.mark.parametrize("path", ["/", "/strona/", "/nie-ma-takiej-strony/"])
def test_footer_carries_the_legal_links_on_every_page(
    client, home_page, legal_pages, library, path
):
    StandardPageFactory(parent=home_page, slug="strona")
    response = client.get(path)
    footer = soup(response).find("footer")
    hrefs = [a["href"] for a in footer.find_all("a", href=True)]
    assert "/deklaracja-dostepnosci/" in hrefs
    assert "/polityka-prywatnosci/" in hrefs
    assert hrefs.count("https://mbpgryfice.bip.example.org/") == 1
    assert "mailto:iod@example.org" in hrefs
    assert "Jan Kowalski" in visible_text(footer)
    cookie_control = footer.find(attrs={"data-consent-open": True})
    assert cookie_control.get_text(strip=True) == "Ustawienia plików cookie"
    # Without JavaScript it still leads somewhere useful: the cookie section of the policy.
    assert cookie_control["href"] == "/polityka-prywatnosci/#pliki-cookie"


def test_header_links_easy_read_and_sign_language(client, home_page, legal_pages):
    topbar = soup(client.get("/")).find("ul", class_="topbar__links")
    links = {a.get_text(" ", strip=True): a["href"] for a in topbar.find_all("a")}
    assert links["ETR Tekst łatwy do czytania"] == "/tekst-latwy-do-czytania/"
    assert links["PJM Język migowy"] == "/jezyk-migowy/"


def test_unpublished_legal_pages_are_not_linked(client, home_page, legal_pages):
    statement, _privacy, easy_read, _sign = legal_pages
    client.get("/")  # warm the cache: unpublishing must clear it
    statement.unpublish()
    easy_read.unpublish()
    page = soup(client.get("/"))
    hrefs = [a["href"] for a in page.find_all("a", href=True)]
    assert "/deklaracja-dostepnosci/" not in hrefs
    assert "/tekst-latwy-do-czytania/" not in hrefs
    assert "/jezyk-migowy/" in hrefs


def test_without_a_privacy_page_the_cookie_control_is_a_script_button(client, home_page):
    control = soup(client.get("/")).find("footer").find(attrs={"data-consent-open": True})
    assert control.name == "button"
    # consent.js reveals it; without JavaScript it would do nothing, so it starts hidden.
    assert control.has_attr("hidden")


def test_links_cost_no_query_once_cached(home_page, legal_pages):
    request = RequestFactory().get("/")
    first = legal_page_urls(request)
    with CaptureQueriesContext(connection) as captured:
        again = legal_page_urls(request)
    assert again == first
    assert len(first) == 4
    site_queries = [q for q in captured.captured_queries if "legal_" in q["sql"]]
    assert site_queries == []


def test_page_queries_do_not_grow_with_the_legal_links(client, home_page, legal_pages):
    client.get("/")
    with CaptureQueriesContext(connection) as warm:
        client.get("/")
    assert not [q for q in warm.captured_queries if "legal_" in q["sql"]]

"""Fixtures for the search tests: a small site with news, partners and content pages."""

import pytest
from django.db import connection

from home.factories import StandardPageFactory, paragraphs
from news.factories import NewsPageFactory
from partners.factories import PartnerPageFactory
from search.text_search import Status, inspect_configuration

# The browser fixtures of the e2e suite (system Chromium, requests to other hosts blocked), for
# test_autocomplete_browser.py.
from tests.e2e.conftest import (  # noqa: F401
    browser_type_launch_args,
    external_requests,
    phone_page,
)


def polish_dictionary_missing() -> str | None:
    """Why the Polish stemming tests cannot run here, or None when they can."""
    if connection.vendor != "postgresql":
        return (
            "needs PostgreSQL with the hunspell-pl dictionary (SQLite's full-text search does not "
            "stem Polish); run with DATABASE_URL=postgres://…"
        )
    if inspect_configuration(connection) is not Status.POLISH:
        return (
            "the 'polish' text search configuration has no dictionary on this PostgreSQL server: "
            "apt-get install hunspell-pl && search/scripts/install_polish_dictionary.sh, then "
            "recreate the test database"
        )
    return None


@pytest.fixture
def requires_polish_dictionary(db) -> None:
    reason = polish_dictionary_missing()
    if reason:
        pytest.skip(reason)


@pytest.fixture
def postgres_only(db) -> None:
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL only: text search configurations do not exist on SQLite")


@pytest.fixture
def alliance_news(news_index):
    """The seed's news item: a news page whose words tests look for in inflected forms."""
    return NewsPageFactory(
        parent=news_index,
        title="Biblioteka przystąpiła do Aliansu",
        lead="Miejska Biblioteka Publiczna w Gryficach jest partnerem Aliansu.",
        body=paragraphs(
            "9 grudnia w Koszalinie podpisano porozumienie o budowie sieci współpracy.",
        ),
    )


@pytest.fixture
def koszalin_partner(partner_index):
    return PartnerPageFactory(
        parent=partner_index,
        title="Koszalińska Biblioteka Publiczna im. Joachima Lelewela",
        short_name="KBP",
        city="Koszalin",
        role="Gospodarz konferencji, na której podpisano porozumienie.",
    )


@pytest.fixture
def content_page(home_page):
    return StandardPageFactory(
        parent=home_page,
        title="Książka na telefon",
        intro="<p>Dowozimy książki czytelnikom, którzy nie mogą przyjść do biblioteki.</p>",
        body=paragraphs("Zadzwoń i zamów wizytę bibliotekarza."),
    )


@pytest.fixture
def sample_site(alliance_news, koszalin_partner, content_page):
    return {"news": alliance_news, "partner": koszalin_partner, "page": content_page}

"""Polish on PostgreSQL: inflected and diacritic-free queries find the forms written on pages.

These need the hunspell-pl dictionary on the PostgreSQL server (search/scripts/
install_polish_dictionary.sh); on SQLite they are skipped: its full-text index does not stem.
"""

import pytest

from home.factories import StandardPageFactory, paragraphs
from news.factories import NewsPageFactory
from partners.factories import PartnerPageFactory
from tests.helpers import main_content, squash

pytestmark = pytest.mark.usefixtures("requires_polish_dictionary")


def found(client, query: str) -> list[str]:
    response = client.get("/szukaj/", {"q": query})
    assert response.status_code == 200
    return [
        squash(heading.get_text())
        for heading in main_content(response).select(".search-result__title")
    ]


@pytest.fixture
def polish_pages(home_page, news_index, partner_index):
    return {
        "biblioteka": StandardPageFactory(
            parent=home_page, title="Biblioteka", body=paragraphs("Informacje o nas.")
        ),
        "gryfice": NewsPageFactory(
            parent=news_index,
            title="Wakacje nad Regą",
            lead="Gryfice zapraszają na lato.",
            body=paragraphs("Program zajęć."),
        ),
        "ksiazka": StandardPageFactory(
            parent=home_page, title="Książka", body=paragraphs("Nowości w zbiorach.")
        ),
        "koszalinska": PartnerPageFactory(
            parent=partner_index, title="Koszalińska Agencja Rozwoju", city="Koszalin"
        ),
        "siec": NewsPageFactory(
            parent=news_index,
            title="Nowa sieć",
            lead="Szybki Internet dla czytelników.",
            body=paragraphs("Zapraszamy."),
        ),
        "unrelated": StandardPageFactory(
            parent=home_page, title="Godziny otwarcia", body=paragraphs("Od poniedziałku.")
        ),
    }


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("bibliotece", "biblioteka"),
        ("biblioteki", "biblioteka"),
        ("gryficach", "gryfice"),
        ("Gryficach", "gryfice"),
        ("ksiazki", "ksiazka"),
        ("książki", "ksiazka"),
        ("ksiazka", "ksiazka"),
        ("koszalinska", "koszalinska"),
        ("koszalińskiej", "koszalinska"),
        ("sieci", "siec"),
        ("siec", "siec"),
    ],
)
def test_inflected_and_diacritic_free_queries(client, polish_pages, query, expected):
    results = found(client, query)
    assert polish_pages[expected].title in results
    assert polish_pages["unrelated"].title not in results


def test_inflected_match_is_highlighted(client, polish_pages):
    response = client.get("/szukaj/", {"q": "gryficach"})
    marks = [mark.get_text() for mark in main_content(response).select(".search-result mark")]
    assert "Gryfice" in marks


def test_title_match_ranks_above_body_match_with_inflection(client, home_page, news_index):
    in_title = StandardPageFactory(
        parent=home_page, title="Czytelnia", body=paragraphs("Miejsca do nauki.")
    )
    in_body = NewsPageFactory(
        parent=news_index,
        title="Remont zakończony",
        lead="Odnowiliśmy budynek.",
        body=paragraphs("Zapraszamy do odnowionej czytelni na parterze."),
    )
    assert found(client, "czytelni") == [in_title.title, in_body.title]


def test_autocomplete_folds_diacritics_on_postgres(client, polish_pages):
    response = client.get("/szukaj/podpowiedzi/", {"q": "koszalins"})
    assert [result["title"] for result in response.json()["results"]] == [
        polish_pages["koszalinska"].title
    ]

"""Results editors promote for common queries ("polecane") come before the ranked list."""

import pytest
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from home.factories import StandardPageFactory, paragraphs
from news.factories import NewsPageFactory
from tests.helpers import main_content, squash

pytestmark = pytest.mark.django_db


def promote(query_string: str, **fields) -> SearchPromotion:
    query = Query.get(query_string)
    return SearchPromotion.objects.create(query=query, **fields)


@pytest.fixture
def opening_hours_page(home_page):
    return StandardPageFactory(
        parent=home_page,
        title="Kontakt",
        body=paragraphs("Zapraszamy od poniedziałku do piątku."),
    )


def test_promoted_results_come_first(client, news_index, opening_hours_page):
    NewsPageFactory(parent=news_index, title="Godziny otwarcia w wakacje")
    promote(
        "Godziny otwarcia",
        page=opening_hours_page,
        description="Kiedy biblioteka jest otwarta.",
        sort_order=0,
    )
    response = client.get("/szukaj/", {"q": "godziny otwarcia"})
    main = main_content(response)
    links = [a for a in main.find_all("a") if a.get("href") and not a.find_parent("nav")]
    link_texts = [squash(a.get_text()) for a in links]
    assert link_texts.index("Kontakt") < link_texts.index("Godziny otwarcia w wakacje")
    promoted = main.select_one(".promoted")
    assert squash(promoted.select_one("h2").get_text()) == "Polecane"
    assert "Kiedy biblioteka jest otwarta." in promoted.get_text()
    assert promoted.select_one("a")["href"] == opening_hours_page.url


def test_promotions_match_case_and_spacing_insensitively(client, opening_hours_page):
    promote("godziny otwarcia", page=opening_hours_page)
    response = client.get("/szukaj/", {"q": "  GODZINY   Otwarcia!"})
    assert [item["title"] for item in response.context["promotions"]] == ["Kontakt"]


def test_external_link_promotion(client, home_page):
    promote(
        "katalog",
        external_link_url="https://katalog.example/",
        external_link_text="Katalog online (OPAC)",
    )
    response = client.get("/szukaj/", {"q": "katalog"})
    link = main_content(response).select_one(".promoted a")
    assert link["href"] == "https://katalog.example/"
    assert squash(link.get_text()) == "Katalog online (OPAC)"


def test_promotion_of_a_draft_is_not_shown(client, home_page):
    draft = StandardPageFactory(parent=home_page, title="Regulamin w przygotowaniu", live=False)
    promote("regulamin", page=draft)
    response = client.get("/szukaj/", {"q": "regulamin"})
    assert response.context["promotions"] == []
    assert "Regulamin w przygotowaniu" not in response.content.decode()


def test_promotions_only_on_the_first_page(client, news_index, opening_hours_page):
    for number in range(12):
        NewsPageFactory(parent=news_index, title=f"Godziny otwarcia {number}")
    promote("godziny otwarcia", page=opening_hours_page)
    assert client.get("/szukaj/", {"q": "godziny otwarcia"}).context["promotions"]
    assert not client.get("/szukaj/", {"q": "godziny otwarcia", "page": 2}).context["promotions"]


def test_searches_are_counted_for_editors(client, news_index):
    for number in range(12):
        NewsPageFactory(parent=news_index, title=f"Wypożyczalnia {number}")
    client.get("/szukaj/", {"q": "Wypożyczalnia"})
    client.get("/szukaj/", {"q": "wypożyczalnia"})
    # Turning to the next page is not another search.
    client.get("/szukaj/", {"q": "wypożyczalnia", "page": 2})
    assert Query.get("wypożyczalnia").hits == 2


def test_promoted_queries_are_offered_when_nothing_is_found(client, opening_hours_page):
    promote("godziny otwarcia", page=opening_hours_page)
    response = client.get("/szukaj/", {"q": "xyzzyqwerty"})
    popular = main_content(response).select_one(".popular-queries")
    assert popular is not None
    assert [squash(a.get_text()) for a in popular.select("a")] == ["godziny otwarcia"]

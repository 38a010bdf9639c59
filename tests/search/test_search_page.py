"""The search page: one ranked list of news, partners and pages, filters, counts and highlights."""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from home.factories import StandardPageFactory, paragraphs
from news.factories import NewsPageFactory
from tests.helpers import main_content, only_h1, soup, squash, visible_text

pytestmark = pytest.mark.django_db

SEARCH_URL = "/szukaj/"


def result_titles(response) -> list[str]:
    return [
        squash(heading.get_text())
        for heading in main_content(response).select(".search-result__title")
    ]


def test_empty_search_page_explains_what_to_do(client, home_page):
    response = client.get(SEARCH_URL)
    assert response.status_code == 200
    assert only_h1(response) == "Szukaj w serwisie"
    assert "Wpisz słowo lub kilka słów" in visible_text(main_content(response))
    # Result pages are variations of the site's own content: not for search engines.
    assert soup(response).find("meta", attrs={"name": "robots"})["content"] == "noindex, follow"


def test_finds_news_partners_and_pages_in_one_list(client, sample_site):
    response = client.get(SEARCH_URL, {"q": "biblioteka"})
    assert response.status_code == 200
    titles = result_titles(response)
    assert sample_site["news"].title in titles
    assert sample_site["partner"].title in titles
    main = main_content(response)
    types = {squash(tag.get_text()) for tag in main.select(".search-result__type")}
    assert {"Aktualność", "Partner Aliansu"} <= types
    links = {a["href"] for a in main.select(".search-result__title a")}
    assert sample_site["news"].url in links
    assert sample_site["partner"].url in links


def test_total_and_counts_per_type(client, sample_site, news_index):
    NewsPageFactory(parent=news_index, title="Biblioteka zaprasza na warsztaty")
    response = client.get(SEARCH_URL, {"q": "biblioteka"})
    main = main_content(response)
    summary = squash(main.select_one(".search-summary").get_text(" "))
    total = response.context["total"]
    assert total >= 3
    assert summary.startswith(f"Znaleziono {total} wyni")
    assert "„biblioteka”" in summary
    counts = {result_type.slug: count for result_type, count in response.context["type_counts"]}
    assert counts["aktualnosci"] == 2
    assert counts["partnerzy"] == 1
    assert sum(counts.values()) == total
    filters = visible_text(main.select_one(".result-types"))
    assert "Wszystkie (" in filters
    assert "Aktualności (2)" in filters
    assert "Partnerzy Aliansu (1)" in filters


def test_polish_plural_of_the_total(client, news_index, home_page):
    for number in range(2):
        NewsPageFactory(parent=news_index, title=f"Wernisaż numer {number}")
    response = client.get(SEARCH_URL, {"q": "wernisaż"})
    assert "Znaleziono 2 wyniki" in visible_text(main_content(response))
    for number in range(2, 5):
        NewsPageFactory(parent=news_index, title=f"Wernisaż numer {number}")
    response = client.get(SEARCH_URL, {"q": "wernisaż"})
    assert "Znaleziono 5 wyników" in visible_text(main_content(response))


def test_filter_by_type(client, sample_site):
    response = client.get(SEARCH_URL, {"q": "biblioteka", "typ": "partnerzy"})
    assert result_titles(response) == [sample_site["partner"].title]
    current = main_content(response).select_one(".result-types [aria-current]")
    assert squash(current.get_text(" ")).startswith("Partnerzy Aliansu")
    # A new search from the form keeps the chosen type.
    hidden = main_content(response).select_one("form input[name=typ]")
    assert hidden["value"] == "partnerzy"


def test_filter_for_other_pages(client, sample_site):
    response = client.get(SEARCH_URL, {"q": "książka", "typ": "strony"})
    assert sample_site["page"].title in result_titles(response)
    assert sample_site["news"].title not in result_titles(response)


def test_unknown_type_is_ignored(client, sample_site):
    response = client.get(SEARCH_URL, {"q": "biblioteka", "typ": "<script>"})
    assert response.status_code == 200
    assert response.context["selected_type"] is None
    assert sample_site["partner"].title in result_titles(response)


def test_type_with_no_results_links_back_to_all(client, sample_site):
    response = client.get(SEARCH_URL, {"q": "Lelewela", "typ": "aktualnosci"})
    text = visible_text(main_content(response))
    assert "W kategorii aktualności nic nie znaleźliśmy." in text
    assert "Zobacz wszystkie wyniki (1)" in text


def test_matches_are_highlighted_in_title_and_excerpt(client, sample_site):
    response = client.get(SEARCH_URL, {"q": "grudnia"})
    excerpt = main_content(response).select_one(".search-result__excerpt")
    assert [mark.get_text() for mark in excerpt.select("mark")] == ["grudnia"]
    assert "w Koszalinie podpisano porozumienie" in excerpt.get_text()
    response = client.get(SEARCH_URL, {"q": "Lelewela"})
    title = main_content(response).select_one(".search-result__title")
    assert [mark.get_text() for mark in title.select("mark")] == ["Lelewela"]


def test_news_results_show_their_date(client, alliance_news):
    alliance_news.date = datetime.date(2009, 12, 9)
    alliance_news.save()
    response = client.get(SEARCH_URL, {"q": "Aliansu"})
    time = main_content(response).select_one(".search-result time")
    assert time["datetime"] == "2009-12-09"
    assert squash(time.get_text()) == "9 grudnia 2009"


def test_title_match_ranks_above_body_match(client, news_index, home_page):
    # The title match is created first: were ranking ignored, the newer page would come first.
    in_title = StandardPageFactory(
        parent=home_page, title="Warsztaty origami", body=paragraphs("Zajęcia dla dzieci.")
    )
    in_body = NewsPageFactory(
        parent=news_index,
        title="Zajęcia w ferie",
        lead="Plan zajęć na ferie zimowe.",
        body=paragraphs("W programie gry planszowe, kino i origami."),
    )
    titles = result_titles(client.get(SEARCH_URL, {"q": "origami"}))
    assert titles == [in_title.title, in_body.title]


def test_results_exclude_drafts_private_and_expired_pages(client, news_index, home_page):
    visible = NewsPageFactory(parent=news_index, title="Kiermasz książek")
    NewsPageFactory(parent=news_index, title="Kiermasz szkic", live=False)
    private = StandardPageFactory(parent=home_page, title="Kiermasz dla pracowników")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="tajne"
    )
    private_child = StandardPageFactory(parent=private, title="Kiermasz — lista zadań")
    NewsPageFactory(
        parent=news_index,
        title="Kiermasz zeszłoroczny",
        expire_at=timezone.now() - datetime.timedelta(days=1),
    )
    response = client.get(SEARCH_URL, {"q": "kiermasz"})
    assert result_titles(response) == [visible.title]
    assert response.context["total"] == 1
    assert private_child.title not in response.content.decode()


def test_results_are_paginated(client, news_index, home_page):
    for number in range(23):
        NewsPageFactory(parent=news_index, title=f"Maraton czytania, część {number}")
    first = client.get(SEARCH_URL, {"q": "maraton"})
    assert len(result_titles(first)) == 10
    pagination = main_content(first).select_one("nav.pagination")
    assert pagination is not None
    assert "Strona 1 z 3" in visible_text(pagination)
    last = client.get(SEARCH_URL, {"q": "maraton", "page": "3"})
    assert len(result_titles(last)) == 3
    assert main_content(last).select_one("ol.search-results__list")["start"] == "21"
    seen = set(result_titles(first))
    for page_number in ("2", "3"):
        page_titles = result_titles(client.get(SEARCH_URL, {"q": "maraton", "page": page_number}))
        assert not seen & set(page_titles), "a result appears on two pages"
        seen |= set(page_titles)
    assert len(seen) == 23


@pytest.mark.parametrize("page_number", ["abc", "0", "-1", "999", "1.5", ""])
def test_bad_page_numbers_land_on_a_real_page(client, sample_site, page_number):
    response = client.get(SEARCH_URL, {"q": "biblioteka", "page": page_number})
    assert response.status_code == 200
    assert result_titles(response)


def test_no_results_suggests_a_spelling(client, sample_site):
    response = client.get(SEARCH_URL, {"q": "Bibloteka"})
    main = main_content(response)
    assert response.context["total"] == 0
    suggestion = main.select_one(".no-results__suggestion a")
    assert suggestion is not None
    assert squash(suggestion.get_text()) == "biblioteka"
    assert "q=biblioteka" in suggestion["href"]
    assert "Jak szukać skuteczniej" in visible_text(main)


def test_no_suggestion_when_nothing_is_close(client, sample_site):
    response = client.get(SEARCH_URL, {"q": "xyzzyqwerty"})
    assert response.context["suggestion"] is None
    assert "Znaleziono 0 wyników" in visible_text(main_content(response))


def test_suggestions_never_come_from_private_titles(client, home_page):
    private = StandardPageFactory(parent=home_page, title="Inwentaryzacja magazynu")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="tajne"
    )
    response = client.get(SEARCH_URL, {"q": "inwentaryzacjia"})
    assert response.context["suggestion"] is None


def test_editor_input_is_escaped_in_results(client, news_index):
    NewsPageFactory(
        parent=news_index,
        title="Warsztaty <script>alert(1)</script> HTML",
        lead="Lead <img src=x onerror=alert(1)> warsztaty",
    )
    response = client.get(SEARCH_URL, {"q": "warsztaty"})
    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "<img src=x" not in html
    assert "&lt;script&gt;" in html

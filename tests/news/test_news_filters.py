"""The news index narrowed down by category, tag and year, with pagination, titles, canonical
addresses, the year archive, bad values and a fixed number of SQL queries."""

import pytest
from django.utils.http import urlencode
from taggit.models import Tag

from tests.helpers import (
    explain_growth,
    link_hrefs,
    main_content,
    only_h1,
    queries_to_render,
    soup,
    urls_in_order,
    visible_text,
)

pytestmark = pytest.mark.django_db


def listed(response, candidates) -> list[str]:
    return urls_in_order(main_content(response), [page.url for page in candidates])


def canonical(response) -> str:
    return soup(response).find("link", rel="canonical")["href"]


def test_category_filter_lists_only_that_category_newest_first(client, news_index, newsroom):
    response = client.get(news_index.url, {"kategoria": "wydarzenia"})

    assert response.status_code == 200
    assert listed(response, newsroom.all) == [
        page.url for page in newsroom.by_category["wydarzenia"][:12]
    ]
    assert only_h1(response) == "Aktualności: Wydarzenia"
    assert soup(response).title.get_text().startswith("Aktualności: Wydarzenia")
    assert canonical(response) == f"{news_index.full_url}?kategoria=wydarzenia"


def test_category_filter_combines_with_pagination(client, news_index, newsroom):
    events = newsroom.by_category["wydarzenia"]

    first = client.get(news_index.url, {"kategoria": "wydarzenia"})
    second = client.get(news_index.url, {"kategoria": "wydarzenia", "page": "2"})

    assert listed(second, newsroom.all) == [page.url for page in events[12:]]
    # The link to the next page keeps the filter.
    next_links = [href for href in link_hrefs(main_content(first)) if "page=2" in href]
    assert next_links and all("kategoria=wydarzenia" in href for href in next_links)
    assert canonical(second) == f"{news_index.full_url}?kategoria=wydarzenia&page=2"


def test_tag_filter_lists_only_tagged_news(client, news_index, newsroom):
    response = client.get(news_index.url, {"tag": "czytanie"})

    assert response.status_code == 200
    assert listed(response, newsroom.all) == [page.url for page in newsroom.tagged_reading]
    assert only_h1(response) == "Aktualności z tagiem „czytanie”"
    assert canonical(response) == f"{news_index.full_url}?tag=czytanie"


def test_year_filter_lists_that_years_news(client, news_index, newsroom):
    response = client.get(news_index.url, {"rok": "2010"})

    assert listed(response, newsroom.all) == [page.url for page in newsroom.by_year[2010][:12]]
    assert only_h1(response) == "Aktualności z roku 2010"
    assert canonical(response) == f"{news_index.full_url}?rok=2010"


def test_year_filter_combines_with_pagination(client, news_index, newsroom):
    news_of_2010 = newsroom.by_year[2010]
    assert len(news_of_2010) > 12, "the fixture must fill more than one page for 2010"

    response = client.get(news_index.url, {"rok": "2010", "page": "2"})

    assert listed(response, newsroom.all) == [page.url for page in news_of_2010[12:]]


def test_all_filters_combine(client, news_index, newsroom):
    expected = [
        page
        for page in newsroom.by_category["alians"]
        if page.date.year == 2010 and page in newsroom.tagged_reading
    ]
    assert expected, "the fixture must have tagged Alliance news from 2010"

    response = client.get(
        news_index.url, {"rok": "2010", "tag": "czytanie", "kategoria": "alians", "page": "1"}
    )

    assert listed(response, newsroom.all) == [page.url for page in expected]
    assert only_h1(response) == "Aktualności: Alians z tagiem „czytanie” z roku 2010"
    # Filters in a fixed order and no page=1 noise.
    assert canonical(response) == (f"{news_index.full_url}?kategoria=alians&tag=czytanie&rok=2010")


def test_a_filter_without_news_says_so(client, news_index, newsroom):
    response = client.get(news_index.url, {"kategoria": "dla-dzieci"})

    assert response.status_code == 200
    assert listed(response, newsroom.all) == []
    assert "Nie ma aktualności spełniających te warunki." in visible_text(main_content(response))


def test_year_archive_counts_news_per_year(client, news_index, newsroom):
    response = client.get(news_index.url)

    archive = soup(response).find("nav", attrs={"aria-labelledby": "news-archive-heading"})
    assert archive is not None
    text = visible_text(archive)
    for year, pages in newsroom.by_year.items():
        assert f"{year} ({len(pages)}" in text
    years_in_order = [int(a.get_text().split()[0]) for a in archive.find_all("a")]
    assert years_in_order == sorted(newsroom.by_year, reverse=True)


def test_year_archive_follows_the_chosen_category(client, news_index, newsroom):
    response = client.get(news_index.url, {"kategoria": "wydarzenia"})

    archive = soup(response).find("nav", attrs={"aria-labelledby": "news-archive-heading"})
    links = {a.get_text(" ").split()[0]: a["href"] for a in archive.find_all("a")}
    event_years = {page.date.year for page in newsroom.by_category["wydarzenia"]}
    assert {int(year) for year in links if year.isdigit()} == event_years
    assert all("kategoria=wydarzenia" in href for href in links.values())


def test_category_links_lead_to_filtered_lists(client, news_index, newsroom):
    response = client.get(news_index.url)

    categories = soup(response).find("nav", attrs={"aria-labelledby": "news-categories-heading"})
    hrefs = [a["href"] for a in categories.find_all("a")]
    assert hrefs == ["?kategoria=wydarzenia", "?kategoria=alians", "?kategoria=dla-dzieci"]


def test_unfiltered_index_canonical_has_no_query(client, news_index, newsroom):
    response = client.get(news_index.url, {"page": "1"})

    assert canonical(response) == f"{news_index.full_url}"
    assert only_h1(response) == "Aktualności"


@pytest.mark.parametrize(
    "query",
    [
        {"kategoria": "nie-ma-takiej"},
        {"tag": "nie-ma-takiego"},
        {"tag": "<script>alert(1)</script>"},
        {"rok": "abc"},
        {"rok": "20100"},
        {"rok": "99999999999999999999"},
        {"rok": "-2010"},
        {"kategoria": "x" * 5000},
        {"kategoria": "wydarzenia\x00"},
        {"tag": "czy\x00tanie"},
        {"rok": "2010\n"},
        {"rok": "20\x0010"},
        {"kategoria": "wydarzenia", "rok": "dwa-tysiace"},
    ],
)
def test_values_that_name_nothing_are_not_found(client, news_index, newsroom, query):
    response = client.get(news_index.url, query)

    assert response.status_code == 404
    assert b"<script>alert(1)</script>" not in response.content


def test_a_tag_used_by_no_news_is_not_found(client, news_index, newsroom):
    Tag.objects.create(name="osierocony", slug="osierocony")

    assert client.get(news_index.url, {"tag": "osierocony"}).status_code == 404


def test_a_year_without_news_is_an_empty_archive_page(client, news_index, newsroom):
    response = client.get(news_index.url, {"rok": "2015"})

    assert response.status_code == 200
    assert only_h1(response) == "Aktualności z roku 2015"
    assert listed(response, newsroom.all) == []


def test_filters_never_show_drafts(client, news_index, newsroom):
    draft = newsroom.by_category["wydarzenia"][0]
    draft.unpublish()

    response = client.get(news_index.url, {"kategoria": "wydarzenia", "rok": draft.date.year})

    assert draft.url not in link_hrefs(main_content(response))


FILTERS = [
    pytest.param({}, 10, id="index"),
    pytest.param({"kategoria": "alians"}, 10, id="category"),
    pytest.param({"tag": "dane-syntetyczne"}, 10, id="tag"),
    pytest.param({"rok": "2009"}, 10, id="year"),
    pytest.param({"kategoria": "alians", "rok": "2009"}, 10, id="category-and-year"),
    # A second page needs more than twelve news of the category to begin with.
    pytest.param({"kategoria": "alians", "page": "2"}, 80, id="category-page-2"),
]


@pytest.mark.parametrize(("query", "few_news"), FILTERS)
def test_queries_do_not_grow_from_ten_to_a_thousand_news(
    client, news_index, add_many_news, query, few_news
):
    url = f"{news_index.url}?{urlencode(query)}" if query else news_index.url
    prefix = f"{news_index.url}dane-syntetyczne-"
    add_many_news(few_news)
    few = queries_to_render(client, url, prefix)
    add_many_news(1000)
    many = queries_to_render(client, url, prefix)

    assert len(many) == len(few), explain_growth(few, many)

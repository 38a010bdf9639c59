"""What a reader gets around an article: reading time, related news, previous and next article,
tag and category links, a gallery, and the editor's card preview."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from images.factories import CustomImageFactory
from news.factories import NewsPageFactory
from news.models import NewsPage
from tests.helpers import (
    explain_growth,
    link_hrefs,
    main_content,
    soup,
    urls_in_order,
    visible_text,
)
from tests.news.test_news_admin import news_form_data

pytestmark = pytest.mark.django_db


def words(count: int) -> list[dict]:
    return [{"type": "paragraph", "value": "<p>" + " ".join(["słowo"] * count) + "</p>"}]


@pytest.mark.parametrize(
    ("body_words", "expected"),
    [(10, "1 minuta"), (390, "2 minuty"), (990, "5 minut"), (4390, "22 minuty")],
)
def test_reading_time_in_polish(client, news_index, body_words, expected):
    # The lead has 4 words; 200 words a minute, rounded up.
    news = NewsPageFactory(
        parent=news_index, lead="Cztery słowa w leadzie.", body=words(body_words)
    )

    text = visible_text(main_content(client.get(news.url)))

    assert f"Czas czytania: {expected}" in text


def test_related_news_share_a_category_newest_first_without_itself(client, news_index, newsroom):
    events = newsroom.by_category["wydarzenia"]
    article = events[5]
    NewsPageFactory(parent=news_index, slug="szkic", live=False).categories.set([newsroom.events])

    related = soup(client.get(article.url)).find("section", class_="related-news")

    assert related is not None
    expected = [page.url for page in events if page != article][:3]
    assert urls_in_order(related, [page.url for page in newsroom.all]) == expected
    assert article.url not in link_hrefs(related)


def test_news_without_category_has_no_related_section(client, news_index):
    news = NewsPageFactory(parent=news_index)

    assert soup(client.get(news.url)).find("section", class_="related-news") is None


def test_previous_and_next_follow_the_listing_order(client, news_index, newsroom):
    newest_first = newsroom.all
    middle = newest_first[10]

    pager = soup(client.get(middle.url)).find("nav", class_="article-pager")

    assert pager.find("a", rel="prev")["href"] == newest_first[11].url
    assert pager.find("a", rel="next")["href"] == newest_first[9].url
    assert newest_first[11].title in visible_text(pager)


def test_the_newest_and_oldest_have_one_neighbour(client, news_index, newsroom):
    newest = soup(client.get(newsroom.all[0].url)).find("nav", class_="article-pager")
    oldest = soup(client.get(newsroom.all[-1].url)).find("nav", class_="article-pager")

    assert newest.find("a", rel="next") is None and newest.find("a", rel="prev")
    assert oldest.find("a", rel="prev") is None and oldest.find("a", rel="next")


def test_neighbours_skip_drafts(client, news_index, newsroom):
    newest_first = newsroom.all
    newest_first[11].unpublish()

    pager = soup(client.get(newest_first[10].url)).find("nav", class_="article-pager")

    assert pager.find("a", rel="prev")["href"] == newest_first[12].url


def test_tags_and_categories_link_to_the_filtered_listing(client, news_index, newsroom):
    article = newsroom.tagged_reading[0]

    hrefs = link_hrefs(main_content(client.get(article.url)))

    assert f"{news_index.url}?tag=czytanie" in hrefs
    category = article.categories.first()
    assert f"{news_index.url}?kategoria={category.slug}" in hrefs
    assert client.get(f"{news_index.url}?tag=czytanie").status_code == 200


def test_publication_date_is_shown_in_polish(client, news_index):
    news = NewsPageFactory(parent=news_index, date=datetime.date(2009, 12, 9))

    assert "9 grudnia 2009" in visible_text(main_content(client.get(news.url)))


def test_gallery_shows_every_image_with_its_alt_text_and_caption(client, news_index):
    first = CustomImageFactory()
    second = CustomImageFactory()
    news = NewsPageFactory(
        parent=news_index,
        body=[
            {
                "type": "gallery",
                "value": {
                    "title": "Zdjęcia z konferencji",
                    "images": [
                        {
                            "image": {
                                "image": first.pk,
                                "alt_text": "Sala konferencyjna",
                                "decorative": False,
                            },
                            "caption": "Podpisanie porozumienia",
                        },
                        {
                            "image": {"image": second.pk, "alt_text": "", "decorative": True},
                            "caption": "",
                        },
                    ],
                },
            }
        ],
    )

    gallery = soup(client.get(news.url)).find(class_="gallery")

    assert gallery is not None
    images = gallery.find_all("img")
    assert [img.get("alt") for img in images] == ["Sala konferencyjna", ""]
    assert all(img.get("width") and img.get("height") for img in images)
    assert all(img.get("loading") == "lazy" for img in images)
    assert "Podpisanie porozumienia" in visible_text(gallery)
    sources = [source["type"] for source in gallery.find_all("source")]
    assert {"image/avif", "image/webp"} <= set(sources)


def test_card_preview_shows_the_article_as_a_listing_card(admin_client, news_index):
    news = NewsPageFactory(parent=news_index, title="Noc bibliotek")
    image = CustomImageFactory()
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[news.pk])
    # The unsaved edit (a picture added) is what the card preview shows.
    data = news_form_data(title="Noc bibliotek", slug=news.slug, featured_image=image.pk)

    assert admin_client.post(preview_url, data).json()["is_valid"]
    response = admin_client.get(preview_url, {"mode": "card"})

    assert response.status_code == 200
    card = soup(response).find("article", class_="card")
    assert card is not None
    assert "Noc bibliotek" in visible_text(card)
    assert card.find("img") is not None


def test_heading_levels_are_not_searchable_text(client, news_index):
    news = NewsPageFactory(
        parent=news_index,
        title="Nowe godziny",
        body=[{"type": "heading", "value": {"text": "Zmiana harmonogramu", "level": "h2"}}],
    )

    found = visible_text(main_content(client.get("/szukaj/", {"q": "harmonogramu"})))
    leaked = visible_text(main_content(client.get("/szukaj/", {"q": "poziomu"})))

    assert news.title in found
    assert news.title not in leaked


def test_a_new_article_can_be_previewed_before_its_first_save(admin_client, news_index, newsroom):
    preview_url = reverse(
        "wagtailadmin_pages:preview_on_add", args=["news", "newspage", news_index.pk]
    )
    data = news_form_data(slug="nowa-wiadomosc")
    data["categories"] = [newsroom.events.pk]

    assert admin_client.post(preview_url, data).json()["is_valid"]
    response = admin_client.get(preview_url)

    assert response.status_code == 200
    related = soup(response).find("section", class_="related-news")
    assert related is not None
    assert urls_in_order(related, [page.url for page in newsroom.all]) == [
        page.url for page in newsroom.by_category["wydarzenia"][:3]
    ]


@pytest.mark.parametrize("path", ["article", "rss/", "atom/"])
def test_article_and_feed_queries_do_not_grow_with_the_news(
    client, news_index, add_many_news, path
):
    add_many_news(10)
    article = NewsPage.objects.get(slug="dane-syntetyczne-aktualnosc-00005")
    url = article.url if path == "article" else f"{news_index.url}{path}"

    def queries() -> list[str]:
        client.get(url)
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url)
        assert response.status_code == 200
        assert b"dane-syntetyczne-aktualnosc-" in response.content
        return [query["sql"] for query in captured.captured_queries]

    few = queries()
    add_many_news(1000)
    many = queries()

    assert len(many) == len(few), explain_growth(few, many)

"""RSS 2.0 and Atom feeds of the news: valid XML, required elements, absolute addresses, the
featured image as an enclosure, per-category feeds, and links to them in every page's head."""

import datetime
import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from images.factories import CustomImageFactory
from news.factories import NewsPageFactory
from tests.helpers import soup

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def is_absolute(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in {"http", "https"} and bool(parts.netloc)


@pytest.fixture
def pictured_news(news_index, newsroom):
    news = newsroom.all[0]
    news.featured_image = CustomImageFactory()
    news.save()
    return news


def test_rss_feed_is_valid_rss_with_the_newest_news(client, news_index, newsroom, pictured_news):
    response = client.get(f"{news_index.url}rss/")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    root = ET.fromstring(response.content)
    assert root.tag == "rss" and root.get("version") == "2.0"
    channel = root.find("channel")
    for required in ("title", "link", "description"):
        assert channel.findtext(required), f"<channel> lacks <{required}>"
    assert is_absolute(channel.findtext("link"))
    items = channel.findall("item")
    assert [item.findtext("link") for item in items] == [
        page.full_url for page in newsroom.all[:20]
    ]
    for item in items:
        assert item.findtext("title")
        assert is_absolute(item.findtext("link"))
        assert item.findtext("guid") == item.findtext("link")
        assert item.findtext("pubDate")
        assert item.findtext("description")


def test_rss_publication_dates_follow_the_editors_date(client, news_index, newsroom):
    item = ET.fromstring(client.get(f"{news_index.url}rss/").content).find("channel/item")

    newest = newsroom.all[0]
    assert newest.date.strftime("%d %b %Y") in item.findtext("pubDate")


def test_rss_item_carries_the_featured_image_as_a_jpeg_enclosure(
    client, news_index, newsroom, pictured_news
):
    channel = ET.fromstring(client.get(f"{news_index.url}rss/").content).find("channel")

    item = next(i for i in channel.findall("item") if i.findtext("link") == pictured_news.full_url)
    enclosure = item.find("enclosure")
    assert enclosure is not None
    assert enclosure.get("type") == "image/jpeg"
    assert is_absolute(enclosure.get("url"))
    assert int(enclosure.get("length")) > 0
    # News without a picture have no enclosure.
    others = [i for i in channel.findall("item") if i.findtext("link") != pictured_news.full_url]
    assert all(i.find("enclosure") is None for i in others)


def test_atom_feed_is_valid_atom(client, news_index, newsroom, pictured_news):
    response = client.get(f"{news_index.url}atom/")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)
    assert root.tag == f"{ATOM}feed"
    for required in ("title", "id", "updated"):
        assert root.findtext(f"{ATOM}{required}"), f"<feed> lacks <{required}>"
    entries = root.findall(f"{ATOM}entry")
    assert len(entries) == 20
    for entry in entries:
        for required in ("title", "id", "updated"):
            assert entry.findtext(f"{ATOM}{required}"), f"<entry> lacks <{required}>"
        alternate = entry.find(f"{ATOM}link[@rel='alternate']")
        assert is_absolute(alternate.get("href"))
    first = entries[0]
    assert first.find(f"{ATOM}link[@rel='alternate']").get("href") == pictured_news.full_url
    enclosure = first.find(f"{ATOM}link[@rel='enclosure']")
    assert enclosure is not None and enclosure.get("type") == "image/jpeg"
    assert is_absolute(enclosure.get("href"))


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_category_feed_holds_that_category_only(client, news_index, newsroom, kind):
    response = client.get(f"{news_index.url}{kind}/", {"kategoria": "wydarzenia"})

    root = ET.fromstring(response.content)
    if kind == "rss":
        links = [item.findtext("link") for item in root.iter("item")]
        title = root.findtext("channel/title")
    else:
        links = [
            entry.find(f"{ATOM}link[@rel='alternate']").get("href")
            for entry in root.iter(f"{ATOM}entry")
        ]
        title = root.findtext(f"{ATOM}title")
    assert links == [page.full_url for page in newsroom.by_category["wydarzenia"]]
    assert "Wydarzenia" in title


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_feed_for_an_unknown_category_is_not_found(client, news_index, newsroom, kind):
    assert client.get(f"{news_index.url}{kind}/", {"kategoria": "nie-ma"}).status_code == 404


def test_feeds_leave_out_drafts_and_escape_titles(client, news_index):
    NewsPageFactory(parent=news_index, title="Szkic", slug="szkic", live=False)
    NewsPageFactory(
        parent=news_index,
        title="Wieczór <poezji> & muzyki",
        slug="wieczor",
        date=datetime.date(2024, 5, 1),
    )

    root = ET.fromstring(client.get(f"{news_index.url}rss/").content)

    titles = [item.findtext("title") for item in root.iter("item")]
    assert titles == ["Wieczór <poezji> & muzyki"]


def test_every_page_advertises_the_feeds(client, home_page, news_index, newsroom):
    for url in ["/", news_index.url, newsroom.all[0].url, "/szukaj/?q=biblioteka"]:
        head = soup(client.get(url)).head
        rss = head.find("link", rel="alternate", type="application/rss+xml")
        atom = head.find("link", rel="alternate", type="application/atom+xml")
        assert rss is not None and atom is not None, url
        assert rss["href"].endswith(f"{news_index.url}rss/") and is_absolute(rss["href"])
        assert atom["href"].endswith(f"{news_index.url}atom/") and is_absolute(atom["href"])
        assert client.get(urlsplit(rss["href"]).path).status_code == 200


def test_a_category_page_also_advertises_its_own_feed(client, news_index, newsroom):
    head = soup(client.get(news_index.url, {"kategoria": "alians"})).head

    hrefs = [link["href"] for link in head.find_all("link", rel="alternate")]
    assert any(href.endswith("rss/?kategoria=alians") for href in hrefs)
    assert any(href.endswith("atom/?kategoria=alians") for href in hrefs)


def test_feed_links_cost_no_query_once_cached(client, home_page, news_index):
    client.get("/szukaj/")
    with CaptureQueriesContext(connection) as captured:
        client.get("/szukaj/")
    assert not any("news_newsindexpage" in query["sql"] for query in captured.captured_queries)


def test_without_a_published_news_index_pages_link_no_feed(client, home_page, news_index):
    news_index.unpublish()

    head = soup(client.get("/")).head

    assert head.find("link", rel="alternate", type="application/rss+xml") is None

"""What search engines and social networks read: JSON-LD (NewsArticle, BreadcrumbList),
OpenGraph and Twitter cards with an image rendition, canonical URLs, sitemap.xml with lastmod."""

import datetime
import json
import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import pytest
from django.utils import timezone

from images.factories import CustomImageFactory
from news.factories import NewsPageFactory
from tests.helpers import soup

pytestmark = pytest.mark.django_db

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def json_ld(response) -> list[dict]:
    scripts = soup(response).find_all("script", type="application/ld+json")
    return [json.loads(script.string) for script in scripts]


def of_type(documents: list[dict], schema_type: str) -> dict:
    matching = [document for document in documents if document.get("@type") == schema_type]
    assert len(matching) == 1, f"expected one {schema_type}, found {len(matching)}"
    return matching[0]


@pytest.fixture
def article(news_index, newsroom):
    news = newsroom.all[0]
    news.featured_image = CustomImageFactory(
        description="Czytelnicy w bibliotece", file__width=1600, file__height=1000
    )
    news.save_revision().publish()
    news.refresh_from_db()
    return news


def published_day(page) -> str:
    return timezone.localtime(page.last_published_at).date().isoformat()


def test_news_page_describes_itself_as_a_news_article(client, article):
    data = of_type(json_ld(client.get(article.url)), "NewsArticle")

    assert data["@context"] == "https://schema.org"
    assert data["headline"] == article.title
    assert datetime.datetime.fromisoformat(data["datePublished"]).date() == article.date
    assert datetime.datetime.fromisoformat(data["dateModified"]) >= datetime.datetime.fromisoformat(
        data["datePublished"]
    )
    assert data["mainEntityOfPage"]["@id"] == article.full_url
    assert urlsplit(data["image"][0]).scheme in {"http", "https"}
    assert data["image"][0].endswith(".jpg")
    for role in ("author", "publisher"):
        assert data[role]["@type"] == "Organization"
        assert data[role]["name"]
    assert urlsplit(data["publisher"]["logo"]["url"]).netloc


def test_news_page_has_its_breadcrumb_list(client, home_page, news_index, article):
    data = of_type(json_ld(client.get(article.url)), "BreadcrumbList")

    items = data["itemListElement"]
    assert [item["position"] for item in items] == [1, 2, 3]
    assert [item["item"] for item in items] == [
        home_page.full_url,
        news_index.full_url,
        article.full_url,
    ]
    assert items[-1]["name"] == article.title


def test_json_ld_cannot_be_broken_by_editors_text(client, news_index):
    news = NewsPageFactory(
        parent=news_index,
        title="</script><script>alert(1)</script>",
        slug="skrypt",
        lead="Tekst & <b>znaczniki</b>",
    )

    response = client.get(news.url)

    assert b"</script><script>alert(1)" not in response.content
    data = of_type(json_ld(response), "NewsArticle")
    assert data["headline"] == "</script><script>alert(1)</script>"
    assert data["description"] == "Tekst & <b>znaczniki</b>"


def test_news_index_has_a_breadcrumb_list(client, news_index, newsroom):
    data = of_type(json_ld(client.get(news_index.url)), "BreadcrumbList")

    assert data["itemListElement"][-1]["item"] == news_index.full_url


def test_news_page_shares_an_image_rendition(client, article):
    head = soup(client.get(article.url)).head

    def meta(attribute: str, value: str) -> str:
        tag = head.find("meta", attrs={attribute: value})
        assert tag is not None, f"no <meta {attribute}={value}>"
        return tag["content"]

    assert meta("property", "og:type") == "article"
    assert meta("property", "og:title") == article.title
    assert meta("property", "og:url") == article.full_url
    image_url = meta("property", "og:image")
    assert urlsplit(image_url).scheme in {"http", "https"}
    assert image_url.endswith(".jpg")
    assert (meta("property", "og:image:width"), meta("property", "og:image:height")) == (
        "1200",
        "630",
    )
    assert meta("property", "og:image:alt") == "Czytelnicy w bibliotece"
    assert meta("name", "twitter:card") == "summary_large_image"
    assert meta("name", "twitter:image") == image_url
    assert meta("property", "article:published_time") == article.date.isoformat()


def test_the_social_image_wins_over_the_featured_one(client, article):
    article.social_image = CustomImageFactory(description="Logo akcji")
    article.save_revision().publish()

    head = soup(client.get(article.url)).head

    assert head.find("meta", property="og:image:alt")["content"] == "Logo akcji"


def test_a_page_without_image_gets_a_small_twitter_card(client, news_index):
    news = NewsPageFactory(parent=news_index, slug="bez-obrazu")

    head = soup(client.get(news.url)).head

    assert head.find("meta", attrs={"name": "twitter:card"})["content"] == "summary"
    assert head.find("meta", property="og:image") is None


def test_news_page_canonical_url(client, article):
    response = client.get(article.url, {"utm_source": "newsletter"})

    assert soup(response).find("link", rel="canonical")["href"] == article.full_url


def sitemap_entries(client) -> dict[str, str | None]:
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    return {
        url.findtext(f"{SITEMAP}loc"): url.findtext(f"{SITEMAP}lastmod")
        for url in root.iter(f"{SITEMAP}url")
    }


def test_sitemap_lists_published_news_with_lastmod(client, news_index, newsroom, article):
    draft = NewsPageFactory(parent=news_index, slug="szkic", live=False)

    entries = sitemap_entries(client)

    assert entries[article.full_url][:10] == published_day(article)
    assert draft.full_url not in entries
    assert all(page.full_url in entries for page in newsroom.all)


def test_sitemap_dates_the_news_index_by_its_newest_publication(client, news_index, article):
    # The index itself was last edited long ago; its list changed when the article came out.
    a_year_ago = timezone.now() - datetime.timedelta(days=365)
    type(news_index).objects.filter(pk=news_index.pk).update(last_published_at=a_year_ago)

    entries = sitemap_entries(client)

    assert entries[news_index.full_url][:10] == published_day(article)


def test_robots_txt_points_to_the_sitemap(client):
    response = client.get("/robots.txt")

    sitemap_lines = [line for line in response.content.decode().splitlines() if "Sitemap:" in line]
    assert sitemap_lines and sitemap_lines[0].endswith("/sitemap.xml")


def test_a_filtered_list_shares_its_own_address(client, news_index, newsroom):
    response = client.get(news_index.url, {"kategoria": "alians", "page": "1"})

    og_url = soup(response).find("meta", property="og:url")["content"]
    assert og_url == f"{news_index.full_url}?kategoria=alians"

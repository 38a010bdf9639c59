"""The homepage's featured news: the editor's pick first, falling back to the newest, never
repeated in the latest news next to it."""

import datetime
from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, streamfield

from home.models import HomePage
from news.factories import NewsPageFactory
from news.models import NewsPage
from tests.helpers import main_content, soup, urls_in_order

pytestmark = pytest.mark.django_db


@pytest.fixture
def five_news(news_index):
    """Five published news, newest first."""
    pages = [
        NewsPageFactory(
            parent=news_index,
            title=f"Wiadomość {n}",
            slug=f"wiadomosc-{n}",
            date=datetime.date(2024, 3, 1) + datetime.timedelta(days=n),
        )
        for n in range(5)
    ]
    return pages[::-1]


def shown(client, pages) -> list[str]:
    return urls_in_order(main_content(client.get("/")), [page.url for page in pages])


def featured_url(client) -> str | None:
    featured = soup(client.get("/")).find(class_="card-grid__featured")
    return featured.find("a")["href"] if featured else None


def test_without_a_pick_the_newest_news_is_featured(client, home_page, five_news):
    assert featured_url(client) == five_news[0].url
    assert shown(client, five_news) == [page.url for page in five_news[:3]]


def test_the_editors_pick_is_featured_first_and_not_repeated(client, home_page, five_news):
    pick = five_news[3]
    home_page.featured_news = pick
    home_page.save()

    assert featured_url(client) == pick.url
    # Three cards in all: the pick, then the two newest others.
    assert shown(client, five_news) == [pick.url, five_news[0].url, five_news[1].url]


def test_an_unpublished_pick_falls_back_to_the_newest(client, home_page, five_news):
    pick = five_news[3]
    home_page.featured_news = pick
    home_page.save()
    pick.unpublish()

    assert featured_url(client) == five_news[0].url
    assert pick.url not in shown(client, five_news)


def test_a_deleted_pick_falls_back_to_the_newest(client, home_page, five_news):
    home_page.featured_news = five_news[2]
    home_page.save()
    five_news[2].delete()

    assert featured_url(client) == five_news[0].url


def test_the_editor_picks_the_featured_news_in_the_admin(
    admin_client, client, home_page, five_news
):
    pick = five_news[4]
    data = nested_form_data(
        {
            "title": home_page.title,
            "slug": home_page.slug,
            "hero_heading": "Zapraszamy",
            "hero_lead": "",
            "featured_news": pick.pk,
            "latest_news_count": "3",
            "body": streamfield([]),
        }
    )
    data["action-publish"] = "action-publish"

    response = admin_client.post(reverse("wagtailadmin_pages:edit", args=[home_page.pk]), data)

    assert response.status_code == 302
    assert HomePage.objects.get().featured_news_id == pick.pk
    assert featured_url(client) == pick.url


def test_the_pick_is_limited_to_news(admin_client, home_page, five_news, partner_index):
    data = nested_form_data(
        {
            "title": home_page.title,
            "slug": home_page.slug,
            "hero_heading": "Zapraszamy",
            "featured_news": partner_index.pk,
            "latest_news_count": "3",
            "body": streamfield([]),
        }
    )
    data["action-publish"] = "action-publish"

    response = admin_client.post(reverse("wagtailadmin_pages:edit", args=[home_page.pk]), data)

    assert response.status_code == 200
    assert "featured_news" in response.context["form"].errors
    assert HomePage.objects.get().featured_news_id is None


def test_the_demo_features_the_seed_article_and_keeps_an_editors_choice(client, home_page):
    call_command("load_demo_content", "--no-admin", stdout=StringIO())
    home = HomePage.objects.get()
    seed_article = NewsPage.objects.live().get()

    assert home.featured_news_id == seed_article.pk
    assert featured_url(client) == seed_article.url

    # The editor clears the pick; loading the demo again respects that.
    draft = home.get_latest_revision_as_object()
    draft.featured_news = None
    draft.save_revision().publish()
    call_command("load_demo_content", "--no-admin", stdout=StringIO())

    assert HomePage.objects.get().featured_news_id is None

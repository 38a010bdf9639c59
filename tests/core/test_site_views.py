"""What every site has besides its pages: 404, sitemap.xml and robots.txt."""

import pytest

from home.factories import StandardPageFactory
from tests.helpers import html_lang, only_h1, soup, visible_text

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "path", ["/nie-ma-takiej-strony/", "/aktualnosci/nie-ma/", "/%C5%BC%C3%B3%C5%82w/", "/a/b/c/d/"]
)
def test_unknown_url_gives_the_polish_404_page(client, home_page, settings, path):
    assert settings.DEBUG is False

    response = client.get(path)

    assert response.status_code == 404
    assert response["Content-Type"].startswith("text/html")
    assert html_lang(response) == "pl"
    assert "nie znaleziono" in only_h1(response).casefold()
    assert "Not Found" not in visible_text(response)
    assert "/" in [a["href"] for a in soup(response).find_all("a", href=True)], (
        "no way back to the homepage"
    )


def test_sitemap_lists_live_pages(client, home_page):
    StandardPageFactory(parent=home_page, slug="o-bibliotece")
    StandardPageFactory(parent=home_page, slug="szkic", live=False)

    response = client.get("/sitemap.xml")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    content = response.content.decode()
    assert content.startswith("<?xml")
    assert "<urlset" in content
    assert "/o-bibliotece/</loc>" in content
    assert "/szkic/" not in content


def test_robots_txt_keeps_crawlers_out_of_the_admin_and_points_at_the_sitemap(client, home_page):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines
    assert "Disallow: /admin/" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines


def test_robots_txt_only_answers_get(client, home_page):
    assert client.post("/robots.txt").status_code == 405

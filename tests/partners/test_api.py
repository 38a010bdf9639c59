"""The read-only Wagtail API v2 endpoint of the partner directory."""

import pytest
from wagtail.models import PageViewRestriction

from partners.factories import PartnerPageFactory

pytestmark = pytest.mark.django_db

ENDPOINT = "/api/v2/partnerzy/"


def titles(response) -> list[str]:
    assert response.status_code == 200, response.content
    return [item["title"] for item in response.json()["items"]]


def test_lists_published_public_partners_only(client, partner_index, varied_partners):
    PartnerPageFactory(parent=partner_index, title="Szkic", slug="szkic", live=False)
    hidden = PartnerPageFactory(parent=partner_index, title="Ukryty", slug="ukryty")
    PageViewRestriction.objects.create(page=hidden, restriction_type=PageViewRestriction.LOGIN)

    response = client.get(ENDPOINT)

    assert sorted(titles(response)) == sorted(page.title for page in varied_partners.values())
    assert response.json()["meta"]["total_count"] == 5
    # Other page types never leak through this endpoint.
    assert partner_index.title not in titles(response)


def test_filters_by_type_and_powiat(client, varied_partners):
    by_type = titles(client.get(ENDPOINT, {"typ": "organizacja-pozarzadowa"}))
    by_both = titles(client.get(ENDPOINT, {"typ": "organizacja-pozarzadowa", "powiat": "lobeski"}))
    by_area = titles(client.get(ENDPOINT, {"obszar": "edukacja"}))
    by_field = titles(client.get(ENDPOINT, {"powiat": "koszalin"}))

    assert sorted(by_type) == ["Lubińskie Stowarzyszenie Cyfrowe", "Świdwiński Klub Informatyczny"]
    assert by_both == ["Lubińskie Stowarzyszenie Cyfrowe"]
    assert sorted(by_area) == ["Koszalińska Biblioteka Publiczna", "Łobeskie Centrum Kultury"]
    assert sorted(by_field) == ["Gmina Miasto Koszalin", "Koszalińska Biblioteka Publiczna"]


@pytest.mark.parametrize(
    "query",
    [{"typ": "atlantyda"}, {"powiat": "x\x00"}, {"obszar": "nie-ma"}, {"nieznany": "1"}],
)
def test_bad_filter_values_are_client_errors(client, varied_partners, query):
    response = client.get(ENDPOINT, query)

    assert response.status_code == 400
    assert "message" in response.json()


def test_detail_shows_the_partner_fields(client, varied_partners):
    kbp = varied_partners["kbp"]

    listing = client.get(ENDPOINT, {"fields": "short_name,area_slugs,joined_date"}).json()
    detail = client.get(f"{ENDPOINT}{kbp.pk}/").json()

    item = next(item for item in listing["items"] if item["id"] == kbp.pk)
    assert item["short_name"] == "KBP"
    assert item["area_slugs"] == ["edukacja"]
    assert item["joined_date"] == "2009-12-09"
    assert detail["organisation_type"] == "biblioteka-kultura"
    assert detail["powiat"] == "koszalin"
    assert detail["meta"]["html_url"].endswith(kbp.url)


def test_api_is_read_only(client, varied_partners):
    assert client.post(ENDPOINT, {"title": "Nowy"}).status_code == 405
    kbp = varied_partners["kbp"]
    assert client.delete(f"{ENDPOINT}{kbp.pk}/").status_code == 405

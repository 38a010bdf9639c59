"""Editors find partners in the admin: a flat listing with the directory's facets and search."""

import pytest
from django.urls import reverse

from tests.helpers import soup

pytestmark = pytest.mark.django_db


def listed_titles(response) -> list[str]:
    assert response.status_code == 200
    page = soup(response)
    return sorted(
        " ".join(link.get_text().split())
        for link in page.select("table.listing td.title a")
        if link.get("href", "").endswith("/edit/")
    )


def test_admin_listing_filters_by_type_powiat_and_area(admin_client, varied_partners):
    url = reverse("partnerzy_aliansu:index")

    everyone = listed_titles(admin_client.get(url))
    by_type = listed_titles(admin_client.get(url, {"organisation_type": "organizacja-pozarzadowa"}))
    by_powiat = listed_titles(admin_client.get(url, {"powiat": "koszalin"}))
    edukacja = (
        admin_client.get(url).context["filters"].form.fields["areas"].queryset.get(slug="edukacja")
    )
    by_area = listed_titles(admin_client.get(url, {"areas": [edukacja.pk]}))

    assert len(everyone) == 5
    assert by_type == ["Lubińskie Stowarzyszenie Cyfrowe", "Świdwiński Klub Informatyczny"]
    assert by_powiat == ["Gmina Miasto Koszalin", "Koszalińska Biblioteka Publiczna"]
    assert by_area == ["Koszalińska Biblioteka Publiczna", "Łobeskie Centrum Kultury"]


def test_admin_listing_searches_and_is_in_the_menu(admin_client, varied_partners):
    url = reverse("partnerzy_aliansu:index")

    found = listed_titles(admin_client.get(url, {"q": "Gmina"}))
    dashboard = admin_client.get(reverse("wagtailadmin_home")).content.decode()

    assert found == ["Gmina Miasto Koszalin"]
    assert url in dashboard
    assert "Partnerzy Aliansu" in dashboard


def test_admin_listing_ignores_bad_filter_values(admin_client, varied_partners):
    response = admin_client.get(
        reverse("partnerzy_aliansu:index"), {"powiat": "atlantyda", "areas": "abc"}
    )

    assert response.status_code == 200

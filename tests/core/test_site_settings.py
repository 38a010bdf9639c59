"""The library's details are edited in the admin and shown on every page."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import querydict_from_html

from core.models import LibrarySettings
from tests.helpers import soup, visible_text

pytestmark = pytest.mark.django_db


def settings_form(admin_client) -> tuple[str, dict]:
    """The URL and the current values of the library settings form, as the editor gets them."""
    # The generic URL redirects to the settings object's own edit view.
    response = admin_client.get(
        reverse("wagtailsettings:edit", args=["core", "librarysettings"]), follow=True
    )
    assert response.status_code == 200
    url = (
        response.redirect_chain[-1][0] if response.redirect_chain else response.request["PATH_INFO"]
    )
    data = querydict_from_html(response.content.decode(), form_id="w-editor-form")
    # StreamFields are drawn by JavaScript, so their empty state is not in the HTML.
    data.setdefault("opening_hours-count", "0")
    data.setdefault("social_links-count", "0")
    return url, data


def test_editor_saves_the_phone_and_it_shows_in_the_footer(admin_client, client, home_page):
    url, data = settings_form(admin_client)
    data["phone"] = "+48 91 384 20 00"
    data["street_address"] = "ul. Rynek 1"
    data["postal_code"] = "72-300"

    response = admin_client.post(url, data)

    assert response.status_code == 302, response.context["form"].errors if response.context else ""
    library = LibrarySettings.load()
    assert library.phone == "+48 91 384 20 00"
    footer = soup(client.get("/")).find("footer")
    assert footer is not None
    assert "+48 91 384 20 00" in visible_text(footer)
    assert "ul. Rynek 1" in visible_text(footer)
    assert "tel:+48913842000" in [a["href"] for a in footer.find_all("a", href=True)]


def test_settings_reject_a_malformed_email(admin_client):
    url, data = settings_form(admin_client)
    data["email"] = "to nie jest adres"

    response = admin_client.post(url, data)

    assert response.status_code == 200
    assert "email" in response.context["form"].errors
    assert LibrarySettings.load().email == ""


def test_footer_escapes_settings(client, home_page):
    library = LibrarySettings.load()
    library.phone = '<script>alert("tel")</script>'
    library.opening_hours_note = '<script>alert("uwaga")</script>'
    library.opening_hours = [("period", {"days": "poniedziałek", "hours": "9:00–18:00"})]
    library.save()

    content = client.get("/").content.decode()

    assert '<script>alert("tel")</script>' not in content
    assert '<script>alert("uwaga")</script>' not in content
    assert "poniedziałek" in content

"""The consent categories are defined once (legal.consent) and drive both the banner and the
privacy policy's cookie list; the banner is the same HTML for every visitor."""

import pytest

from core.models import LibrarySettings
from legal.consent import CATEGORIES, CONSENT_COOKIE_NAME, NO_STATISTICS_NOTE
from legal.factories import InformationClauseFactory
from tests.helpers import soup, visible_text

pytestmark = pytest.mark.django_db


def test_banner_offers_accept_and_reject_alike(client, home_page):
    banner = soup(client.get("/")).find(id="consent-banner")
    assert banner.has_attr("hidden"), "the script decides whether to show it"
    assert banner.get("role") is None and banner.get("aria-modal") is None
    buttons = {
        button.get_text(strip=True): button for button in banner.select(".consent__actions button")
    }
    assert list(buttons) == ["Akceptuj", "Odrzuć", "Ustawienia"]
    assert buttons["Akceptuj"]["class"] == buttons["Odrzuć"]["class"]


def test_settings_panel_lists_the_categories_from_python(client, home_page):
    form = soup(client.get("/")).find(id="consent-settings")
    boxes = form.find_all("input", type="checkbox")
    assert [box["name"] for box in boxes] == [category.key for category in CATEGORIES]
    necessary = form.find("input", attrs={"name": "niezbedne"})
    assert necessary.has_attr("checked") and necessary.has_attr("disabled")
    multimedia = form.find("input", attrs={"name": "multimedia"})
    assert not multimedia.has_attr("checked")
    assert str(NO_STATISTICS_NOTE) in visible_text(form)


def test_banner_html_is_the_same_whatever_the_visitor_chose(client, home_page):
    anonymous = client.get("/").content
    client.cookies[CONSENT_COOKIE_NAME] = "v=1&d=2026-11-23&multimedia=1"
    consented = client.get("/").content
    assert anonymous == consented


def test_privacy_policy_generates_administrator_iod_and_cookie_list(client, privacy_page):
    library = LibrarySettings.load()
    library.street_address = "ul. Przykładowa 1"
    library.postal_code = "72-300"
    library.data_protection_officer = "Jan Kowalski"
    library.data_protection_email = "iod@example.org"
    library.save()
    response = client.get("/polityka-prywatnosci/")
    page = soup(response)
    administrator = visible_text(page.find(id="administrator-danych").parent)
    assert library.name in administrator and "72-300 Gryfice" in administrator
    iod = page.find(id="inspektor-ochrony-danych").parent
    assert "Jan Kowalski" in visible_text(iod)
    assert iod.find("a", href="mailto:iod@example.org")
    cookies = page.find(id="pliki-cookie")
    captions = [visible_text(caption) for caption in cookies.find_all("caption")]
    assert captions == [
        "Niezbędne — zawsze włączone",
        "Multimedia — tylko po wyrażeniu zgody",
    ]
    names = [visible_text(th) for th in cookies.select("tbody th")]
    expected = [str(item.name) for category in CATEGORIES for item in category.items]
    assert names == expected
    assert CONSENT_COOKIE_NAME in names
    # The reader aids (text size, contrast) keep the reader's choice in localStorage.
    assert "reader-aids" in names


def test_privacy_policy_without_an_iod_says_how_to_reach_one(client, privacy_page):
    text = visible_text(
        soup(client.get("/polityka-prywatnosci/")).find(id="inspektor-ochrony-danych").parent
    )
    assert "napisz lub zadzwoń do biblioteki" in text


def test_information_clause_attached_in_the_body(client, privacy_page):
    clause = InformationClauseFactory(
        title="Klauzula — zapisy na warsztaty", text="<p>Dane przetwarzamy w celu zapisu.</p>"
    )
    privacy_page.body = [("information_clause", clause)]
    privacy_page.save_revision().publish()
    text = visible_text(client.get("/polityka-prywatnosci/"))
    assert "Klauzula — zapisy na warsztaty" in text
    assert "Dane przetwarzamy w celu zapisu." in text

    clause.delete()
    response = client.get("/polityka-prywatnosci/")
    assert response.status_code == 200
    assert "Klauzula — zapisy na warsztaty" not in visible_text(response)

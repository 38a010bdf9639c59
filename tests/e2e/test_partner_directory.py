"""The partner directory in Chromium, with the keyboard only: filter, remove a filter, then reach
a partner page from the powiat map."""

import pytest
from playwright.sync_api import Page, expect

from partners.factories import PartnerPageFactory
from partners.models import EngagementArea
from partners.vocabularies import OrganisationType, Powiat

pytestmark = [
    pytest.mark.e2e,
    # The live server reads what the test wrote, so the data must be committed.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def tab_to(page: Page, condition: str, limit: int = 120) -> None:
    """Press Tab until `condition` (JavaScript, with `el` the focused element) holds."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(f"() => {{ const el = document.activeElement; return !!({condition}); }}"):
            return
    raise AssertionError(f"Tab never reached an element where {condition}")


@pytest.fixture
def directory(partner_index):
    education = EngagementArea.objects.get(slug="edukacja")
    partners = {
        "lck": PartnerPageFactory(
            parent=partner_index,
            title="Łobeskie Centrum Kultury",
            slug="lck",
            organisation_type=OrganisationType.LIBRARY_OR_CULTURE,
            powiat=Powiat.LOBESKI,
            areas=[education],
        ),
        "lsc": PartnerPageFactory(
            parent=partner_index,
            title="Łobeskie Stowarzyszenie Cyfrowe",
            slug="lsc",
            organisation_type=OrganisationType.NGO,
            powiat=Powiat.LOBESKI,
        ),
        "kbp": PartnerPageFactory(
            parent=partner_index,
            title="Koszalińska Biblioteka Publiczna",
            slug="kbp",
            organisation_type=OrganisationType.LIBRARY_OR_CULTURE,
            powiat=Powiat.KOSZALIN,
        ),
    }
    return partner_index, partners


def test_filter_with_the_keyboard_and_reach_a_partner_from_the_map(
    phone_page: Page, live_server, directory, external_requests
):
    partner_index, partners = directory
    page = phone_page
    page.goto(f"{live_server.url}{partner_index.url}")
    results = page.locator(".directory__results .card__link")
    expect(results).to_have_count(3)

    # Name search without Polish letters, then a type from the select, then submit: all by keys.
    tab_to(page, "el.id === 'filter-q'")
    page.keyboard.type("lobeskie")
    tab_to(page, "el.id === 'filter-typ'")
    page.keyboard.type("Bib")
    expect(page.locator("#filter-typ")).to_have_value("biblioteka-kultura")
    tab_to(page, "el.type === 'submit' && el.closest('form.filters')")
    page.keyboard.press("Enter")
    page.wait_for_url("**typ=biblioteka-kultura**")
    expect(results).to_have_text(["Łobeskie Centrum Kultury"])
    expect(page.locator(".results-count")).to_contain_text("Znaleziono 1 partnera")

    # Remove the type filter by its chip: the name search stays.
    tab_to(page, "el.classList.contains('chip') && el.textContent.includes('Rodzaj')")
    page.keyboard.press("Enter")
    page.wait_for_url(lambda url: "typ=" not in url and "q=lobeskie" in url)
    expect(results).to_have_text(["Łobeskie Centrum Kultury", "Łobeskie Stowarzyszenie Cyfrowe"])

    # The map counts what the other filters leave, and its powiats are links in the Tab order.
    koszalin = page.locator(".powiat-map a[data-powiat='koszalin']")
    expect(koszalin).to_have_attribute(
        "aria-label", "Koszalin (miasto na prawach powiatu): 0 partnerów"
    )
    tab_to(page, "el.classList.contains('chip') && el.textContent.includes('lobeskie')")
    page.keyboard.press("Enter")
    page.wait_for_url(lambda url: "q=" not in url)
    expect(koszalin).to_have_attribute(
        "aria-label", "Koszalin (miasto na prawach powiatu): 1 partner"
    )
    tab_to(page, "el.getAttribute('data-powiat') === 'koszalin'")
    outline = page.evaluate(
        "() => getComputedStyle(document.activeElement.querySelector('path')).strokeWidth"
    )
    assert float(outline.removesuffix("px")) >= 4, "the focused powiat has no visible focus"
    page.keyboard.press("Enter")
    page.wait_for_url("**powiat=koszalin**")
    expect(results).to_have_text(["Koszalińska Biblioteka Publiczna"])

    tab_to(page, "el.classList.contains('card__link')")
    page.keyboard.press("Enter")
    page.wait_for_url(f"{live_server.url}{partners['kbp'].url}")
    expect(page.locator("h1")).to_have_text("Koszalińska Biblioteka Publiczna")
    assert external_requests == []

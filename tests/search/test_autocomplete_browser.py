"""Suggestions in a real browser: typing shows them, the keyboard picks one, nothing leaves the site."""

import pytest
from playwright.sync_api import Page, expect

pytestmark = [
    pytest.mark.e2e,
    # The live server reads what the test wrote, so the data must be committed.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_suggestions_by_keyboard(phone_page: Page, live_server, sample_site, external_requests):
    partner = sample_site["partner"]
    phone_page.goto(f"{live_server.url}/szukaj/")
    box = phone_page.locator("#search-page-q")
    expect(box).to_have_attribute("role", "combobox")
    expect(box).to_have_attribute("aria-expanded", "false")

    box.press_sequentially("koszalins", delay=20)
    listbox = phone_page.get_by_role("listbox", name="Podpowiedzi")
    expect(listbox).to_be_visible()
    option = listbox.get_by_role("option").first
    expect(option).to_contain_text(partner.title)
    expect(option).to_contain_text("Partner Aliansu")
    expect(box).to_have_attribute("aria-expanded", "true")
    status = phone_page.locator(".search-form .search-suggestions__status")
    expect(status).to_contain_text("1 podpowiedź")

    box.press("ArrowDown")
    expect(option).to_have_attribute("aria-selected", "true")
    expect(box).to_have_attribute("aria-activedescendant", option.get_attribute("id"))

    box.press("Escape")
    expect(listbox).to_be_hidden()
    expect(box).to_have_attribute("aria-expanded", "false")

    box.press("ArrowDown")
    box.press("Enter")
    phone_page.wait_for_url(f"{live_server.url}{partner.url}")
    assert external_requests == []


def test_enter_without_a_highlighted_suggestion_submits_the_form(
    phone_page: Page, live_server, sample_site
):
    phone_page.goto(f"{live_server.url}/szukaj/")
    box = phone_page.locator("#search-page-q")
    box.press_sequentially("biblioteka", delay=20)
    expect(phone_page.get_by_role("listbox", name="Podpowiedzi")).to_be_visible()
    box.press("Enter")
    phone_page.wait_for_url("**/szukaj/?q=biblioteka")
    expect(phone_page.locator(".search-summary")).to_contain_text("Znaleziono")

"""An editor marks a foreign-language passage with the toolbar button in the real Draftail editor,
and the page then serves it with its `lang`."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from playwright.sync_api import Page, expect

from home.factories import StandardPageFactory
from home.models import HomePage

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PASSWORD = "dlugie-haslo-redaktora-2009"


def log_in(page: Page, live_server) -> None:
    get_user_model().objects.create_superuser("redaktor", "redaktor@example.org", PASSWORD)
    page.goto(live_server.url + reverse("wagtailadmin_login"))
    page.locator("input[name=username]").fill("redaktor")
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/admin/$"))


def test_latin_button_marks_the_selection_and_the_page_renders_lang(desktop_page, live_server):
    page = desktop_page
    article = StandardPageFactory(
        parent=HomePage.objects.get(),
        slug="motto",
        body=[{"type": "paragraph", "value": "<p>Nasze motto: Ex libris</p>"}],
    )
    log_in(page, live_server)
    page.goto(live_server.url + reverse("wagtailadmin_pages:edit", args=[article.pk]))

    editor = page.locator("[data-contents='true']").filter(has_text="Nasze motto").first
    editor.click()
    page.keyboard.press("End")
    for _ in "Ex libris":
        page.keyboard.press("Shift+ArrowLeft")
    page.get_by_role("button", name="Fragment w języku: łaciński").click()
    # Draftail writes the editor's state to the form field a moment after each change.
    expect(page.locator("input[name='body-0-value']")).to_have_value(re.compile("LANG-LA"))
    page.locator("button.action-save").first.click()
    expect(page.locator(".messages")).to_contain_text("została zaktualizowana")

    article.refresh_from_db()
    saved = article.get_latest_revision_as_object().body[0].value.source
    assert re.search(r'<span lang="la">Ex libris</span>', saved), saved

    article.get_latest_revision().publish()
    page.goto(live_server.url + article.url)
    expect(page.locator("main span[lang='la']")).to_have_text("Ex libris")

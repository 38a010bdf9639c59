"""The public pages on a 360×740 phone: nothing scrolls sideways, the skip link works, Polish."""

from io import StringIO

import pytest
from django.core.management import call_command
from playwright.sync_api import Page

from home.factories import paragraphs
from news.factories import NewsPageFactory
from news.models import NewsIndexPage, NewsPage

pytestmark = [
    pytest.mark.e2e,
    # The live server reads what the test wrote, so the data must be committed; the rollback
    # restores the homepage that migrations created for the tests that run afterwards.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PAGES = ["strona główna", "aktualności", "aktualność", "długie słowa", "katalog partnerów"]
# The longest Polish word in dictionaries; editors also paste long addresses as plain text.
LONG_WORD = "Konstantynopolitańczykowianeczka"
LONG_URL = "https://www.biblioteka.example.pl/" + "bardzo-dlugi-adres-bez-spacji-" * 4


@pytest.fixture
def site_paths() -> dict[str, str]:
    """The demo site, plus an article with words too long for a phone's width."""
    call_command("load_demo_content", "--no-admin", stdout=StringIO())
    news_index = NewsIndexPage.objects.get()
    long_words = NewsPageFactory(
        parent=news_index,
        title=f"Spotkanie autorskie: {LONG_WORD}",
        lead=f"Adres zapisów: {LONG_URL}",
        body=paragraphs(f"{LONG_WORD} {LONG_URL}"),
    )
    article = NewsPage.objects.live().exclude(pk=long_words.pk).order_by("date").first()
    return {
        "strona główna": "/",
        "aktualności": news_index.url,
        "aktualność": article.url,
        "długie słowa": long_words.url,
        "katalog partnerów": "/alians/",
    }


def open_page(page: Page, live_server, path: str) -> None:
    response = page.goto(live_server.url + path)
    assert response is not None and response.status == 200, (
        f"{path}: {response and response.status}"
    )


@pytest.mark.parametrize("name", PAGES)
def test_nothing_scrolls_sideways_on_a_phone(name, phone_page, live_server, site_paths):
    open_page(phone_page, live_server, site_paths[name])

    phone_width = phone_page.viewport_size["width"]
    layout = phone_page.evaluate(
        """(phoneWidth) => ({
            // A phone widens its layout viewport to fit content that is too wide, so innerWidth
            // grows too; 360 also proves <meta name="viewport" content="width=device-width">.
            innerWidth: window.innerWidth,
            scrollWidth: document.documentElement.scrollWidth,
            tooWide: [...document.body.querySelectorAll('*')]
                .filter((el) => el.getBoundingClientRect().right > phoneWidth + 0.5)
                .slice(0, 5)
                .map((el) => `<${el.tagName.toLowerCase()} class="${el.className}">`),
        })""",
        phone_width,
    )
    assert layout["innerWidth"] == phone_width, layout
    assert layout["scrollWidth"] <= phone_width, layout


@pytest.mark.parametrize("name", PAGES)
def test_skip_link_is_the_first_tab_stop_and_moves_focus_to_main(
    name, phone_page, live_server, site_paths
):
    open_page(phone_page, live_server, site_paths[name])

    phone_page.keyboard.press("Tab")
    focused = phone_page.evaluate(
        """() => {
            const el = document.activeElement;
            const box = el.getBoundingClientRect();
            return {tag: el.tagName, href: el.getAttribute('href'), text: el.textContent.trim(),
                    visible: box.width > 0 && box.height > 0 && box.bottom > 0
                             && box.right > 0 && box.left < window.innerWidth};
        }"""
    )
    assert focused["tag"] == "A" and focused["href"] == "#main", focused
    # A skip link that stays hidden while focused leaves a keyboard user lost (WCAG 2.4.7).
    assert focused["visible"], f"the focused skip link is not on screen: {focused}"

    phone_page.keyboard.press("Enter")
    assert phone_page.evaluate("document.activeElement.id") == "main"
    # The next Tab continues inside the content, past the header and its menu.
    phone_page.keyboard.press("Tab")
    assert phone_page.evaluate("document.activeElement.closest('#main') !== null")


@pytest.mark.parametrize("name", PAGES)
def test_page_is_in_polish_and_asks_nothing_of_other_hosts(
    name, phone_page, live_server, site_paths, external_requests
):
    open_page(phone_page, live_server, site_paths[name])
    phone_page.wait_for_load_state("networkidle")

    assert phone_page.evaluate("document.documentElement.lang") == "pl"
    assert external_requests == []

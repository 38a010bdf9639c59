"""Cookie consent in a real browser: opt-in, reject as easy as accept, embeds only after
consent, the choice changeable from the footer, keyboard use, and cacheable pages."""

from collections.abc import Iterator
from urllib.parse import unquote, urlsplit

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, Request, Route, expect

from home.factories import StandardPageFactory
from home.models import HomePage
from legal.consent import CONSENT_COOKIE_NAME
from legal.factories import PrivacyPolicyPageFactory
from tests.e2e.conftest import axe_violations, describe_violations

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

VIDEO_URL = "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
PLAYER_HOST = "www.youtube-nocookie.com"
FILM_PATH = "/film/"


@pytest.fixture
def film_page() -> str:
    home = HomePage.objects.get()
    PrivacyPolicyPageFactory(parent=home)
    StandardPageFactory(
        parent=home,
        title="Spotkanie autorskie",
        slug="film",
        body=[
            {
                "type": "embed",
                "value": {
                    "url": VIDEO_URL,
                    "title": "Nagranie spotkania autorskiego",
                    "transcript": "<p>Autorka opowiada o swojej książce.</p>",
                },
            }
        ],
    )
    return FILM_PATH


class Visitor:
    """A browser of its own (cookies, storage) that records every request it makes; requests
    to other hosts are recorded and aborted (the network here is closed anyway)."""

    def __init__(self, context: BrowserContext, own_host: str):
        self.context = context
        self.own_host = own_host
        self.external: list[str] = []
        context.route("**/*", self._route)
        self.page: Page = context.new_page()

    def _route(self, route: Route, request: Request) -> None:
        parts = urlsplit(request.url)
        if parts.scheme in {"http", "https"} and parts.netloc != self.own_host:
            self.external.append(request.url)
            route.abort()
        else:
            route.continue_()

    def cookies(self) -> dict[str, str]:
        return {cookie["name"]: unquote(cookie["value"]) for cookie in self.context.cookies()}

    def local_storage_keys(self) -> list[str]:
        return self.page.evaluate("() => Object.keys(localStorage)")

    def iframes(self) -> list[str]:
        return self.page.evaluate("() => [...document.querySelectorAll('iframe')].map(f => f.src)")


@pytest.fixture
def new_visitor(browser: Browser, live_server) -> Iterator:
    contexts: list[BrowserContext] = []
    own_host = urlsplit(live_server.url).netloc

    def make(**options) -> Visitor:
        context = browser.new_context(locale="pl-PL", **options)
        contexts.append(context)
        return Visitor(context, own_host)

    yield make
    for context in contexts:
        context.close()


def test_nothing_beyond_the_consent_record_after_reject(new_visitor, live_server, film_page):
    visitor = new_visitor()
    page = visitor.page
    page.goto(live_server.url + film_page)
    banner = page.get_by_role("region", name="Pliki cookies i materiały z innych serwisów")
    expect(banner).to_be_visible()
    # Before any choice: nothing stored, nothing requested from another host, no player.
    assert visitor.cookies() == {}
    assert visitor.local_storage_keys() == []
    assert visitor.external == []
    assert visitor.iframes() == []

    banner.get_by_role("button", name="Odrzuć").click()

    expect(banner).to_be_hidden()
    cookies = visitor.cookies()
    assert list(cookies) == [CONSENT_COOKIE_NAME]
    assert "multimedia=0" in cookies[CONSENT_COOKIE_NAME]
    assert "v=1" in cookies[CONSENT_COOKIE_NAME]
    assert visitor.local_storage_keys() == []

    page.reload()
    expect(banner).to_be_hidden()
    page.get_by_text("Ten materiał wyświetla serwis YouTube").wait_for()
    assert visitor.iframes() == []
    assert visitor.external == []
    assert list(visitor.cookies()) == [CONSENT_COOKIE_NAME]


def test_embed_loads_only_after_accepting_multimedia(new_visitor, live_server, film_page):
    visitor = new_visitor()
    page = visitor.page
    page.goto(live_server.url + film_page)
    assert visitor.iframes() == []

    with page.expect_request(lambda request: urlsplit(request.url).netloc == PLAYER_HOST):
        page.get_by_role("button", name="Akceptuj").click()

    expect(page.locator("iframe[title='Nagranie spotkania autorskiego']")).to_have_count(1)
    assert visitor.iframes() == [f"https://{PLAYER_HOST}/embed/dQw4w9WgXcQ"]
    # Only YouTube's privacy-enhanced player, never youtube.com itself.
    assert all(urlsplit(url).netloc == PLAYER_HOST for url in visitor.external)
    assert "multimedia=1" in visitor.cookies()[CONSENT_COOKIE_NAME]


def test_placeholder_button_gives_multimedia_consent(new_visitor, live_server, film_page):
    visitor = new_visitor()
    page = visitor.page
    page.goto(live_server.url + film_page)
    page.get_by_role("button", name="Pokaż materiał (wymaga zgody na multimedia)").click()
    expect(page.locator("iframe")).to_have_count(1)
    expect(
        page.get_by_role("region", name="Pliki cookies i materiały z innych serwisów")
    ).to_be_hidden()
    assert "multimedia=1" in visitor.cookies()[CONSENT_COOKIE_NAME]


def test_choice_is_changed_and_withdrawn_from_the_footer(new_visitor, live_server, film_page):
    visitor = new_visitor()
    page = visitor.page
    page.goto(live_server.url + film_page)
    page.get_by_role("button", name="Akceptuj").click()
    expect(page.locator("iframe")).to_have_count(1)

    footer_control = page.locator("footer").get_by_role("link", name="Ustawienia plików cookie")
    footer_control.click()

    banner = page.get_by_role("region", name="Pliki cookies i materiały z innych serwisów")
    expect(banner).to_be_visible()
    expect(banner).to_be_focused()
    expect(banner.get_by_role("checkbox", name="Multimedia")).to_be_checked()
    expect(banner.get_by_role("checkbox", name="Niezbędne (zawsze włączone)")).to_be_disabled()

    banner.get_by_role("button", name="Odrzuć").click()

    # Withdrawn as easily as given: one click, and the player is gone.
    expect(banner).to_be_hidden()
    expect(page.locator("iframe")).to_have_count(0)
    expect(
        page.get_by_role("button", name="Pokaż materiał (wymaga zgody na multimedia)")
    ).to_be_visible()
    assert "multimedia=0" in visitor.cookies()[CONSENT_COOKIE_NAME]
    expect(footer_control).to_be_focused()


def test_banner_is_operable_with_the_keyboard_and_traps_nothing(
    new_visitor, live_server, film_page
):
    visitor = new_visitor()
    page = visitor.page
    page.goto(live_server.url + film_page)
    banner = page.get_by_role("region", name="Pliki cookies i materiały z innych serwisów")
    expect(banner).to_be_visible()

    # The banner closes the page's tab order: one Shift+Tab from the top reaches it.
    page.keyboard.press("Shift+Tab")
    expect(banner.get_by_role("button", name="Ustawienia")).to_be_focused()
    page.keyboard.press("Enter")
    expect(banner.get_by_role("button", name="Ustawienia")).to_have_attribute(
        "aria-expanded", "true"
    )
    page.keyboard.press("Tab")
    expect(banner.get_by_role("checkbox", name="Multimedia")).to_be_focused()
    page.keyboard.press("Space")
    page.keyboard.press("Tab")
    expect(banner.get_by_role("button", name="Zapisz wybór")).to_be_focused()

    # Not a focus trap: Tab moves on past the banner's last control.
    page.keyboard.press("Tab")
    assert not page.evaluate(
        "() => document.getElementById('consent-banner').contains(document.activeElement)"
    )

    page.keyboard.press("Shift+Tab")
    expect(banner.get_by_role("button", name="Zapisz wybór")).to_be_focused()
    page.keyboard.press("Enter")
    expect(banner).to_be_hidden()
    assert "multimedia=1" in visitor.cookies()[CONSENT_COOKIE_NAME]
    expect(page.locator("iframe")).to_have_count(1)


def test_page_html_is_identical_whatever_the_consent(new_visitor, live_server, film_page):
    undecided = new_visitor()
    first = undecided.page.goto(live_server.url + film_page).body()

    consenting = new_visitor()
    consenting.page.goto(live_server.url + film_page)
    consenting.page.get_by_role("button", name="Akceptuj").click()
    assert CONSENT_COOKIE_NAME in consenting.cookies()
    second = consenting.page.goto(live_server.url + film_page).body()

    assert first == second


def test_banner_does_not_move_for_readers_who_reduce_motion(new_visitor, live_server, film_page):
    visitor = new_visitor(reduced_motion="reduce")
    visitor.page.goto(live_server.url + film_page)
    animation = visitor.page.evaluate(
        "() => getComputedStyle(document.getElementById('consent-banner')).animationName"
    )
    assert animation == "none"


@pytest.fixture
def demo_site() -> None:
    from io import StringIO

    from django.core.management import call_command

    call_command("load_demo_content", "--no-admin", stdout=StringIO())


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/deklaracja-dostepnosci/",
        "/polityka-prywatnosci/",
        "/tekst-latwy-do-czytania/",
        "/jezyk-migowy/",
    ],
)
def test_legal_pages_and_open_banner_pass_axe(new_visitor, live_server, demo_site, path):
    visitor = new_visitor()
    page = visitor.page
    page.goto(live_server.url + path)
    banner = page.get_by_role("region", name="Pliki cookies i materiały z innych serwisów")
    banner.get_by_role("button", name="Ustawienia").click()
    expect(banner.get_by_role("checkbox", name="Multimedia")).to_be_visible()
    violations = axe_violations(page)
    assert violations == [], describe_violations(violations)
    assert visitor.external == []


def test_embed_placeholder_passes_axe(new_visitor, live_server, film_page):
    visitor = new_visitor()
    page = visitor.page
    page.goto(live_server.url + film_page)
    page.get_by_role("button", name="Odrzuć").click()
    violations = axe_violations(page, within="main")
    assert violations == [], describe_violations(violations)

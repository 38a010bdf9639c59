"""Browser tests: Playwright driving Debian's Chromium against pytest-django's live server.

Never `playwright install` (it downloads a browser of its own): the tests use the system
Chromium, `apt-get install chromium`. Without it they are skipped, or fail when
REQUIRE_BROWSER_TESTS=1 (CI sets it, so a missing install cannot pass unnoticed).
"""

import asyncio
import functools
import os
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.db import connection
from playwright.sync_api import Browser, BrowserContext, Page, Request, Route
from wagtail.models import Page as WagtailPage

from core.models import LibrarySettings, NavigationSettings

CHROMIUM = Path(os.environ.get("CHROMIUM_PATH") or "/usr/bin/chromium")
# The network here is closed: without these flags Chromium keeps calling Google's hosts.
CHROMIUM_ARGS = [
    "--no-sandbox",  # CI runs as root
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PHONE = {
    "viewport": {"width": 360, "height": 740},
    "device_scale_factor": 2,
    "is_mobile": True,
    "has_touch": True,
    "locale": "pl-PL",
}
DESKTOP = {"viewport": {"width": 1280, "height": 800}, "locale": "pl-PL"}

# Sync Playwright runs an event loop in the test's thread; Django's ORM refuses to work in a thread
# with a running loop unless told that this is deliberate.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Run the tests that use the live server last, after every other database test.

    Their data must be committed, so pytest-django flushes the database after each of them, and
    only tests with serialized_rollback get the migrated data back. pytest-django orders such
    tests last, but pytest then groups the tests sharing Playwright's session-scoped browser
    parameter, which can pull them in front of ordinary database tests (e.g. when another test
    takes a parameter named `page`, Playwright's fixture name). A stable sort keeps both orders.
    """
    items.sort(key=lambda item: "live_server" in getattr(item, "fixturenames", ()))


def share_serialized_database_with_playwright() -> None:
    """Let serialized_rollback restore the migrated data while Playwright's loop is running.

    Django keeps one connection object per thread, but a separate one (context-local) while an
    asyncio loop runs in the thread — and sync Playwright leaves its loop running. The copy of the
    migrated database that serialized_rollback restores was stored on the connection that created
    the test database, before Playwright started; the connection the tests use afterwards lacks it,
    so the data would be flushed after the first browser test and never restored.
    """
    loop = asyncio._get_running_loop()
    if loop is None or hasattr(connection, "_test_serialized_contents"):
        return
    asyncio._set_running_loop(None)
    try:
        contents = getattr(connection, "_test_serialized_contents", None)
    finally:
        asyncio._set_running_loop(loop)
    if contents is not None:
        connection._test_serialized_contents = contents


@pytest.fixture(scope="session", autouse=True)
def _serialized_database_for_playwright(django_db_setup, playwright) -> None:
    # Session scope: runs before the first browser test's database setup, whose restore needs it.
    share_serialized_database_with_playwright()


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict) -> dict:
    """pytest-playwright's launch options, pointed at the system Chromium."""
    if not CHROMIUM.exists():
        reason = (
            f"Chromium not found at {CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH)"
        )
        if os.environ.get("REQUIRE_BROWSER_TESTS") == "1":
            pytest.fail(f"REQUIRE_BROWSER_TESTS=1 but {reason}", pytrace=False)
        pytest.skip(reason)
    return {
        **browser_type_launch_args,
        "executable_path": str(CHROMIUM),
        "args": [*browser_type_launch_args.get("args", []), *CHROMIUM_ARGS],
    }


class ExternalRequests(list):
    """Addresses of other hosts that a page tried to reach (they are blocked, not fetched)."""


@pytest.fixture
def external_requests() -> ExternalRequests:
    return ExternalRequests()


def _page_on_own_host(
    browser: Browser, live_server, external_requests: ExternalRequests, **context_options
) -> tuple[BrowserContext, Page]:
    """A browser context that may only talk to the live server, and a page in it."""
    own_host = urlsplit(live_server.url).netloc

    def only_own_host(route: Route, request: Request) -> None:
        parts = urlsplit(request.url)
        if parts.scheme in {"http", "https"} and parts.netloc != own_host:
            external_requests.append(request.url)
            route.abort()
        else:
            route.continue_()

    # For browser tests elsewhere that import this fixture without the autouse one above.
    share_serialized_database_with_playwright()
    context = browser.new_context(**context_options)
    context.route("**/*", only_own_host)
    return context, context.new_page()


@pytest.fixture
def phone_page(
    browser: Browser, live_server, external_requests: ExternalRequests
) -> Iterator[Page]:
    """A page in a 360×740 phone browser that may only talk to the live server."""
    context, page = _page_on_own_host(browser, live_server, external_requests, **PHONE)
    yield page
    context.close()


@pytest.fixture
def desktop_page(
    browser: Browser, live_server, external_requests: ExternalRequests
) -> Iterator[Page]:
    """A page in a 1280×800 desktop browser that may only talk to the live server."""
    context, page = _page_on_own_host(browser, live_server, external_requests, **DESKTOP)
    yield page
    context.close()


# The WCAG 2.1 A and AA rules: what the law (ustawa o dostępności cyfrowej) requires.
WCAG_21_AA_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


@functools.cache
def _axe_source() -> str:
    # The copy of axe-core inside the axe-playwright-python wheel: no network, pinned by uv.lock.
    from axe_playwright_python.base import AXE_SCRIPT

    return AXE_SCRIPT


def axe_violations(
    page: Page, tags: list[str] = WCAG_21_AA_TAGS, within: str | None = None
) -> list[dict]:
    """axe-core's violations of the WCAG 2.1 A/AA rules on the page as it is now (or only in the
    element matching the CSS selector `within`).

    page.evaluate() rather than page.add_script_tag(): a Content-Security-Policy with
    script-src 'self' (which the site should be able to adopt) would block an injected tag.
    """
    page.evaluate(_axe_source())
    options = {"runOnly": {"type": "tag", "values": tags}, "resultTypes": ["violations"]}
    return page.evaluate(
        "([context, options]) => axe.run(context || document, options).then((r) => r.violations)",
        [within, options],
    )


def describe_violations(violations: list[dict]) -> str:
    """A readable failure message: rule, impact, help and the first offending elements."""
    lines = []
    for violation in violations:
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']}")
        for node in violation["nodes"][:5]:
            lines.append(f"    {' '.join(map(str, node['target']))}: {node['failureSummary']}")
            lines.append(f"        {node['html'][:200]}")
    return "\n".join(lines)


def fill_in_library_settings() -> None:
    """What the demo leaves to editors: address, hours, OPAC and BIP links, the IOD, social links
    and a main-menu section with a submenu — so that browser tests meet every header and footer
    element a real site shows."""
    library = LibrarySettings.load()
    library.street_address = "ul. Przykładowa 1"
    library.postal_code = "72-300"
    library.phone = "+48 91 000 00 00"
    library.email = "biblioteka@example.org"
    library.opening_hours = [
        {"type": "period", "value": {"days": "poniedziałek–piątek", "hours": "9:00–18:00"}},
        {"type": "period", "value": {"days": "sobota", "hours": "nieczynne"}},
    ]
    library.catalogue_url = "https://katalog.example.org/"
    library.bip_url = "https://bip.example.org/"
    library.data_protection_officer = "Jan Kowalski"
    library.data_protection_email = "iod@example.org"
    library.social_links = [
        {"type": "link", "value": {"url": "https://www.facebook.com/", "label": "Facebook"}}
    ]
    library.footer_text = "<p>Organizatorem biblioteki jest Gmina Gryfice.</p>"
    library.save()

    navigation = NavigationSettings.load()
    pages = list(WagtailPage.objects.live().filter(depth=3).order_by("path")[:2])
    navigation.main_menu = [
        *navigation.main_menu.raw_data,
        {
            "type": "section",
            "value": {
                "label": "Dla czytelnika",
                "links": [{"page": page.pk, "url": "", "label": ""} for page in pages],
            },
        },
    ]
    navigation.save()

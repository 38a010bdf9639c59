"""Keyboard only: the skip link, every control reachable in order with a visible focus indicator,
menus that open and close from the keyboard, and no keyboard trap."""

from io import StringIO

import pytest
from django.core.management import call_command
from playwright.sync_api import Page, expect

from home.factories import StandardPageFactory
from home.models import HomePage
from news.models import NewsPage
from tests.e2e.conftest import fill_in_library_settings

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

# Elements a keyboard user can reach with Tab, in the document's order, that are rendered.
FOCUSABLE_JS = """() => {
    const selector = 'a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]),'
        + ' select:not([disabled]), textarea:not([disabled]), summary, [tabindex]';
    return [...document.querySelectorAll(selector)]
        .filter((el) => el.tabIndex >= 0 && el.getClientRects().length > 0
                        && getComputedStyle(el).visibility !== 'hidden')
        .map((el, index) => { el.dataset.keyboardTest = String(index); return index; });
}"""

# The focus ring: outline and box-shadow of the element and of its nearest ancestors (a card
# shows the focus of its title link around the whole card).
FOCUS_RINGS_JS = """(el) => {
    const rings = [];
    for (let node = el; node && rings.length < 4; node = node.parentElement) {
        const s = getComputedStyle(node);
        const outline = s.outlineStyle === 'none' || parseFloat(s.outlineWidth) === 0
            ? 'none' : `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`;
        rings.push({outline, boxShadow: s.boxShadow});
    }
    return rings;
}"""


def has_visible_focus_ring(before: list[dict], after: list[dict]) -> bool:
    """Whether focusing drew an outline or a ring (a box-shadow) that was not there before."""
    return any(
        ring_after != ring_before
        and (ring_after["outline"] != "none" or ring_after["boxShadow"] != "none")
        for ring_before, ring_after in zip(before, after, strict=True)
    )


@pytest.fixture
def paths() -> dict[str, str]:
    call_command("load_demo_content", "--no-admin", stdout=StringIO())
    fill_in_library_settings()
    standard = StandardPageFactory(
        parent=HomePage.objects.get(),
        slug="pytania",
        body=[
            {
                "type": "paragraph",
                "value": '<p>Zobacz <a href="https://www.gryfice.eu/">serwis gminy</a>.</p>',
            },
            {
                "type": "accordion",
                "value": {
                    "heading": "Najczęstsze pytania",
                    "items": [{"title": "Ile kosztuje karta?", "content": "<p>Nic.</p>"}],
                },
            },
        ],
    )
    return {
        "home": "/",
        "article": NewsPage.objects.live().order_by("date").first().url,
        "news": "/aktualnosci/",
        "alliance": "/alians/",
        "standard": standard.url,
        "search": "/szukaj/?q=biblioteka",
    }


def open_page(page: Page, live_server, path: str) -> None:
    response = page.goto(live_server.url + path)
    assert response is not None and response.status == 200
    page.wait_for_load_state("networkidle")


def focused_marker(page: Page) -> str | None:
    return page.evaluate("document.activeElement.dataset.keyboardTest ?? null")


def describe_focused(page: Page) -> str:
    return page.evaluate(
        "(() => { const el = document.activeElement;"
        " return `<${el.tagName.toLowerCase()}> ${(el.textContent || el.name || '').trim().slice(0, 40)}`; })()"
    )


def test_skip_link_moves_focus_to_main_content(desktop_page, live_server, paths):
    page = desktop_page
    open_page(page, live_server, paths["article"])

    page.keyboard.press("Tab")
    skip_link = page.get_by_role("link", name="Przejdź do treści")
    expect(skip_link).to_be_focused()
    expect(skip_link).to_be_in_viewport()
    page.keyboard.press("Enter")

    expect(page.locator("main")).to_be_focused()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('main') !== null"), describe_focused(page)


@pytest.mark.parametrize("name", ["home", "article", "news", "alliance", "standard", "search"])
def test_tab_reaches_every_control_in_order_with_a_visible_focus(
    name, desktop_page, live_server, paths
):
    page = desktop_page
    open_page(page, live_server, paths[name])
    markers = page.evaluate(FOCUSABLE_JS)
    assert len(markers) > 10

    unfocused = {
        str(marker): page.locator(f"[data-keyboard-test='{marker}']").evaluate(FOCUS_RINGS_JS)
        for marker in markers
    }
    reached = []
    without_focus_ring = []
    for _ in markers:
        page.keyboard.press("Tab")
        marker = focused_marker(page)
        reached.append(marker)
        if marker is None:
            continue
        rings = page.locator(f"[data-keyboard-test='{marker}']").evaluate(FOCUS_RINGS_JS)
        if not has_visible_focus_ring(unfocused[marker], rings):
            without_focus_ring.append(describe_focused(page))

    assert reached == [str(marker) for marker in markers]
    assert without_focus_ring == []


def test_no_keyboard_trap_tab_leaves_the_page_and_shift_tab_comes_back(
    desktop_page, live_server, paths
):
    page = desktop_page
    open_page(page, live_server, paths["standard"])
    markers = page.evaluate(FOCUSABLE_JS)

    for _ in markers:
        page.keyboard.press("Tab")
    assert focused_marker(page) == str(markers[-1])
    page.keyboard.press("Tab")
    # Past the last control the focus leaves the document, back to the browser.
    assert page.evaluate("document.activeElement === document.body || !document.hasFocus()")

    page.keyboard.press("Shift+Tab")
    assert focused_marker(page) == str(markers[-1])
    for _ in markers[:-1]:
        page.keyboard.press("Shift+Tab")
    assert focused_marker(page) == str(markers[0])


def test_submenu_opens_and_closes_from_the_keyboard(desktop_page, live_server, paths):
    page = desktop_page
    open_page(page, live_server, paths["home"])
    section = page.get_by_role("button", name="Dla czytelnika")
    first_link = page.locator("#main-nav .main-nav__sublist a").first
    section.focus()

    page.keyboard.press("Enter")
    expect(section).to_have_attribute("aria-expanded", "true")
    expect(first_link).to_be_visible()
    page.keyboard.press("Tab")
    expect(first_link).to_be_focused()

    page.keyboard.press("Escape")
    expect(section).to_have_attribute("aria-expanded", "false")
    expect(first_link).to_be_hidden()
    expect(section).to_be_focused()

    page.keyboard.press("Space")
    expect(section).to_have_attribute("aria-expanded", "true")
    page.keyboard.press("Space")
    expect(section).to_have_attribute("aria-expanded", "false")


def test_phone_menu_opens_and_closes_from_the_keyboard(phone_page, live_server, paths):
    page = phone_page
    open_page(page, live_server, paths["home"])
    toggle = page.get_by_role("button", name="Menu")
    first_link = page.locator("#main-nav a").first
    expect(first_link).to_be_hidden()
    toggle.focus()

    page.keyboard.press("Enter")
    expect(toggle).to_have_attribute("aria-expanded", "true")
    expect(first_link).to_be_visible()
    page.keyboard.press("Tab")
    expect(first_link).to_be_focused()

    page.keyboard.press("Escape")
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(first_link).to_be_hidden()
    expect(toggle).to_be_focused()

    page.keyboard.press("Space")
    expect(toggle).to_have_attribute("aria-expanded", "true")
    page.keyboard.press("Space")
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(toggle).to_be_focused()


def test_reader_aids_work_from_the_keyboard(desktop_page, live_server, paths):
    page = desktop_page
    open_page(page, live_server, paths["home"])
    larger = page.get_by_role("button", name="A+ (tekst większy)")
    larger.focus()

    page.keyboard.press("Enter")
    expect(larger).to_have_attribute("aria-pressed", "true")
    contrast = page.get_by_role("button", name="Wysoki kontrast")
    contrast.focus()
    page.keyboard.press("Space")
    expect(contrast).to_have_attribute("aria-pressed", "true")

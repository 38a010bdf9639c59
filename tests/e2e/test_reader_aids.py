"""Text size and contrast controls: they work, survive navigation, use no cookie, and the site
follows the system's prefers-contrast, prefers-color-scheme and prefers-reduced-motion."""

from io import StringIO

import pytest
from django.core.management import call_command
from playwright.sync_api import Page, expect

from home.factories import StandardPageFactory
from home.models import HomePage
from news.models import NewsPage
from tests.e2e.conftest import axe_violations, describe_violations

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def paths() -> dict[str, str]:
    call_command("load_demo_content", "--no-admin", stdout=StringIO())
    article = NewsPage.objects.live().order_by("date").first()
    return {"home": "/", "article": article.url, "alliance": "/alians/"}


def open_page(page: Page, live_server, path: str) -> None:
    response = page.goto(live_server.url + path)
    assert response is not None and response.status == 200


def root_font_size(page: Page) -> float:
    return page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)")


def body_colours(page: Page) -> dict[str, str]:
    return page.evaluate(
        "() => { const s = getComputedStyle(document.body);"
        " return {text: s.color, background: s.backgroundColor}; }"
    )


def pressed(page: Page, name: str) -> str | None:
    return page.get_by_role("button", name=name).get_attribute("aria-pressed")


def test_larger_text_is_kept_on_the_next_page_without_a_cookie(desktop_page, live_server, paths):
    page = desktop_page
    open_page(page, live_server, paths["home"])
    standard = root_font_size(page)
    assert pressed(page, "A (tekst standardowy)") == "true"

    page.get_by_role("button", name="A++ (tekst największy)").click()

    assert root_font_size(page) == pytest.approx(standard * 1.375)
    assert pressed(page, "A++ (tekst największy)") == "true"
    assert pressed(page, "A (tekst standardowy)") == "false"

    open_page(page, live_server, paths["article"])
    assert root_font_size(page) == pytest.approx(standard * 1.375)
    assert pressed(page, "A++ (tekst największy)") == "true"
    assert page.context.cookies() == []

    page.get_by_role("button", name="A (tekst standardowy)").click()
    open_page(page, live_server, paths["home"])
    assert root_font_size(page) == pytest.approx(standard)


def test_high_contrast_is_kept_on_the_next_page_and_can_be_switched_off(
    desktop_page, live_server, paths
):
    page = desktop_page
    open_page(page, live_server, paths["home"])
    default_colours = body_colours(page)
    assert pressed(page, "Wysoki kontrast") == "false"

    page.get_by_role("button", name="Wysoki kontrast").click()

    high = {"text": "rgb(0, 0, 0)", "background": "rgb(255, 255, 255)"}
    assert body_colours(page) == high
    assert pressed(page, "Wysoki kontrast") == "true"
    open_page(page, live_server, paths["alliance"])
    assert body_colours(page) == high
    assert pressed(page, "Wysoki kontrast") == "true"
    assert page.context.cookies() == []

    page.get_by_role("button", name="Wysoki kontrast").click()
    open_page(page, live_server, paths["home"])
    assert body_colours(page) == default_colours
    assert pressed(page, "Wysoki kontrast") == "false"


def test_saved_choice_is_applied_by_the_blocking_script_before_the_page_script_runs(
    desktop_page, live_server, paths
):
    """reader-aids-init.js, not the module that runs after parsing, applies the saved choice:
    with the module blocked the page still shows large text in high contrast."""
    page = desktop_page
    open_page(page, live_server, paths["home"])
    page.evaluate(
        "localStorage.setItem('reader-aids', JSON.stringify({textSize: 2, contrast: 'more'}))"
    )
    page.route("**/js/reader-aids.js", lambda route: route.abort())

    open_page(page, live_server, paths["article"])

    classes = page.evaluate("document.documentElement.className")
    assert "text-size-2" in classes and "contrast-more" in classes
    head_script = page.locator("head script[src*='reader-aids-init']")
    assert head_script.count() == 1
    # A blocking classic script: not a module, not deferred, not async.
    assert head_script.evaluate("(s) => [s.type, s.defer, s.async]") == ["", False, False]


def test_broken_saved_value_is_ignored(desktop_page, live_server, paths):
    page = desktop_page
    open_page(page, live_server, paths["home"])
    page.evaluate("localStorage.setItem('reader-aids', '{nie-json')")

    open_page(page, live_server, paths["article"])

    assert pressed(page, "A (tekst standardowy)") == "true"
    assert pressed(page, "Wysoki kontrast") == "false"


def test_system_high_contrast_is_followed_until_the_reader_switches_it_off(
    desktop_page, live_server, paths
):
    page = desktop_page
    page.emulate_media(contrast="more")
    open_page(page, live_server, paths["home"])

    assert body_colours(page)["background"] == "rgb(255, 255, 255)"
    assert pressed(page, "Wysoki kontrast") == "true"

    page.get_by_role("button", name="Wysoki kontrast").click()
    open_page(page, live_server, paths["article"])

    assert body_colours(page)["background"] != "rgb(255, 255, 255)"
    assert pressed(page, "Wysoki kontrast") == "false"


def test_dark_system_scheme_gives_a_dark_page(desktop_page, live_server, paths):
    page = desktop_page
    page.emulate_media(color_scheme="dark")
    open_page(page, live_server, paths["home"])

    luminance = page.evaluate(
        "() => { const [r, g, b] = getComputedStyle(document.body).backgroundColor"
        ".match(/\\d+/g).map(Number); return (r + g + b) / 3; }"
    )
    assert luminance < 40


def test_reduced_motion_turns_transitions_off(desktop_page, live_server, paths):
    page = desktop_page
    page.emulate_media(reduced_motion="reduce")
    open_page(page, live_server, paths["home"])

    durations = page.evaluate(
        "() => [...document.querySelectorAll('a, button')]"
        ".map((el) => parseFloat(getComputedStyle(el).transitionDuration) || 0)"
    )
    assert max(durations) <= 0.001


def test_controls_are_hidden_without_javascript(browser, live_server, paths):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    try:
        open_page(page, live_server, paths["home"])
        expect(page.get_by_role("button", name="Wysoki kontrast")).to_have_count(0)
    finally:
        context.close()


MODES = {
    "ciemny motyw systemu": {"color_scheme": "dark"},
    "wysoki kontrast systemu": {"contrast": "more"},
    "ciemny motyw i wysoki kontrast": {"color_scheme": "dark", "contrast": "more"},
}


@pytest.fixture
def rich_page_path(paths) -> str:
    """A page with links, a table, a quote and a call to action: most colour pairings."""
    page = StandardPageFactory(
        parent=HomePage.objects.get(),
        slug="kolory",
        body=[
            {
                "type": "paragraph",
                "value": '<p>Tekst z <a href="https://example.org/">linkiem</a>.</p>',
            },
            {"type": "quote", "value": {"quote": "Cytat.", "attribution": "Autor"}},
            {
                "type": "call_to_action",
                "value": {
                    "heading": "Zapisz się",
                    "text": "Zapraszamy.",
                    "link": {"url": "https://example.org/", "label": "Jak się zapisać"},
                },
            },
        ],
    )
    return page.url


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("path_name", ["home", "article", "alliance", "rich"])
def test_every_colour_mode_keeps_wcag_contrast(
    mode, path_name, desktop_page, live_server, paths, rich_page_path
):
    page = desktop_page
    page.emulate_media(**MODES[mode])
    open_page(page, live_server, rich_page_path if path_name == "rich" else paths[path_name])
    page.wait_for_load_state("networkidle")

    violations = axe_violations(page)

    assert violations == [], describe_violations(violations)


def test_largest_text_on_a_phone_has_no_violations_and_no_sideways_scroll(
    phone_page, live_server, paths
):
    page = phone_page
    open_page(page, live_server, paths["home"])
    page.get_by_role("button", name="A++ (tekst największy)").click()
    open_page(page, live_server, paths["article"])

    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    violations = axe_violations(page)
    assert violations == [], describe_violations(violations)

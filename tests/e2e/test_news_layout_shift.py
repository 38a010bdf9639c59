"""The news index does not jump while its pictures load: every <img> declares its size, and the
browser measures no layout shift (CLS) from the first paint until the last picture arrives."""

import datetime
import time
from urllib.parse import unquote, urlsplit

import pytest
from django.conf import settings
from django.core.files.storage import default_storage
from playwright.sync_api import Page, Route

from images.factories import CustomImageFactory
from news.factories import NewsIndexPageFactory, NewsPageFactory
from news.models import NewsIndexPage

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

# Pictures arrive well after the text, as on a slow phone connection: any element that has no
# reserved room for its picture would push the text down when it arrives.
IMAGE_DELAY_SECONDS = 0.4

TOTAL_LAYOUT_SHIFT = """() => new Promise((resolve) => {
    let total = 0;
    new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
            if (!entry.hadRecentInput) total += entry.value;
        }
    }).observe({type: "layout-shift", buffered: true});
    setTimeout(() => resolve(total), 300);
})"""


@pytest.fixture
def news_index_path() -> str:
    from home.models import HomePage

    home = HomePage.objects.get()
    news_index = NewsIndexPage.objects.first() or NewsIndexPageFactory(parent=home)
    # Pictures of different shapes: landscape, portrait, square, panorama.
    sizes = [(1600, 900), (600, 900), (800, 800), (2400, 600)]
    for n in range(12):
        width, height = sizes[n % len(sizes)]
        NewsPageFactory(
            parent=news_index,
            title=f"Wydarzenie w bibliotece nr {n}",
            slug=f"wydarzenie-{n}",
            date=datetime.date(2025, 1, 1) + datetime.timedelta(days=n),
            featured_image=CustomImageFactory(file__width=width, file__height=height),
        )
    return news_index.url


def serve_media_slowly(page: Page) -> list[str]:
    """Serve uploaded images (kept in the tests' in-memory storage) late; returns their paths."""
    served: list[str] = []

    def handle(route: Route) -> None:
        name = unquote(urlsplit(route.request.url).path).removeprefix(settings.MEDIA_URL)
        if not default_storage.exists(name):
            route.fulfill(status=404)
            return
        with default_storage.open(name) as file:
            body = file.read()
        time.sleep(IMAGE_DELAY_SECONDS)
        served.append(name)
        content_type = {"avif": "image/avif", "webp": "image/webp"}.get(
            name.rsplit(".", 1)[-1], "image/jpeg"
        )
        route.fulfill(status=200, body=body, headers={"Content-Type": content_type})

    page.route(f"**{settings.MEDIA_URL}**", handle)
    return served


@pytest.mark.parametrize("viewport", [(360, 740), (1280, 800)], ids=["phone", "desktop"])
def test_pictures_on_the_news_index_cause_no_layout_shift(
    phone_page, live_server, news_index_path, viewport
):
    width, height = viewport
    phone_page.set_viewport_size({"width": width, "height": height})
    served = serve_media_slowly(phone_page)

    response = phone_page.goto(live_server.url + news_index_path)
    assert response is not None and response.status == 200

    images = phone_page.locator("main img")
    assert images.count() == 12
    for index in range(images.count()):
        image = images.nth(index)
        assert image.get_attribute("width") and image.get_attribute("height"), (
            f"picture {index} has no width/height"
        )
    # Below the fold pictures wait for the reader: scroll down step by step, as a reader would.
    page_height = phone_page.evaluate("document.documentElement.scrollHeight")
    for offset in range(0, page_height + height, height // 2):
        phone_page.evaluate(f"window.scrollTo(0, {offset})")
        phone_page.wait_for_timeout(50)
    phone_page.wait_for_function(
        "Array.from(document.querySelectorAll('main img')).every(i => i.complete && i.naturalWidth > 0)",
        timeout=15000,
    )

    assert len(served) >= 12, "the pictures were not loaded"
    assert phone_page.evaluate(TOTAL_LAYOUT_SHIFT) < 0.01


def test_only_pictures_below_the_fold_load_lazily(phone_page, live_server, news_index_path):
    phone_page.goto(live_server.url + news_index_path)

    loading = phone_page.locator("main img").evaluate_all("(images) => images.map(i => i.loading)")

    # The first card's picture is above the fold on every screen: it loads at once.
    assert loading[0] != "lazy"
    assert all(value == "lazy" for value in loading[3:])

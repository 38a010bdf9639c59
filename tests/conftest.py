"""Fixtures shared by the whole suite: the migrated site and its top-level sections.

pytest-django adds `client`, `admin_client` (a logged-in superuser: enough for every Wagtail
admin view), `admin_user`, `settings` and `django_assert_max_num_queries`; reading helpers for
rendered pages are in `tests/helpers.py`.
"""

import datetime
import itertools
from collections.abc import Callable

import pytest
from django.core.cache import cache
from django.test import TestCase, TransactionTestCase
from wagtail.models import Site

from home.models import HomePage
from images.factories import CustomImageFactory
from news.factories import NewsCategoryFactory, NewsIndexPageFactory, NewsPageFactory
from news.models import NewsIndexPage
from partners.factories import PartnerIndexPageFactory, PartnerPageFactory
from partners.models import EngagementArea, PartnerIndexPage
from partners.vocabularies import OrganisationType, Powiat


def _empties_the_database(item: pytest.Item) -> bool:
    """Whether the test commits to the database and flushes it afterwards (live_server tests)."""
    test_class = getattr(item, "cls", None)
    if test_class is not None and issubclass(test_class, TransactionTestCase):
        return not issubclass(test_class, TestCase)
    marker = item.get_closest_marker("django_db")
    if marker and (marker.kwargs.get("transaction") or marker.kwargs.get("reset_sequences")):
        return True
    return bool({"transactional_db", "live_server"} & set(getattr(item, "fixturenames", ())))


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # A transactional test ends by flushing every table, the migrated homepage and site
    # included, so it must run after all other database tests. pytest-django orders them so,
    # but pytest then regroups tests around parametrized fixtures (the browser tests'
    # `browser_name`) and can leave database tests behind them.
    items.sort(key=_empties_the_database)


@pytest.fixture(autouse=True)
def _fresh_cache():
    # Wagtail keeps site root paths in the cache, and the cache outlives the rolled-back
    # transaction of a test: without this a test could route with another test's pages.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def site(db) -> Site:
    """The default site the data migration created."""
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def home_page(site: Site) -> HomePage:
    """The homepage the data migration put at the site root."""
    return site.root_page.specific


@pytest.fixture
def news_index(home_page: HomePage) -> NewsIndexPage:
    return NewsIndexPageFactory(parent=home_page)


@pytest.fixture
def partner_index(home_page: HomePage) -> PartnerIndexPage:
    return PartnerIndexPageFactory(parent=home_page)


@pytest.fixture
def add_news(news_index: NewsIndexPage) -> Callable[[int], None]:
    """Adds `count` published news the way real ones look on cards: a featured image,
    categories and tags. Dates go forward, so each call's news are the newest."""
    categories = [NewsCategoryFactory(name=name) for name in ("Alians", "Wydarzenia", "Dzieci")]
    counter = itertools.count()

    def add(count: int) -> None:
        for _ in range(count):
            n = next(counter)
            news = NewsPageFactory(
                parent=news_index,
                slug=f"wiadomosc-{n}",
                featured_image=CustomImageFactory(),
                date=datetime.date(2020, 1, 1) + datetime.timedelta(days=n),
            )
            news.categories.set(categories[n % 3 :])
            news.tags.add(f"temat-{n}", "biblioteka")
            news.save()

    return add


@pytest.fixture
def add_partners(partner_index: PartnerIndexPage) -> Callable[[int], None]:
    """Adds `count` published partners with a logo and areas of engagement; every other one is
    a university (`?typ=uczelnia`), all in powiat gryficki."""
    areas = [
        EngagementArea.objects.get_or_create(slug=slug, defaults={"name": name})[0]
        for slug, name in (("edukacja", "edukacja"), ("e-administracja", "e-administracja"))
    ]
    counter = itertools.count()

    def add(count: int) -> None:
        for _ in range(count):
            n = next(counter)
            PartnerPageFactory(
                parent=partner_index,
                slug=f"partner-{n}",
                logo=CustomImageFactory(),
                areas=areas[n % 2 :],
                organisation_type=(OrganisationType.NGO, OrganisationType.UNIVERSITY)[n % 2],
                powiat=Powiat.GRYFICKI,
            )

    return add

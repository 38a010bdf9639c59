"""The factories build the demo content and the tests' data: their pages must look like an
editor's, Polish slugs included."""

import pytest

from home.factories import StandardPageFactory
from news.factories import NewsCategoryFactory, NewsPageFactory
from partners.factories import PartnerPageFactory

pytestmark = pytest.mark.django_db


def test_page_factories_transliterate_polish_titles(home_page, news_index, partner_index):
    title = "Urząd Marszałkowski Województwa Zachodniopomorskiego"

    pages = [
        StandardPageFactory(parent=home_page, title=title),
        NewsPageFactory(parent=news_index, title=title),
        PartnerPageFactory(parent=partner_index, title=title),
    ]

    assert [page.slug for page in pages] == [
        "urzad-marszalkowski-wojewodztwa-zachodniopomorskiego"
    ] * 3


def test_category_factory_transliterates_polish_names():
    assert NewsCategoryFactory(name="Łobez i okolice").slug == "lobez-i-okolice"

"""Fixtures of the newsroom tests: news sorted into categories, tags and years, and a fast way to
add a thousand of them."""

import datetime
from dataclasses import dataclass, field

import pytest

from demo.synthetic import add_synthetic_news
from images.factories import CustomImageFactory
from news.factories import NewsCategoryFactory, NewsPageFactory
from news.models import NewsCategory, NewsIndexPage, NewsPage


@dataclass
class Newsroom:
    """Published news spread over categories, tags and years, each list newest first."""

    events: NewsCategory
    alliance: NewsCategory
    children: NewsCategory
    by_category: dict[str, list[NewsPage]] = field(default_factory=dict)
    by_year: dict[int, list[NewsPage]] = field(default_factory=dict)
    tagged_reading: list[NewsPage] = field(default_factory=list)
    all: list[NewsPage] = field(default_factory=list)


@pytest.fixture
def newsroom(news_index: NewsIndexPage) -> Newsroom:
    """30 news 20 days apart from June 2009: 15 „Wydarzenia” (2009 and 2010), 15 „Alians” (2010
    and 2011); every third one is tagged „czytanie”. „Dla dzieci” has none."""
    room = Newsroom(
        events=NewsCategoryFactory(name="Wydarzenia", sort_order=0),
        alliance=NewsCategoryFactory(name="Alians", sort_order=1),
        children=NewsCategoryFactory(name="Dla dzieci", sort_order=2),
    )
    start = datetime.date(2009, 6, 1)
    for n in range(30):
        category = room.events if n < 15 else room.alliance
        news = NewsPageFactory(
            parent=news_index,
            title=f"Wiadomość {n:02d}",
            slug=f"wiadomosc-{n:02d}",
            date=start + datetime.timedelta(days=20 * n),
        )
        news.categories.set([category])
        if n % 3 == 0:
            news.tags.add("czytanie")
        news.tags.add("biblioteka")
        news.save()
        room.all.append(news)
        room.by_category.setdefault(category.slug, []).append(news)
        room.by_year.setdefault(news.date.year, []).append(news)
        if n % 3 == 0:
            room.tagged_reading.append(news)
    for news_list in [
        room.all,
        room.tagged_reading,
        *room.by_category.values(),
        *room.by_year.values(),
    ]:
        news_list.sort(key=lambda page: page.date, reverse=True)
    return room


@pytest.fixture
def add_many_news(news_index: NewsIndexPage):
    """Adds `count` published news in bulk (as the benchmarks do: about 2 ms each) in three
    categories, with tags and dates spread over 2009–2026; the newest ones get pictures, so that
    the cards on the first pages show images."""
    categories = [
        NewsCategoryFactory(name=name, sort_order=position)
        for position, name in enumerate(["Wydarzenia", "Alians", "Dla dzieci"])
    ]

    def add(count: int, with_pictures: int = 30) -> list[NewsCategory]:
        add_synthetic_news(news_index, count)
        newest = NewsPage.objects.child_of(news_index).order_by("-date", "-pk")[:with_pictures]
        for news in newest:
            NewsPage.objects.filter(pk=news.pk).update(featured_image=CustomImageFactory())
        return categories

    return add

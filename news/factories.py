import datetime

import factory

from core.factories import BasePageFactory
from home.factories import paragraphs

from .models import NewsCategory, NewsIndexPage, NewsPage


class NewsCategoryFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Kategoria {n}")

    class Meta:
        model = NewsCategory
        django_get_or_create = ("name",)


class NewsIndexPageFactory(BasePageFactory):
    title = "Aktualności"
    slug = "aktualnosci"

    class Meta:
        model = NewsIndexPage


class NewsPageFactory(BasePageFactory):
    title = factory.Sequence(lambda n: f"Wiadomość z biblioteki nr {n}")
    date = factory.Sequence(lambda n: datetime.date(2024, 1, 1) + datetime.timedelta(days=n))
    lead = "Krótkie streszczenie wiadomości."
    body = factory.LazyFunction(lambda: paragraphs("Pełna treść wiadomości."))

    class Meta:
        model = NewsPage

import factory
import wagtail_factories

from .text import polish_slugify


class BasePageFactory(wagtail_factories.PageFactory):
    """wagtail-factories slugifies with Django's slugify, which drops "ł"; transliterate instead."""

    slug = factory.LazyAttribute(lambda page: polish_slugify(page.title))

    class Meta:
        abstract = True

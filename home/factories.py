import factory

from core.factories import BasePageFactory

from .models import HomePage, StandardPage


def paragraphs(*texts: str) -> list[dict]:
    """A StreamField body of paragraph blocks, in the raw form Wagtail stores."""
    return [{"type": "paragraph", "value": f"<p>{text}</p>"} for text in texts]


class HomePageFactory(BasePageFactory):
    title = "Miejska Biblioteka Publiczna w Gryficach"
    hero_heading = "Miejska Biblioteka Publiczna im. Zbigniewa Załuskiego w Gryficach"
    hero_lead = "Książki, wydarzenia i Internet dla wszystkich mieszkańców."

    class Meta:
        model = HomePage


class StandardPageFactory(BasePageFactory):
    title = factory.Sequence(lambda n: f"Strona informacyjna {n}")
    intro = "<p>Informacje dla czytelników.</p>"
    body = factory.LazyFunction(lambda: paragraphs("Treść strony informacyjnej."))

    class Meta:
        model = StandardPage

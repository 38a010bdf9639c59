import datetime

import factory
from wagtail_factories import DocumentFactory

from core.factories import BasePageFactory

from .models import (
    AccessibilityStatementPage,
    EasyReadPage,
    InformationClause,
    PrivacyPolicyPage,
    SignLanguagePage,
)


class AccessibilityStatementPageFactory(BasePageFactory):
    title = "Deklaracja dostępności"
    slug = "deklaracja-dostepnosci"
    entity_name = "Miejska Biblioteka Publiczna im. Zbigniewa Załuskiego w Gryficach"
    site_publication_date = datetime.date(2026, 1, 15)
    site_update_date = datetime.date(2026, 6, 1)
    status = "czesciowo-zgodna"
    non_accessible_content = factory.LazyFunction(
        lambda: [
            {
                "type": "item",
                "value": {
                    "content": "Skany archiwalnych dokumentów w PDF nie mają warstwy tekstowej.",
                    "reason": "niezgodnosc",
                    "explanation": "Dokumenty zeskanowano przed 2018 r.",
                    "alternative": "Na prośbę prześlemy treść dokumentu e-mailem.",
                },
            }
        ]
    )
    preparation_date = datetime.date(2026, 1, 15)
    review_date = datetime.date(2026, 3, 20)
    assessment_method = "samoocena"
    contact_person = "Anna Kowalska"
    contact_email = "dostepnosc@example.org"
    contact_phone = "+48 91 000 00 00"

    class Meta:
        model = AccessibilityStatementPage


class EasyReadPageFactory(BasePageFactory):
    title = "Tekst łatwy do czytania"
    slug = "tekst-latwy-do-czytania"
    intro = "Tu przeczytasz o bibliotece."
    body = factory.LazyFunction(
        lambda: [
            {"type": "heading", "value": "Co robimy"},
            {"type": "paragraph", "value": "Wypożyczamy książki. Karta jest za darmo."},
        ]
    )

    class Meta:
        model = EasyReadPage


class SignLanguagePageFactory(BasePageFactory):
    title = "Informacja w polskim języku migowym"
    slug = "jezyk-migowy"
    transcript = "<p>Biblioteka wypożycza książki. Karta biblioteczna jest bezpłatna.</p>"

    class Meta:
        model = SignLanguagePage


class PrivacyPolicyPageFactory(BasePageFactory):
    title = "Polityka prywatności"
    slug = "polityka-prywatnosci"
    intro = "<p>Jak przetwarzamy dane osobowe.</p>"

    class Meta:
        model = PrivacyPolicyPage


class InformationClauseFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Klauzula informacyjna {n}")
    text = "<p>Administratorem danych jest biblioteka.</p>"

    class Meta:
        model = InformationClause


__all__ = [
    "AccessibilityStatementPageFactory",
    "DocumentFactory",
    "EasyReadPageFactory",
    "InformationClauseFactory",
    "PrivacyPolicyPageFactory",
    "SignLanguagePageFactory",
]

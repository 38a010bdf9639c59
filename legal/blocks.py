"""Blocks of the legal and accessibility pages: the declaration's structured lists, easy-to-read
text, and the RODO information clause editors attach next to forms."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from core.blocks import BodyBlock


class NonAccessibleReason(blocks.ChoiceBlock):
    """Why content is not accessible — the three grounds the act (art. 8) allows to declare."""

    def __init__(self, **kwargs):
        kwargs.setdefault(
            "choices",
            [
                ("niezgodnosc", _("niezgodność z wymaganiami")),
                ("wylaczenie", _("wyłączenie z ustawy (art. 3 ust. 2)")),
                ("obciazenie", _("nieproporcjonalne obciążenie (art. 8)")),
            ],
        )
        kwargs.setdefault("default", "niezgodnosc")
        super().__init__(**kwargs)


class NonAccessibleContentBlock(blocks.StructBlock):
    content = blocks.CharBlock(
        max_length=300,
        label=_("Co jest niedostępne"),
        help_text=_("Np. „Skany archiwalnych gazetek w PDF nie mają warstwy tekstowej”."),
    )
    reason = NonAccessibleReason(label=_("Powód"))
    explanation = blocks.TextBlock(
        required=False,
        label=_("Wyjaśnienie"),
        help_text=_("Dlaczego tak jest i kiedy planujemy to poprawić."),
    )
    alternative = blocks.TextBlock(
        required=False,
        label=_("Dostęp alternatywny"),
        help_text=_("Jak mimo to uzyskać te informacje, np. „prześlemy treść e-mailem”."),
    )

    class Meta:
        icon = "warning"
        template = "legal/blocks/non_accessible_content_block.html"
        label = _("Treść niedostępna")
        description = _("Jeden element, który nie jest dostępny, z powodem i alternatywą")


class BuildingBlock(blocks.StructBlock):
    name = blocks.CharBlock(max_length=200, label=_("Nazwa budynku lub filii"))
    address = blocks.CharBlock(max_length=200, required=False, label=_("Adres"))
    description = blocks.RichTextBlock(
        features=["bold", "italic", "link", "ul", "ol"],
        label=_("Opis dostępności"),
        help_text=_(
            "Wejścia i podjazdy, windy, schody, toalety, miejsca parkingowe dla osób "
            "z niepełnosprawnościami, pętla indukcyjna, wejście z psem asystującym, "
            "możliwość skorzystania z tłumacza języka migowego."
        ),
    )

    class Meta:
        icon = "home"
        template = "legal/blocks/building_block.html"
        label = _("Budynek")
        description = _("Dostępność architektoniczna jednego budynku")


class MobileAppBlock(blocks.StructBlock):
    name = blocks.CharBlock(max_length=200, label=_("Nazwa aplikacji"))
    url = blocks.URLBlock(label=_("Adres do pobrania"))
    statement_url = blocks.URLBlock(
        required=False, label=_("Adres deklaracji dostępności aplikacji")
    )

    class Meta:
        icon = "mobile-alt"
        template = "legal/blocks/mobile_app_block.html"
        label = _("Aplikacja mobilna")


class EasyReadImageBlock(blocks.StructBlock):
    """A picture that explains the sentence next to it: easy-to-read text always has a caption."""

    image = ImageBlock(label=_("Obraz"))
    caption = blocks.CharBlock(
        max_length=200,
        label=_("Podpis"),
        help_text=_("Jedno krótkie zdanie: co jest na obrazku."),
    )

    class Meta:
        icon = "image"
        template = "blocks/captioned_image_block.html"
        label = _("Obraz z podpisem")


class EasyReadBlock(blocks.StreamBlock):
    """Easy-to-read Polish (tekst łatwy do czytania, ETR): short headings, short plain
    sentences, pictures with captions — no tables, no nested lists, no formatting tricks."""

    heading = blocks.CharBlock(
        max_length=80,
        label=_("Nagłówek"),
        template="legal/blocks/easy_read_heading.html",
        help_text=_("Krótko, np. „Jak zapisać się do biblioteki”."),
    )
    paragraph = blocks.TextBlock(
        max_length=400,
        label=_("Tekst"),
        template="legal/blocks/easy_read_paragraph.html",
        help_text=_("Krótkie zdania, jedna myśl w zdaniu. Proste słowa. Pisz do czytelnika: „Ty”."),
    )
    image = EasyReadImageBlock()

    class Meta:
        label = _("Treść w tekście łatwym do czytania")


class InformationClauseBlock(SnippetChooserBlock):
    """A RODO information clause (art. 13) chosen from the snippets, shown where it is placed."""

    def __init__(self, **kwargs):
        super().__init__("legal.InformationClause", **kwargs)

    class Meta:
        icon = "info-circle"
        template = "legal/blocks/information_clause_block.html"
        label = _("Klauzula informacyjna RODO")
        description = _("Klauzula z listy „Klauzule informacyjne”, np. przy formularzu")


class LegalBodyBlock(BodyBlock):
    """The shared body plus the information clause, for pages about personal data."""

    information_clause = InformationClauseBlock()

    class Meta:
        label = _("Treść")

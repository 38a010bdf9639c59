"""The shared block library: every page's `body` is built from these, so editors never write HTML."""

import re
from html.parser import HTMLParser

from django.core.exceptions import ValidationError
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock as WagtailTableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock as WagtailEmbedBlock
from wagtail.images.blocks import ImageBlock

# Foreign languages editors can mark in rich text (WCAG 3.1.2 „Język części”): each is a toolbar
# button wrapping the selection in <span lang="…"> (registered in core/wagtail_hooks.py).
FOREIGN_LANGUAGES = [
    ("en", _("angielski")),
    ("de", _("niemiecki")),
    ("fr", _("francuski")),
    ("uk", _("ukraiński")),
    ("la", _("łaciński")),
]


def language_feature_name(code: str) -> str:
    return f"lang-{code}"


# Rich text features editors get in body text. No h1 (the page title is the only h1) and no
# raw HTML; headings go through HeadingBlock so their levels can be checked.
BASIC_RICH_TEXT_FEATURES = [
    "bold",
    "italic",
    "link",
    "document-link",
    "ol",
    "ul",
    "superscript",
    "subscript",
]
RICH_TEXT_FEATURES = [
    *BASIC_RICH_TEXT_FEATURES,
    *(language_feature_name(code) for code, _name in FOREIGN_LANGUAGES),
]
SHORT_RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link"]

HEADING_LEVELS = [
    ("h2", _("Nagłówek 2. poziomu")),
    ("h3", _("Nagłówek 3. poziomu")),
    ("h4", _("Nagłówek 4. poziomu")),
]


# Link texts that say nothing when a screen reader lists the page's links (WCAG 2.4.4): the
# admin refuses them. Compared after lowercasing and dropping trailing punctuation and arrows.
VAGUE_LINK_TEXTS = frozenset(
    {
        "tutaj",
        "tu",
        "kliknij",
        "kliknij tutaj",
        "kliknij tu",
        "klik",
        "klikając tutaj",
        "link",
        "ten link",
        "link tutaj",
        "więcej",
        "czytaj więcej",
        "czytaj dalej",
        "przeczytaj więcej",
        "zobacz więcej",
        "zobacz",
        "więcej informacji",
        "dowiedz się więcej",
        "szczegóły",
        "dalej",
        "here",
        "click here",
        "more",
        "read more",
    }
)


def normalise_link_text(text: str) -> str:
    text = " ".join(text.split()).lower()
    return re.sub(r"[\s.,:;!?…»›>→\-–—]+$", "", text)


def is_vague_link_text(text: str) -> bool:
    return normalise_link_text(text) in VAGUE_LINK_TEXTS


def vague_link_error(text: str) -> ValidationError:
    return ValidationError(
        _(
            "Tekst linku „%(text)s” nic nie mówi, gdy czytnik ekranu odczytuje same linki. "
            "Napisz, dokąd prowadzi link, np. „Regulamin wypożyczalni”."
        )
        % {"text": " ".join(text.split())}
    )


class _LinkTextCollector(HTMLParser):
    """The visible text of each <a> in a piece of rich text."""

    def __init__(self) -> None:
        super().__init__()
        self.texts: list[str] = []
        self._depth = 0

    def handle_starttag(self, tag, attrs) -> None:
        if tag == "a":
            if self._depth == 0:
                self.texts.append("")
            self._depth += 1

    def handle_endtag(self, tag) -> None:
        if tag == "a" and self._depth:
            self._depth -= 1

    def handle_data(self, data) -> None:
        if self._depth:
            self.texts[-1] += data


def vague_link_texts_in_html(html: str) -> list[str]:
    collector = _LinkTextCollector()
    collector.feed(html)
    collector.close()
    return [text for text in collector.texts if is_vague_link_text(text)]


def check_rich_text_links(value) -> None:
    """Raises a ValidationError naming the first vague link text in a rich text value."""
    vague = vague_link_texts_in_html(getattr(value, "source", None) or str(value or ""))
    if vague:
        raise vague_link_error(vague[0])


class LinkStructValue(blocks.StructValue):
    """Resolves a link that points either at a page of the site or at an address."""

    @cached_property
    def target_page(self):
        page = self.get("page")
        # A deleted page comes back as None; an unpublished one must not be linked publicly.
        if page is None or not page.live:
            return None
        return page

    @property
    def href(self) -> str:
        if self.target_page is not None:
            return self.target_page.url or ""
        return self.get("url") or ""

    @property
    def text(self) -> str:
        if self.get("label"):
            return self.get("label")
        if self.target_page is not None:
            return self.target_page.title
        return self.get("url") or ""

    @property
    def is_external(self) -> bool:
        return self.target_page is None and bool(self.get("url"))


class LinkBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(required=False, label=_("Strona serwisu"))
    url = blocks.URLBlock(required=False, label=_("albo adres zewnętrzny"))
    label = blocks.CharBlock(
        required=False,
        max_length=120,
        label=_("Tekst linku"),
        help_text=_(
            "Opisz cel linku, np. „Godziny otwarcia”, nie „kliknij tutaj”. "
            "Puste pole: użyty zostanie tytuł strony."
        ),
    )

    class Meta:
        icon = "link"
        value_class = LinkStructValue
        template = "blocks/link_block.html"
        label = _("Link")
        description = _("Link do strony serwisu albo do innego serwisu")
        preview_value = {"url": "https://www.gryfice.eu/", "label": "Gmina Gryfice"}

    def clean(self, value):
        value = super().clean(value)
        has_page, has_url = bool(value.get("page")), bool(value.get("url"))
        if has_page == has_url:
            raise blocks.StructBlockValidationError(
                block_errors={
                    "url": ValidationError(
                        _("Wybierz stronę serwisu albo podaj adres — jedno z dwóch.")
                    )
                }
            )
        if has_url and not value.get("label"):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "label": ValidationError(_("Link zewnętrzny potrzebuje tekstu linku."))
                }
            )
        if value.get("label") and is_vague_link_text(value["label"]):
            raise blocks.StructBlockValidationError(
                block_errors={"label": vague_link_error(value["label"])}
            )
        return value


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=200, label=_("Treść nagłówka"))
    level = blocks.ChoiceBlock(
        choices=HEADING_LEVELS,
        default="h2",
        label=_("Poziom"),
        help_text=_("Poziomy kolejno: pod nagłówkiem 2. poziomu używaj 3., nie 4."),
        # The level's label ("Nagłówek 2. poziomu") is not content: kept out of search excerpts.
        search_index=False,
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        label = _("Nagłówek")
        description = _("Śródtytuł dzielący treść na części")
        preview_value = {"text": "Godziny otwarcia", "level": "h2"}


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    def clean(self, value):
        value = super().clean(value)
        check_rich_text_links(value)
        return value

    class Meta:
        icon = "pilcrow"
        template = "blocks/paragraph_block.html"
        label = _("Tekst")
        description = _("Akapity tekstu z pogrubieniem, kursywą, listami i linkami")
        preview_value = (
            "<p>Miejska Biblioteka Publiczna w Gryficach zaprasza czytelników w każdym wieku.</p>"
        )


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageBlock(label=_("Obraz"))
    caption = blocks.CharBlock(required=False, max_length=300, label=_("Podpis"))
    credit = blocks.CharBlock(required=False, max_length=200, label=_("Autor / źródło"))

    class Meta:
        icon = "image"
        template = "blocks/captioned_image_block.html"
        label = _("Obraz")
        description = _("Zdjęcie lub ilustracja z tekstem alternatywnym i podpisem")


class GalleryImageBlock(blocks.StructBlock):
    image = ImageBlock(label=_("Obraz"))
    caption = blocks.CharBlock(required=False, max_length=300, label=_("Podpis"))

    class Meta:
        icon = "image"
        label = _("Zdjęcie w galerii")


class GalleryBlock(blocks.StructBlock):
    title = blocks.CharBlock(
        required=False,
        max_length=200,
        label=_("Tytuł galerii"),
        help_text=_("Np. „Zdjęcia z podpisania porozumienia”. Może zostać puste."),
    )
    images = blocks.ListBlock(GalleryImageBlock(), min_num=1, label=_("Zdjęcia"))

    class Meta:
        icon = "image"
        template = "blocks/gallery_block.html"
        label = _("Galeria")
        description = _("Kilka zdjęć obok siebie, każde z tekstem alternatywnym i podpisem")


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Cytat"))
    attribution = blocks.CharBlock(required=False, max_length=200, label=_("Autor cytatu"))

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"
        label = _("Cytat")
        description = _("Wyróżniony cytat z podaniem autora")
        preview_value = {
            "quote": "Biblioteka jest miejscem spotkań całej społeczności.",
            "attribution": "Zespół biblioteki",
        }


class EmbedBlock(blocks.StructBlock):
    """Video or map from another service. Until the reader accepts the "multimedia" consent
    category it is a placeholder with a link: nothing is requested from the other service.
    Known services (core.embeds) get a player that consent.js inserts after consent."""

    url = WagtailEmbedBlock(
        label=_("Adres materiału"), help_text=_("Np. film w serwisie YouTube lub Vimeo.")
    )
    title = blocks.CharBlock(
        max_length=200,
        label=_("Tytuł materiału"),
        help_text=_("Krótko: co pokazuje film lub mapa."),
    )
    transcript = blocks.RichTextBlock(
        required=False,
        features=SHORT_RICH_TEXT_FEATURES,
        label=_("Transkrypcja lub opis"),
        help_text=_("Tekstowa alternatywa dla osób, które nie mogą obejrzeć materiału."),
    )

    class Meta:
        icon = "media"
        template = "blocks/embed_block.html"
        label = _("Film lub mapa z innego serwisu")
        description = _("Materiał z zewnętrznego serwisu, np. film")
        preview_value = {
            "url": "https://www.youtube.com/watch?v=example",
            "title": "Relacja z konferencji",
        }

    def get_context(self, value, parent_context=None):
        # Imported here to keep this module's import block free for the other block changes.
        from .embeds import embed_target

        context = super().get_context(value, parent_context=parent_context)
        address = value.get("url")
        context["embed"] = embed_target(getattr(address, "url", address))
        return context


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Dokument"))
    title = blocks.CharBlock(
        required=False,
        max_length=200,
        label=_("Nazwa do wyświetlenia"),
        help_text=_("Puste pole: użyty zostanie tytuł dokumentu."),
    )

    class Meta:
        icon = "doc-full"
        template = "blocks/document_block.html"
        label = _("Dokument do pobrania")
        description = _("Link do pliku (PDF, DOCX…) z jego typem i rozmiarem")


class CallToActionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120, label=_("Nagłówek"))
    text = blocks.TextBlock(required=False, label=_("Tekst"))
    link = LinkBlock(label=_("Link"))

    class Meta:
        icon = "pick"
        template = "blocks/call_to_action_block.html"
        label = _("Wezwanie do działania")
        description = _("Wyróżnione pole z nagłówkiem i przyciskiem-linkiem")
        preview_value = {
            "heading": "Zapisz się do biblioteki",
            "text": "Karta biblioteczna jest bezpłatna.",
            "link": {"url": "https://example.org/", "label": "Jak się zapisać"},
        }


class TableBlock(blocks.StructBlock):
    caption = blocks.CharBlock(
        max_length=200,
        label=_("Tytuł tabeli"),
        help_text=_("Czytniki ekranu odczytują go przed zawartością tabeli."),
    )
    table = WagtailTableBlock(
        label=_("Tabela"),
        table_options={
            "startRows": 3,
            "startCols": 2,
            "colHeaders": False,
            "rowHeaders": False,
            "language": "pl-PL",
        },
    )

    class Meta:
        icon = "table"
        template = "blocks/table_block.html"
        label = _("Tabela")
        description = _("Tabela z nagłówkami, np. godziny otwarcia lub cennik")


class AccordionItemBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=200, label=_("Pytanie lub tytuł"))
    content = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Treść"))

    class Meta:
        icon = "list-ul"
        label = _("Element")

    def clean(self, value):
        value = super().clean(value)
        try:
            check_rich_text_links(value.get("content"))
        except ValidationError as error:
            raise blocks.StructBlockValidationError(block_errors={"content": error}) from None
        return value


class AccordionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(required=False, max_length=200, label=_("Nagłówek sekcji"))
    items = blocks.ListBlock(AccordionItemBlock(), min_num=1, label=_("Elementy"))

    class Meta:
        icon = "folder-open-inverse"
        template = "blocks/accordion_block.html"
        label = _("Akordeon (rozwijane sekcje)")
        description = _("Lista rozwijanych pytań i odpowiedzi")
        preview_value = {
            "heading": "Najczęstsze pytania",
            "items": [{"title": "Ile kosztuje karta?", "content": "<p>Karta jest bezpłatna.</p>"}],
        }


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = CaptionedImageBlock()
    gallery = GalleryBlock()
    quote = QuoteBlock()
    embed = EmbedBlock()
    document = DocumentBlock()
    call_to_action = CallToActionBlock()
    table = TableBlock()
    accordion = AccordionBlock()

    class Meta:
        label = _("Treść")

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        previous_level = 1  # the page title is the h1
        for index, child in enumerate(value):
            if child.block_type != "heading":
                continue
            level = int(child.value["level"][1])
            if level > previous_level + 1:
                errors[index] = ValidationError(
                    _(
                        "Nagłówek %(level)s. poziomu nie może następować po nagłówku %(previous)s. poziomu "
                        "— poziomy nagłówków nie mogą być pomijane."
                    )
                    % {"level": level, "previous": previous_level}
                )
            previous_level = level
        if errors:
            raise blocks.StreamBlockValidationError(block_errors=errors)
        return value


class OpeningHoursBlock(blocks.StructBlock):
    days = blocks.CharBlock(
        max_length=60, label=_("Dni"), help_text=_("Np. „poniedziałek–piątek”.")
    )
    hours = blocks.CharBlock(
        max_length=60, label=_("Godziny"), help_text=_("Np. „9:00–18:00” albo „nieczynne”.")
    )

    class Meta:
        icon = "time"
        template = "blocks/opening_hours_block.html"
        label = _("Godziny otwarcia")
        description = _("Dni tygodnia i godziny")
        preview_value = {"days": "poniedziałek–piątek", "hours": "9:00–18:00"}


class MenuSectionBlock(blocks.StructBlock):
    """A main-menu entry that opens a list of links."""

    label = blocks.CharBlock(max_length=60, label=_("Nazwa sekcji"))
    links = blocks.ListBlock(LinkBlock(), min_num=1, label=_("Linki"))

    class Meta:
        icon = "list-ul"
        template = "blocks/menu_section_block.html"
        label = _("Sekcja z podmenu")
        description = _("Pozycja menu rozwijająca listę linków")

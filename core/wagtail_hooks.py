"""Admin hooks shared by every page type: language marking in rich text and the userbar's
accessibility checker with the site's own rules."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.rich_text.converters.html_to_contentstate import InlineStyleElementHandler
from wagtail.admin.rich_text.editors.draftail.features import InlineStyleFeature
from wagtail.admin.userbar import ContentCheckerItem

from .blocks import FOREIGN_LANGUAGES, language_feature_name


def _register_language_feature(features, code: str, name: str) -> None:
    """A toolbar button that marks the selected words as written in `code` (WCAG 3.1.2: a screen
    reader then switches to that language's pronunciation)."""
    feature_name = language_feature_name(code)
    style_type = feature_name.upper()
    features.register_editor_plugin(
        "draftail",
        feature_name,
        InlineStyleFeature(
            {
                "type": style_type,
                "label": code.upper(),
                "description": _("Fragment w języku: %(language)s") % {"language": name},
                # Dotted underline in the editor only: editors see what they marked.
                "style": {"textDecoration": "underline dotted", "textUnderlineOffset": "0.2em"},
            }
        ),
    )
    features.register_converter_rule(
        "contentstate",
        feature_name,
        {
            "from_database_format": {f'span[lang="{code}"]': InlineStyleElementHandler(style_type)},
            "to_database_format": {
                "style_map": {style_type: {"element": "span", "props": {"lang": code}}}
            },
        },
    )


@hooks.register("register_rich_text_features")
def register_language_features(features) -> None:
    for code, name in FOREIGN_LANGUAGES:
        _register_language_feature(features, code, name)


class LibraryContentCheckerItem(ContentCheckerItem):
    """Wagtail's checker (axe-core in the editor's browser, from the userbar and the preview
    panel) with the WCAG rules editors can break from the admin added to Wagtail's own.

    Link texts such as „kliknij tutaj” are refused when the page is saved (core.blocks), which is
    stronger than a warning: Wagtail's checker takes no custom check functions from Python.
    """

    axe_run_only = [
        *ContentCheckerItem.axe_run_only,
        "image-alt",
        "color-contrast",
        "link-in-text-block",
        "list",
        "listitem",
        "valid-lang",
        "th-has-data-cells",
        "td-headers-attr",
        "duplicate-id-aria",
    ]
    axe_messages = {
        **ContentCheckerItem.axe_messages,
        "image-alt": {
            "error_name": _("Obraz bez tekstu alternatywnego"),
            "help_text": _(
                "Opisz obraz albo zaznacz, że jest dekoracyjny; w bibliotece obrazów uzupełnij "
                "opis obrazu."
            ),
        },
        "color-contrast": {
            "error_name": _("Za mały kontrast tekstu"),
            "help_text": _("Tekst musi mieć kontrast co najmniej 4,5:1 względem tła."),
        },
        "link-in-text-block": {
            "error_name": _("Link nieodróżnialny od tekstu"),
            "help_text": _("Link w akapicie musi się wyróżniać czymś więcej niż kolorem."),
        },
        "list": {
            "error_name": _("Nieprawidłowa lista"),
            "help_text": _("Używaj list z edytora, nie wklejaj ich z innych programów."),
        },
        "listitem": {
            "error_name": _("Element listy poza listą"),
            "help_text": _("Używaj list z edytora, nie wklejaj ich z innych programów."),
        },
        "valid-lang": {
            "error_name": _("Nieprawidłowy kod języka"),
            "help_text": _("Oznaczaj fragmenty obcojęzyczne przyciskami języków w edytorze."),
        },
        "th-has-data-cells": {
            "error_name": _("Nagłówek tabeli bez danych"),
            "help_text": _("Każdy nagłówek tabeli powinien opisywać jakieś komórki."),
        },
        "td-headers-attr": {
            "error_name": _("Komórka tabeli odwołuje się do brakującego nagłówka"),
            "help_text": _("Sprawdź nagłówki tabeli."),
        },
        "duplicate-id-aria": {
            "error_name": _("Powtórzony identyfikator"),
            "help_text": _("Identyfikatory elementów na stronie muszą być niepowtarzalne."),
        },
    }


@hooks.register("construct_wagtail_userbar")
def use_library_content_checker(request, items, page) -> None:
    for index, item in enumerate(items):
        if isinstance(item, ContentCheckerItem) and not isinstance(item, LibraryContentCheckerItem):
            items[index] = LibraryContentCheckerItem(in_editor=item.in_editor)

"""Pages the law asks of a Polish public library: the accessibility statement (Deklaracja
dostępności), information in easy-to-read Polish (ETR) and in Polish sign language (PJM), the
privacy policy, and the RODO information clauses editors attach to forms."""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from core.blocks import RICH_TEXT_FEATURES
from core.models import BasePage

from .blocks import (
    BuildingBlock,
    EasyReadBlock,
    LegalBodyBlock,
    MobileAppBlock,
    NonAccessibleContentBlock,
)
from .consent import CATEGORIES, NO_STATISTICS_NOTE

# The act (art. 10 ust. 3) wants the declaration reviewed and updated at least once a year.
REVIEW_INTERVAL = datetime.timedelta(days=365)
VIDEO_EXTENSIONS = {"mp4", "webm"}
CAPTION_EXTENSIONS = {"vtt"}


class ComplianceStatus(models.TextChoices):
    COMPLIANT = "zgodna", _("zgodna")
    PARTIALLY_COMPLIANT = "czesciowo-zgodna", _("częściowo zgodna")
    NON_COMPLIANT = "niezgodna", _("niezgodna")


class AssessmentMethod(models.TextChoices):
    SELF_ASSESSMENT = "samoocena", _("samoocena")
    EXTERNAL = "podmiot-zewnetrzny", _("badanie przeprowadzone przez podmiot zewnętrzny")


class AccessibilityStatementPage(BasePage):
    """The Deklaracja dostępności in the structure of the ministry's template (version 2.0)."""

    entity_name = models.CharField(
        _("nazwa podmiotu publicznego"),
        max_length=250,
        help_text=_("Pełna nazwa biblioteki, tak jak w statucie."),
    )
    site_publication_date = models.DateField(
        _("data publikacji strony internetowej"),
        help_text=_("Kiedy serwis został udostępniony w obecnej postaci."),
    )
    site_update_date = models.DateField(
        _("data ostatniej istotnej aktualizacji strony"),
        help_text=_(
            "Ostatnia duża zmiana serwisu (np. nowy wygląd, nowe działy), nie drobne wpisy."
        ),
    )
    status = models.CharField(
        _("status zgodności z ustawą"),
        max_length=20,
        choices=ComplianceStatus.choices,
        default=ComplianceStatus.PARTIALLY_COMPLIANT,
    )
    non_accessible_content = StreamField(
        [("item", NonAccessibleContentBlock())],
        verbose_name=_("treści niedostępne i wyłączenia"),
        blank=True,
        help_text=_("Wymagane, gdy serwis jest częściowo zgodny albo niezgodny."),
    )
    preparation_date = models.DateField(
        _("data sporządzenia deklaracji"),
    )
    review_date = models.DateField(
        _("data ostatniego przeglądu deklaracji"),
        help_text=_(
            "Przeglądaj i aktualizuj deklarację co najmniej raz w roku (do 31 marca) i po każdej "
            "dużej zmianie serwisu. Starsza niż rok: panel administracyjny przypomni o przeglądzie."
        ),
    )
    assessment_method = models.CharField(
        _("sposób sporządzenia"),
        max_length=20,
        choices=AssessmentMethod.choices,
        default=AssessmentMethod.SELF_ASSESSMENT,
    )
    assessor_name = models.CharField(
        _("nazwa podmiotu zewnętrznego"),
        max_length=250,
        blank=True,
        help_text=_("Tylko gdy dostępność badał podmiot zewnętrzny."),
    )
    assessment_url = models.URLField(
        _("wynik analizy dostępności"),
        blank=True,
        help_text=_("Adres raportu z badania dostępności, jeśli został opublikowany."),
    )
    contact_person = models.CharField(
        _("osoba do kontaktu"),
        max_length=200,
        help_text=_("Imię i nazwisko albo funkcja, np. „koordynator do spraw dostępności”."),
    )
    contact_email = models.EmailField(
        _("e-mail do kontaktu"),
        blank=True,
        help_text=_("Puste pole: użyty zostanie e-mail biblioteki z ustawień."),
    )
    contact_phone = models.CharField(
        _("telefon do kontaktu"),
        max_length=40,
        blank=True,
        help_text=_("Puste pole: użyty zostanie telefon biblioteki z ustawień."),
    )
    procedure_note = RichTextField(
        _("uzupełnienie procedury"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_(
            "Standardowy opis żądań, skarg i wniosku do Rzecznika Praw Obywatelskich "
            "wyświetla się zawsze; tu możesz dopisać np. adres do korespondencji."
        ),
    )
    buildings = StreamField(
        [("building", BuildingBlock())],
        verbose_name=_("dostępność architektoniczna"),
        blank=True,
    )
    mobile_apps = StreamField(
        [("app", MobileAppBlock())],
        verbose_name=_("aplikacje mobilne"),
        blank=True,
        help_text=_("Puste: deklaracja poinformuje, że biblioteka nie udostępnia aplikacji."),
    )
    additional_information = RichTextField(
        _("informacje dodatkowe"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("Np. ułatwienia w serwisie, skróty klawiaturowe, plany poprawy dostępności."),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("entity_name"),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [FieldPanel("site_publication_date"), FieldPanel("site_update_date")]
                ),
            ],
            heading=_("Daty publikacji i aktualizacji strony"),
        ),
        MultiFieldPanel(
            [FieldPanel("status"), FieldPanel("non_accessible_content")],
            heading=_("Status pod względem zgodności z ustawą"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("preparation_date"), FieldPanel("review_date")]),
                FieldPanel("assessment_method"),
                FieldPanel("assessor_name"),
                FieldPanel("assessment_url"),
            ],
            heading=_("Przygotowanie deklaracji"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("contact_person"),
                FieldRowPanel([FieldPanel("contact_email"), FieldPanel("contact_phone")]),
            ],
            heading=_("Informacje zwrotne i dane kontaktowe"),
        ),
        FieldPanel("procedure_note"),
        FieldPanel("buildings"),
        FieldPanel("mobile_apps"),
        FieldPanel("additional_information"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("additional_information")]

    parent_page_types = ["home.HomePage"]
    subpage_types: list[str] = []
    max_count = 1

    class Meta:
        verbose_name = _("deklaracja dostępności")
        verbose_name_plural = _("deklaracje dostępności")

    def clean(self):
        super().clean()
        errors = {}
        if self.status != ComplianceStatus.COMPLIANT and not self.non_accessible_content:
            errors["non_accessible_content"] = _(
                "Wymień treści niedostępne: serwis nie jest w pełni zgodny z ustawą."
            )
        if self.assessment_method == AssessmentMethod.EXTERNAL and not self.assessor_name:
            errors["assessor_name"] = _("Podaj nazwę podmiotu, który zbadał dostępność.")
        if self.preparation_date and self.review_date and self.review_date < self.preparation_date:
            errors["review_date"] = _("Przegląd nie może być wcześniejszy niż sporządzenie.")
        if errors:
            raise ValidationError(errors)

    @property
    def review_due_date(self) -> datetime.date | None:
        reviewed = self.review_date or self.preparation_date
        return reviewed + REVIEW_INTERVAL if reviewed else None

    @property
    def needs_review(self) -> bool:
        """Whether the declaration was last reviewed more than a year ago."""
        due = self.review_due_date
        return due is not None and timezone.localdate() > due

    def issues_by_reason(self) -> dict[str, list]:
        """The non-accessible content grouped as the template lists it."""
        groups: dict[str, list] = {"niezgodnosc": [], "wylaczenie": [], "obciazenie": []}
        for item in self.non_accessible_content:
            groups.setdefault(item.value.get("reason") or "niezgodnosc", []).append(item)
        return groups

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["issues"] = self.issues_by_reason()
        site = self.get_site()
        context["site_url"] = f"{site.root_url}/" if site else request.build_absolute_uri("/")
        return context


class EasyReadPage(BasePage):
    """Information about the library in easy-to-read Polish (tekst łatwy do czytania, ETR)."""

    intro = models.TextField(
        _("wstęp"),
        max_length=300,
        blank=True,
        help_text=_("Jedno lub dwa krótkie zdania: o czym jest ta strona."),
    )
    body = StreamField(EasyReadBlock(), verbose_name=_("treść"))

    content_panels = [*BasePage.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["home.HomePage"]
    subpage_types: list[str] = []
    max_count = 1

    class Meta:
        verbose_name = _("tekst łatwy do czytania (ETR)")
        verbose_name_plural = _("teksty łatwe do czytania (ETR)")


class SignLanguagePage(BasePage):
    """Information about the library in Polish sign language (PJM): a recording with captions
    and a transcript; the transcript and contact for Deaf visitors show even without a video."""

    intro = models.TextField(_("wstęp"), max_length=500, blank=True)
    video = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("nagranie w PJM"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Plik MP4 lub WebM z dokumentów serwisu (odtwarzany u nas, bez YouTube)."),
    )
    captions = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("napisy (WebVTT)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Plik .vtt z napisami po polsku do nagrania."),
    )
    transcript = RichTextField(
        _("transkrypcja"),
        features=RICH_TEXT_FEATURES,
        help_text=_("Pełna treść nagrania po polsku — także dla osób, które nie obejrzą filmu."),
    )
    contact_email = models.EmailField(
        _("e-mail dla osób głuchych"),
        blank=True,
        help_text=_("Puste pole: użyty zostanie e-mail biblioteki."),
    )
    sms_number = models.CharField(
        _("numer do SMS"),
        max_length=40,
        blank=True,
        help_text=_("Tylko jeśli biblioteka naprawdę odbiera SMS-y pod tym numerem."),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel([FieldPanel("video"), FieldPanel("captions")], heading=_("Nagranie w PJM")),
        FieldPanel("transcript"),
        MultiFieldPanel(
            [FieldPanel("contact_email"), FieldPanel("sms_number")],
            heading=_("Kontakt dla osób głuchych"),
        ),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("intro"),
        index.SearchField("transcript"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types: list[str] = []
    max_count = 1

    class Meta:
        verbose_name = _("informacja w polskim języku migowym (PJM)")
        verbose_name_plural = _("informacje w polskim języku migowym (PJM)")

    def clean(self):
        super().clean()
        errors = {}
        if self.video and self.video.file_extension.lower() not in VIDEO_EXTENSIONS:
            errors["video"] = _("Nagranie musi być plikiem MP4 lub WebM.")
        if self.captions and self.captions.file_extension.lower() not in CAPTION_EXTENSIONS:
            errors["captions"] = _("Napisy muszą być plikiem WebVTT (.vtt).")
        if self.video and not self.captions:
            errors["captions"] = _("Nagranie musi mieć napisy (plik .vtt).")
        # An empty editor still saves an empty paragraph, which passes the field's own check.
        if not strip_tags(self.transcript or "").strip():
            errors["transcript"] = _("Transkrypcja jest wymagana — także gdy nie ma nagrania.")
        if errors:
            raise ValidationError(errors)


class PrivacyPolicyPage(BasePage):
    """The privacy policy: who processes personal data, the data protection officer and the
    cookie list — the last two generated from the site settings and the consent categories."""

    intro = RichTextField(_("wstęp"), blank=True, features=RICH_TEXT_FEATURES)
    body = StreamField(
        LegalBodyBlock(),
        verbose_name=_("treść"),
        blank=True,
        help_text=_(
            "Cele i podstawy przetwarzania, prawa osób, klauzule informacyjne. Administrator, "
            "inspektor ochrony danych i lista plików cookies dodają się same."
        ),
    )

    content_panels = [*BasePage.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["home.HomePage"]
    subpage_types: list[str] = []
    max_count = 1

    class Meta:
        verbose_name = _("polityka prywatności")
        verbose_name_plural = _("polityki prywatności")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["consent_categories"] = CATEGORIES
        context["no_statistics_note"] = NO_STATISTICS_NOTE
        return context


class InformationClause(index.Indexed, models.Model):
    """A RODO information clause (art. 13) that editors place next to a form collecting data."""

    title = models.CharField(
        _("tytuł"),
        max_length=200,
        help_text=_("Np. „Klauzula informacyjna — zapisy na warsztaty”."),
    )
    text = RichTextField(
        _("treść klauzuli"),
        features=RICH_TEXT_FEATURES,
        help_text=_(
            "Administrator, kontakt do IOD, cel i podstawa prawna, odbiorcy, okres "
            "przechowywania, prawa osoby, prawo skargi do Prezesa UODO, czy podanie danych "
            "jest obowiązkowe."
        ),
    )

    panels = [FieldPanel("title"), FieldPanel("text")]
    search_fields = [index.SearchField("title"), index.AutocompleteField("title")]

    class Meta:
        verbose_name = _("klauzula informacyjna RODO")
        verbose_name_plural = _("klauzule informacyjne RODO")
        ordering = ["title"]

    def __str__(self) -> str:
        return self.title

"""The Alliance page with its partner directory, and one page per signatory organisation."""

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.db.models import Count
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from core.blocks import RICH_TEXT_FEATURES, BodyBlock
from core.models import BasePage
from core.pagination import paginate

from .vocabularies import OrganisationType, Powiat


class EngagementArea(models.Model):
    """An area the Alliance works in (e.g. e-administracja); partners tick the ones they engage in."""

    name = models.CharField(_("nazwa"), max_length=120, unique=True)
    slug = models.SlugField(
        _("identyfikator w adresie"),
        max_length=60,
        unique=True,
        help_text=_(
            "Używany w adresach filtrów (?obszar=…); nie zmieniaj, bo zepsujesz zapisane linki."
        ),
    )
    sort_order = models.PositiveSmallIntegerField(_("kolejność"), default=0)

    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = _("obszar zaangażowania")
        verbose_name_plural = _("obszary zaangażowania")

    def __str__(self) -> str:
        return self.name


class PartnerIndexPage(BasePage):
    """The Alliance: what it is and why it exists, followed by the directory of its partners."""

    intro = RichTextField(_("wstęp"), blank=True, features=RICH_TEXT_FEATURES)
    agreement_date = models.DateField(_("data podpisania porozumienia"), null=True, blank=True)
    agreement_place = models.CharField(
        _("miejsce podpisania porozumienia"), max_length=255, blank=True
    )
    body = StreamField(
        BodyBlock(),
        verbose_name=_("o Aliansie"),
        blank=True,
        help_text=_("Cele i historia Aliansu; wyświetlane nad katalogiem partnerów."),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        FieldRowPanel(
            [FieldPanel("agreement_date"), FieldPanel("agreement_place")], heading=_("Porozumienie")
        ),
        FieldPanel("body"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["partners.PartnerPage"]
    max_count = 1

    class Meta:
        verbose_name = _("strona Aliansu z katalogiem partnerów")
        verbose_name_plural = _("strony Aliansu")

    partners_per_page = 20

    def partners(self):
        """Published, public partner pages of this directory, ready for cards."""
        return (
            PartnerPage.objects.child_of(self)
            .live()
            .public()
            .select_related("logo", "listing_image")
            .order_by("title")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Cards show a logo: fetch the renditions of the whole page of results at once.
        partners = self.partners().prefetch_related("logo__renditions", "listing_image__renditions")
        # Unknown filter values are ignored rather than answered with an error: people share and
        # edit these URLs by hand.
        selected_type = request.GET.get("typ", "")
        if selected_type not in OrganisationType.values:
            selected_type = ""
        selected_powiat = request.GET.get("powiat", "")
        if selected_powiat not in Powiat.values:
            selected_powiat = ""
        if selected_type:
            partners = partners.filter(organisation_type=selected_type)
        if selected_powiat:
            partners = partners.filter(powiat=selected_powiat)
        context.update(
            partners_page=paginate(request, partners, self.partners_per_page),
            organisation_types=OrganisationType.choices,
            powiats=Powiat.choices,
            selected_type=selected_type,
            selected_powiat=selected_powiat,
            is_filtered=bool(selected_type or selected_powiat),
        )
        return context

    def count_by_type(self) -> list[tuple[str, str, int]]:
        """(value, label, count) for each organisation type that has published partners."""
        counts = dict(
            self.partners().order_by().values_list("organisation_type").annotate(total=Count("pk"))
        )
        return [
            (value, label, counts[value])
            for value, label in OrganisationType.choices
            if counts.get(value)
        ]


phone_validator = RegexValidator(
    r"^[0-9 +()\-]{6,40}$", _("Podaj numer telefonu cyframi, np. +48 91 384 20 00.")
)


class PartnerPage(BasePage):
    """One organisation that signed up to the Alliance: who it is, where, what it does, how to reach it."""

    short_name = models.CharField(
        _("nazwa skrócona"),
        max_length=120,
        blank=True,
        help_text=_("Np. „KBP” albo „MBP w Gryficach”."),
    )
    organisation_type = models.CharField(
        _("rodzaj organizacji"), max_length=40, choices=OrganisationType.choices
    )
    logo = models.ForeignKey(
        "images.CustomImage",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    website = models.URLField(_("strona internetowa"), blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("telefon"), max_length=40, blank=True, validators=[phone_validator])
    street_address = models.CharField(_("ulica i numer"), max_length=200, blank=True)
    postal_code = models.CharField(
        _("kod pocztowy"),
        max_length=6,
        blank=True,
        validators=[RegexValidator(r"^\d{2}-\d{3}$", _("Kod pocztowy w formacie 00-000."))],
    )
    city = models.CharField(_("miejscowość"), max_length=100, blank=True)
    powiat = models.CharField(
        _("powiat"),
        max_length=40,
        choices=Powiat.choices,
        blank=True,
        help_text=_(
            "Puste pole: organizacja działa w całym województwie lub ma siedzibę poza nim."
        ),
    )
    latitude = models.DecimalField(
        _("szerokość geograficzna"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        _("długość geograficzna"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    joined_date = models.DateField(
        _("data przystąpienia do Aliansu"),
        null=True,
        blank=True,
        help_text=_("Puste pole, jeśli data nie jest znana."),
    )
    signatory = models.CharField(
        _("kto podpisał porozumienie"),
        max_length=200,
        blank=True,
        help_text=_("Imię, nazwisko i funkcja osoby podpisującej, jeśli są znane."),
    )
    role = models.TextField(
        _("rola w Aliansie"),
        blank=True,
        max_length=1000,
        help_text=_("Np. „organizator konferencji”, „sygnatariusz”."),
    )
    areas = ParentalManyToManyField(
        EngagementArea, verbose_name=_("obszary zaangażowania"), blank=True, related_name="partners"
    )
    body = StreamField(BodyBlock(), verbose_name=_("opis"), blank=True)

    content_panels = [
        FieldPanel("title", heading=_("Pełna, oficjalna nazwa")),
        FieldPanel("short_name"),
        FieldPanel("organisation_type"),
        FieldPanel("logo"),
        MultiFieldPanel(
            [FieldPanel("website"), FieldPanel("email"), FieldPanel("phone")], heading=_("Kontakt")
        ),
        MultiFieldPanel(
            [
                FieldPanel("street_address"),
                FieldRowPanel([FieldPanel("postal_code"), FieldPanel("city")]),
                FieldPanel("powiat"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading=_("Adres"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("joined_date"),
                FieldPanel("signatory"),
                FieldPanel("role"),
                FieldPanel("areas", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Udział w Aliansie"),
        ),
        FieldPanel("body"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("short_name"),
        index.AutocompleteField("short_name"),
        index.SearchField("city"),
        index.SearchField("role"),
        index.SearchField("body"),
        index.FilterField("organisation_type"),
        index.FilterField("powiat"),
    ]

    parent_page_types = ["partners.PartnerIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("partner Aliansu")
        verbose_name_plural = _("partnerzy Aliansu")

    def clean(self):
        super().clean()
        if (self.latitude is None) != (self.longitude is None):
            raise ValidationError(_("Podaj obie współrzędne albo żadnej."))

    @property
    def postal_address(self) -> str:
        locality = f"{self.postal_code} {self.city}".strip()
        return ", ".join(part for part in [self.street_address, locality] if part)

    @property
    def card_image(self):
        return self.listing_image or self.logo

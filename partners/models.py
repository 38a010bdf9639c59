"""The Alliance page with its partner directory, and one page per signatory organisation."""

import json

from django import forms
from django.apps import apps
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.db.models import Count
from django.http import HttpResponse, JsonResponse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from core.blocks import RICH_TEXT_FEATURES, BodyBlock
from core.models import BasePage
from core.pagination import paginate

from . import exchange
from .directory import (
    SORT_CHOICES,
    DirectoryFilters,
    facet_counts,
    in_chosen_order,
    in_order,
    ordered_ids,
)
from .map import legend, powiat_map, shade_level
from .text import fold, polish_sort_key
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


class PartnerIndexPage(RoutablePageMixin, BasePage):
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

    def directory(self, request, partners) -> tuple[DirectoryFilters, models.QuerySet, list]:
        """The validated filters, `partners` filtered by them, and the vocabulary of areas."""
        areas = list(EngagementArea.objects.all())
        filters = DirectoryFilters.from_query(request.GET, {area.slug for area in areas})
        return filters, filters.apply(partners), areas

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Unknown filter values are ignored rather than answered with an error: people share and
        # edit these URLs by hand. `public()` costs a query each time it is built: build it once.
        everyone = self.partners()
        filters, matching, areas = self.directory(request, everyone)
        partners_page = paginate(
            request, ordered_ids(matching, filters.sort), self.partners_per_page
        )
        # The filters were applied to the ids: the page's partners are fetched by id alone (a
        # simpler query), without the description cards do not show, with the renditions of
        # their logos at once.
        partners_page.object_list = in_order(
            PartnerPage.objects.defer("body")
            .select_related("logo", "listing_image")
            .prefetch_related("logo__renditions", "listing_image__renditions"),
            list(partners_page.object_list),
        )
        facets = facet_counts(everyone, filters)
        context.update(
            partners_page=partners_page,
            filters=filters,
            organisation_types=[
                (value, label, facets.by_type.get(value, 0))
                for value, label in OrganisationType.choices
            ],
            powiats=[
                (value, label, facets.by_powiat.get(value, 0)) for value, label in Powiat.choices
            ],
            areas=[(area.slug, area.name, facets.by_area.get(area.slug, 0)) for area in areas],
            sort_choices=SORT_CHOICES,
            selected_type=filters.organisation_type,
            selected_powiat=filters.powiat,
            is_filtered=filters.is_filtered,
            active_filters=self._active_filters(filters, areas, request.GET),
            map_shapes=self._map_shapes(facets.by_powiat, filters, request.GET),
            powiat_map=powiat_map(),
            map_legend=legend(max(facets.by_powiat.values(), default=0)),
            json_ld=self.json_ld(request, partners_page.object_list),
        )
        return context

    @staticmethod
    def _map_shapes(counts: dict[str, int], filters: DirectoryFilters, params) -> list[dict]:
        """Each powiat of the map: outline, name, count, shade and a link that filters by it."""
        highest = max(counts.values(), default=0)
        labels = dict(Powiat.choices)
        shapes = []
        for shape in powiat_map().shapes:
            remaining = params.copy()
            remaining.pop("page", None)
            remaining["powiat"] = shape.powiat
            label = str(labels[shape.powiat])
            count = counts.get(shape.powiat, 0)
            shapes.append(
                {
                    "shape": shape,
                    "name": label if "(" in label else _("powiat %(name)s") % {"name": label},
                    "count": count,
                    "level": shade_level(count, highest),
                    "query": "?" + remaining.urlencode(),
                    "selected": shape.powiat == filters.powiat,
                }
            )
        return shapes

    @staticmethod
    def _active_filters(filters: DirectoryFilters, areas: list, params) -> list[dict]:
        """One removable chip per active filter: what it is and the query string without it."""
        area_names = {area.slug: area.name for area in areas}
        active = [
            ("q", _("nazwa zawiera"), filters.query),
            ("typ", _("rodzaj"), dict(OrganisationType.choices).get(filters.organisation_type)),
            ("powiat", _("powiat"), dict(Powiat.choices).get(filters.powiat)),
            ("obszar", _("obszar"), area_names.get(filters.area)),
        ]
        chips = []
        for param, label, value in active:
            if not value:
                continue
            remaining = params.copy()
            for name in (param, "page"):
                remaining.pop(name, None)
            query = remaining.urlencode()
            chips.append({"label": label, "value": value, "query": f"?{query}" if query else ""})
        return chips

    def json_ld(self, request, partners: list) -> str:
        """schema.org ItemList of the partners shown, as JSON (escaped by the template tag)."""
        return json.dumps(
            {
                "@context": "https://schema.org",
                "@type": "ItemList",
                "name": self.title,
                "url": self.get_full_url(request),
                "numberOfItems": len(partners),
                "itemListElement": [
                    {
                        "@type": "ListItem",
                        "position": position,
                        "url": partner.get_full_url(request),
                        "name": partner.title,
                    }
                    for position, partner in enumerate(partners, start=1)
                ],
            },
            ensure_ascii=False,
        )

    def _export_rows(self, request) -> list:
        filters, matching, _areas = self.directory(request, self.partners())
        partners = in_chosen_order(matching.prefetch_related("areas"), filters.sort)
        return [(partner, partner.get_full_url(request)) for partner in partners]

    @path("eksport/csv/", name="export_csv")
    def export_csv(self, request):
        rows = [exchange.partner_row(partner, url) for partner, url in self._export_rows(request)]
        response = HttpResponse(exchange.write_csv(rows), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{exchange.FILE_NAME}.csv"'
        return response

    @path("eksport/json/", name="export_json")
    def export_json(self, request):
        items = [exchange.partner_json(partner, url) for partner, url in self._export_rows(request)]
        return JsonResponse(
            {"liczba": len(items), "partnerzy": items},
            json_dumps_params={"ensure_ascii": False, "indent": 1},
        )

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
    # Name and short name folded to lower-case ASCII on save: the directory's `q` matches
    # "koszalinska" to "Koszalińska" on SQLite and PostgreSQL alike.
    search_name = models.CharField(max_length=400, blank=True, editable=False, db_index=False)

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

    api_fields = [
        APIField("short_name"),
        APIField("organisation_type"),
        APIField("powiat"),
        APIField("website"),
        APIField("email"),
        APIField("phone"),
        APIField("street_address"),
        APIField("postal_code"),
        APIField("city"),
        APIField("latitude"),
        APIField("longitude"),
        APIField("joined_date"),
        APIField("signatory"),
        APIField("role"),
        APIField("area_slugs"),
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

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            json_ld=self.json_ld(request),
            news_mentions=self.news_mentions(),
            neighbours=self.neighbours(),
        )
        return context

    def save(self, *args, **kwargs):
        self.search_name = self.fold_name(self.title, self.short_name)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "title" in update_fields:
            kwargs["update_fields"] = {*update_fields, "search_name"}
        return super().save(*args, **kwargs)

    @staticmethod
    def fold_name(title: str, short_name: str) -> str:
        return fold(f"{title} {short_name}".strip())[:400]

    @property
    def area_slugs(self) -> list[str]:
        """Areas of engagement as their stable identifiers (for the API)."""
        return [area.slug for area in self.areas.all()]

    def news_mentions(self, limit: int = 5) -> list:
        """Published news about this partner, newest first.

        The news app points at partners, never the other way round (docs/conventions.md), so the
        model is looked up at call time instead of imported."""
        news_page = apps.get_model("news", "NewsPage")
        return list(
            news_page.objects.live()
            .public()
            .filter(related_partners__partner=self)
            .distinct()
            .order_by("-date", "-pk")[:limit]
        )

    def neighbours(self, limit: int = 6) -> list["PartnerPage"]:
        """Other published partners in the same powiat, in Polish alphabetical order."""
        if not self.powiat:
            return []
        others = (
            PartnerPage.objects.sibling_of(self, inclusive=False)
            .live()
            .public()
            .filter(powiat=self.powiat)
            .only("title", "url_path", "path", "depth", "slug")
        )
        return sorted(others, key=lambda page: polish_sort_key(page.title))[:limit]

    def json_ld(self, request) -> str:
        """schema.org Organization of this partner, as JSON (escaped by the template tag)."""
        data = {
            "@context": "https://schema.org",
            "@type": "Organization",
            "name": self.title,
            "url": self.get_full_url(request),
        }
        if self.short_name:
            data["alternateName"] = self.short_name
        if self.website:
            data["sameAs"] = self.website
        if self.email:
            data["email"] = self.email
        if self.phone:
            data["telephone"] = self.phone
        if self.postal_address or self.powiat:
            address = {"@type": "PostalAddress", "addressCountry": "PL"}
            address["addressRegion"] = "zachodniopomorskie"
            for key, value in (
                ("streetAddress", self.street_address),
                ("postalCode", self.postal_code),
                ("addressLocality", self.city),
            ):
                if value:
                    address[key] = value
            data["address"] = address
        if self.latitude is not None and self.longitude is not None:
            data["geo"] = {
                "@type": "GeoCoordinates",
                "latitude": float(self.latitude),
                "longitude": float(self.longitude),
            }
        if self.logo:
            data["logo"] = request.build_absolute_uri(
                self.logo.get_rendition("max-480x320|format-png").url
            )
        data["memberOf"] = {"@type": "Organization", "name": self.get_parent().title}
        return json.dumps(data, ensure_ascii=False)

    @property
    def postal_address(self) -> str:
        locality = f"{self.postal_code} {self.city}".strip()
        return ", ".join(part for part in [self.street_address, locality] if part)

    @property
    def card_image(self):
        return self.listing_image or self.logo

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.pages.listing import PageFilterSet
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import EngagementArea, PartnerPage
from .vocabularies import OrganisationType, Powiat


class EngagementAreaViewSet(SnippetViewSet):
    model = EngagementArea
    icon = "tasks"
    menu_label = _("Obszary zaangażowania")
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["name", "slug"]
    search_fields = ["name"]
    sort_order_field = "sort_order"


register_snippet(EngagementAreaViewSet)


class PartnerFilterSet(PageFilterSet):
    """The directory's three facets, for editors looking for a partner to update."""

    organisation_type = django_filters.ChoiceFilter(
        label=_("Rodzaj organizacji"),
        choices=OrganisationType.choices,
        empty_label=_("Wszystkie rodzaje"),
    )
    powiat = django_filters.ChoiceFilter(
        label=_("Powiat"), choices=Powiat.choices, empty_label=_("Wszystkie powiaty")
    )
    areas = django_filters.ModelMultipleChoiceFilter(
        label=_("Obszary zaangażowania"),
        queryset=EngagementArea.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        distinct=True,
    )

    class Meta:
        model = PartnerPage
        fields = []


class PartnerListingViewSet(PageListingViewSet):
    """All partners in one flat list (the page tree shows them 20 at a time, unfiltered)."""

    model = PartnerPage
    icon = "group"
    menu_label = _("Partnerzy Aliansu")
    menu_order = 205
    add_to_admin_menu = True
    filterset_class = PartnerFilterSet
    columns = [
        *PageListingViewSet.columns,
        Column("organisation_type", label=_("Rodzaj"), accessor="get_organisation_type_display"),
        Column("powiat", label=_("Powiat"), accessor="get_powiat_display"),
    ]


@hooks.register("register_admin_viewset")
def register_partner_listing():
    return PartnerListingViewSet("partnerzy_aliansu")

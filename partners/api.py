"""The public, read-only API of the partner directory (Wagtail API v2 at /api/v2/partnerzy/)."""

from rest_framework.filters import BaseFilterBackend
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet

from .models import EngagementArea, PartnerPage
from .vocabularies import OrganisationType, Powiat


class DirectoryFilter(BaseFilterBackend):
    """The directory's own parameters: `typ`, `powiat`, `obszar`. An unknown value is a client
    error (400) naming the accepted values, rather than a silently empty list."""

    def filter_queryset(self, request, queryset, view):
        for param, field, allowed in (
            ("typ", "organisation_type", OrganisationType.values),
            ("powiat", "powiat", Powiat.values),
        ):
            if param in request.GET:
                value = request.GET[param]
                if value not in allowed:
                    raise BadRequestError(
                        f"{param}: nieznana wartość; dozwolone: {', '.join(allowed)}"
                    )
                queryset = queryset.filter(**{field: value})
        if "obszar" in request.GET:
            slug = request.GET["obszar"]
            if not EngagementArea.objects.filter(slug=slug).exists():
                raise BadRequestError("obszar: nieznany identyfikator obszaru zaangażowania")
            queryset = queryset.filter(areas__slug=slug)
        return queryset


class PartnersAPIViewSet(PagesAPIViewSet):
    """Published, public partner pages only, with their contact and Alliance details."""

    model = PartnerPage
    name = "partnerzy"
    filter_backends = [DirectoryFilter, *PagesAPIViewSet.filter_backends]
    known_query_parameters = (PagesAPIViewSet.known_query_parameters - {"type"}) | {
        "typ",
        "powiat",
        "obszar",
    }
    listing_default_fields = [
        *PagesAPIViewSet.listing_default_fields,
        "short_name",
        "organisation_type",
        "powiat",
    ]

    def get_queryset(self):
        public_ids = self.get_base_queryset().type(PartnerPage).values_list("pk", flat=True)
        return (
            PartnerPage.objects.filter(pk__in=public_ids)
            .select_related("locale")
            .prefetch_related("areas")
            .order_by("title", "pk")
        )


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("partnerzy", PartnersAPIViewSet)

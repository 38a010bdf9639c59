"""The partner directory's query: filters from the URL, facet counts, Polish ordering.

Every function here costs a fixed number of SQL queries whatever the number of partners: the
directory page, the exports and the tests rely on it.
"""

import datetime
from dataclasses import dataclass, field

from django.db.models import Count, QuerySet
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from .text import clean_query, fold, polish_sort_key
from .vocabularies import OrganisationType, Powiat

SORT_BY_NAME = "nazwa"
SORT_BY_DATE = "data"
SORT_CHOICES = [
    (SORT_BY_NAME, _("nazwy (alfabetycznie)")),
    (SORT_BY_DATE, _("daty przystąpienia (od najdawniejszej)")),
]


@dataclass(frozen=True)
class DirectoryFilters:
    """What the reader asked for, validated: unknown values are dropped, never an error."""

    organisation_type: str = ""
    powiat: str = ""
    area: str = ""
    query: str = ""
    sort: str = SORT_BY_NAME

    @classmethod
    def from_query(cls, params: QueryDict, area_slugs: set[str]) -> "DirectoryFilters":
        def known(name: str, allowed) -> str:
            value = params.get(name, "")
            return value if value in allowed else ""

        return cls(
            organisation_type=known("typ", OrganisationType.values),
            powiat=known("powiat", Powiat.values),
            area=known("obszar", area_slugs),
            query=clean_query(params.get("q", "")),
            sort=known("sort", {SORT_BY_DATE}) or SORT_BY_NAME,
        )

    @property
    def is_filtered(self) -> bool:
        return bool(self.organisation_type or self.powiat or self.area or self.query)

    def apply(self, partners: QuerySet, *, skip: str = "") -> QuerySet:
        """`partners` narrowed by every active filter except `skip` (a facet's own)."""
        if self.organisation_type and skip != "typ":
            partners = partners.filter(organisation_type=self.organisation_type)
        if self.powiat and skip != "powiat":
            partners = partners.filter(powiat=self.powiat)
        if self.area and skip != "obszar":
            partners = partners.filter(areas__slug=self.area)
        if self.query:
            for word in fold(self.query).split():
                partners = partners.filter(search_name__contains=word)
        return partners


@dataclass
class Facets:
    """Per facet value, how many partners match it together with the other active filters."""

    by_type: dict[str, int] = field(default_factory=dict)
    by_powiat: dict[str, int] = field(default_factory=dict)
    by_area: dict[str, int] = field(default_factory=dict)


def facet_counts(partners: QuerySet, filters: DirectoryFilters) -> Facets:
    """Three aggregate queries, one per facet."""

    def counts(queryset: QuerySet, column: str) -> dict[str, int]:
        rows = queryset.order_by().values_list(column).annotate(total=Count("pk", distinct=True))
        return {value: total for value, total in rows if value}

    return Facets(
        by_type=counts(filters.apply(partners, skip="typ"), "organisation_type"),
        by_powiat=counts(filters.apply(partners, skip="powiat"), "powiat"),
        by_area=counts(filters.apply(partners, skip="obszar"), "areas__slug"),
    )


def _order_key(sort: str):
    """Sort key over (title, joined_date): Polish alphabetical, or by date with unknown dates last
    and the name breaking ties."""
    if sort == SORT_BY_DATE:
        return lambda title, joined: (
            joined is None,
            joined or datetime.date.min,
            polish_sort_key(title),
        )
    return lambda title, joined: polish_sort_key(title)


def ordered_ids(partners: QuerySet, sort: str) -> list[int]:
    """Primary keys of `partners` in the reader's chosen order, from one query.

    The order is computed in Python with a Polish alphabet key: the same result on SQLite and
    PostgreSQL (whose ICU collation may be missing), and a few milliseconds for 500 partners."""
    key = _order_key(sort)
    rows = list(partners.order_by().values_list("pk", "title", "joined_date").distinct())
    rows.sort(key=lambda row: key(row[1], row[2]))
    return [pk for pk, _title, _joined in rows]


def in_chosen_order(partners: QuerySet, sort: str) -> list:
    """All of `partners`, sorted like `ordered_ids` (for exports: no long `IN` list)."""
    key = _order_key(sort)
    return sorted(
        partners.order_by().distinct(), key=lambda page: key(page.title, page.joined_date)
    )


def in_order(partners: QuerySet, ids: list[int]) -> list:
    """The partners with these primary keys, in that order, from one query (plus prefetches)."""
    by_pk = {partner.pk: partner for partner in partners.filter(pk__in=ids)}
    return [by_pk[pk] for pk in ids if pk in by_pk]

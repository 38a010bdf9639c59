"""Site search (/szukaj/) and the suggestions behind the header search box."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db.models import F, Q
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.safestring import SafeString
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page, Site
from wagtail.query import PageQuerySet
from wagtail.search.backends import get_search_backend

from core.pagination import paginate
from news.models import NewsPage
from partners.models import PartnerPage

from .query import MAX_QUERY_LENGTH, MIN_QUERY_LENGTH, SearchQuery
from .snippets import highlight_pages
from .suggestions import did_you_mean, title_vocabulary

RESULTS_PER_PAGE = 10
AUTOCOMPLETE_LIMIT = 8
# Suggestions change only when pages are published; a minute of caching spares the database
# one query per keystroke of every visitor.
AUTOCOMPLETE_MAX_AGE = 60


@dataclass(frozen=True)
class ResultType:
    """A kind of result readers can narrow the list to (?typ=…)."""

    slug: str
    label: str
    item_label: str
    model: type[Page] | None  # None: every page type the other kinds do not cover

    @property
    def content_type_id(self) -> int | None:
        # Django caches content types per process, and clears that cache when tests flush them.
        return ContentType.objects.get_for_model(self.model).pk if self.model else None


RESULT_TYPES = (
    ResultType("aktualnosci", _("Aktualności"), _("Aktualność"), NewsPage),
    ResultType("partnerzy", _("Partnerzy Aliansu"), _("Partner Aliansu"), PartnerPage),
    ResultType("strony", _("Strony serwisu"), _("Strona"), None),
)
RESULT_TYPES_BY_SLUG = {result_type.slug: result_type for result_type in RESULT_TYPES}
OTHER_PAGES = RESULT_TYPES_BY_SLUG["strony"]


def result_type_for(content_type_id: int) -> ResultType:
    for result_type in RESULT_TYPES:
        if result_type.content_type_id == content_type_id:
            return result_type
    return OTHER_PAGES


def restrict_to_type(pages: PageQuerySet, result_type: ResultType) -> PageQuerySet:
    if result_type.model is not None:
        return pages.filter(content_type=result_type.content_type_id)
    typed = [other.content_type_id for other in RESULT_TYPES if other.model is not None]
    return pages.exclude(content_type__in=typed)


def searchable_pages(request: HttpRequest) -> PageQuerySet:
    """Pages a visitor may find: published, not behind a login or password, not expired, on the
    site they are visiting."""
    pages = Page.objects.live().public()
    site = Site.find_for_request(request)
    if site is not None:
        pages = pages.in_site(site)
    # A page past its expiry date stays live until the publish_scheduled command runs.
    expired = Page.objects.filter(expire_at__lte=timezone.now()).values("pk")
    return pages.exclude(pk__in=expired)


@dataclass(frozen=True)
class Hit:
    url: str
    title: SafeString
    excerpt: SafeString
    type: ResultType
    date: datetime.date | None


class _CountedResults:
    """Search results whose total is already known from the per-type counts, so the paginator
    does not ask the database a second time."""

    def __init__(self, results, total: int) -> None:
        self._results = results
        self._total = total

    def count(self) -> int:
        return self._total

    def __len__(self) -> int:
        return self._total

    def __getitem__(self, key):
        return self._results[key]


def _count_by_type(pages: PageQuerySet, query: SearchQuery) -> dict[str, int]:
    per_content_type = pages.search(query.backend_query, operator="and").facet("content_type_id")
    counts = dict.fromkeys(RESULT_TYPES_BY_SLUG, 0)
    for content_type_id, count in per_content_type.items():
        counts[result_type_for(content_type_id).slug] += count
    return counts


def _hits(request: HttpRequest, pages: list[Page], query: SearchQuery) -> list[Hit]:
    highlights = highlight_pages(pages, query, get_search_backend())
    hits = []
    for page in pages:
        highlight = highlights.get(page.pk)
        result_type = result_type_for(page.content_type_id)
        date = None
        if result_type.model is NewsPage:
            # The article's own date (annotated, so the NewsPage rows are never loaded); an
            # article published without one shows its first publication, like the news index.
            date = page.news_date
            if date is None and page.first_published_at:
                date = timezone.localdate(page.first_published_at)
        hits.append(
            Hit(
                url=page.get_url(request) or "",
                title=highlight.title if highlight else page.title,
                excerpt=highlight.excerpt if highlight else "",
                type=result_type,
                date=date,
            )
        )
    return hits


def _promotions(request: HttpRequest, pages: PageQuerySet, query: SearchQuery) -> list[dict]:
    """Results editors promoted for this query ("Promowane wyniki wyszukiwania" in the admin),
    leaving out pages a visitor could not open."""
    promotions = (
        SearchPromotion.objects.filter(query__query_string__in=query.promotion_keys)
        .filter(Q(page__isnull=True) | Q(page__in=pages))
        .select_related("page")
        .order_by("sort_order", "pk")
    )
    seen = set()
    promoted = []
    for promotion in promotions:
        url = promotion.page.get_url(request) if promotion.page else promotion.external_link_url
        if not url or url in seen:
            continue
        seen.add(url)
        promoted.append(
            {
                "url": url,
                "title": promotion.title or url,
                "description": promotion.description,
                "is_external": promotion.page is None,
            }
        )
    return promoted


def _record_hit(query: SearchQuery) -> None:
    """Count the query so editors see what people look for (and what to promote)."""
    Query.get(" ".join(query.words)).add_hit()


def _suggestion(request: HttpRequest, pages: PageQuerySet, query: SearchQuery) -> str | None:
    """A corrected spelling of a query that found nothing, offered only if it finds something."""
    site = Site.find_for_request(request)
    suggestion = did_you_mean(query, title_vocabulary(pages, scope=str(site.pk) if site else ""))
    if suggestion is None:
        return None
    corrected = SearchQuery.parse(suggestion)
    return suggestion if pages.search(corrected.backend_query, operator="and").count() else None


@require_GET
def search(request: HttpRequest) -> HttpResponse:
    query = SearchQuery.parse(request.GET.get("q", ""))
    selected_type = RESULT_TYPES_BY_SLUG.get(request.GET.get("typ", ""))
    context = {
        "query": query,
        "selected_type": selected_type,
        "total": 0,
        "promotions": [],
        "results_page": None,
        "hits": [],
        "suggestion": None,
        "popular_queries": [],
        "max_query_length": MAX_QUERY_LENGTH,
        "min_query_length": MIN_QUERY_LENGTH,
    }
    if query.is_searchable:
        pages = searchable_pages(request)
        counts = _count_by_type(pages, query)
        total_all = sum(counts.values())
        total = counts[selected_type.slug] if selected_type else total_all
        listed = restrict_to_type(pages, selected_type) if selected_type else pages
        results = listed.annotate(news_date=F("newspage__date")).search(
            query.backend_query, operator="and"
        )
        results_page = paginate(request, _CountedResults(results, total), RESULTS_PER_PAGE)
        context.update(
            type_counts=[(result_type, counts[result_type.slug]) for result_type in RESULT_TYPES],
            total=total,
            total_all=total_all,
            results_page=results_page,
            hits=_hits(request, list(results_page.object_list), query) if total else [],
        )
        if results_page.number == 1:
            context["promotions"] = _promotions(request, pages, query)
            _record_hit(query)
        if total_all == 0:
            context["suggestion"] = _suggestion(request, pages, query)
    if not context["hits"] and not context["promotions"]:
        context["popular_queries"] = list(
            Query.objects.filter(editors_picks__isnull=False)
            .distinct()
            .order_by("query_string")
            .values_list("query_string", flat=True)[:8]
        )
    return TemplateResponse(request, "search/search.html", context)


@require_GET
def autocomplete(request: HttpRequest) -> JsonResponse:
    """Up to AUTOCOMPLETE_LIMIT pages whose titles start with what has been typed so far."""
    query = SearchQuery.parse(request.GET.get("q", ""))
    suggestions = []
    if query.is_searchable:
        pages = searchable_pages(request).autocomplete(query.backend_query, operator="and")
        suggestions = [
            {
                "title": page.title,
                "url": page.get_url(request),
                "type": str(result_type_for(page.content_type_id).item_label),
            }
            for page in pages[:AUTOCOMPLETE_LIMIT]
        ]
    response = JsonResponse({"query": query.text, "results": suggestions})
    patch_cache_control(response, public=True, max_age=AUTOCOMPLETE_MAX_AGE)
    return response

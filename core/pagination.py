"""The one pagination helper every listing uses."""

from django.core.paginator import Page, Paginator
from django.http import HttpRequest


def paginate(request: HttpRequest, items, per_page: int) -> Page:
    """The requested page of `items`. `?page=abc` gives the first page and `?page=999` the last:
    a mistyped or stale link still lands somewhere useful instead of failing."""
    return Paginator(items, per_page).get_page(request.GET.get("page"))

"""The addresses of the legal pages every page links to (header and footer), cached so that
showing them costs no query per page view; publishing, unpublishing or deleting one of these
pages clears the cache (signals.py)."""

from django.core.cache import cache
from django.http import HttpRequest
from wagtail.models import Page, Site

CACHE_TIMEOUT = 60 * 60 * 6
LINKED_PAGE_TYPES = {
    "accessibility": "AccessibilityStatementPage",
    "privacy": "PrivacyPolicyPage",
    "easy_read": "EasyReadPage",
    "sign_language": "SignLanguagePage",
}


def _cache_key(site_id: int | None) -> str:
    return f"legal:links:{site_id or 0}"


def legal_page_urls(request: HttpRequest | None) -> dict[str, str]:
    """{"accessibility": "/deklaracja-dostepnosci/", …}: the published legal pages of the
    request's site; a page type without a live, public page is absent."""
    site = Site.find_for_request(request) if request is not None else None
    key = _cache_key(site.pk if site else None)
    urls = cache.get(key)
    if urls is not None:
        return urls
    from . import models  # the models import this module's neighbours; keep the import lazy

    urls = {}
    for name, model_name in LINKED_PAGE_TYPES.items():
        pages = getattr(models, model_name).objects.live().public()
        if site is not None:
            pages = pages.descendant_of(site.root_page, inclusive=True)
        page = pages.first()
        if page is not None:
            url = page.get_url(request)
            if url:
                urls[name] = url
    cache.set(key, urls, CACHE_TIMEOUT)
    return urls


def forget_legal_page_urls() -> None:
    keys = [_cache_key(site_id) for site_id in Site.objects.values_list("pk", flat=True)]
    cache.delete_many([*keys, _cache_key(None)])


def is_legal_page(page: Page) -> bool:
    return type(page).__name__ in LINKED_PAGE_TYPES.values() or (
        page.specific_class is not None
        and page.specific_class.__name__ in LINKED_PAGE_TYPES.values()
    )

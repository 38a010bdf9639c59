from django import template
from django.template.context import Context

from ..consent import (
    CATEGORIES,
    CONSENT_COOKIE_NAME,
    CONSENT_MAX_AGE_DAYS,
    CONSENT_VERSION,
    NO_STATISTICS_NOTE,
)
from ..links import legal_page_urls

register = template.Library()


@register.simple_tag(takes_context=True)
def legal_links(context: Context) -> dict[str, str]:
    """`{% legal_links as legal_pages %}`: addresses of the accessibility statement, privacy
    policy, ETR and PJM pages (cached; no query on a warm cache)."""
    return legal_page_urls(context.get("request"))


@register.inclusion_tag("components/consent_banner.html", takes_context=True)
def consent_banner(context: Context) -> dict:
    """The cookie banner: the same HTML for every visitor (consent.js decides whether to show
    it), with the categories from legal.consent."""
    return {
        "categories": CATEGORIES,
        "version": CONSENT_VERSION,
        "cookie_name": CONSENT_COOKIE_NAME,
        "max_age_days": CONSENT_MAX_AGE_DAYS,
        "no_statistics_note": NO_STATISTICS_NOTE,
        "privacy_url": legal_page_urls(context.get("request")).get("privacy", ""),
    }

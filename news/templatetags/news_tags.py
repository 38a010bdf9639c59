"""Template tags of the newsroom: feed links in every page's <head> and JSON-LD."""

import json
from typing import Any

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpRequest
from django.template.context import Context
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext
from wagtail.models import Page

from news.models import NewsPage, news_index_url
from news.structured_data import breadcrumb_list, news_article

register = template.Library()

# What a JSON document may not contain inside <script>: "</script>" or "<!--" would end or
# confuse the element, so the characters are written as JSON escapes (as json_script does).
JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.simple_tag(takes_context=True)
def news_feed_links(context: Context, category=None) -> str:
    """<link rel="alternate"> to the RSS and Atom feeds of the news (of one category when
    given). Costs no query once the news index's address is cached."""
    request: HttpRequest | None = context.get("request")
    index_url = news_index_url()
    if request is None or not index_url:
        return ""
    query = f"?kategoria={category.slug}" if category is not None else ""
    suffix = f": {category.name}" if category is not None else ""
    links = [
        format_html(
            '<link rel="alternate" type="{}" title="{}" href="{}">',
            content_type,
            f"{label}{suffix}",
            request.build_absolute_uri(f"{index_url}{route}/{query}"),
        )
        for content_type, label, route in (
            ("application/rss+xml", gettext("Aktualności (RSS)"), "rss"),
            ("application/atom+xml", gettext("Aktualności (Atom)"), "atom"),
        )
    ]
    return mark_safe("\n    ".join(links))


@register.simple_tag
def json_ld(data: Any) -> SafeString:
    """A <script type="application/ld+json"> with `data`, safe against editors' text."""
    if not data:
        return SafeString("")
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(
        JSON_SCRIPT_ESCAPES
    )
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))


@register.simple_tag(takes_context=True)
def news_article_data(context: Context, news: NewsPage) -> dict | None:
    request = context.get("request")
    return news_article(request, news) if request is not None else None


@register.simple_tag(takes_context=True)
def breadcrumb_data(context: Context, ancestors: list[Page], current: Page) -> dict | None:
    request = context.get("request")
    if request is None or not current.pk:
        return None
    return breadcrumb_list(request, ancestors, current)

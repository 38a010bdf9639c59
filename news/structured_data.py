"""schema.org data of news pages (JSON-LD) for search engines: NewsArticle and BreadcrumbList."""

from typing import Any

from django.http import HttpRequest
from django.templatetags.static import static
from django.utils.translation import gettext
from wagtail.models import Page

from core.models import LibrarySettings

from .feeds import publication_moment
from .models import NewsPage

SHARE_IMAGE_FILTER = "fill-1200x675-c100|format-jpeg"


def organisation(request: HttpRequest) -> dict[str, Any]:
    library = LibrarySettings.load(request_or_site=request)
    site_root = request.build_absolute_uri("/")
    return {
        "@type": "Organization",
        "name": library.name,
        "url": site_root,
        "logo": {"@type": "ImageObject", "url": request.build_absolute_uri(static("img/logo.svg"))},
    }


def news_article(request: HttpRequest, news: NewsPage) -> dict[str, Any]:
    url = news.get_full_url(request) or request.build_absolute_uri()
    publisher = organisation(request)
    modified = news.last_published_at or news.latest_revision_created_at
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": news.title[:110],
        "description": news.lead,
        "datePublished": publication_moment(news).isoformat(),
        "dateModified": (modified or publication_moment(news)).isoformat(),
        "inLanguage": "pl",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "author": publisher,
        "publisher": publisher,
    }
    image = news.featured_image or news.listing_image or news.social_image
    if image is not None:
        rendition = image.get_rendition(SHARE_IMAGE_FILTER)
        data["image"] = [request.build_absolute_uri(rendition.url)]
    categories = [category.name for category in news.categories.all()]
    if categories:
        data["articleSection"] = categories
    return data


def breadcrumb_list(request: HttpRequest, ancestors: list[Page], current: Page) -> dict[str, Any]:
    """The trail shown on the page, from the homepage to the current page."""
    trail = [*ancestors, current]
    return {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": position,
                "name": gettext("Strona główna") if page.depth == 2 else page.title,
                "item": page.get_full_url(request),
            }
            for position, page in enumerate(trail, start=1)
        ],
    }

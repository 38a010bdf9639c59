"""RSS 2.0 and Atom feeds of the news, whole or narrowed to a category or tag."""

import datetime
import logging

from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Enclosure, Rss201rev2Feed, SyndicationFeed
from django.utils.translation import gettext

from core.models import LibrarySettings

from .models import NewsFilters, NewsIndexPage, NewsPage

logger = logging.getLogger(__name__)

# A JPEG every feed reader can show, wide enough for a large preview.
ENCLOSURE_FILTER = "width-1200|format-jpeg"


def publication_moment(news: NewsPage) -> datetime.datetime:
    """When the article appeared: its editable date, at the hour of the first publication when
    that happened on the same day (feeds need a moment, not a day)."""
    date = news.display_date or timezone.localdate()
    published = news.first_published_at
    if published and timezone.localdate(published) == date:
        return published
    return timezone.make_aware(datetime.datetime.combine(date, datetime.time(12, 0)))


def image_enclosure(request: HttpRequest, news: NewsPage) -> Enclosure | None:
    image = news.featured_image or news.listing_image
    if image is None:
        return None
    try:
        rendition = image.get_rendition(ENCLOSURE_FILTER)
        length = rendition.file.size
    except (OSError, ValueError):
        # A missing source file must not take the whole feed down; the item goes without it.
        logger.warning("No feed enclosure for image %s", image.pk, exc_info=True)
        return None
    return Enclosure(request.build_absolute_uri(rendition.url), str(length), "image/jpeg")


def news_feed(
    news_index: NewsIndexPage, request: HttpRequest, filters: NewsFilters, *, atom: bool
) -> HttpResponse:
    library = LibrarySettings.load(request_or_site=request)
    feed_class: type[SyndicationFeed] = Atom1Feed if atom else Rss201rev2Feed
    title = filters.describe(news_index.title)
    feed = feed_class(
        title=f"{title} – {library.short_name}",
        link=news_index.filtered_url(request, filters),
        description=news_index.search_description
        or gettext("Aktualności: %(library)s") % {"library": library.name},
        language="pl",
        feed_url=request.build_absolute_uri(),
        author_name=library.name,
        ttl="60",
    )
    news_items = filters.apply(news_index.news())[: news_index.news_per_feed]
    for news in news_items:
        url = news.get_full_url(request)
        published = publication_moment(news)
        # Atom requires <updated> on every entry; an editor may also date an article later
        # than its last edit (a planned announcement), and updated never precedes published.
        updated = max(filter(None, [published, news.last_published_at]))
        feed.add_item(
            title=news.title,
            link=url,
            unique_id=url,
            unique_id_is_permalink=True,
            description=news.lead,
            pubdate=published,
            updateddate=updated,
            categories=[category.name for category in news.categories.all()],
            enclosures=[enclosure] if (enclosure := image_enclosure(request, news)) else [],
        )
    response = HttpResponse(content_type=f"{feed.content_type}")
    feed.write(response, "utf-8")
    return response

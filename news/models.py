"""The newsroom: the news index with its listing, filters and feeds, and news articles with
their taxonomy."""

import math
import re
from dataclasses import dataclass

from django import forms
from django.core.cache import cache
from django.db import models
from django.db.models import Count, Max, Q
from django.db.models.functions import ExtractYear
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.http import Http404, HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.http import urlencode
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import Tag, TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, PageManager, Workflow, WorkflowPage
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail.signals import page_published, page_slug_changed, page_unpublished

from core.blocks import RICH_TEXT_FEATURES, BodyBlock
from core.models import BasePage
from core.pagination import paginate
from core.text import polish_slugify
from partners.models import PartnerPage


class NewsCategory(models.Model):
    """A section of the news, e.g. "Wydarzenia" or "Alians"; readers filter the news by it."""

    name = models.CharField(_("nazwa"), max_length=80, unique=True)
    slug = models.SlugField(
        _("identyfikator w adresie"),
        max_length=80,
        unique=True,
        blank=True,
        help_text=_("Używany w adresie (?kategoria=…). Puste pole: utworzony z nazwy."),
    )
    description = models.TextField(_("opis"), blank=True, max_length=500)
    sort_order = models.PositiveSmallIntegerField(_("kolejność"), default=0)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = _("kategoria aktualności")
        verbose_name_plural = _("kategorie aktualności")

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = polish_slugify(self.name)[:80]
        super().save(*args, **kwargs)


class NewsPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "news.NewsPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


# Only four digits name a year in the archive; anything else is not a page of the site.
YEAR_PATTERN = re.compile(r"[12]\d{3}")
# Category and tag slugs are ASCII; anything else (e.g. a NUL byte, which PostgreSQL refuses in a
# query) names nothing and never reaches the database.
SLUG_PATTERN = re.compile(r"[-\w]{1,100}", re.ASCII)
# What editors call the moderation workflow; the data migration creates it under this name.
MODERATION_WORKFLOW_NAME = "Moderacja aktualności"
# The news index's address is needed in the <head> of every page (feed links); it changes only
# when the index is published, moved or removed, and these events clear it.
FEED_INDEX_CACHE_KEY = "news:index-url"
FEED_INDEX_CACHE_SECONDS = 60 * 60


@dataclass(frozen=True)
class NewsFilters:
    """What a reader narrowed the news down to: `?kategoria=`, `?tag=`, `?rok=`."""

    category: NewsCategory | None = None
    tag: Tag | None = None
    year: int | None = None

    @classmethod
    def from_request(cls, request: HttpRequest) -> "NewsFilters":
        """The filters of the request's query string. A value that names no category, tag or
        year is answered with a 404: such an address does not lead to a list of news."""
        category = tag = year = None
        if category_slug := request.GET.get("kategoria"):
            if SLUG_PATTERN.fullmatch(category_slug):
                category = NewsCategory.objects.filter(slug=category_slug).first()
            if category is None:
                raise Http404("Nie ma takiej kategorii aktualności.")
        if tag_slug := request.GET.get("tag"):
            if SLUG_PATTERN.fullmatch(tag_slug):
                used_tags = Tag.objects.filter(news_newspagetag_items__isnull=False).distinct()
                tag = used_tags.filter(slug=tag_slug).first()
            if tag is None:
                raise Http404("Nie ma takiego tagu.")
        if year_text := request.GET.get("rok"):
            if not YEAR_PATTERN.fullmatch(year_text):
                raise Http404("Nieprawidłowy rok.")
            year = int(year_text)
        return cls(category=category, tag=tag, year=year)

    def __bool__(self) -> bool:
        return any((self.category, self.tag, self.year))

    def apply(self, news: "NewsPageQuerySet", *, with_year: bool = True) -> "NewsPageQuerySet":
        if self.category:
            news = news.filter(categories=self.category)
        if self.tag:
            news = news.filter(tags=self.tag)
        if self.year and with_year:
            news = news.filter(date__year=self.year)
        return news

    def query(self) -> dict[str, str]:
        """The filters as query parameters, always in the same order (canonical URLs)."""
        parameters = {}
        if self.category:
            parameters["kategoria"] = self.category.slug
        if self.tag:
            parameters["tag"] = self.tag.slug
        if self.year:
            parameters["rok"] = str(self.year)
        return parameters

    def describe(self, title: str) -> str:
        """The heading of the filtered list, e.g. „Aktualności: Wydarzenia z roku 2009”."""
        text = title
        if self.category:
            text = gettext("%(title)s: %(category)s") % {
                "title": text,
                "category": self.category.name,
            }
        if self.tag:
            text = gettext("%(title)s z tagiem „%(tag)s”") % {"title": text, "tag": self.tag.name}
        if self.year:
            text = gettext("%(title)s z roku %(year)s") % {"title": text, "year": self.year}
        return text


class NewsIndexPage(RoutablePageMixin, BasePage):
    """The news listing ("Aktualności"), newest first, with filters, a year archive and feeds."""

    intro = RichTextField(_("wstęp"), blank=True, features=RICH_TEXT_FEATURES)

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPage"]
    max_count = 1

    class Meta:
        verbose_name = _("lista aktualności")
        verbose_name_plural = _("listy aktualności")

    news_per_page = 12
    news_per_feed = 20

    def news(self):
        """Published, public news of this index, newest first, ready for cards."""
        return NewsPage.objects.child_of(self).for_listing()

    def year_counts(self, filters: NewsFilters) -> list[tuple[int, int]]:
        """(year, number of news) for the archive, newest year first, in one query. Counts
        follow the chosen category and tag, so that every year link leads to some news."""
        news = filters.apply(
            NewsPage.objects.child_of(self).live().public(), with_year=False
        ).filter(date__isnull=False)
        rows = (
            news.annotate(year=ExtractYear("date"))
            .values("year")
            .annotate(count=Count("pk", distinct=True))
            .order_by("-year")
        )
        return [(row["year"], row["count"]) for row in rows]

    def filtered_url(self, request: HttpRequest, filters: NewsFilters, page_number: int = 1):
        """The canonical address of a filtered list: filters in a fixed order, no `page=1`."""
        parameters = filters.query()
        if page_number > 1:
            parameters["page"] = str(page_number)
        url = self.get_full_url(request) or request.build_absolute_uri(self.url)
        return f"{url}?{urlencode(parameters)}" if parameters else url

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        filters = NewsFilters.from_request(request)
        news_page = paginate(request, filters.apply(self.news()), self.news_per_page)
        context.update(
            filters=filters,
            listing_title=filters.describe(self.title),
            news_page=news_page,
            categories=list(NewsCategory.objects.all()),
            year_counts=self.year_counts(filters),
            canonical=self.filtered_url(request, filters, news_page.number),
        )
        return context

    @path("rss/", name="rss")
    def rss_feed(self, request: HttpRequest) -> HttpResponse:
        from .feeds import news_feed

        return news_feed(self, request, NewsFilters.from_request(request), atom=False)

    @path("atom/", name="atom")
    def atom_feed(self, request: HttpRequest) -> HttpResponse:
        from .feeds import news_feed

        return news_feed(self, request, NewsFilters.from_request(request), atom=True)

    def get_sitemap_urls(self, request=None):
        # The list changes whenever a news item is published: its newest publication is the
        # list's own modification time.
        latest = (
            NewsPage.objects.child_of(self)
            .live()
            .public()
            .aggregate(latest=Max("last_published_at"))["latest"]
        )
        own = self.last_published_at or self.latest_revision_created_at
        candidates = [moment for moment in (own, latest) if moment]
        return [
            {
                "location": self.get_full_url(request),
                "lastmod": max(candidates) if candidates else None,
            }
        ]


class NewsPageQuerySet(PageQuerySet):
    def newest_first(self):
        # The same order everywhere (listing, feeds, previous/next), served by the index on
        # (date DESC, page_ptr DESC): no sorting of every published item.
        return self.order_by("-date", "-pk")

    def for_listing(self):
        """Published, public news, newest first, with what their cards show."""
        return (
            self.live()
            .public()
            .select_related("featured_image", "listing_image")
            # Cards show the first category and a picture: one query each for the whole list
            # instead of one per card.
            .prefetch_related(
                "categories", "featured_image__renditions", "listing_image__renditions"
            )
            .newest_first()
        )


class NewsPage(BasePage):
    """One news article."""

    date = models.DateField(
        _("data publikacji"),
        null=True,
        blank=True,
        help_text=_("Puste pole: data pierwszej publikacji."),
    )
    lead = models.TextField(
        _("lead"),
        max_length=600,
        help_text=_("Jedno, dwa zdania streszczenia, wyróżnione nad treścią."),
    )
    featured_image = models.ForeignKey(
        "images.CustomImage",
        verbose_name=_("zdjęcie główne"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Tekst alternatywny pochodzi z opisu obrazu w bibliotece obrazów."),
    )
    featured_image_caption = models.CharField(
        _("podpis zdjęcia głównego"), max_length=300, blank=True
    )
    body = StreamField(BodyBlock(), verbose_name=_("treść"), blank=True)
    categories = ParentalManyToManyField(
        NewsCategory, verbose_name=_("kategorie"), blank=True, related_name="news_pages"
    )
    tags = ClusterTaggableManager(through=NewsPageTag, verbose_name=_("tagi"), blank=True)

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("date"),
        FieldPanel("lead"),
        MultiFieldPanel(
            [FieldPanel("featured_image"), FieldPanel("featured_image_caption")],
            heading=_("Zdjęcie główne"),
        ),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("categories", widget=forms.CheckboxSelectMultiple), FieldPanel("tags")],
            heading=_("Kategorie i tagi"),
        ),
        InlinePanel(
            "related_partners", heading=_("Partnerzy Aliansu, których dotyczy"), label=_("partner")
        ),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("lead"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    objects = PageManager.from_queryset(NewsPageQuerySet)()

    preview_modes = [("", _("Strona aktualności")), ("card", _("Karta na liście aktualności"))]

    class Meta:
        verbose_name = _("aktualność")
        verbose_name_plural = _("aktualności")
        indexes = [
            # The listing, the feeds and the homepage ask for the newest news: without this the
            # database sorts every published item on each request.
            models.Index(fields=["-date", "-page_ptr"], name="news_newest_first"),
        ]

    words_per_minute = 200
    related_news_count = 3

    def get_preview_template(self, request, mode_name):
        # The card preview shows the article the way readers meet it in the listing.
        if mode_name == "card":
            return "news/news_page_card_preview.html"
        return super().get_preview_template(request, mode_name)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["reading_minutes"] = self.reading_minutes
        context["related_news"] = self.related_news()
        context["previous_news"], context["next_news"] = self.neighbours()
        # Read the partner ids from the in-memory relation so that previews show unsaved changes,
        # then fetch the pages in one query; drafts and private partners are not linked.
        partner_ids = [link.partner_id for link in self.related_partners.all()]
        partners = (
            PartnerPage.objects.filter(pk__in=partner_ids).live().public().in_bulk()
            if partner_ids
            else {}
        )
        context["related_partners"] = [partners[pk] for pk in partner_ids if pk in partners]
        return context

    def sibling_news(self) -> NewsPageQuerySet:
        parent = self.get_parent()
        return NewsPage.objects.child_of(parent).for_listing().exclude(pk=self.pk)

    def related_news(self) -> list["NewsPage"]:
        """Newest news sharing a category with this one (itself excluded)."""
        category_ids = [category.pk for category in self.categories.all()]
        if not category_ids or not self.get_parent():
            return []
        # A subquery instead of a join: no DISTINCT, so the newest-first index still serves
        # the order and the database stops after a few rows.
        in_categories = NewsPage.categories.through.objects.filter(
            newscategory_id__in=category_ids
        ).values("newspage_id")
        return list(self.sibling_news().filter(pk__in=in_categories)[: self.related_news_count])

    def neighbours(self) -> tuple["NewsPage | None", "NewsPage | None"]:
        """The previous (older) and next (newer) article, in the listing's order."""
        if self.date is None or not self.pk or not self.get_parent():
            return None, None
        siblings = self.sibling_news().prefetch_related(None).select_related(None)
        older = siblings.filter(Q(date__lt=self.date) | Q(date=self.date, pk__lt=self.pk))
        newer = siblings.filter(Q(date__gt=self.date) | Q(date=self.date, pk__gt=self.pk))
        return older.first(), newer.order_by("date", "pk").first()

    @property
    def plain_text(self) -> str:
        """The words a reader reads: lead and body, without markup or block settings."""
        parts = [self.lead or ""]
        for block in self.body:
            parts.extend(block.block.get_searchable_content(block.value))
        return " ".join(strip_tags(str(part)) for part in parts)

    @property
    def reading_minutes(self) -> int:
        words = len(self.plain_text.split())
        return max(1, math.ceil(words / self.words_per_minute))

    @property
    def display_date(self):
        if self.date:
            return self.date
        published = self.first_published_at or self.latest_revision_created_at
        return timezone.localdate(published) if published else None

    @property
    def card_summary(self) -> str:
        return self.listing_summary or self.lead

    @property
    def card_image(self):
        return self.listing_image or self.featured_image


class NewsPageRelatedPartner(Orderable):
    """A partner of the Alliance that a news article is about."""

    page = ParentalKey(NewsPage, on_delete=models.CASCADE, related_name="related_partners")
    partner = models.ForeignKey(
        "partners.PartnerPage",
        verbose_name=_("partner"),
        on_delete=models.CASCADE,
        related_name="news_links",
    )

    panels = [FieldPanel("partner")]

    class Meta(Orderable.Meta):
        verbose_name = _("powiązany partner")
        verbose_name_plural = _("powiązani partnerzy")


@receiver(page_published, sender=NewsPage)
def fill_in_publication_date(sender, instance: NewsPage, **kwargs) -> None:
    """An article published without a date takes the date of its first publication."""
    if instance.date is None:
        published = instance.first_published_at or timezone.now()
        instance.date = timezone.localdate(published)
        NewsPage.objects.filter(pk=instance.pk).update(date=instance.date)


def _clear_news_index_url(**kwargs) -> None:
    cache.delete(FEED_INDEX_CACHE_KEY)


for _signal in (page_published, page_unpublished, page_slug_changed):
    _signal.connect(_clear_news_index_url, sender=NewsIndexPage)
post_delete.connect(_clear_news_index_url, sender=NewsIndexPage)


def news_index_url() -> str:
    """The address of the site's published news index ("" without one), kept in the cache:
    every page's <head> links to its feeds."""
    url = cache.get(FEED_INDEX_CACHE_KEY)
    if url is None:
        news_index = NewsIndexPage.objects.live().public().first()
        url = (news_index.get_url() or "") if news_index else ""
        cache.set(FEED_INDEX_CACHE_KEY, url, FEED_INDEX_CACHE_SECONDS)
    return url


@receiver(post_save, sender=NewsIndexPage)
def moderate_new_news_index(sender, instance: NewsIndexPage, created: bool, **kwargs) -> None:
    """A new news index gets the two-step moderation workflow the data migration set up."""
    if not created or kwargs.get("raw"):
        return
    workflow = Workflow.objects.filter(name=MODERATION_WORKFLOW_NAME, active=True).first()
    if workflow is not None:
        WorkflowPage.objects.get_or_create(page=instance, defaults={"workflow": workflow})

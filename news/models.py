"""The newsroom: the news index with its listing, and news articles with their taxonomy."""

from django import forms
from django.db import models
from django.dispatch import receiver
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail.signals import page_published

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


class NewsIndexPage(BasePage):
    """The news listing ("Aktualności"), newest first."""

    intro = RichTextField(_("wstęp"), blank=True, features=RICH_TEXT_FEATURES)

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPage"]
    max_count = 1

    class Meta:
        verbose_name = _("lista aktualności")
        verbose_name_plural = _("listy aktualności")

    news_per_page = 12

    def news(self):
        """Published, public news of this index, newest first, ready for cards."""
        return NewsPage.objects.child_of(self).for_listing()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["news_page"] = paginate(request, self.news(), self.news_per_page)
        return context


class NewsPageQuerySet(PageQuerySet):
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
            .order_by("-date", "-first_published_at", "-pk")
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

    class Meta:
        verbose_name = _("aktualność")
        verbose_name_plural = _("aktualności")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
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

"""The homepage and the generic content pages hanging under it."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from core.blocks import RICH_TEXT_FEATURES, BodyBlock
from core.models import BasePage
from news.models import NewsIndexPage, NewsPage
from partners.models import PartnerIndexPage


class HomePage(BasePage):
    """The front page: hero, the library at a glance, latest news and the Alliance teaser."""

    hero_heading = models.CharField(
        _("nagłówek"), max_length=150, help_text=_("Główne hasło strony, np. nazwa biblioteki.")
    )
    hero_lead = models.TextField(_("tekst wprowadzający"), blank=True, max_length=500)
    hero_image = models.ForeignKey(
        "images.CustomImage",
        verbose_name=_("obraz"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Szeroki obraz w nagłówku strony (najlepiej co najmniej 1600 px szerokości)."),
    )
    featured_news = models.ForeignKey(
        "news.NewsPage",
        verbose_name=_("wyróżniona aktualność"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Pokazywana na stronie głównej jako pierwsza, większa. Puste pole (albo aktualność "
            "nieopublikowana): wyróżniona zostanie najnowsza."
        ),
    )
    latest_news_count = models.PositiveSmallIntegerField(
        _("liczba aktualności"),
        default=3,
        validators=[MinValueValidator(1), MaxValueValidator(12)],
        help_text=_("Ile najnowszych aktualności pokazać (1–12)."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("dodatkowe sekcje"), blank=True)

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [FieldPanel("hero_heading"), FieldPanel("hero_lead"), FieldPanel("hero_image")],
            heading=_("Nagłówek strony"),
        ),
        MultiFieldPanel(
            [PageChooserPanel("featured_news", "news.NewsPage"), FieldPanel("latest_news_count")],
            heading=_("Aktualności"),
        ),
        FieldPanel("body"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("hero_lead"),
        index.SearchField("body"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "news.NewsIndexPage",
        "partners.PartnerIndexPage",
        "home.StandardPage",
        "legal.AccessibilityStatementPage",
        "legal.PrivacyPolicyPage",
        "legal.EasyReadPage",
        "legal.SignLanguagePage",
    ]
    max_count = 1

    class Meta:
        verbose_name = _("strona główna")
        verbose_name_plural = _("strony główne")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        news_index = NewsIndexPage.objects.child_of(self).live().public().first()
        partner_index = PartnerIndexPage.objects.child_of(self).live().public().first()
        context["news_index"] = news_index
        context["featured_news"], context["latest_news"] = (
            self.featured_and_latest_news(news_index) if news_index else (None, [])
        )
        context["partner_index"] = partner_index
        if partner_index:
            partner_counts = partner_index.count_by_type()
            context["partner_counts"] = partner_counts
            context["partner_total"] = sum(count for _value, _label, count in partner_counts)
        return context

    def featured_and_latest_news(self, news_index: NewsIndexPage) -> tuple[NewsPage | None, list]:
        """The editor's pick (when published and public) or else the newest news, and the
        latest news after it, never repeating the featured one: `latest_news_count` in all."""
        news = NewsPage.objects.child_of(news_index).for_listing()
        featured = None
        if self.featured_news_id:
            featured = news.filter(pk=self.featured_news_id).first()
        if featured is None:
            latest = list(news[: self.latest_news_count])
            return (latest[0], latest[1:]) if latest else (None, [])
        return featured, list(news.exclude(pk=featured.pk)[: self.latest_news_count - 1])


class StandardPage(BasePage):
    """A content page: about the library, contact, rules, privacy policy… Can hold sub-pages."""

    intro = RichTextField(_("wstęp"), blank=True, features=RICH_TEXT_FEATURES)
    body = StreamField(BodyBlock(), verbose_name=_("treść"), blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("strona z treścią")
        verbose_name_plural = _("strony z treścią")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Sub-pages are listed as cards: their pictures come in one query, not one per card.
        context["child_pages"] = (
            StandardPage.objects.child_of(self)
            .live()
            .public()
            .select_related("listing_image")
            .prefetch_related("listing_image__renditions")
        )
        return context

    def children_for_menu(self):
        return self.get_children().live().public().in_menu().specific()

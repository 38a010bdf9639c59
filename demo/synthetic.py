"""Synthetic news and partners for benchmarks: thousands of pages, clearly marked as not real.

Every title starts with „[Dane syntetyczne]”; the texts say they describe no real events or
organisations, and synthetic items never point at the real partners. Items are numbered and found by
their slugs, so asking for N items tops the set up to N instead of adding N more on every run.

Creating pages one by one (`add_child`, `save_revision`, `publish`) costs about 70 ms a page, i.e.
12 minutes for 10,000 news items. `bulk_publish_children` writes the same rows — tree paths, page
rows, one revision and a publish log entry per page, search index entries — in bulk: about 2 ms a
page on SQLite and 9 ms on PostgreSQL. Wagtail's reference index (the admin's "usage" counts) is not
updated for these pages; `manage.py rebuild_references_index` fills it in when needed.
"""

import datetime
from collections.abc import Iterable, Sequence
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import CharField, F, OuterRef, Subquery
from django.db.models.functions import Cast
from django.utils import timezone
from modelcluster.models import get_all_child_m2m_relations, get_all_child_relations
from wagtail.models import Page, PageLogEntry, Revision
from wagtail.search.backends import get_search_backends

from news.factories import NewsPageFactory
from news.models import NewsCategory, NewsIndexPage, NewsPage, NewsPageTag
from partners.factories import PartnerPageFactory
from partners.models import EngagementArea, PartnerIndexPage, PartnerPage
from partners.vocabularies import OrganisationType, Powiat

from .pages import polish_tags

SYNTHETIC_PREFIX = "[Dane syntetyczne]"
NEWS_SLUG_PREFIX = "dane-syntetyczne-aktualnosc-"
PARTNER_SLUG_PREFIX = "dane-syntetyczne-partner-"
SYNTHETIC_JOINED_FROM = datetime.date(2009, 12, 9)
SYNTHETIC_TAG = "dane syntetyczne"
# Varied words, so that search and tag filters have something to tell the items apart by.
TOPICS = [
    "książki",
    "czytelnia",
    "warsztaty",
    "spotkanie autorskie",
    "Internet",
    "kurs komputerowy",
    "zajęcia dla dzieci",
    "seniorzy",
]
BATCH_SIZE = 500


def _materialise_relations(page: Page) -> None:
    """Hold the new page's (empty) relations in memory, so that serialising it for its revision
    does not query the database once per relation and page."""
    for relation in get_all_child_relations(page):
        name = relation.get_accessor_name()
        setattr(page, name, list(getattr(page, name).all()))
    for m2m_field in get_all_child_m2m_relations(page):
        manager = getattr(page, m2m_field.name)
        manager.set(list(manager.all()))


@transaction.atomic
def bulk_publish_children(parent: Page, pages: Sequence[Page]) -> None:
    """Add new, published `pages` (one specific page model, direct subclass of Page) as the last
    children of `parent`. Their in-memory relations go into their revisions; writing the relation
    rows themselves is left to the caller, who knows the through models."""
    if not pages:
        return
    model = type(pages[0])
    if model._meta.get_parent_list() != [Page]:
        raise ValueError("bulk_publish_children handles page models that inherit Page directly.")
    parent = Page.objects.select_for_update().get(pk=parent.pk)
    last_child = parent.get_last_child()
    first_step = Page._str2int(last_child.path[-Page.steplen :]) + 1 if last_child else 1
    now = timezone.now()
    page_content_type = ContentType.objects.get_for_model(Page)

    for position, page in enumerate(pages):
        page.path = Page._get_path(parent.path, parent.depth + 1, first_step + position)
        page.depth = parent.depth + 1
        page.numchild = 0
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.locale_id = parent.locale_id
        page.draft_title = page.title
        page.live = True
        page.has_unpublished_changes = False
        page.first_published_at = page.last_published_at = now
        page.latest_revision_created_at = now

    base_fields = [field for field in Page._meta.concrete_fields if not field.primary_key]
    base_rows = Page.objects.bulk_create(
        [Page(**{f.attname: getattr(page, f.attname) for f in base_fields}) for page in pages],
        batch_size=BATCH_SIZE,
    )
    for page, base_row in zip(pages, base_rows, strict=True):
        _materialise_relations(page)
        page.id = page.page_ptr_id = base_row.pk
        # Only the specific model's own table: raw saves skip the parent table (written above)
        # and the signal handlers that would index each page one by one.
        page.save_base(raw=True, force_insert=True)

    revisions = Revision.objects.bulk_create(
        [
            Revision(
                content_type_id=page.content_type_id,
                base_content_type=page_content_type,
                object_id=str(page.pk),
                created_at=now,
                content=page.serializable_data(),
                object_str=str(page),
            )
            for page in pages
        ],
        batch_size=BATCH_SIZE,
    )
    for page, revision in zip(pages, revisions, strict=True):
        page.latest_revision_id = page.live_revision_id = revision.pk
    # One UPDATE joined to the revisions rather than bulk_update's CASE over thousands of ids.
    own_revision = (
        Revision.objects.filter(
            base_content_type=page_content_type,
            object_id=Cast(OuterRef("pk"), output_field=CharField()),
        )
        .order_by("-pk")
        .values("pk")[:1]
    )
    Page.objects.filter(pk__in=[page.pk for page in pages]).update(
        latest_revision_id=Subquery(own_revision), live_revision_id=Subquery(own_revision)
    )
    PageLogEntry.objects.bulk_create(
        [
            PageLogEntry(
                content_type_id=page.content_type_id,
                label=page.title,
                action=action,
                timestamp=now,
                page_id=page.pk,
                revision_id=revision.pk if action == "wagtail.publish" else None,
                content_changed=True,
            )
            for page, revision in zip(pages, revisions, strict=True)
            for action in ("wagtail.create", "wagtail.publish")
        ],
        batch_size=BATCH_SIZE,
    )
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))
    for backend in get_search_backends(with_auto_update=True):
        for start in range(0, len(pages), BATCH_SIZE):
            backend.add_bulk(model, pages[start : start + BATCH_SIZE])


def _missing_numbers(parent: Page, model: type[Page], slug_prefix: str, count: int) -> list[int]:
    existing = set(
        model.objects.child_of(parent)
        .filter(slug__startswith=slug_prefix)
        .values_list("slug", flat=True)
    )
    return [
        number for number in range(1, count + 1) if f"{slug_prefix}{number:05d}" not in existing
    ]


def _chunks(items: list[int], size: int) -> Iterable[list[int]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def add_synthetic_news(news_index: NewsIndexPage, count: int) -> int:
    """Make sure synthetic news items 1…`count` exist; return how many were added."""
    numbers = _missing_numbers(news_index, NewsPage, NEWS_SLUG_PREFIX, count)
    categories = list(NewsCategory.objects.order_by("sort_order", "name"))
    synthetic_tag, *topic_tags = polish_tags([SYNTHETIC_TAG, *TOPICS])
    for chunk in _chunks(numbers, BATCH_SIZE * 4):
        pages: list[NewsPage] = []
        relations: list[tuple[NewsPage, list[Any], list[Any]]] = []
        for number in chunk:
            topic_index = number % len(TOPICS)
            page = NewsPageFactory.build(
                title=f"{SYNTHETIC_PREFIX} Wiadomość testowa nr {number}",
                slug=f"{NEWS_SLUG_PREFIX}{number:05d}",
                # Spread over 2009–2026 (never past mid-November 2026), so that the year archive
                # has every year to count.
                date=datetime.date(2009, 1, 1) + datetime.timedelta(days=(number * 37) % 6530),
                lead=(
                    "Wiadomość wygenerowana do testów wydajności serwisu. Nie opisuje "
                    "prawdziwych wydarzeń."
                ),
                body=[
                    {
                        "type": "paragraph",
                        "value": (
                            f"<p>Przykładowa treść wiadomości testowej nr {number}. "
                            f"Temat: {TOPICS[topic_index]}.</p>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Tekst wygenerowany automatycznie; nie dotyczy żadnej "
                            "rzeczywistej osoby, instytucji ani wydarzenia.</p>"
                        ),
                    },
                ],
            )
            item_categories = [categories[number % len(categories)]] if categories else []
            item_tags = [synthetic_tag, topic_tags[topic_index]]
            page.categories.set(item_categories)
            page.tags.set(item_tags)
            pages.append(page)
            relations.append((page, item_categories, item_tags))
        with transaction.atomic():
            bulk_publish_children(news_index, pages)
            NewsPage.categories.through.objects.bulk_create(
                [
                    NewsPage.categories.through(newspage_id=page.pk, newscategory_id=category.pk)
                    for page, item_categories, _tags in relations
                    for category in item_categories
                ],
                batch_size=BATCH_SIZE,
            )
            NewsPageTag.objects.bulk_create(
                [
                    NewsPageTag(content_object_id=page.pk, tag_id=tag.pk)
                    for page, _categories, item_tags in relations
                    for tag in item_tags
                ],
                batch_size=BATCH_SIZE,
            )
    return len(numbers)


def add_synthetic_partners(alliance: PartnerIndexPage, count: int) -> int:
    """Make sure synthetic partners 1…`count` exist; return how many were added."""
    numbers = _missing_numbers(alliance, PartnerPage, PARTNER_SLUG_PREFIX, count)
    areas = list(EngagementArea.objects.order_by("sort_order", "name"))
    types = OrganisationType.values
    # A blank powiat too: organisations working across the voivodeship or seated outside it.
    powiats = [*Powiat.values, ""]
    for chunk in _chunks(numbers, BATCH_SIZE * 4):
        pages: list[PartnerPage] = []
        for number in chunk:
            title = f"{SYNTHETIC_PREFIX} Organizacja partnerska nr {number}"
            page = PartnerPageFactory.build(
                title=title,
                # Bulk saves skip PartnerPage.save(), which keeps the search name.
                search_name=PartnerPage.fold_name(title, ""),
                slug=f"{PARTNER_SLUG_PREFIX}{number:05d}",
                organisation_type=types[number % len(types)],
                powiat=powiats[number % len(powiats)],
                city="",
                # Spread over the Alliance's years so that sorting by date has work to do.
                joined_date=SYNTHETIC_JOINED_FROM + datetime.timedelta(days=(number * 37) % 5000),
                role=(
                    "Dane syntetyczne do testów wydajności; nie opisują żadnej rzeczywistej "
                    "organizacji."
                ),
            )
            page.areas.set(
                sorted(
                    {areas[number % len(areas)], areas[(number * 3 + 1) % len(areas)]},
                    key=lambda area: area.sort_order,
                )
                if areas
                else []
            )
            pages.append(page)
        with transaction.atomic():
            bulk_publish_children(alliance, pages)
            PartnerPage.areas.through.objects.bulk_create(
                [
                    PartnerPage.areas.through(partnerpage_id=page.pk, engagementarea_id=area.pk)
                    for page in pages
                    for area in page.areas.all()
                ],
                batch_size=BATCH_SIZE,
            )
    return len(numbers)

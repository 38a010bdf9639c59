"""Update-or-create for pages and settings, so that loading the demo content twice changes nothing.

A page is found by its parent and slug. When it is missing, or exists without any revision (the
homepage the migration creates), it is created or filled in and published. A page that already has
revisions may have been edited since: it is left alone, so re-running the command never overwrites
an editor's work or publishes their draft. With `restore` (the command's --reset) a page whose latest
revision differs from the demo content, or that is not published, gets a new revision and is
published; the editor's versions stay in its history.
"""

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from django.db import models
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.managers import TaggableManager
from taggit.models import Tag
from wagtail.contrib.settings.models import BaseGenericSetting
from wagtail.fields import StreamField
from wagtail.log_actions import log
from wagtail.models import Page

from core.text import polish_slugify


@dataclass
class Tally:
    """What a run created, updated and left unchanged, for the command's summary."""

    created: Counter = field(default_factory=Counter)
    updated: Counter = field(default_factory=Counter)
    unchanged: Counter = field(default_factory=Counter)
    # Whether pages that already exist are brought back to the demo content (--reset).
    restore: bool = False

    def record(self, outcome: str, kind: str) -> None:
        getattr(self, outcome)[kind] += 1


def _without_block_ids(value: Any) -> Any:
    # Block ids are random UUIDs given on every save; they say nothing about the content.
    if isinstance(value, dict):
        return {key: _without_block_ids(item) for key, item in value.items() if key != "id"}
    if isinstance(value, list):
        return [_without_block_ids(item) for item in value]
    return value


def _normalised_stream(stream_field: StreamField, raw: Any) -> list:
    """Stored (JSON) form of a stream, with defaults filled in, so two versions can be compared."""
    if hasattr(raw, "get_prep_value"):
        raw = raw.get_prep_value()
    stream_value = stream_field.stream_block.to_python(list(raw or []))
    # Touching every child turns raw data into blocks, so missing optional keys get their defaults.
    for _child in stream_value:
        pass
    return _without_block_ids(stream_value.get_prep_value())


def _plain(value: Any) -> Any:
    return value.pk if isinstance(value, models.Model) else value


def polish_tags(names: list[str]) -> list[Tag]:
    """Tags with ASCII slugs (taggit would keep "ł" and "ń" in them), created when missing."""
    tags = []
    for name in names:
        tag = Tag.objects.filter(name=name).first()
        if tag is None:
            tag = Tag.objects.create(name=name, slug=polish_slugify(name) or None)
        tags.append(tag)
    return tags


def _is_child_relation(model_field: Any) -> bool:
    return isinstance(model_field, models.ManyToOneRel) and isinstance(
        model_field.remote_field, ParentalKey
    )


def _comparable(instance: models.Model, name: str, wanted: Any = None, *, current: bool) -> Any:
    """The value of `name` on `instance` (current=True) or the wanted value, in one shape."""
    model_field = instance._meta.get_field(name)
    if isinstance(model_field, StreamField):
        return _normalised_stream(model_field, getattr(instance, name) if current else wanted)
    if isinstance(model_field, ParentalManyToManyField):
        items = getattr(instance, name).all() if current else wanted
        return sorted(item.pk for item in items)
    if isinstance(model_field, TaggableManager):
        items = getattr(instance, name).all() if current else wanted
        return sorted(tag.name for tag in items)
    if _is_child_relation(model_field):
        # An InlinePanel's children: compare the fields the wanted children set, in order.
        keys = sorted({key for child in wanted for key in child})
        if current:
            return [
                {key: child.serializable_value(key) for key in keys}
                for child in getattr(instance, name).all()
            ]
        return [{key: _plain(child[key]) for key in keys} for child in wanted]
    return _plain(getattr(instance, name)) if current else _plain(wanted)


def _differs(instance: models.Model, values: dict[str, Any]) -> bool:
    return any(
        _comparable(instance, name, wanted, current=True)
        != _comparable(instance, name, wanted, current=False)
        for name, wanted in values.items()
    )


def _assign(instance: models.Model, values: dict[str, Any]) -> None:
    for name, wanted in values.items():
        model_field = instance._meta.get_field(name)
        if isinstance(model_field, (ParentalManyToManyField, TaggableManager)):
            getattr(instance, name).set(wanted)
        elif _is_child_relation(model_field):
            child_model = model_field.related_model
            children = [
                child_model(**child, sort_order=position)
                if hasattr(child_model, "sort_order")
                else child_model(**child)
                for position, child in enumerate(wanted)
            ]
            setattr(instance, name, children)
        else:
            setattr(instance, name, wanted)


def sync_page(
    parent: Page, model: type[Page], slug: str, values: dict[str, Any], tally: Tally
) -> Page:
    """Create the page `slug` under `parent`, or bring it up to `values`, and publish it."""
    kind = str(model._meta.verbose_name)
    existing = model.objects.child_of(parent).filter(slug=slug).first()
    if existing is None:
        page = model(slug=slug, live=False)
        _assign(page, values)
        parent.add_child(instance=page)
        log(instance=page, action="wagtail.create", content_changed=True)
        page.save_revision().publish()
        tally.record("created", kind)
        return page

    if existing.latest_revision_id and not tally.restore:
        tally.record("unchanged", kind)
        return existing
    draft = existing.get_latest_revision_as_object()
    is_published = existing.live and not existing.has_unpublished_changes
    if is_published and existing.latest_revision_id and not _differs(draft, values):
        tally.record("unchanged", kind)
        return existing
    _assign(draft, values)
    draft.save_revision(log_action=True).publish()
    tally.record("updated", kind)
    return draft


def sync_setting(
    setting_model: type[BaseGenericSetting], values: dict[str, Any], tally: Tally
) -> BaseGenericSetting:
    """Create the site-wide setting or bring the given fields up to `values`, saving only on
    change. Fields not named are left to the editors."""
    kind = str(setting_model._meta.verbose_name)
    existed = setting_model.base_queryset().exists()
    instance = setting_model.load()
    if not _differs(instance, values):
        tally.record("unchanged" if existed else "created", kind)
        return instance
    _assign(instance, values)
    instance.save()
    tally.record("updated" if existed else "created", kind)
    return instance

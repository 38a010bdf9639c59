"""Keep the cached header and footer links (links.py) in step with the legal pages."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from .links import forget_legal_page_urls, is_legal_page


@receiver(page_published)
@receiver(page_unpublished)
@receiver(page_slug_changed)
@receiver(post_page_move)
def _page_changed(sender, instance, **kwargs) -> None:
    if is_legal_page(instance):
        forget_legal_page_urls()


@receiver(post_delete)
@receiver(post_save, sender="wagtailcore.Site")
def _page_or_site_removed(sender, instance, **kwargs) -> None:
    # Deleting a page sends post_delete for the Page row and its specific row; sites change
    # every page's address.
    from wagtail.models import Page, Site

    if isinstance(instance, Site) or (isinstance(instance, Page) and is_legal_page(instance)):
        forget_legal_page_urls()

"""The site's image library: Wagtail's image with a credit line, ready for renditions in AVIF/WebP/JPEG."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.images.models import AbstractImage, AbstractRendition, Image


class CustomImage(AbstractImage):
    """An image in the library; `description` is its default alternative text."""

    credit = models.CharField(
        _("autor / źródło"),
        max_length=255,
        blank=True,
        help_text=_(
            "Np. „fot. Jan Kowalski” albo „materiały organizatora”. Wyświetlane pod zdjęciem."
        ),
    )

    admin_form_fields = (*Image.admin_form_fields, "credit")


class Rendition(AbstractRendition):
    image = models.ForeignKey(CustomImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)

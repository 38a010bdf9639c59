from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LegalConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "legal"
    verbose_name = _("Informacje prawne i dostępność")

    def ready(self) -> None:
        from . import signals  # noqa: F401  (cache invalidation of the header and footer links)

from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = "Wyszukiwarka"

    def ready(self) -> None:
        from . import checks  # noqa: F401  (registers the system checks)

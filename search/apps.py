from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    """One privacy-aware search over pages and member content."""

    name = "search"
    verbose_name = _("Zoeken")

    def ready(self):
        from . import signals

        signals.connect()

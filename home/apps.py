from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    """The public section of the Kennisplein site."""

    name = "home"
    verbose_name = _("Publieke site")

    def ready(self):
        from . import checks  # noqa: F401 (registers the start-up checks)
        from .cache import connect_purge_signals
        from .spreadsheets import prepare_admin_exports

        connect_purge_signals()
        prepare_admin_exports()

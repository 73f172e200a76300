from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    """The public section of the Kennisplein site."""

    name = "home"
    verbose_name = _("Publieke site")

    def ready(self):
        from django.contrib.auth import get_user_model
        from django.db.models.signals import pre_save

        from . import checks  # noqa: F401 (registers the start-up checks)
        from .cache import connect_purge_signals
        from .signals import user_names_without_direction_overrides
        from .spreadsheets import prepare_admin_exports

        connect_purge_signals()
        prepare_admin_exports()
        pre_save.connect(
            user_names_without_direction_overrides,
            sender=get_user_model(),
            dispatch_uid="home.user_names_without_direction_overrides",
        )

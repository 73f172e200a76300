from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class KenniskringConfig(AppConfig):
    """The closed learning network: a Wagtail content module another site can install."""

    name = "kenniskring"
    verbose_name = _("Kenniskring")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import checks, signals  # noqa: F401 (checks registers itself)

        signals.connect()

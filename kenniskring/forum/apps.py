from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ForumConfig(AppConfig):
    """The kenniskring's forum and shared experiences."""

    name = "kenniskring.forum"
    label = "kenniskring_forum"
    verbose_name = _("Forum van de kenniskring")
    default_auto_field = "django.db.models.BigAutoField"

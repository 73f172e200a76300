from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LearningConfig(AppConfig):
    """Reflection assignments, reflections, portfolios, learning questions and challenges."""

    name = "kenniskring.learning"
    label = "kenniskring_learning"
    verbose_name = _("Leermateriaal")
    default_auto_field = "django.db.models.BigAutoField"

from django.db import models
from django.utils.translation import gettext_lazy as _


class Region(models.Model):
    """One of the regional networks of nine to ten projects that meet six times."""

    name = models.CharField(
        _("naam"), max_length=100, help_text=_("Naam van de regio, bijvoorbeeld 'Oost'.")
    )
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        unique=True,
        help_text=_("Korte naam voor in webadressen en filters, bijvoorbeeld 'oost'."),
    )
    sort_order = models.PositiveSmallIntegerField(
        _("volgorde"), default=0, help_text=_("Regio's met een lager getal komen eerst.")
    )

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = _("regio")
        verbose_name_plural = _("regio's")

    def __str__(self):
        return self.name

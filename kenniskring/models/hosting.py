from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from ..input import TextBound
from .pages import NetworkDayPage, on_source_day
from .projects import BuddyProjectPage


class HostOffer(models.Model):
    """A project offers to host a network day of its region; partners plan it in."""

    project = models.ForeignKey(
        BuddyProjectPage,
        verbose_name=_("project"),
        on_delete=models.CASCADE,
        related_name="host_offers",
    )
    period = models.CharField(
        _("wanneer"),
        max_length=120,
        help_text=_(
            "Wanneer jullie gastheer willen zijn, bv. 'voorjaar 2021' of 'een dinsdag in maart'."
        ),
    )
    note = models.TextField(
        _("toelichting"),
        max_length=1000,
        blank=True,
        validators=[TextBound(1000)],
        help_text=_(
            "Wat jullie willen tonen, de plaats, bereikbaarheid, hoeveel mensen er passen."
        ),
    )
    day = models.ForeignKey(
        NetworkDayPage,
        verbose_name=_("ingepland op"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("De netwerkdag die bij dit project doorgaat, zodra de partners hem plannen."),
    )
    offered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("aangeboden op"), auto_now_add=True)

    class Meta:
        verbose_name = _("aanbod om gastheer te zijn")
        verbose_name_plural = _("aanbod om gastheer te zijn")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["project", "period"], name="one_offer_per_period")
        ]

    def __str__(self):
        return f"{self.project} ({self.period})"

    def save(self, *args, **kwargs):
        on_source_day(self)
        super().save(*args, **kwargs)

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from ..input import SHORT_TEXT_MAX_LENGTH, TextBound
from .pages import NetworkDayPage, on_source_day
from .projects import BuddyProjectPage
from .themes import Theme, source_themes_only


class AttendanceQuerySet(models.QuerySet):
    def of_day(self, day):
        """The sign-ups of a network day in any of its languages (they belong to its source
        day), by project."""
        return (
            self.filter(day=day.source_day)
            .select_related("project", "project__region")
            .order_by("project__title", "pk")
        )


class Attendance(models.Model):
    """A project's registration for a network day: its duo, and tandems where welcome."""

    day = models.ForeignKey(
        NetworkDayPage, on_delete=models.CASCADE, related_name="attendances", verbose_name=_("dag")
    )
    project = models.ForeignKey(
        BuddyProjectPage, on_delete=models.CASCADE, related_name="+", verbose_name=_("project")
    )
    participant_one = models.CharField(_("eerste deelnemer"), max_length=150)
    participant_two = models.CharField(_("tweede deelnemer"), max_length=150, blank=True)
    tandem_participants = models.TextField(
        _("tandems"), blank=True, validators=[TextBound(SHORT_TEXT_MAX_LENGTH)]
    )
    registered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    updated_at = models.DateTimeField(_("laatst gewijzigd"), auto_now=True)

    objects = AttendanceQuerySet.as_manager()

    class Meta:
        ordering = ["project__title"]
        constraints = [
            models.UniqueConstraint(fields=["day", "project"], name="kk_one_attendance_per_project")
        ]
        verbose_name = _("aanmelding")
        verbose_name_plural = _("aanmeldingen")

    def __str__(self):
        return f"{self.project} – {self.day}"

    def save(self, *args, **kwargs):
        on_source_day(self)
        super().save(*args, **kwargs)


class ThemeVote(models.Model):
    """A theme on which a project wants extra support, chosen on the halfway day."""

    day = models.ForeignKey(NetworkDayPage, on_delete=models.CASCADE, related_name="theme_votes")
    project = models.ForeignKey(BuddyProjectPage, on_delete=models.CASCADE, related_name="+")
    theme = models.ForeignKey(
        Theme,
        verbose_name=_("thema"),
        on_delete=models.CASCADE,
        related_name="votes",
        limit_choices_to=source_themes_only,
    )
    voted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["day", "project", "theme"], name="kk_one_vote_per_theme"
            )
        ]
        verbose_name = _("themakeuze")
        verbose_name_plural = _("themakeuzes")

    def __str__(self):
        return f"{self.project} – {self.theme}"

    def save(self, *args, **kwargs):
        on_source_day(self)
        super().save(*args, **kwargs)

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..storage import private_storage
from .members import hash_token


class DataDownload(models.Model):
    """A member's own data as one ZIP file, built by the task queue and mailed as a link that
    works once, for a day, for that member only. Only the hash of the link's secret is kept."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="kenniskring_downloads"
    )
    requested_at = models.DateTimeField(auto_now_add=True)
    file = models.FileField(storage=private_storage, blank=True, max_length=255)
    token_hash = models.CharField(max_length=64, blank=True, db_index=True, editable=False)
    # How many items of each kind it holds, for the audit log of the download.
    rows = models.JSONField(default=dict, editable=False)
    expires_at = models.DateTimeField(null=True, blank=True)
    downloaded_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("download van eigen gegevens")
        verbose_name_plural = _("downloads van eigen gegevens")

    def __str__(self):
        return f"{self.user} ({self.requested_at:%d/%m/%Y %H:%M})"

    @classmethod
    def usable(cls, user, token):
        """The download `token` names, if it is `user`'s, ready, not yet used and not expired."""
        return cls.objects.filter(
            user=user,
            token_hash=hash_token(token),
            downloaded_at__isnull=True,
            expires_at__gt=timezone.now(),
        ).exclude(file="")

"""*Mijn gegevens* as a download: a ZIP with one JSON file per kind of data and the files the
member uploaded, built by the task queue and mailed as a link that works once, for a day,
for that member only (see `DataDownload`)."""

import datetime
import io
import json
import secrets
import zipfile

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django_tasks import task

from . import personal_data
from .mail import in_language_of, send_to_member
from .models import DataDownload
from .models.members import hash_token

VALID_HOURS = 24
DOWNLOAD_ACTION = "kenniskring.my_data_download"


def build_zip(user):
    """(ZIP bytes, {kind: number of items}) of everything `parts(user)` gives."""
    buffer = io.BytesIO()
    counts = {}
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for part in personal_data.parts(user):
            counts[part.key] = len(part.rows)
            payload = {"heading": str(part.heading), "items": part.rows}
            archive.writestr(
                f"{part.key}.json",
                json.dumps(payload, cls=DjangoJSONEncoder, ensure_ascii=False, indent=1),
            )
            for name, field_file in part.files:
                try:
                    with field_file.open("rb") as source:
                        archive.writestr(f"bestanden/{name}", source.read())
                except FileNotFoundError:
                    continue
    return buffer.getvalue(), counts


def forget_expired():
    """Remove the files of downloads that were used or have expired; returns how many."""
    done = DataDownload.objects.exclude(file="").filter(
        Q(expires_at__lte=timezone.now()) | Q(downloaded_at__isnull=False)
    )
    count = 0
    for download in done:
        # Claim the row first: of two runs at once, only the one that cleared it deletes.
        if DataDownload.objects.filter(pk=download.pk, file=download.file.name).update(file=""):
            download.file.delete(save=False)
            count += 1
    return count


@task()
def build_data_download(download_id):
    """Build the ZIP of a requested download and mail its link to the member."""
    forget_expired()
    download = DataDownload.objects.select_related("user").filter(pk=download_id).first()
    if download is None or download.file:
        return False
    user = download.user
    with in_language_of(user):
        content, counts = build_zip(user)
    token = secrets.token_urlsafe(32)
    download.file.save(f"gegevens/{secrets.token_hex(16)}.zip", ContentFile(content), save=False)
    download.token_hash = hash_token(token)
    download.rows = counts
    download.expires_at = timezone.now() + datetime.timedelta(hours=VALID_HOURS)
    download.save(update_fields=["file", "token_hash", "rows", "expires_at"])
    with in_language_of(user):
        link = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
            "kenniskring:my_data_download", args=[token]
        )
    send_to_member(
        user,
        "kenniskring/emails/my_data_subject.txt",
        "kenniskring/emails/my_data.txt",
        {"link": link, "hours": VALID_HOURS, "user": user},
    )
    return True

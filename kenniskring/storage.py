"""Where the kenniskring keeps members' files: outside MEDIA_ROOT, so no web server serves them.

Only the access-checked views hand them out. Set ``KENNISKRING_PRIVATE_ROOT`` to a folder on
shared storage when several app servers run; by default it sits beside MEDIA_ROOT.
"""

from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.http import Http404


class PrivateStorage(FileSystemStorage):
    """A file system storage without a URL, rooted at ``KENNISKRING_PRIVATE_ROOT``."""

    @property
    def base_location(self):
        default = Path(settings.MEDIA_ROOT).parent / "kenniskring-private"
        return getattr(settings, "KENNISKRING_PRIVATE_ROOT", default)

    @property
    def location(self):
        return str(Path(self.base_location).resolve())

    def url(self, name):
        raise ValueError("Private files have no public URL; serve them through a checked view.")


def private_storage():
    return PrivateStorage()


def open_or_404(field_file):
    """A member's file opened for reading; a file gone from the disk is a 404, not a 500."""
    try:
        return field_file.open("rb")
    except FileNotFoundError as error:
        raise Http404 from error

"""Where the kenniskring keeps members' files: outside MEDIA_ROOT, so no web server serves them.

Only the access-checked views hand them out. Set ``KENNISKRING_PRIVATE_ROOT`` to a folder on
shared storage when several app servers run; by default it sits beside MEDIA_ROOT.
"""

from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage


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

"""Where the kenniskring keeps members' files: outside MEDIA_ROOT, so no web server serves them.

Only the access-checked views hand them out (kenniskring/serving.py). Set
``KENNISKRING_PRIVATE_ROOT`` to a folder on shared storage when several app servers run; by
default it sits beside MEDIA_ROOT. A host that keeps its files in object storage configures
``STORAGES["kenniskring_private"]`` instead (a bucket or prefix that is never public).
"""

import re
import secrets
from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage, Storage, storages
from django.http import Http404
from django.urls import reverse
from django.utils.deconstruct import deconstructible

PRIVATE_ALIAS = "kenniskring_private"
# Wagtail documents whose name starts with this live in the private storage (without it).
PRIVATE_PREFIX = "private/"
SECRET_NAME = re.compile(r"^kk_[A-Za-z0-9_-]{22}_")


def secret_name(name):
    """`name` with an unguessable prefix (kept when it has one already)."""
    return name if SECRET_NAME.match(name) else f"kk_{secrets.token_urlsafe(16)}_{name}"


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


def private_target():
    """Where members' files are now: the host's ``STORAGES["kenniskring_private"]`` when it
    has one (object storage), else ``PrivateStorage`` on disk."""
    if PRIVATE_ALIAS in settings.STORAGES:
        return storages[PRIVATE_ALIAS]
    return PrivateStorage()


class RoutingStorage(Storage):
    """A storage that hands each name on to the storage that really holds it (`route`)."""

    def route(self, name):
        """The storage that holds `name`, and the name it has there."""
        raise NotImplementedError

    def _outer(self, name, inner, stored):
        return name[: len(name) - len(inner)] + stored

    def _delegate(self, method, name, *args, **kwargs):
        storage, inner = self.route(name)
        return getattr(storage, method)(inner, *args, **kwargs)

    def save(self, name, content, max_length=None):
        storage, inner = self.route(name)
        if max_length is not None:
            max_length -= len(name) - len(inner)
        return self._outer(name, inner, storage.save(inner, content, max_length=max_length))

    def generate_filename(self, filename):
        storage, inner = self.route(filename)
        return self._outer(filename, inner, storage.generate_filename(inner))

    def _open(self, name, mode="rb"):
        return self._delegate("open", name, mode)

    def delete(self, name):
        return self._delegate("delete", name)

    def exists(self, name):
        return self._delegate("exists", name)

    def size(self, name):
        return self._delegate("size", name)

    def url(self, name):
        return self._delegate("url", name)

    def path(self, name):
        return self._delegate("path", name)

    def get_modified_time(self, name):
        return self._delegate("get_modified_time", name)


@deconstructible(path="kenniskring.storage.PrivateFiles")
class PrivateFiles(RoutingStorage):
    """Members' files (reflection attachments, forum images): always in the private storage
    as it is configured at the time of the call, so a test or a host may change it."""

    def route(self, name):
        return private_target(), name


def private_storage():
    return PrivateFiles()


@deconstructible(path="kenniskring.storage.DocumentStorage")
class DocumentStorage(RoutingStorage):
    """The storage of Wagtail documents: a name under ``private/`` is a file of the
    kenniskring's collection, kept in the private storage; every other name is a public file
    in the default storage. One file field, two places, decided by the name the document's
    ``upload_to`` gives it (kenniskring/models/documents.py)."""

    def route(self, name):
        if name.startswith(PRIVATE_PREFIX):
            return private_target(), name.removeprefix(PRIVATE_PREFIX)
        return storages["default"], name


def document_storage():
    return DocumentStorage()


@deconstructible(path="kenniskring.storage.ImageStorage")
class ImageStorage(DocumentStorage):
    """The storage of Wagtail images and their renditions, placed like the documents; a
    private file's URL is the view that checks who asks (``kenniskring_image``)."""

    def url(self, name):
        if name.startswith(PRIVATE_PREFIX):
            return reverse("kenniskring_image", args=[name.removeprefix(PRIVATE_PREFIX)])
        return super().url(name)


def image_storage():
    return ImageStorage()


def resolve(field_file):
    """The storage that really holds `field_file`, and its name there."""
    if isinstance(field_file.storage, RoutingStorage):
        return field_file.storage.route(field_file.name)
    return field_file.storage, field_file.name


def open_or_404(field_file):
    """A member's file opened for reading; a file gone from the disk is a 404, not a 500."""
    try:
        return field_file.open("rb")
    except FileNotFoundError as error:
        raise Http404 from error

"""How a private file leaves the site, once its view has checked who asks: one place for the
kenniskring's documents, reflection attachments and forum images.

- On a local disk (``PrivateStorage``), ``KENNISKRING_PRIVATE_SERVE`` chooses: ``"django"``
  streams the file from the app server (development, tests, a site without a proxy);
  ``"x-accel"`` answers with an empty body and ``X-Accel-Redirect`` to
  ``KENNISKRING_PRIVATE_ACCEL_PREFIX`` + the file's path under ``PRIVATE_ROOT``, which nginx
  serves from an ``internal`` location, so no app worker streams a file.
- In object storage (``MEDIA_STORAGE=s3``), a redirect to a signed address that expires
  after ``KENNISKRING_PRIVATE_URL_SECONDS``; the bucket itself is never public.

Refused requests never get here, so they carry neither the header nor a byte of the file.
"""

import mimetypes
from pathlib import Path
from urllib.parse import quote

from django.core.exceptions import ImproperlyConfigured
from django.core.files.storage import FileSystemStorage
from django.http import FileResponse, Http404, HttpResponse, HttpResponseRedirect
from django.utils.cache import patch_cache_control
from django.utils.http import content_disposition_header

from . import conf
from .storage import open_or_404, resolve

MODES = {"django", "x-accel"}


def serve_private_file(request, field_file, filename, content_type=None, as_attachment=True):
    """The response that hands out `field_file` (already checked) under `filename`."""
    content_type = content_type or mimetypes.guess_type(filename)[0] or "application/octet-stream"
    storage, name = resolve(field_file)
    if not isinstance(storage, FileSystemStorage):
        response = _signed_redirect(storage, name, filename, content_type, as_attachment)
    elif _mode() == "x-accel":
        response = _accel_redirect(storage, name, filename, content_type, as_attachment)
    else:
        response = FileResponse(
            open_or_404(field_file),
            content_type=content_type,
            as_attachment=as_attachment,
            filename=filename,
        )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'"
    patch_cache_control(response, private=True, no_store=True)
    return response


def _mode():
    mode = conf.get("PRIVATE_SERVE")
    if mode not in MODES:
        raise ImproperlyConfigured(
            f"KENNISKRING_PRIVATE_SERVE is {mode!r}; expected one of {sorted(MODES)}."
        )
    return mode


def accel_path(storage, name):
    """The internal address nginx serves `name` of `storage` from."""
    relative = Path(storage.path(name)).relative_to(storage.location).as_posix()
    return conf.get("PRIVATE_ACCEL_PREFIX") + quote(relative)


def _accel_redirect(storage, name, filename, content_type, as_attachment):
    if not storage.exists(name):
        raise Http404
    response = HttpResponse(content_type=content_type)
    response["Content-Disposition"] = content_disposition_header(as_attachment, filename)
    response["X-Accel-Redirect"] = accel_path(storage, name)
    return response


def _signed_redirect(storage, name, filename, content_type, as_attachment):
    parameters = {
        "ResponseContentType": content_type,
        "ResponseContentDisposition": content_disposition_header(as_attachment, filename),
    }
    url = storage.url(name, parameters=parameters, expire=conf.get("PRIVATE_URL_SECONDS"))
    return HttpResponseRedirect(url)

"""Attachments are recognised by their content, not by the name the uploader gave them."""

import io
import zipfile

from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from kenniskring.input import image_format

from . import conf

# kind -> (extensions, content type)
KINDS = {
    "pdf": ({"pdf"}, "application/pdf"),
    "docx": (
        {"docx"},
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ),
    "jpeg": ({"jpg", "jpeg"}, "image/jpeg"),
    "png": ({"png"}, "image/png"),
    "gif": ({"gif"}, "image/gif"),
    "webp": ({"webp"}, "image/webp"),
}
IMAGE_FORMATS = {"JPEG": "jpeg", "PNG": "png", "GIF": "gif", "WEBP": "webp"}
IMAGE_MAX_PIXELS = 40_000_000


def _detect(head, upload):
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(upload) as archive:
                names = set(archive.namelist())
        except (zipfile.BadZipFile, OSError):
            return None
        if "[Content_Types].xml" in names and "word/document.xml" in names:
            return "docx"
        return None
    return IMAGE_FORMATS.get(image_format(upload, IMAGE_MAX_PIXELS))


def check_attachment(upload):
    """Return the content type of an acceptable upload, or raise a ValidationError in Dutch."""
    limit = conf.get("MAX_ATTACHMENT_MB") * 1024 * 1024
    if upload.size > limit:
        raise ValidationError(
            _("Dit bestand is %(size)s groot; het mag hoogstens %(limit)s zijn.")
            % {"size": filesizeformat(upload.size), "limit": filesizeformat(limit)}
        )
    upload.seek(0)
    data = upload.read()
    upload.seek(0)
    kind = _detect(data[:8], io.BytesIO(data))
    extension = upload.name.rsplit(".", 1)[-1].lower() if "." in upload.name else ""
    if kind is None:
        raise ValidationError(
            _(
                "Dit bestand is geen PDF, Word-document (.docx) of afbeelding "
                "(JPEG, PNG, GIF, WebP)."
            )
        )
    extensions, content_type = KINDS[kind]
    if extension not in extensions:
        raise ValidationError(
            _("De naam eindigt op .%(extension)s, maar de inhoud is een %(kind)s-bestand.")
            % {"extension": extension or "?", "kind": kind.upper()}
        )
    return content_type

"""The site's Wagtail documents: `WAGTAILDOCS_DOCUMENT_MODEL = "kenniskring.KenniskringDocument"`.

A document of the kenniskring's collection keeps its file in the private storage, outside
MEDIA_ROOT, where no web server can reach it; every other document stays in the default
storage. The file's name says where it lives (``kenniskring.storage.DocumentStorage``): its
``upload_to`` puts a private document under ``private/``. A document that changes collection
has its file moved when it is saved (``kenniskring.signals.hide_private_file``).
"""

from django.db import models
from wagtail.documents.models import AbstractDocument
from wagtail.documents.models import Document as WagtailDocument

from .. import access
from ..storage import PRIVATE_PREFIX, document_storage, secret_name


def document_path(instance, filename):
    if access.is_private_collection(instance.collection):
        return f"{PRIVATE_PREFIX}documents/{secret_name(filename)}"
    return f"documents/{filename}"


class KenniskringDocument(AbstractDocument):
    file = models.FileField(
        verbose_name=AbstractDocument._meta.get_field("file").verbose_name,
        upload_to=document_path,
        storage=document_storage,
        max_length=255,
    )

    admin_form_fields = WagtailDocument.admin_form_fields

    # Permissions stay Wagtail's own (`wagtaildocs.add_document`, …): its document
    # permission policy asks for them whatever the document model.
    class Meta(AbstractDocument.Meta):
        pass

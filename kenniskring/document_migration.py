"""Moving Wagtail's documents into ``kenniskring.KenniskringDocument`` (migrations 0013 and
0014): every row keeps its id (so links, chooser blocks and network day materials still find
it), its tags, search entries, references and log; the files of the kenniskring's collection
move from MEDIA_ROOT into the private storage. Nothing happens when the host's
``WAGTAILDOCS_DOCUMENT_MODEL`` is another model.

Going back is not automatic: restore the database and the files of before (the rows would
otherwise be dropped with the new table).
"""

import logging

from django.conf import settings
from django.core.files.storage import storages
from django.core.management.color import no_style
from django.db import transaction

from . import conf
from .storage import PRIVATE_PREFIX, private_target

logger = logging.getLogger(__name__)
MODEL = "kenniskring.kenniskringdocument"
COPIED = ["title", "collection_id", "uploaded_by_user_id", "file_size", "file_hash", "created_at"]


def swapped_in():
    return getattr(settings, "WAGTAILDOCS_DOCUMENT_MODEL", "").lower() == MODEL


def _private_paths(apps):
    Collection = apps.get_model("wagtailcore", "Collection")
    name = conf.get("COLLECTION_NAME")
    return tuple(Collection.objects.filter(name=name, depth=2).values_list("path", flat=True))


def _hide(name):
    """Copy a public file into the private storage; its new name, or None when it is gone."""
    public = storages["default"]
    try:
        with public.open(name) as content:
            stored = private_target().save(name, content)
    except FileNotFoundError:
        logger.warning("Document file %s is missing; its row keeps the name.", name)
        return None
    transaction.on_commit(lambda: public.delete(name))
    return PRIVATE_PREFIX + stored


def copy_documents(apps, schema_editor):
    if not swapped_in():
        return
    Old = apps.get_model("wagtaildocs", "Document")
    New = apps.get_model("kenniskring", "KenniskringDocument")
    New._meta.get_field("created_at").auto_now_add = False  # keep each row's own date
    private_paths = _private_paths(apps)
    rows = []
    for old in Old.objects.select_related("collection").order_by("pk"):
        name = old.file.name
        if name and private_paths and old.collection.path.startswith(private_paths):
            name = _hide(name) or name
        rows.append(New(id=old.pk, file=name, **{f: getattr(old, f) for f in COPIED}))
    New.objects.bulk_create(rows, batch_size=500)
    connection = schema_editor.connection
    with connection.cursor() as cursor:
        for statement in connection.ops.sequence_reset_sql(no_style(), [New]):
            cursor.execute(statement)
    _repoint_generic_relations(apps, ("wagtaildocs", "document"), ("kenniskring", MODEL[12:]))


def _repoint_generic_relations(apps, old, new):
    """Tags, search entries, the reference index, logs: every row that names a document by
    content type and id now names the new model (ids are kept). Permissions stay: Wagtail
    checks documents against `wagtaildocs.Document`'s."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    old_type = ContentType.objects.filter(app_label=old[0], model=old[1]).first()
    if old_type is None:
        return
    new_type, _ = ContentType.objects.get_or_create(app_label=new[0], model=new[1])
    for model in apps.get_models():
        if model._meta.label_lower in {"auth.permission", "contenttypes.contenttype"}:
            continue
        for field in model._meta.concrete_fields:
            if field.is_relation and field.related_model is ContentType:
                model.objects.filter(**{field.name: old_type}).update(**{field.name: new_type})


def forget_old_rows(apps, schema_editor):
    """Once nothing points at them any more, Wagtail's own document rows go (their files
    are the new rows' files)."""
    if swapped_in():
        apps.get_model("wagtaildocs", "Document").objects.all().delete()

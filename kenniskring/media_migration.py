"""Moving Wagtail's documents and images into the kenniskring's own models
(``KenniskringDocument``, migrations 0015–0016; ``KenniskringImage``, migrations 0018–0019):
every row keeps its id (so links, chooser blocks, page fields and network day materials still
find it), its tags, search entries, references and log; the files of the kenniskring's
collection move from MEDIA_ROOT into the private storage. An image's renditions are not
copied but made again from its original when next shown, and their old files are deleted
(a private image's renditions were under MEDIA_ROOT too). Nothing happens when the host's
``WAGTAILDOCS_DOCUMENT_MODEL`` or ``WAGTAILIMAGES_IMAGE_MODEL`` is another model.

Going back is not automatic: restore the database and the files of before (the rows would
otherwise be dropped with the new tables).
"""

import logging

from django.conf import settings
from django.core.files.storage import storages
from django.core.management.color import no_style
from django.db import transaction

from . import conf
from .storage import PRIVATE_PREFIX, private_target

logger = logging.getLogger(__name__)
SHARED = ["title", "collection_id", "uploaded_by_user_id", "file_size", "file_hash", "created_at"]
DOCUMENTS = {
    "setting": "WAGTAILDOCS_DOCUMENT_MODEL",
    "old": ("wagtaildocs", "document"),
    "new": ("kenniskring", "kenniskringdocument"),
    "fields": SHARED,
}
IMAGES = {
    "setting": "WAGTAILIMAGES_IMAGE_MODEL",
    "old": ("wagtailimages", "image"),
    "new": ("kenniskring", "kenniskringimage"),
    "fields": [
        *SHARED,
        "description",
        "width",
        "height",
        "focal_point_x",
        "focal_point_y",
        "focal_point_width",
        "focal_point_height",
    ],
}


def swapped_in(kind):
    return getattr(settings, kind["setting"], "").lower() == ".".join(kind["new"])


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
        logger.warning("File %s is missing; its row keeps the name.", name)
        return None
    transaction.on_commit(lambda: public.delete(name))
    return PRIVATE_PREFIX + stored


def _copy(apps, schema_editor, kind):
    if not swapped_in(kind):
        return
    Old = apps.get_model(*kind["old"])
    New = apps.get_model(*kind["new"])
    New._meta.get_field("created_at").auto_now_add = False  # keep each row's own date
    private_paths = _private_paths(apps)
    rows = []
    for old in Old.objects.select_related("collection").order_by("pk"):
        name = old.file.name
        if name and private_paths and old.collection.path.startswith(private_paths):
            name = _hide(name) or name
        rows.append(New(id=old.pk, file=name, **{f: getattr(old, f) for f in kind["fields"]}))
    New.objects.bulk_create(rows, batch_size=500)
    connection = schema_editor.connection
    with connection.cursor() as cursor:
        for statement in connection.ops.sequence_reset_sql(no_style(), [New]):
            cursor.execute(statement)
    _repoint_generic_relations(apps, kind["old"], kind["new"])


def copy_documents(apps, schema_editor):
    _copy(apps, schema_editor, DOCUMENTS)


def copy_images(apps, schema_editor):
    _copy(apps, schema_editor, IMAGES)
    if not swapped_in(IMAGES):
        return
    public = storages["default"]
    names = list(
        apps.get_model("wagtailimages", "Rendition").objects.values_list("file", flat=True)
    )
    transaction.on_commit(lambda: [public.delete(name) for name in names if name])


def _repoint_generic_relations(apps, old, new):
    """Tags, search entries, the reference index, logs: every row that names a document or
    image by content type and id now names the new model (ids are kept). Permissions stay:
    Wagtail checks documents and images against its own models' permissions."""
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


def _forget(apps, kind, dependents=()):
    """Wagtail's own rows go once nothing points at them any more (their files are the new
    rows' files). A host model that still points at them keeps them, with a warning:
    deleting would empty its field or delete its rows."""
    if not swapped_in(kind):
        return
    Old = apps.get_model(*kind["old"])
    # Hidden ones too: most such fields have `related_name="+"`.
    relations = [
        f for f in Old._meta.get_fields(include_hidden=True) if f.auto_created and not f.concrete
    ]
    for relation in relations:
        model = relation.related_model
        if model._meta.label_lower in dependents:
            continue
        if model.objects.filter(**{f"{relation.field.name}__isnull": False}).exists():
            logger.warning(
                "%s.%s still points at %s: those rows are kept. Point it at %s, then delete them.",
                model._meta.label,
                relation.field.name,
                Old._meta.label,
                kind["setting"],
            )
            return
    for label in dependents:
        apps.get_model(label).objects.all().delete()
    Old.objects.all().delete()


def forget_old_rows(apps, schema_editor):
    _forget(apps, DOCUMENTS)


def forget_old_images(apps, schema_editor):
    """The same for images, with their old renditions (whose files went above)."""
    _forget(apps, IMAGES, dependents=("wagtailimages.rendition",))

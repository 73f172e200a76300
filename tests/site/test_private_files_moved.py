"""The migration moves the documents the old code made into the kenniskring's document
model, losing none, and after the demo no private file is left under MEDIA_ROOT."""

from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from wagtail.documents import get_document_model

from kenniskring import private_collection
from kenniskring.storage import PrivateStorage, resolve
from tests.kenniskring.fixtures import files_under
from tests.migrations import fully_migrated_afterwards, migrate  # noqa: F401 (a fixture)

# The migration, on data made by the old code: Wagtail's own document model, every file
# under MEDIA_ROOT, the kenniskring's under a secret name.
BEFORE = [("kenniskring", "0011_member_research_export")]
AFTER = [("kenniskring", "0016_network_day_material_to_kenniskring_document")]


@pytest.mark.usefixtures("fully_migrated_afterwards")
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_migration_moves_every_document_and_file(tree, file_roots):
    media, private = file_roots
    collection = private_collection.get_or_create()
    apps = migrate(BEFORE)
    Old = apps.get_model("wagtaildocs", "Document")
    default = storages["default"]
    default.save("documents/kk_AAAAAAAAAAAAAAAAAAAAAA_verslag.txt", ContentFile(b"geheim"))
    default.save("documents/folder.txt", ContentFile(b"publiek"))
    secret = Old.objects.create(
        title="Verslag",
        file="documents/kk_AAAAAAAAAAAAAAAAAAAAAA_verslag.txt",
        collection_id=collection.pk,
    )
    public = Old.objects.create(
        title="Folder", file="documents/folder.txt", collection_id=collection.get_parent().pk
    )
    gone = Old.objects.create(
        title="Kwijt",
        file="documents/kk_BBBBBBBBBBBBBBBBBBBBBB_kwijt.txt",
        collection=secret.collection,
    )
    Tag = apps.get_model("taggit", "Tag")
    ContentType = apps.get_model("contenttypes", "ContentType")
    old_type = ContentType.objects.get_or_create(app_label="wagtaildocs", model="document")[0]
    tag = Tag.objects.create(name="verslag", slug="verslag")
    apps.get_model("taggit", "TaggedItem").objects.create(
        content_type=old_type, object_id=secret.pk, tag=tag
    )
    apps.get_model("kenniskring", "NetworkDayMaterial").objects.create(
        page_id=tree["day_north"].pk, document_id=secret.pk, sort_order=0
    )

    apps = migrate(AFTER)

    New = apps.get_model("kenniskring", "KenniskringDocument")
    moved = New.objects.get(pk=secret.pk)
    assert moved.title == "Verslag" and moved.collection_id == collection.pk
    assert moved.file.name == "private/documents/kk_AAAAAAAAAAAAAAAAAAAAAA_verslag.txt"
    assert New.objects.get(pk=public.pk).file.name == "documents/folder.txt"
    # A row whose file was already missing is kept, as it was.
    assert New.objects.get(pk=gone.pk).file.name == gone.file.name
    assert (
        New.objects.count() == 3 and not apps.get_model("wagtaildocs", "Document").objects.exists()
    )
    assert files_under(media) == ["documents/folder.txt"]
    assert files_under(private) == ["documents/kk_AAAAAAAAAAAAAAAAAAAAAA_verslag.txt"]
    assert (private / "documents/kk_AAAAAAAAAAAAAAAAAAAAAA_verslag.txt").read_bytes() == b"geheim"
    material = apps.get_model("kenniskring", "NetworkDayMaterial").objects.get()
    assert material.document.title == "Verslag"
    new_type = ContentType.objects.get(app_label="kenniskring", model="kenniskringdocument")
    assert apps.get_model("taggit", "TaggedItem").objects.get().content_type_id == new_type.pk
    # New documents get ids after the moved ones.
    assert New.objects.create(title="Nieuw", file="documents/n.txt").pk > gone.pk


def test_no_private_file_is_under_media_root_after_the_demo(demo_site, settings):
    """Every file of the demo's kenniskring documents, attachments and forum images is in the
    private storage; none is under MEDIA_ROOT, by name or by a secret name."""
    from kenniskring.access import is_private_collection
    from kenniskring.forum.models import Experience
    from kenniskring.learning.models import ReflectionAttachment

    private_files = [
        document.file
        for document in get_document_model().objects.select_related("collection")
        if is_private_collection(document.collection)
    ]
    assert private_files, "the demo has a private document"
    private_files += [item.file for item in ReflectionAttachment.objects.all()]
    private_files += [item.image for item in Experience.objects.exclude(image="")]
    media = Path(settings.MEDIA_ROOT).resolve()
    names = set()
    for field_file in private_files:
        storage, name = resolve(field_file)
        assert isinstance(storage, PrivateStorage), field_file.name
        assert not Path(storage.path(name)).is_relative_to(media)
        names.add(Path(name).name)
    under_media = [p for p in media.rglob("*") if p.is_file()]
    assert not [p for p in under_media if p.name in names]
    assert not [p for p in under_media if p.parent.name == "documents" and p.name.startswith("kk_")]

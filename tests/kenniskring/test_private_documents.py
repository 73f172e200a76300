"""The kenniskring's documents keep their files in the private storage, outside MEDIA_ROOT;
public documents stay in the default storage; a document that changes collection has its
file moved; the migration moves the documents the old code made, losing none."""

import re
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from wagtail.documents import get_document_model
from wagtail.models import Collection

from kenniskring import private_collection
from kenniskring.storage import PrivateStorage, resolve
from tests.migrations import fully_migrated_afterwards, migrate  # noqa: F401 (a fixture)


@pytest.fixture
def roots(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.KENNISKRING_PRIVATE_ROOT = tmp_path / "prive"
    return Path(settings.MEDIA_ROOT), Path(settings.KENNISKRING_PRIVATE_ROOT)


def _files(root):
    return sorted(p.relative_to(root).as_posix() for p in Path(root).rglob("*") if p.is_file())


def _document(collection, name, content):
    document = get_document_model()(title=name, collection=collection)
    document.file.save(name, ContentFile(content), save=False)
    document.save()
    return document


def test_documents_are_stored_where_their_collection_says(db, roots):
    media, private = roots
    public = _document(Collection.get_first_root_node(), "folder.txt", b"publiek")
    secret = _document(private_collection.get_or_create(), "verslag.txt", b"geheim")
    assert public.file.name == "documents/folder.txt"
    assert re.match(r"private/documents/kk_[\w-]{22}_verslag\.txt$", secret.file.name)
    assert _files(media) == ["documents/folder.txt"]
    assert _files(private) == [secret.file.name.removeprefix("private/")]
    with secret.file.open("rb") as handle:
        assert handle.read() == b"geheim"


def test_a_document_moved_into_the_kenniskring_leaves_media_root_and_back(
    db, roots, django_capture_on_commit_callbacks
):
    media, private = roots
    document = _document(Collection.get_first_root_node(), "notulen.txt", b"eerst publiek")
    document.collection = private_collection.get_or_create()
    with django_capture_on_commit_callbacks(execute=True):
        document.save()
    assert re.match(r"private/documents/kk_[\w-]{22}_notulen\.txt$", document.file.name)
    assert _files(media) == []
    assert len(_files(private)) == 1
    document.collection = Collection.get_first_root_node()
    with django_capture_on_commit_callbacks(execute=True):
        document.save()
    assert re.match(r"documents/kk_[\w-]{22}_notulen\.txt$", document.file.name)
    assert _files(private) == []
    assert _files(media) == [document.file.name]
    document.refresh_from_db()
    with document.file.open("rb") as handle:
        assert handle.read() == b"eerst publiek"


def test_documents_moved_in_bulk_into_the_kenniskring_leave_media_root(
    admin_client, roots, django_capture_on_commit_callbacks
):
    media, private = roots
    documents = [_document(Collection.get_first_root_node(), f"los-{n}.txt", b"x") for n in (1, 2)]
    ids = "&".join(f"id={document.pk}" for document in documents)
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            f"/admin/bulk/kenniskring/kenniskringdocument/add_to_collection/?{ids}"
            "&next=/admin/documents/",
            {"collection": private_collection.get_or_create().pk},
        )
    assert response.status_code == 302
    assert _files(media) == []
    assert len(_files(private)) == 2


# The migration, on data made by the old code: Wagtail's own document model, every file
# under MEDIA_ROOT, the kenniskring's under a secret name.
BEFORE = [("kenniskring", "0011_member_research_export")]
AFTER = [("kenniskring", "0014_network_day_material_to_kenniskring_document")]


@pytest.mark.usefixtures("fully_migrated_afterwards")
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_migration_moves_every_document_and_file(tree, roots):
    media, private = roots
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
    assert _files(media) == ["documents/folder.txt"]
    assert _files(private) == ["documents/kk_AAAAAAAAAAAAAAAAAAAAAA_verslag.txt"]
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

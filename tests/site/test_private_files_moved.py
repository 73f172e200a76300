"""The migrations move the documents and images the old code made into the kenniskring's own
models, losing none, and after the demo no private file is left under MEDIA_ROOT."""

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from wagtail.documents import get_document_model

from kenniskring import media_migration, private_collection
from tests.kenniskring.fixtures import files_under, make_image
from tests.migrations import fully_migrated_afterwards, migrate  # noqa: F401 (a fixture)
from tests.site.private_files import assert_no_private_file_under_media_root

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


# Images, on data made by the code before them: Wagtail's own image model, every original and
# rendition under MEDIA_ROOT, the kenniskring's under a secret name.
IMAGES_BEFORE = [
    ("kenniskring", "0016_network_day_material_to_kenniskring_document"),
    ("home", "0017_registration_retention_and_privacy_page"),
]
IMAGES_AFTER = [("kenniskring", "0019_project_logo_to_kenniskring_image")]


@pytest.mark.usefixtures("fully_migrated_afterwards")
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_migration_moves_every_image_and_file(tree, file_roots, caplog):
    media, private = file_roots
    collection = private_collection.get_or_create()
    apps = migrate(IMAGES_BEFORE)
    Old = apps.get_model("wagtailimages", "Image")
    default = storages["default"]
    secret_name = "original_images/kk_CCCCCCCCCCCCCCCCCCCCCC_dag.png"
    default.save(secret_name, ContentFile(b"geheime foto"))
    default.save("images/kk_CCCCCCCCCCCCCCCCCCCCCC_dag.fill-20x20.png", ContentFile(b"klein"))
    default.save("original_images/zaal.png", ContentFile(b"publieke foto"))
    picture = {"width": 40, "height": 30, "description": "", "focal_point_x": 3}
    secret = Old.objects.create(
        title="Netwerkdag", file=secret_name, collection_id=collection.pk, **picture
    )
    public = Old.objects.create(
        title="Zaal",
        file="original_images/zaal.png",
        collection_id=collection.get_parent().pk,
        **picture,
    )
    apps.get_model("wagtailimages", "Rendition").objects.create(
        image=secret,
        filter_spec="fill-20x20",
        file="images/kk_CCCCCCCCCCCCCCCCCCCCCC_dag.fill-20x20.png",
        width=20,
        height=20,
    )
    apps.get_model("kenniskring", "BuddyProjectPage").objects.filter(
        pk=tree["project_a"].pk
    ).update(logo=secret.pk)
    person = apps.get_model("home", "ContactPerson").objects.create(
        name="Anna", photo_id=public.pk, locale_id=tree["project_a"].locale_id
    )
    ContentType = apps.get_model("contenttypes", "ContentType")
    old_type = ContentType.objects.get_or_create(app_label="wagtailimages", model="image")[0]
    tag = apps.get_model("taggit", "Tag").objects.create(name="netwerkdag", slug="netwerkdag")
    apps.get_model("taggit", "TaggedItem").objects.create(
        content_type=old_type, object_id=secret.pk, tag=tag
    )

    # While a field still points at Wagtail's own images, they are not forgotten.
    media_migration.forget_old_images(apps, None)
    assert Old.objects.count() == 2
    assert "still points at wagtailimages.Image: those rows are kept" in caplog.text

    apps = migrate(IMAGES_AFTER)

    New = apps.get_model("kenniskring", "KenniskringImage")
    moved = New.objects.get(pk=secret.pk)
    assert (moved.title, moved.collection_id) == ("Netwerkdag", collection.pk)
    assert (moved.width, moved.height, moved.focal_point_x) == (40, 30, 3)
    assert moved.file.name == "private/" + secret_name
    assert New.objects.get(pk=public.pk).file.name == "original_images/zaal.png"
    assert not apps.get_model("wagtailimages", "Image").objects.exists()
    # The old renditions' files are gone (they are made again); the originals are where
    # their collection says.
    assert files_under(media) == ["original_images/zaal.png"]
    assert files_under(private) == [secret_name]
    assert (private / secret_name).read_bytes() == b"geheime foto"
    project = apps.get_model("kenniskring", "BuddyProjectPage").objects.get(pk=tree["project_a"].pk)
    assert project.logo.title == "Netwerkdag"
    assert apps.get_model("home", "ContactPerson").objects.get(pk=person.pk).photo.title == "Zaal"
    new_type = ContentType.objects.get(app_label="kenniskring", model="kenniskringimage")
    assert apps.get_model("taggit", "TaggedItem").objects.get().content_type_id == new_type.pk
    assert New.objects.create(title="Nieuw", file="n.png", width=1, height=1).pk > public.pk


def test_no_private_file_is_under_media_root_after_the_demo(demo_site):
    """Every file of the demo's kenniskring documents, images with their renditions,
    attachments and forum images is in the private storage; none is under MEDIA_ROOT, by name
    or by a secret name."""
    assert [d for d in get_document_model().objects.all() if d.file.name.startswith("private/")]
    # An editor's photo of a network day, shown on a page in two sizes, beside the demo's.
    picture = make_image()
    renditions = [picture.get_rendition("fill-20x20"), picture.get_rendition("width-30")]
    try:
        assert_no_private_file_under_media_root()
    finally:
        for field_file in [picture.file, *(rendition.file for rendition in renditions)]:
            field_file.delete(save=False)

"""The kenniskring fails closed, and its files are neither public nor guessable."""

import re
from pathlib import Path

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from wagtail.images import get_image_model
from wagtail.models import Collection, PageViewRestriction

from kenniskring import private_collection
from kenniskring.models import KenniskringPage
from kenniskring.storage import PrivateStorage


def test_new_kenniskring_gets_the_group_restriction(tree):
    restriction = tree["kenniskring"].view_restrictions.get()
    assert restriction.restriction_type == PageViewRestriction.GROUPS
    assert sorted(restriction.groups.values_list("name", flat=True)) == ["Kenniskring", "Partners"]


def test_without_its_restriction_the_kenniskring_still_refuses_outsiders(as_user, tree):
    PageViewRestriction.objects.all().delete()
    for who, status in [("anonymous", 302), ("outsider", 403), ("editor", 403), ("member", 200)]:
        for page in ("kenniskring", "region_north", "day_north", "halfway"):
            response = as_user(who).get(tree[page].url)
            assert response.status_code == status, (who, page)
            assert "no-store" in response["Cache-Control"]


def test_any_page_type_under_the_kenniskring_is_closed(as_user, tree):
    from wagtail.models import Page

    from .fixtures import publish

    PageViewRestriction.objects.all().delete()
    plain = publish(tree["kenniskring"], Page(title="Losse pagina", slug="los"))
    assert as_user("outsider").get(plain.url).status_code == 403
    response = as_user("partner").get(plain.url)
    assert response.status_code == 200 and "no-store" in response["Cache-Control"]


def test_one_kenniskring_per_language(tree):
    assert not KenniskringPage.can_create_at(tree["home"])
    assert KenniskringPage.can_create_at(tree["index"]) is False  # projects take no subpages


def test_public_project_profile_is_public_but_not_cached_privately(client, tree):
    response = client.get(tree["project_a"].url)
    assert response.status_code == 200
    assert "Project A vzw" in response.content.decode()
    assert "private" not in response.get("Cache-Control", "")


def test_private_document_is_served_only_through_the_checking_view(
    as_user, private_document, settings
):
    assert private_document.url.startswith("/documents/")
    # Stored under a secret name in the private storage, outside MEDIA_ROOT.
    name = private_document.file.name
    assert re.match(r"private/documents/kk_[\w-]{22}_verslag-noord\.txt$", name)
    path = Path(private_document.file.path)
    assert path.is_file() and path.is_relative_to(PrivateStorage().location)
    assert not path.is_relative_to(Path(settings.MEDIA_ROOT).resolve())
    assert as_user("anonymous").get(private_document.url).status_code == 302
    assert as_user("outsider").get(private_document.url).status_code == 403
    response = as_user("other_member").get(private_document.url)
    assert b"".join(response.streaming_content) == b"geheim verslag"
    assert "no-store" in response["Cache-Control"]


def test_private_document_stays_closed_without_the_collection_restriction(
    as_user, private_document
):
    private_document.collection.view_restrictions.all().delete()
    assert as_user("anonymous").get(private_document.url).status_code == 302
    assert as_user("outsider").get(private_document.url).status_code == 403


def _image(collection, name="foto.png"):
    from io import BytesIO

    from PIL import Image as PILImage

    buffer = BytesIO()
    PILImage.new("RGB", (20, 20), "red").save(buffer, "PNG")
    return get_image_model().objects.create(
        title="Foto", collection=collection, file=ImageFile(buffer, name=name)
    )


def test_kenniskring_images_get_unguessable_names(db, django_capture_on_commit_callbacks):
    collection = private_collection.get_or_create()
    image = _image(collection)
    try:
        assert re.match(r"original_images/kk_[\w-]{22}_foto\.png$", image.file.name)
        rendition = image.get_rendition("fill-10x10")
        assert "kk_" in rendition.file.name and "foto" in rendition.file.name
        public = _image(Collection.get_first_root_node(), "publiek.png")
        assert public.file.name == "original_images/publiek.png"
        # An image moved into the kenniskring is stored again under a secret name.
        public.collection = collection
        with django_capture_on_commit_callbacks(execute=True):
            public.save()
        assert re.match(r"original_images/kk_[\w-]{22}_publiek\.png$", public.file.name)
        assert not public.file.storage.exists("original_images/publiek.png")
    finally:
        for img in get_image_model().objects.all():
            img.file.delete(save=False)


def test_images_moved_in_bulk_into_the_kenniskring_get_unguessable_names(
    admin_client, django_capture_on_commit_callbacks
):
    """The admin's bulk "add to collection" action moves rows without saving each one."""
    collection = private_collection.get_or_create()
    images = [_image(Collection.get_first_root_node(), f"los-{n}.png") for n in (1, 2)]
    try:
        ids = "&".join(f"id={image.pk}" for image in images)
        with django_capture_on_commit_callbacks(execute=True):
            response = admin_client.post(
                f"/admin/bulk/wagtailimages/image/add_to_collection/?{ids}&next=/admin/images/",
                {"collection": collection.pk},
            )
        assert response.status_code == 302
        for image, n in zip(images, (1, 2), strict=True):
            image.refresh_from_db()
            assert image.collection_id == collection.pk
            assert re.match(rf"original_images/kk_[\w-]{{22}}_los-{n}\.png$", image.file.name)
            assert not image.file.storage.exists(f"original_images/los-{n}.png")
    finally:
        for img in get_image_model().objects.all():
            img.file.delete(save=False)


def test_documents_outside_the_kenniskring_keep_their_name(db):
    from wagtail.documents import get_document_model

    document = get_document_model()(title="Folder", collection=Collection.get_first_root_node())
    document.file.save("folder.txt", ContentFile(b"publiek"), save=False)
    document.save()
    assert document.file.name == "documents/folder.txt"
    document.file.delete(save=False)

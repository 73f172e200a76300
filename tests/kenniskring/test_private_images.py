"""The kenniskring's Wagtail images (kenniskring/models/images.py): an image of its collection
keeps its original and its renditions in the private storage, shows through the checked view
(`kenniskring_image`) to members, partners and the editors who may use it, and to nobody
else; every other image stays public media."""

from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import Permission
from django.shortcuts import resolve_url
from django.template import Context, Template
from django.urls import reverse
from wagtail.models import Collection, GroupCollectionPermission

from kenniskring import private_collection
from kenniskring.storage import PrivateStorage, resolve
from tests.kenniskring.fixtures import files_under, make_image


def _render(image):
    template = Template("{% load wagtailimages_tags %}{% image picture fill-20x20 %}")
    return template.render(Context({"picture": image}))


def _stored_privately(field_file, private):
    storage, name = resolve(field_file)
    return isinstance(storage, PrivateStorage) and Path(storage.path(name)).is_relative_to(private)


def test_a_private_image_and_its_renditions_stay_out_of_media_root(tree, file_roots):
    media, private = file_roots
    image = make_image(name="netwerkdag-noord.png")
    html = _render(image)
    rendition = image.renditions.get()

    assert _stored_privately(image.file, private)
    assert _stored_privately(rendition.file, private)
    assert files_under(media) == []
    # Both have a secret name, and the page shows the rendition through the checked view.
    assert Path(image.file.name).name.startswith("kk_")
    assert Path(rendition.file.name).name.startswith("kk_")
    assert f'src="{rendition.url}"' in html
    assert rendition.url.startswith("/private-images/images/kk_")
    assert image.file.url.startswith("/private-images/original_images/kk_")


def test_a_public_image_stays_public_media(tree, file_roots, settings):
    media, private = file_roots
    image = make_image(collection=Collection.get_first_root_node(), name="folder.png")
    _render(image)
    rendition = image.renditions.get()
    assert image.file.name == "original_images/folder.png"
    assert rendition.url.startswith(settings.MEDIA_URL + "images/folder.")
    assert files_under(private) == []
    assert sorted(files_under(media)) == sorted([image.file.name, rendition.file.name])


def test_an_image_that_changes_collection_moves_and_gets_new_renditions(
    tree, file_roots, django_capture_on_commit_callbacks
):
    media, private = file_roots
    root = Collection.get_first_root_node()
    image = make_image(collection=root, name="groepsfoto.png")
    _render(image)
    assert files_under(private) == []

    image.collection = private_collection.get_or_create()
    with django_capture_on_commit_callbacks(execute=True):
        image.save()
    html = _render(image)
    assert files_under(media) == []  # the public original went once the move was committed
    assert _stored_privately(image.file, private)
    assert _stored_privately(image.renditions.get().file, private)
    assert "/private-images/" in html

    image.collection = root
    image.save()
    _render(image)
    assert image.renditions.get().url.startswith(settings.MEDIA_URL)
    assert not image.file.name.startswith("private/")


def test_images_moved_in_bulk_into_the_kenniskring_move_too(
    admin_client, tree, file_roots, django_capture_on_commit_callbacks
):
    """The admin's bulk "add to collection" action moves rows without saving each one."""
    media, private = file_roots
    images = [
        make_image(collection=Collection.get_first_root_node(), name=f"los-{n}.png") for n in (1, 2)
    ]
    ids = "&".join(f"id={image.pk}" for image in images)
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            f"/admin/bulk/kenniskring/kenniskringimage/add_to_collection/?{ids}&next=/admin/images/",
            {"collection": private_collection.get_or_create().pk},
        )
    assert response.status_code == 302
    for image in images:
        image.refresh_from_db()
        assert image.collection == private_collection.get_or_create()
        assert _stored_privately(image.file, private)
        assert Path(image.file.name).name.startswith("kk_")
    assert files_under(media) == []


@pytest.mark.parametrize("who", ["member", "other_member", "partner"])
def test_members_and_partners_see_a_private_image(as_user, private_image, who):
    rendition = private_image.get_rendition("fill-20x20")
    response = as_user(who).get(rendition.url)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert b"".join(response.streaming_content)[:4] == b"\x89PNG"


def test_an_editor_sees_it_only_with_a_right_on_its_collection(as_user, people, private_image):
    url = private_image.get_rendition("fill-20x20").url
    assert as_user("editor").get(url).status_code == 403

    group = people["editor"].groups.get()
    GroupCollectionPermission.objects.create(
        group=group,
        collection=Collection.get_first_root_node(),
        permission=Permission.objects.get(codename="choose_image"),
    )
    assert as_user("editor").get(url).status_code == 200


def test_an_unknown_or_public_name_is_not_found(as_user, private_image):
    member = as_user("member")
    assert member.get("/private-images/original_images/kk_onbekend.png").status_code == 404
    public = make_image(collection=Collection.get_first_root_node(), name="publiek.png")
    name = public.file.name
    assert member.get(reverse("kenniskring_image", args=[name])).status_code == 404
    # Anonymous visitors are sent to log in, whatever the name, without a lookup.
    response = as_user("anonymous").get("/private-images/original_images/kk_onbekend.png")
    assert response.status_code == 302
    assert response["Location"].startswith(resolve_url(settings.LOGIN_URL) + "?next=")


def test_the_admin_shows_a_private_image_to_an_admin(client, private_image, django_user_model):
    admin = django_user_model.objects.create_superuser("beheer", "beheer@example.org", "x")
    client.force_login(admin)
    response = client.get(reverse("wagtailimages:edit", args=[private_image.pk]))
    assert response.status_code == 200
    assert "/private-images/" in response.content.decode()
    assert "/media/original_images/" not in response.content.decode()

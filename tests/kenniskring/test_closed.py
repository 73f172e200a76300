"""The kenniskring fails closed, and its files are neither public nor guessable."""

import re
from pathlib import Path

from django.core.files.base import ContentFile
from wagtail.models import Collection, PageViewRestriction

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


def test_documents_outside_the_kenniskring_keep_their_name(db):
    from wagtail.documents import get_document_model

    document = get_document_model()(title="Folder", collection=Collection.get_first_root_node())
    document.file.save("folder.txt", ContentFile(b"publiek"), save=False)
    document.save()
    assert document.file.name == "documents/folder.txt"
    document.file.delete(save=False)

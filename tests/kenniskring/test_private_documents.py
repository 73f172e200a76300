"""The kenniskring's documents keep their files in the private storage, outside MEDIA_ROOT;
public documents stay in the default storage; a document that changes collection has its
file moved (the migration of the old documents: tests/site/test_private_files_moved.py)."""

import re

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection

from kenniskring import private_collection
from tests.kenniskring.fixtures import files_under


def _document(collection, name, content):
    document = get_document_model()(title=name, collection=collection)
    document.file.save(name, ContentFile(content), save=False)
    document.save()
    return document


def test_documents_are_stored_where_their_collection_says(db, file_roots):
    media, private = file_roots
    public = _document(Collection.get_first_root_node(), "folder.txt", b"publiek")
    secret = _document(private_collection.get_or_create(), "verslag.txt", b"geheim")
    assert public.file.name == "documents/folder.txt"
    assert re.match(r"private/documents/kk_[\w-]{22}_verslag\.txt$", secret.file.name)
    assert files_under(media) == ["documents/folder.txt"]
    assert files_under(private) == [secret.file.name.removeprefix("private/")]
    with secret.file.open("rb") as handle:
        assert handle.read() == b"geheim"


def test_a_document_moved_into_the_kenniskring_leaves_media_root_and_back(
    db, file_roots, django_capture_on_commit_callbacks
):
    media, private = file_roots
    document = _document(Collection.get_first_root_node(), "notulen.txt", b"eerst publiek")
    document.collection = private_collection.get_or_create()
    with django_capture_on_commit_callbacks(execute=True):
        document.save()
    assert re.match(r"private/documents/kk_[\w-]{22}_notulen\.txt$", document.file.name)
    assert files_under(media) == []
    assert len(files_under(private)) == 1
    document.collection = Collection.get_first_root_node()
    with django_capture_on_commit_callbacks(execute=True):
        document.save()
    assert re.match(r"documents/kk_[\w-]{22}_notulen\.txt$", document.file.name)
    assert files_under(private) == []
    assert files_under(media) == [document.file.name]
    document.refresh_from_db()
    with document.file.open("rb") as handle:
        assert handle.read() == b"eerst publiek"


def test_documents_moved_in_bulk_into_the_kenniskring_leave_media_root(
    admin_client, file_roots, django_capture_on_commit_callbacks
):
    media, private = file_roots
    documents = [_document(Collection.get_first_root_node(), f"los-{n}.txt", b"x") for n in (1, 2)]
    ids = "&".join(f"id={document.pk}" for document in documents)
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            f"/admin/bulk/kenniskring/kenniskringdocument/add_to_collection/?{ids}"
            "&next=/admin/documents/",
            {"collection": private_collection.get_or_create().pk},
        )
    assert response.status_code == 302
    assert files_under(media) == []
    assert len(files_under(private)) == 2

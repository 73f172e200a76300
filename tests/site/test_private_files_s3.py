"""With MEDIA_STORAGE=s3, public media and private files live in an S3-compatible store
(here moto in server mode, started by the tests on a free port): private files are never
public and reach who may see them as short-lived signed URLs, after the site's check."""

from urllib.parse import parse_qs, urlsplit
from urllib.request import urlopen

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection

from kennisplein_site.settings.base import s3_storages_from_env

moto_server = pytest.importorskip(
    "moto.server", reason="moto[server] is not installed (pip install -e '.[dev]')"
)
boto3 = pytest.importorskip("boto3", reason="boto3 is not installed (django-storages[s3])")

PUBLIC, PRIVATE = "kennisplein-media", "kennisplein-prive"


@pytest.fixture(scope="module")
def endpoint():
    server = moto_server.ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    url = f"http://{host}:{port}"
    client = boto3.client(
        "s3",
        endpoint_url=url,
        aws_access_key_id="test",
        aws_secret_access_key="test",
        region_name="us-east-1",
    )
    for bucket in (PUBLIC, PRIVATE):
        client.create_bucket(Bucket=bucket)
    yield url, client
    server.stop()


@pytest.fixture
def s3(settings, endpoint):
    url, client = endpoint
    environ = {
        "AWS_STORAGE_BUCKET_NAME": PUBLIC,
        "AWS_PRIVATE_STORAGE_BUCKET_NAME": PRIVATE,
        "AWS_S3_ENDPOINT_URL": url,
        "AWS_S3_REGION_NAME": "us-east-1",
        "AWS_ACCESS_KEY_ID": "test",
        "AWS_SECRET_ACCESS_KEY": "test",
    }
    settings.STORAGES = {**settings.STORAGES, **s3_storages_from_env(environ)}
    return client


def _keys(client, bucket):
    return sorted(item["Key"] for item in client.list_objects_v2(Bucket=bucket).get("Contents", []))


def _public_grant(client, bucket, key):
    grants = client.get_object_acl(Bucket=bucket, Key=key)["Grants"]
    return [g for g in grants if "AllUsers" in g["Grantee"].get("URI", "")]


def test_a_private_document_is_a_short_lived_signed_url_after_the_check(
    s3, as_user, private_document
):
    key = "private/" + private_document.file.name.removeprefix("private/")
    assert key in _keys(s3, PRIVATE)
    assert not [k for k in _keys(s3, PUBLIC) if "verslag-noord" in k]
    assert not _public_grant(s3, PRIVATE, key)

    response = as_user("other_member").get(private_document.url)
    assert response.status_code == 302
    assert "no-store" in response["Cache-Control"]
    location = urlsplit(response["Location"])
    query = parse_qs(location.query)
    assert location.path == f"/{PRIVATE}/{key}"
    assert query["X-Amz-Expires"] == ["60"] and query["X-Amz-Signature"]
    assert query["response-content-disposition"] == [
        f'attachment; filename="{private_document.filename}"'
    ]
    with urlopen(response["Location"]) as signed:  # noqa: S310 (the test's own server)
        assert signed.read() == b"geheim verslag"
        assert signed.headers["Content-Disposition"].startswith("attachment")


def test_refused_requests_get_no_signed_url(s3, as_user, private_document):
    for who, status in (("anonymous", 302), ("outsider", 403)):
        response = as_user(who).get(private_document.url)
        assert response.status_code == status, who
        assert PRIVATE not in response.get("Location", ""), who
        assert b"geheim verslag" not in response.content


def test_an_attachment_is_stored_privately_and_signed_for_its_project(s3, as_user, private_b):
    from django.urls import reverse

    item = private_b.attachments.get()
    assert "private/" + item.file.name in _keys(s3, PRIVATE)
    url = reverse("kenniskring_learning:attachment", args=[private_b.pk, item.pk])
    response = as_user("other_member").get(url)
    assert response.status_code == 302 and "X-Amz-Signature=" in response["Location"]
    refused = as_user("member").get(url)  # another project
    assert refused.status_code == 403 and not refused.has_header("Location")


def test_public_documents_are_public_media(s3, db):
    document = get_document_model()(title="Folder", collection=Collection.get_first_root_node())
    document.file.save("folder.txt", ContentFile(b"publiek"), save=False)
    document.save()
    assert "media/documents/folder.txt" in _keys(s3, PUBLIC)
    url = document.file.url
    assert "X-Amz-Signature" not in url and url.endswith("/media/documents/folder.txt")
    document.file.delete(save=False)

"""With MEDIA_STORAGE=s3, public media and private files live in an S3-compatible store
(here moto in server mode, started by the tests on a free port): private files are never
public and reach who may see them as short-lived signed URLs, after the site's check.

moto serves a signed URL without checking its signature or its age, so the server here puts
S3's own check in front of it (`SignedUrlsChecked`): a URL signed for another object, or past
its expiry, is refused with 403, as S3 does."""

import datetime
import threading
from unittest import mock
from urllib.error import HTTPError
from urllib.parse import parse_qs, parse_qsl, urlsplit, urlunsplit
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


class SignedUrlsChecked:
    """S3's check of a presigned URL (signature version 4), in front of moto: the request is
    signed again, at the time the URL says it was signed, and must give the same signature;
    and it must arrive before that time plus its X-Amz-Expires. `now` can be moved on."""

    now = None

    def __init__(self, app):
        self.app = app

    def __call__(self, environ, start_response):
        if "X-Amz-Signature=" in environ.get("QUERY_STRING", ""):
            problem = self.problem(environ)
            if problem:
                start_response("403 Forbidden", [("Content-Type", "text/plain")])
                return [problem.encode()]
        return self.app(environ, start_response)

    def problem(self, environ):
        from botocore.auth import S3SigV4QueryAuth
        from botocore.awsrequest import AWSRequest
        from botocore.credentials import Credentials

        raw = environ.get("RAW_URI") or environ["REQUEST_URI"]
        path, _, query = raw.partition("?")
        given = dict(parse_qsl(query))
        signed_at = datetime.datetime.strptime(given["X-Amz-Date"], "%Y%m%dT%H%M%SZ").replace(
            tzinfo=datetime.UTC
        )
        expires = int(given["X-Amz-Expires"])
        now = self.now or datetime.datetime.now(datetime.UTC)
        if now > signed_at + datetime.timedelta(seconds=expires):
            return "Request has expired"
        unsigned = "&".join(p for p in query.split("&") if not p.startswith("X-Amz-"))
        host = environ["HTTP_HOST"]
        request = AWSRequest(
            method=environ["REQUEST_METHOD"], url=f"http://{host}{path}?{unsigned}"
        )
        auth = S3SigV4QueryAuth(Credentials("test", "test"), "s3", "us-east-1", expires=expires)
        with mock.patch("botocore.auth.get_current_datetime", return_value=signed_at):
            auth.add_auth(request)
        again = dict(parse_qsl(urlsplit(request.url).query))["X-Amz-Signature"]
        return None if again == given["X-Amz-Signature"] else "SignatureDoesNotMatch"


@pytest.fixture(scope="module")
def endpoint():
    from moto.moto_server.werkzeug_app import DomainDispatcherApplication, create_backend_app
    from werkzeug.serving import make_server

    app = SignedUrlsChecked(DomainDispatcherApplication(create_backend_app))
    server = make_server("127.0.0.1", 0, app, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_port}"
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
    server.shutdown()


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


def _refused(url):
    with pytest.raises(HTTPError) as refused:
        urlopen(url)  # noqa: S310 (the test's own server)
    return refused.value.code, refused.value.read()


def test_a_signed_url_expires_and_fits_only_its_own_object(s3, as_user, private_document):
    s3.put_object(Bucket=PRIVATE, Key="private/documents/ander.txt", Body=b"ander geheim")
    location = as_user("other_member").get(private_document.url)["Location"]
    parts = urlsplit(location)
    foreign = urlunsplit(parts._replace(path=f"/{PRIVATE}/private/documents/ander.txt"))
    assert _refused(foreign) == (403, b"SignatureDoesNotMatch")
    later = datetime.datetime.now(datetime.UTC) + datetime.timedelta(seconds=61)
    with mock.patch.object(SignedUrlsChecked, "now", later):
        assert _refused(location) == (403, b"Request has expired")
    with urlopen(location) as signed:  # noqa: S310 (still within its minute)
        assert signed.read() == b"geheim verslag"


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


def test_a_private_image_and_its_rendition_are_signed_after_the_check(s3, as_user, private_image):
    rendition = private_image.get_rendition("fill-20x20")
    keys = _keys(s3, PRIVATE)
    assert private_image.file.name in keys and rendition.file.name in keys
    assert not [k for k in _keys(s3, PUBLIC) if "kk_" in k]
    for url in (private_image.file.url, rendition.url):
        response = as_user("other_member").get(url)
        assert response.status_code == 302 and "X-Amz-Signature=" in response["Location"]
        with urlopen(response["Location"]) as signed:  # noqa: S310 (the test's own server)
            assert signed.read()[:4] == b"\x89PNG"
        refused = as_user("outsider").get(url)
        assert refused.status_code == 403 and not refused.has_header("Location")


def test_public_images_and_renditions_are_public_media(s3, db):
    from tests.kenniskring.fixtures import make_image

    image = make_image(collection=Collection.get_first_root_node(), name="zaal.png")
    rendition = image.get_rendition("fill-20x20")
    assert "media/original_images/zaal.png" in _keys(s3, PUBLIC)
    assert "X-Amz-Signature" not in rendition.url and "/media/images/zaal." in rendition.url
    rendition.file.delete(save=False)
    image.file.delete(save=False)

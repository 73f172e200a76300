"""Private files (documents, attachments, forum images, the kenniskring's Wagtail images and
their renditions) leave the site in one way (kenniskring/serving.py): streamed by Django, or,
behind nginx, as an empty answer whose `X-Accel-Redirect` names the file under PRIVATE_ROOT.
Refused requests never carry that header nor a byte of the file."""

from pathlib import Path
from urllib.parse import quote

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse

from kenniskring.forum.models import Experience
from kenniskring.learning.models import ReflectionAttachment
from kenniskring.storage import resolve
from tests.kenniskring.fixtures import png

SECRET_PDF = b"%PDF-1.4\n% geheim\n%%EOF\n"


@pytest.fixture(autouse=True)
def private_root(settings, tmp_path):
    settings.KENNISKRING_PRIVATE_ROOT = tmp_path / "prive"
    return settings.KENNISKRING_PRIVATE_ROOT


@pytest.fixture
def document(private_document):
    return {
        "url": private_document.url,
        "file": private_document.file,
        "allowed": "other_member",
        "refused": {"anonymous": 302, "outsider": 403},
        "content": b"geheim verslag",
        "type": "text/plain",
        "disposition": f'attachment; filename="{private_document.filename}"',
    }


@pytest.fixture
def attachment(private_b):
    item = ReflectionAttachment(
        reflection=private_b, name="plan van aanpak.pdf", content_type="application/pdf", size=1
    )
    item.file.save("plan van aanpak.pdf", ContentFile(SECRET_PDF), save=False)
    item.save()
    return {
        "url": reverse("kenniskring_learning:attachment", args=[private_b.pk, item.pk]),
        "file": item.file,
        "allowed": "other_member",  # project B's own member
        "refused": {"anonymous": 302, "outsider": 403, "member": 403},  # member: project A
        "content": SECRET_PDF,
        "type": "application/pdf",
        "disposition": 'attachment; filename="plan van aanpak.pdf"',
    }


@pytest.fixture
def forum_image(people, tree):
    experience = Experience(
        title="Een etentje", text="<p>.</p>", author=people["member"], project=tree["project_a"]
    )
    experience.image.save("foto.png", ContentFile(png()), save=False)
    experience.image_alt = "Een tafel"
    experience.save()
    name = Path(experience.image.name).name
    return {
        "url": reverse("kenniskring_forum:experience_image", args=[experience.pk]),
        "file": experience.image,
        "allowed": "other_member",
        "refused": {"anonymous": 302, "outsider": 403},
        "content": png(),
        "type": "image/png",
        "disposition": f'inline; filename="{name}"',
    }


def _wagtail_image(file, url):
    storage, name = resolve(file)
    with storage.open(name) as stored:
        content = stored.read()
    return {
        "url": url,
        "file": file,
        "allowed": "other_member",
        "refused": {"anonymous": 302, "outsider": 403},
        "content": content,
        "type": "image/png",
        "disposition": f'inline; filename="{Path(file.name).name}"',
    }


@pytest.fixture
def kenniskring_image(private_image):
    return _wagtail_image(private_image.file, private_image.file.url)


@pytest.fixture
def kenniskring_rendition(private_image):
    rendition = private_image.get_rendition("fill-20x20")
    return _wagtail_image(rendition.file, rendition.url)


KINDS = ["document", "attachment", "forum_image", "kenniskring_image", "kenniskring_rendition"]


@pytest.fixture(params=KINDS)
def private_file(request):
    return request.getfixturevalue(request.param)


def _relative(item, root):
    storage, name = resolve(item["file"])
    path = Path(storage.path(name))
    assert path.is_file() and path.is_relative_to(Path(root).resolve())
    return path.relative_to(Path(root).resolve()).as_posix()


def test_django_streams_a_private_file_to_who_may_see_it(as_user, private_file, private_root):
    response = as_user(private_file["allowed"]).get(private_file["url"])
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == private_file["content"]
    assert response["Content-Type"] == private_file["type"]
    assert response["Content-Disposition"] == private_file["disposition"]
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert not response.has_header("X-Accel-Redirect")


def test_behind_nginx_the_proxy_sends_the_file_after_the_check(
    as_user, private_file, private_root, settings
):
    settings.KENNISKRING_PRIVATE_SERVE = "x-accel"
    response = as_user(private_file["allowed"]).get(private_file["url"])
    assert response.status_code == 200
    assert response.content == b""
    relative = _relative(private_file, private_root)
    assert response["X-Accel-Redirect"] == "/_private/" + quote(relative)
    assert response["Content-Type"] == private_file["type"]
    assert response["Content-Disposition"] == private_file["disposition"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "no-store" in response["Cache-Control"]


def test_the_internal_prefix_is_a_setting(as_user, private_file, private_root, settings):
    settings.KENNISKRING_PRIVATE_SERVE = "x-accel"
    settings.KENNISKRING_PRIVATE_ACCEL_PREFIX = "/intern/"
    response = as_user(private_file["allowed"]).get(private_file["url"])
    assert response["X-Accel-Redirect"] == "/intern/" + quote(_relative(private_file, private_root))


@pytest.mark.parametrize("mode", ["django", "x-accel"])
def test_refused_requests_carry_neither_the_header_nor_the_file(
    as_user, private_file, settings, mode
):
    settings.KENNISKRING_PRIVATE_SERVE = mode
    for who, status in private_file["refused"].items():
        response = as_user(who).get(private_file["url"])
        assert response.status_code == status, who
        assert not response.has_header("X-Accel-Redirect"), who
        body = b"".join(response.streaming_content) if response.streaming else response.content
        assert private_file["content"] not in body, who


def test_a_file_gone_from_the_disk_is_a_404_in_both_modes(as_user, private_file, settings):
    storage, name = resolve(private_file["file"])
    storage.delete(name)
    for mode in ("django", "x-accel"):
        settings.KENNISKRING_PRIVATE_SERVE = mode
        response = as_user(private_file["allowed"]).get(private_file["url"])
        assert response.status_code == 404, mode
        assert not response.has_header("X-Accel-Redirect")


def test_an_unknown_mode_stops_with_its_name(as_user, document, settings):
    from django.core.exceptions import ImproperlyConfigured

    settings.KENNISKRING_PRIVATE_SERVE = "sendfile"
    with pytest.raises(ImproperlyConfigured, match="KENNISKRING_PRIVATE_SERVE"):
        as_user(document["allowed"]).get(document["url"])

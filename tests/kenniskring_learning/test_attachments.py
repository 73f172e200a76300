"""Attachments: PDF, Word and images, recognised by content; size-limited; served with checks."""

from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from kenniskring.learning.models import Reflection, ReflectionAttachment

from .fixtures import PDF_BYTES, docx_bytes, png_bytes


@pytest.fixture(autouse=True)
def private_root(settings, tmp_path):
    settings.KENNISKRING_PRIVATE_ROOT = tmp_path


pytestmark = pytest.mark.django_db


def upload(client, assignment, *files):
    return client.post(
        reverse("kenniskring_learning:write", args=[assignment.pk]),
        {
            "action": "draft",
            "visibility": "project",
            "version": 0,
            "answer_0": "Tekst die niet verloren mag gaan",
            "answer_1": "",
            "attachments": list(files),
        },
    )


@pytest.mark.parametrize(
    "name, content, content_type",
    [
        ("verslag.pdf", PDF_BYTES, "application/pdf"),
        (
            "verslag.docx",
            docx_bytes(),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ),
        ("foto.png", png_bytes(), "image/png"),
    ],
    ids=["pdf", "docx", "png"],  # the zip's bytes hold the time: xdist workers must agree
)
def test_accepted_files_are_stored_and_served_to_the_project(
    as_user, assignment, name, content, content_type, settings
):
    client = as_user("member")
    response = upload(client, assignment, SimpleUploadedFile(name, content, "text/plain"))
    assert response.status_code == 302
    item = ReflectionAttachment.objects.get()
    assert item.name == name and item.content_type == content_type and item.size == len(content)
    # Stored in an unguessable folder of the private storage, never under MEDIA_ROOT.
    assert item.file.name != f"reflecties/{name}"
    assert not Path(item.file.path).is_relative_to(Path(settings.MEDIA_ROOT).resolve())
    assert Path(item.file.path).is_relative_to(Path(settings.KENNISKRING_PRIVATE_ROOT).resolve())
    with pytest.raises(ValueError):
        item.file.url  # noqa: B018
    served = client.get(
        reverse("kenniskring_learning:attachment", args=[item.reflection_id, item.pk])
    )
    assert served.status_code == 200
    assert served["Content-Type"] == content_type
    assert b"".join(served.streaming_content) == content
    assert "no-store" in served["Cache-Control"]


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("virus.pdf", b"MZ\x90\x00 this is a program", "geen PDF, Word-document"),
        ("plat.docx", b"PK\x03\x04 not really a zip", "geen PDF, Word-document"),
        ("foto.png", PDF_BYTES, "de inhoud is een PDF-bestand"),
        ("tekst.txt", b"gewoon tekst", "geen PDF, Word-document"),
    ],
    ids=["program-as-pdf", "text-as-docx", "pdf-as-png", "text"],
)
def test_files_that_are_not_what_their_name_says_are_refused(
    as_user, assignment, name, content, message
):
    response = upload(as_user("member"), assignment, SimpleUploadedFile(name, content))
    html = response.content.decode()
    assert response.status_code == 200
    assert message in html
    assert "Tekst die niet verloren mag gaan" in html
    assert not Reflection.objects.exists() and not ReflectionAttachment.objects.exists()


def test_a_file_that_is_too_large_is_refused(as_user, assignment, settings):
    settings.KENNISKRING_MAX_ATTACHMENT_MB = 1
    big = PDF_BYTES + b"0" * (1024 * 1024)
    response = upload(as_user("member"), assignment, SimpleUploadedFile("groot.pdf", big))
    html = response.content.decode()
    assert "mag hoogstens 1,0" in html or "mag hoogstens 1.0" in html
    assert "Tekst die niet verloren mag gaan" in html
    assert not ReflectionAttachment.objects.exists()


def test_several_files_at_once(as_user, assignment):
    response = upload(
        as_user("member"),
        assignment,
        SimpleUploadedFile("a.pdf", PDF_BYTES),
        SimpleUploadedFile("b.png", png_bytes()),
    )
    assert response.status_code == 302
    assert sorted(ReflectionAttachment.objects.values_list("name", flat=True)) == ["a.pdf", "b.png"]

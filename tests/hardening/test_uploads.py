"""Uploads refuse what they cannot read: decompression bombs, broken and mislabelled files get
the usual message next to the field on every upload path, never a 500, and the typed text
stays."""

import struct
import zlib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.images import get_image_model

from kenniskring.forum.models import Experience
from kenniskring.learning.models import ReflectionAttachment
from tests.kenniskring_learning.fixtures import PDF_BYTES, png_bytes


def png_header(width, height):
    """A PNG that claims `width` × `height` pixels in a few hundred bytes."""

    def chunk(kind, data):
        checksum = struct.pack(">I", zlib.crc32(kind + data))
        return struct.pack(">I", len(data)) + kind + data + checksum

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    rows = zlib.compress(b"\x00" * (width + 1) * 4)
    chunks = chunk(b"IHDR", header) + chunk(b"IDAT", rows) + chunk(b"IEND", b"")
    return b"\x89PNG\r\n\x1a\n" + chunks


BAD_FILES = {
    # Pillow raises DecompressionBombError when opening this one...
    "bomb": ("bom.png", png_header(30_000, 30_000)),
    # ...and only warns for this one.
    "half-bomb": ("bom.png", png_header(10_000, 10_000)),
    "broken": ("kapot.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 200),
    "not an image": ("notities.png", b"Dit is gewone tekst, geen afbeelding."),
}
MISLABELLED = ("foto.pdf", png_bytes())


def upload(name, data, content_type="image/png"):
    return SimpleUploadedFile(name, data, content_type=content_type)


@pytest.mark.parametrize("kind", [*BAD_FILES, "mislabelled"])
def test_reflection_attachments_refuse_what_they_cannot_read(client, world, kind):
    client.force_login(world["member"])
    name, data = MISLABELLED if kind == "mislabelled" else BAD_FILES[kind]
    response = client.post(
        reverse("kenniskring_learning:write", args=[world["assignment"].pk]),
        {
            "answer_0": "Wat we typten blijft staan",
            "answer_1": "",
            "visibility": "project",
            "version": 1,
            "attachments": [upload(name, data)],
        },
    )
    assert response.status_code == 200
    text = response.content.decode()
    assert f"{name}: " in text
    assert "kies de bestanden opnieuw" in text
    assert "Wat we typten blijft staan" in text
    assert not ReflectionAttachment.objects.filter(reflection=world["reflection"]).exists()


@pytest.mark.parametrize("kind", [*BAD_FILES, "mislabelled"])
def test_forum_images_refuse_what_they_cannot_read(client, world, kind):
    client.force_login(world["member"])
    name, data = ("foto.jpg", png_bytes()) if kind == "mislabelled" else BAD_FILES[kind]
    response = client.post(
        reverse("kenniskring_forum:experience_create"),
        {
            "title": "Een vierde ervaring",
            "text": "Wat we typten blijft staan",
            "image": upload(name, data),
            "image_alt": "Een foto",
        },
    )
    assert response.status_code == 200
    text = response.content.decode()
    expected = {
        "mislabelled": "De naam eindigt op .jpg, maar de inhoud is een PNG-bestand.",
        # Django's own check of an image field comes first for these.
        "broken": "Upload een geldige afbeelding.",
        "not an image": "Upload een geldige afbeelding.",
        "bomb": "Upload een geldige afbeelding.",
        "half-bomb": "Kies een JPEG, PNG of WebP.",
    }[kind]
    assert expected in text
    assert "Wat we typten blijft staan" in text
    assert not Experience.objects.filter(title="Een vierde ervaring").exists()


@pytest.mark.parametrize("kind", [*BAD_FILES, "mislabelled"])
def test_editor_image_uploads_refuse_what_they_cannot_read(client, world, django_user_model, kind):
    editor = django_user_model.objects.create_superuser("beheer", "beheer@example.org", "x")
    client.force_login(editor)
    name, data = ("verslag.png", PDF_BYTES) if kind == "mislabelled" else BAD_FILES[kind]
    response = client.post(
        reverse("wagtailimages:add"), {"title": "Ons beeld", "file": upload(name, data)}
    )
    assert response.status_code == 200
    text = response.content.decode()
    assert "Ons beeld" in text
    assert "error-message" in text
    assert not get_image_model().objects.filter(title="Ons beeld").exists()

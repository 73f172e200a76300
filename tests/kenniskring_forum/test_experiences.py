import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from kenniskring.forum.models import Comment, Experience

from .conftest import url

pytestmark = pytest.mark.django_db


def png(size=(20, 20)):
    buffer = io.BytesIO()
    Image.new("RGB", size, "orange").save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture(autouse=True)
def private_root(settings, tmp_path):
    settings.KENNISKRING_PRIVATE_ROOT = tmp_path


def share(client, **extra):
    data = {
        "title": "Afscheid van een duo",
        "text": "Wij sluiten elk duo af met een etentje.",
        "new_theme": "afscheid",
    }
    data.update(extra)
    return client.post(url("experience_create"), data)


def test_member_shares_an_experience_with_an_image_only_members_see(as_user, tree, tmp_path):
    client = as_user("member")
    response = share(
        client,
        image=SimpleUploadedFile("foto.png", png(), content_type="image/png"),
        image_alt="Twee mensen aan tafel",
    )
    experience = Experience.objects.get()
    assert response["Location"] == experience.get_absolute_url()
    assert experience.project == tree["project_a"]
    assert str(tmp_path) in experience.image.path  # outside MEDIA_ROOT
    page = client.get(experience.get_absolute_url()).content.decode()
    assert 'alt="Twee mensen aan tafel"' in page
    image = as_user("other_member").get(url("experience_image", experience.pk))
    assert image.status_code == 200
    assert b"".join(image.streaming_content) == png()
    assert "no-store" in image["Cache-Control"]
    assert as_user("outsider").get(url("experience_image", experience.pk)).status_code == 403
    assert as_user("anonymous").get(url("experience_image", experience.pk)).status_code == 302


@pytest.mark.parametrize(
    "content,message",
    [
        (b"<script>alert(1)</script>", "afbeelding"),
        (b"GIF89a" + b"\x00" * 20, "afbeelding"),
    ],
)
def test_a_file_that_is_not_an_image_is_refused_and_text_kept(as_user, content, message):
    response = share(
        as_user("member"),
        image=SimpleUploadedFile("foto.png", content, content_type="image/png"),
        image_alt="x",
    )
    assert response.status_code == 200
    body = response.content.decode()
    assert message in response.context["form"].errors["image"][0]
    assert "Wij sluiten elk duo af met een etentje." in body
    assert Experience.objects.count() == 0


def test_a_too_large_image_is_refused(as_user, monkeypatch):
    monkeypatch.setattr("kenniskring.forum.forms.IMAGE_MAX_BYTES", 100)
    response = share(
        as_user("member"),
        image=SimpleUploadedFile("foto.png", png((200, 200)), content_type="image/png"),
        image_alt="x",
    )
    assert "te groot" in response.context["form"].errors["image"][0]
    assert Experience.objects.count() == 0


def test_others_comment_on_an_experience(as_user, people):
    share(as_user("member"))
    experience = Experience.objects.get()
    client = as_user("other_member")
    form = client.get(experience.get_absolute_url()).context["form"]
    response = client.post(
        experience.get_absolute_url(),
        {"text": "Mooi idee, dat nemen we over.", "form_token": form.initial["form_token"]},
    )
    comment = Comment.objects.get()
    assert response["Location"] == comment.get_absolute_url()
    assert comment.author == people["other_member"]
    listing = client.get(url("experiences")).content.decode()
    assert "Afscheid van een duo" in listing and "1 reactie" in listing

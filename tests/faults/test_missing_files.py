"""A member's file gone from the disk (a restore, a storage hiccup) is a 404, not a 500;
and nothing about it reaches an anonymous visitor."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from kenniskring.forum.models import Experience
from tests.kenniskring_forum.test_experiences import png, share

pytestmark = pytest.mark.django_db


def test_a_forum_image_whose_file_is_missing_is_not_found(as_user, tree):
    share(
        as_user("member"),
        image=SimpleUploadedFile("foto.png", png(), content_type="image/png"),
        image_alt="Twee mensen aan tafel",
    )
    experience = Experience.objects.get()
    experience.image.storage.delete(experience.image.name)
    address = reverse("kenniskring_forum:experience_image", args=[experience.pk])
    assert as_user("other_member").get(address).status_code == 404
    assert as_user("anonymous").get(address).status_code == 302

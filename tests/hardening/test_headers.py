"""Headers and limits: private caching for whatever depends on who is signed in, direction
overrides gone from titles and names, a limit on password reset mails."""

import pytest
from django.core import mail
from django.core.cache import cache
from django.urls import reverse

from kenniskring.forum.models import Question


def test_public_pages_shown_to_a_member_are_private(client, world):
    anonymous = client.get(world["home"].url)
    assert "private" not in anonymous.get("Cache-Control", "")
    client.force_login(world["member"])
    for address in (world["home"].url, world["index"].url, reverse("kenniskring_forum:questions")):
        response = client.get(address)
        assert response.status_code == 200, address
        assert "private" in response["Cache-Control"], address


def test_direction_overrides_are_removed_from_titles(client, world):
    client.force_login(world["member"])
    response = client.post(
        reverse("kenniskring_forum:question_create"),
        {"title": "Factuur\u202efdp.exe\u2066 betaald", "text": "Wat nu?"},
    )
    assert response.status_code == 302
    assert Question.objects.filter(title="Factuurfdp.exe betaald").exists()


@pytest.fixture
def reset_limit(settings):
    settings.KENNISKRING_PASSWORD_RESETS_PER_HOUR = 3
    cache.clear()
    yield
    cache.clear()


def test_password_reset_is_limited_per_address_and_per_email(client, world, reset_limit):
    url = reverse("kenniskring:password_reset")
    for _ in range(3):
        assert client.post(url, {"email": "lid_a@example.org"}).status_code == 302
    response = client.post(url, {"email": "lid_a@example.org"})
    assert response.status_code == 429
    assert "Je vroeg al te vaak een nieuw wachtwoord aan" in response.content.decode()
    assert 'value="lid_a@example.org"' in response.content.decode()
    assert len(mail.outbox) == 3
    # The same e-mail address from elsewhere is limited too...
    elsewhere = client.post(url, {"email": "lid_a@example.org"}, REMOTE_ADDR="198.51.100.9")
    assert elsewhere.status_code == 429
    # ...and this network address for every e-mail address.
    assert client.post(url, {"email": "lid_b@example.org"}).status_code == 429
    assert len(mail.outbox) == 3

"""The admin for editors: in Dutch whatever the browser says, unless they chose otherwise."""

import re

import pytest
from django.contrib.auth.models import Permission
from wagtail.users.models import UserProfile

pytestmark = pytest.mark.django_db


def admin_language(response):
    return re.search(r'<html lang="([^"]+)"', response.content.decode()).group(1)


@pytest.fixture
def editor(django_user_model):
    person = django_user_model.objects.create_user("redacteur", "r@example.org", "x")
    person.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return person


def test_an_editor_without_a_preference_gets_dutch_whatever_the_browser_asks(client, editor):
    client.force_login(editor)
    response = client.get("/admin/", headers={"accept-language": "en"})
    assert response.status_code == 200
    assert admin_language(response) == "nl"
    assert "JavaScript is uitgeschakeld" in response.content.decode()
    # Also with a profile that leaves the language open, and on the login page.
    UserProfile.get_for_user(editor)
    assert admin_language(client.get("/admin/", headers={"accept-language": "fr"})) == "nl"
    client.logout()
    login = client.get("/admin/login/", headers={"accept-language": "en"})
    assert admin_language(login) == "nl"


def test_an_editor_who_chose_french_gets_french(client, editor):
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "fr"
    profile.save()
    client.force_login(editor)
    response = client.get("/admin/", headers={"accept-language": "en"})
    assert admin_language(response) == "fr"
    assert "JavaScript is uitgeschakeld" not in response.content.decode()


def test_the_site_itself_still_follows_the_address(client, editor):
    client.force_login(editor)
    response = client.get("/", headers={"accept-language": "en"})
    assert response.status_code == 302 and response["Location"] == "/nl/"

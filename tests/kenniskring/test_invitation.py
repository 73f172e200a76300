"""An editor invites a member from the admin; the link sets a password once."""

import datetime

from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.utils import timezone

from kenniskring.models import Invitation, Member


def editor(django_user_model):
    user = django_user_model.objects.get_or_create(username="chef", email="chef@example.org")[0]
    group = Group.objects.get_or_create(name="Invitation editors")[0]
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        *Permission.objects.filter(content_type__app_label="kenniskring"),
    )
    user.groups.add(group)
    return user


def invite(client, django_user_model, tree, **overrides):
    client.force_login(editor(django_user_model))
    data = {
        "email": "nieuw@example.org",
        "first_name": "Nora",
        "last_name": "Nieuw",
        "project": tree["project_a"].pk,
        "role": "project_worker",
        **overrides,
    }
    response = client.post("/admin/kenniskring/invitations/new/", data)
    client.logout()
    return response


def link_path(message):
    line = next(line for line in message.body.splitlines() if "/uitnodiging/" in line)
    return line.strip().split("testserver", 1)[1]


def test_invitation_end_to_end(client, django_user_model, tree):
    response = invite(client, django_user_model, tree)
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["nieuw@example.org"]
    assert "Project A" in message.body
    path = link_path(message)
    assert path.startswith("/nl/uitnodiging/")
    # Only a hash of the secret is stored.
    token = path.rstrip("/").rsplit("/", 1)[1]
    assert not Invitation.objects.filter(token_hash__contains=token).exists()

    page = client.get(path)
    assert page.status_code == 200
    assert "Welkom, Nora" in page.content.decode()

    # Mismatched passwords: a Dutch message next to the field, nothing stored.
    bad = client.post(path, {"password1": "Lange-zin-42!", "password2": "andere-zin-42"})
    assert bad.status_code == 200
    assert "De twee wachtwoorden zijn niet gelijk." in bad.content.decode()
    assert not django_user_model.objects.filter(email="nieuw@example.org").exists()

    done = client.post(path, {"password1": "Lange-zin-42!", "password2": "Lange-zin-42!"})
    assert done.status_code == 302 and done["Location"] == tree["kenniskring"].url
    assert client.get(tree["day_north"].url).status_code == 200
    member = Member.objects.get(user__email="nieuw@example.org")
    assert member.project.pk == tree["project_a"].pk
    assert member.user.groups.filter(name="Kenniskring").exists()

    # One time only.
    client.logout()
    again = client.get(path)
    assert again.status_code == 404
    assert "niet (meer) geldig" in again.content.decode()
    assert client.login(username="nieuw@example.org", password="Lange-zin-42!")


def test_expired_or_wrong_link_gives_nothing(client, django_user_model, tree):
    invite(client, django_user_model, tree)
    path = link_path(mail.outbox[0])
    Invitation.objects.update(expires_at=timezone.now() - datetime.timedelta(minutes=1))
    assert client.get(path).status_code == 404
    response = client.post(path, {"password1": "Lange-zin-42!", "password2": "Lange-zin-42!"})
    assert response.status_code == 404
    assert client.get("/nl/uitnodiging/verzonnen-sleutel/").status_code == 404
    assert not django_user_model.objects.filter(email="nieuw@example.org").exists()


def test_partner_invitation_joins_the_partner_group(client, django_user_model, tree):
    invite(client, django_user_model, tree, project="", role="researcher", email="o@example.org")
    path = link_path(mail.outbox[0])
    client.post(path, {"password1": "Lange-zin-42!", "password2": "Lange-zin-42!"})
    user = django_user_model.objects.get(email="o@example.org")
    assert list(user.groups.values_list("name", flat=True)) == ["Partners"]


def test_project_worker_needs_a_project_and_a_new_address(client, django_user_model, tree, people):
    response = invite(client, django_user_model, tree, project="")
    assert response.status_code == 200
    assert "Kies het project van deze projectmedewerker." in response.content.decode()
    response = invite(client, django_user_model, tree, email="lid_a@example.org")
    assert "Er bestaat al een account met dit e-mailadres." in response.content.decode()
    assert mail.outbox == []

"""A member's e-mails come in the member's language: chosen, else the one used last."""

import re

from django.core import mail

from kenniskring.mail import send_to_member
from kenniskring.models import Invitation, Member

PASSWORD = "geheim-wachtwoord-42"


def ask_new_password(client, email, language="nl"):
    response = client.post(f"/{language}/wachtwoord-vergeten/", {"email": email})
    assert response.status_code == 302
    return mail.outbox[-1]


def test_a_french_member_gets_the_password_mail_in_french(people, client):
    Member.objects.filter(user=people["member"]).update(language="fr")
    message = ask_new_password(client, "lid_a@example.org", language="nl")
    assert message.subject == "Un nouveau mot de passe pour Kennisplein"
    assert "a demandé un nouveau mot de passe pour votre compte" in message.body
    assert re.search(r"http://testserver/fr/wachtwoord-vergeten/\S+/\S+/", message.body)
    assert "wachtwoord aan" not in message.body


def test_without_a_choice_the_mails_follow_the_language_of_the_last_login(people, client):
    response = client.post(
        "/en/inloggen/", {"username": "lid_b", "password": PASSWORD}, follow=False
    )
    assert response.status_code == 302
    assert Member.objects.get(user=people["other_member"]).last_language == "en"
    client.logout()
    message = ask_new_password(client, "lid_b@example.org", language="fr")
    assert message.subject == "A new password for Kennisplein"
    assert "/en/wachtwoord-vergeten/" in message.body


def test_a_member_chooses_the_language_of_their_mails(people, as_user):
    client = as_user("member")
    page = client.get("/en/mijn-taal/")
    assert page.status_code == 200 and 'name="language"' in page.content.decode()
    response = client.post("/en/mijn-taal/", {"language": "fr"})
    assert response.status_code == 302
    assert Member.objects.get(user=people["member"]).mail_language == "fr"
    assert as_user("outsider").get("/en/mijn-taal/").status_code == 403


def test_send_to_member_writes_in_the_members_language(people):
    Member.objects.filter(user=people["partner"]).update(language="en")
    people["partner"].refresh_from_db()
    context = {"invitation": Invitation(first_name="Pat", email="p@example.org"), "days": 7}
    sent = send_to_member(
        people["partner"],
        "kenniskring/emails/password_reset_subject.txt",
        "kenniskring/emails/invitation.txt",
        context,
    )
    assert sent == 1
    message = mail.outbox[-1]
    assert message.to == ["partner@example.org"]
    assert message.subject == "A new password for Kennisplein"
    assert message.body.startswith("Hello Pat,")
    # A Dutch member gets Dutch.
    send_to_member(
        people["member"],
        "kenniskring/emails/password_reset_subject.txt",
        "kenniskring/emails/invitation.txt",
        context,
    )
    assert mail.outbox[-1].subject == "Een nieuw wachtwoord voor Kennisplein"


def invite(client, django_user_model, tree, **data):
    from tests.kenniskring.test_invitation import editor

    user = editor(django_user_model)
    client.force_login(user)
    fields = {
        "email": "nouveau@example.org",
        "first_name": "Nadia",
        "last_name": "Nouveau",
        "project": tree["project_a"].pk,
        "role": "project_worker",
        **data,
    }
    response = client.post("/admin/kenniskring/invitations/new/", fields)
    assert response.status_code == 302, response.content.decode()[:2000]
    return mail.outbox[-1]


def test_an_invitation_in_the_chosen_language(client, django_user_model, tree):
    message = invite(client, django_user_model, tree, language="fr")
    assert message.subject == "Invitation au cercle de connaissances"
    assert message.body.startswith("Bonjour Nadia,")
    assert re.search(r"^http://\S+/fr/uitnodiging/\S+/$", message.body, re.M)
    assert Invitation.objects.get().language == "fr"


def test_an_invitation_without_a_choice_comes_in_the_admins_language(
    client, django_user_model, tree
):
    from wagtail.users.models import UserProfile

    from tests.kenniskring.test_invitation import editor

    profile = UserProfile.get_for_user(editor(django_user_model))
    profile.preferred_language = "en"
    profile.save()
    message = invite(client, django_user_model, tree)
    assert message.subject == "Invitation to the knowledge circle"
    assert message.body.startswith("Hello Nadia,")

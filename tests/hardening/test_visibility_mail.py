"""A partner's change of who reads a reflection is told to that project, and to nobody else:
a mail to each of its members, in their own language, through the task queue."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from kenniskring.models import Member
from tests.hardening.test_admin_privacy import url


@pytest.fixture
def french_colleague(world, django_user_model):
    """A second member of project A, who reads her mail in French."""
    person = django_user_model.objects.create_user(
        "collega_a", "collega_a@example.org", "x", first_name="Collega"
    )
    person.groups.add(Group.objects.get(name="Kenniskring"))
    Member.objects.create(user=person, project=world["project_a"], language="fr")
    return person


@pytest.fixture
def former_member(world, django_user_model):
    """Still linked to project A, but no longer in the kenniskring's groups."""
    person = django_user_model.objects.create_user("oud_lid", "oud_lid@example.org", "x")
    Member.objects.create(user=person, project=world["project_a"])
    person.groups.clear()
    return person


def test_the_project_and_only_the_project_hears_of_a_partners_change(
    client, admin_people, french_colleague, former_member, mailoutbox
):
    client.force_login(admin_people["partner"])
    reflection = admin_people["reflection"]
    response = client.post(url("edit", reflection.pk), {"visibility": "kenniskring"})
    assert response.status_code == 302
    by_address = {message.to[0]: message for message in mailoutbox}
    assert set(by_address) == {"lid_a@example.org", "collega_a@example.org"}
    dutch, french = by_address["lid_a@example.org"], by_address["collega_a@example.org"]
    assert "Een moment van bijleren" in dutch.subject and "leest" in dutch.subject
    assert "Partner" in dutch.body and "hele kenniskring" in dutch.body
    assert f"/nl/kenniskring/reflecties/{reflection.pk}/" in dutch.body
    assert "Een moment van bijleren" in french.subject and "leest" not in french.subject
    assert f"/fr/kenniskring/reflecties/{reflection.pk}/" in french.body
    assert "Antwoord een" not in dutch.body + french.body


def test_saving_without_a_change_sends_nothing_and_adds_no_version(
    client, admin_people, mailoutbox
):
    client.force_login(admin_people["partner"])
    reflection = admin_people["reflection"]
    response = client.post(url("edit", reflection.pk), {"visibility": "project"})
    assert response.status_code == 302
    reflection.refresh_from_db()
    assert reflection.version == 1 and mailoutbox == []


def test_an_editor_who_is_not_a_partner_changes_nothing_and_nobody_is_told(
    client, admin_people, mailoutbox
):
    client.force_login(admin_people["editor"])
    reflection = admin_people["reflection"]
    response = client.post(url("edit", reflection.pk), {"visibility": "kenniskring"})
    assert response.status_code in (302, 403)
    reflection.refresh_from_db()
    assert reflection.visibility == "project" and mailoutbox == []


def test_a_partner_cannot_change_it_on_the_members_side(client, admin_people, mailoutbox):
    """The member-side form writes only the own project's reflection; a partner has none."""
    client.force_login(admin_people["partner"])
    reflection = admin_people["reflection"]
    response = client.post(
        reverse("kenniskring_learning:write", args=[reflection.assignment_id]),
        {
            "answer_0": "Anders",
            "answer_1": "Anders",
            "visibility": "kenniskring",
            "version": 1,
            "action": "submit",
        },
    )
    assert response.status_code == 403
    reflection.refresh_from_db()
    assert reflection.visibility == "project" and reflection.version == 1
    assert mailoutbox == []

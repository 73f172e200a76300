"""A member's role decides their rights: the admin's role field moves them between groups."""

from kenniskring.models import Member, Role


def _attendance_list(client, tree):
    return client.get(tree["day_north"].url + "aanwezigheden/")


def test_role_changed_in_the_admin_moves_the_person_between_groups(
    client, as_user, people, tree, django_user_model
):
    partner = people["partner"]
    assert _attendance_list(as_user("partner"), tree).status_code == 200

    admin = django_user_model.objects.create_superuser("beheer", "beheer@example.org", "x")
    client.force_login(admin)
    member = partner.kenniskring_member
    response = client.post(
        f"/admin/kenniskring/members/edit/{member.pk}/",
        {"user": partner.pk, "project": tree["project_b"].pk, "role": Role.PROJECT_WORKER},
    )
    assert response.status_code == 302
    assert set(partner.groups.values_list("name", flat=True)) == {"Kenniskring"}

    # The former partner no longer sees who comes, but still enters the kenniskring.
    client.force_login(partner)
    assert _attendance_list(client, tree).status_code == 403
    assert client.get(tree["kenniskring"].url).status_code == 200

    member.refresh_from_db()
    member.role = Role.RESEARCHER
    member.save()
    assert set(partner.groups.values_list("name", flat=True)) == {"Partners"}
    assert _attendance_list(client, tree).status_code == 200


def test_deleted_profile_takes_the_person_out_of_the_kenniskring(client, people, tree):
    member = people["member"]
    member.groups.add(*people["editor"].groups.all())
    Member.objects.filter(user=member).delete()

    assert set(member.groups.values_list("name", flat=True)) == {"Redactie"}
    client.force_login(member)
    assert client.get(tree["kenniskring"].url).status_code == 403

"""Nothing private opened by an editor: in the admin, only partners read submitted
reflections and change who reads them, and such a change is a new version in the
reflection's own history; drafts are never shown there."""

import pytest
from django.urls import reverse

from kenniskring.learning.models import Reflection
from tests.kenniskring_learning.fixtures import make_reflection


@pytest.fixture
def draft(world, tree):
    from kenniskring.learning.models import ReflectionAssignment

    other = ReflectionAssignment.objects.create(
        day=tree["day_south"], title="Grenzen", questions="Waar?", due_date="2030-01-01"
    )
    return make_reflection(other, tree["project_b"], ["Geheim concept B"], status=Reflection.DRAFT)


def url(name, *args):
    return reverse(f"kenniskring_reflections:{name}", args=args)


def test_an_editor_who_is_not_a_partner_reads_and_changes_nothing(client, admin_people, draft):
    client.force_login(admin_people["editor"])
    private = admin_people["reflection"]
    for address in (url("index"), url("inspect", private.pk), url("inspect", draft.pk)):
        response = client.get(address)
        assert response.status_code in (302, 403), address
        assert b"Antwoord een" not in response.content
        assert b"Geheim concept B" not in response.content
    response = client.post(url("edit", private.pk), {"visibility": "kenniskring"})
    assert response.status_code in (302, 403)
    private.refresh_from_db()
    assert private.visibility == "project"
    assert private.version == 1 and private.versions.count() == 1


def test_partners_never_see_drafts_in_the_admin(client, admin_people, draft):
    client.force_login(admin_people["partner"])
    listing = client.get(url("index"))
    assert listing.status_code == 200
    assert list(listing.context["object_list"]) == [admin_people["reflection"]]
    # (a 404 under /admin/ is sent on to /nl/admin/ first, by the language middleware)
    assert client.get(url("inspect", draft.pk), follow=True).status_code == 404
    assert client.get(url("edit", draft.pk), follow=True).status_code == 404
    assert client.get(url("inspect", admin_people["reflection"].pk)).status_code == 200


def test_a_partners_change_of_visibility_is_a_new_version(client, admin_people):
    client.force_login(admin_people["partner"])
    reflection = admin_people["reflection"]
    response = client.post(url("edit", reflection.pk), {"visibility": "kenniskring"})
    assert response.status_code == 302
    reflection.refresh_from_db()
    assert reflection.visibility == "kenniskring" and reflection.version == 2
    latest = reflection.versions.get(number=2)
    assert latest.visibility == "kenniskring"
    assert latest.saved_by == admin_people["partner"]
    assert latest.answers == reflection.answers

import pytest
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from wagtail.models import ModelLogEntry

from kenniskring.forum.models import Answer, Report

from .conftest import url

pytestmark = pytest.mark.django_db


def test_member_reports_a_post_with_a_reason(as_user, answer, people):
    client = as_user("member")
    empty = client.post(url("report", "antwoord", answer.pk), {"reason": " "})
    assert "Zeg kort waarom" in empty.content.decode()
    client.post(url("report", "antwoord", answer.pk), {"reason": "Bevat een telefoonnummer."})
    report = Report.objects.get()
    assert report.post == answer and report.reporter == people["member"]
    entry = ModelLogEntry.objects.get(action="kenniskring_forum.report")
    assert entry.user == people["member"] and entry.object_id == str(answer.pk)


def test_partner_hides_and_restores_and_every_step_is_logged(as_user, question, answer, people):
    Report.objects.create(post=answer, reporter=people["member"], reason="Privé-gegevens")
    text = "Wij spreken dat af bij de start"
    # Members may not moderate.
    assert (
        as_user("member").post(url("moderate", "antwoord", answer.pk, "verbergen")).status_code
        == 403
    )
    as_user("partner").post(url("moderate", "antwoord", answer.pk, "verbergen"))
    answer.refresh_from_db()
    assert answer.hidden_at is not None and answer.hidden_by == people["partner"]
    assert Report.objects.get().handled_by == people["partner"]
    assert text not in as_user("member").get(question.get_absolute_url()).content.decode()
    assert (
        "verborgen door een moderator"
        in as_user("partner").get(question.get_absolute_url()).content.decode()
    )
    as_user("partner").post(url("moderate", "antwoord", answer.pk, "herstellen"))
    assert text in as_user("member").get(question.get_absolute_url()).content.decode()
    steps = list(
        ModelLogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(Answer), object_id=str(answer.pk)
        )
        .order_by("timestamp", "pk")
        .values_list("action", "user__username")
    )
    assert steps == [
        ("kenniskring_forum.hide", "partner"),
        ("kenniskring_forum.restore", "partner"),
    ]


def test_editor_with_the_permission_moderates_and_sees_the_admin_queue(as_user, answer, people):
    editor = people["editor"]
    Report.objects.create(post=answer, reporter=people["member"], reason="Kwetsend")
    client = as_user("editor")
    assert client.get("/admin/kenniskring/forum-meldingen/").status_code in (302, 403)
    assert client.post(url("moderate", "antwoord", answer.pk, "verbergen")).status_code == 403
    group = editor.groups.get()
    for codename in ("moderate_forum", "view_report", "change_report"):
        group.permissions.add(Permission.objects.get(codename=codename))
    client = as_user("editor")
    queue = client.get("/admin/kenniskring/forum-meldingen/")
    assert queue.status_code == 200
    assert "Kwetsend" in queue.content.decode()
    client.post(url("moderate", "antwoord", answer.pk, "verbergen"))
    answer.refresh_from_db()
    assert answer.hidden_at is not None
    assert ModelLogEntry.objects.filter(action="kenniskring_forum.hide", user=editor).exists()

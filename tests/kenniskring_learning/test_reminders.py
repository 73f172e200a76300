"""Reminder e-mails for assignments a project has not submitted, once per project."""

import datetime

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from kenniskring.learning.models import Reflection, ReflectionAssignment

from .conftest import make_reflection

pytestmark = pytest.mark.django_db


def run():
    call_command("send_reflection_reminders", stdout=open("/dev/null", "w"))


def due_in(tree, days, day="start"):
    return ReflectionAssignment.objects.create(
        day=tree[day],
        title=f"Opdracht over {days} dagen",
        questions="Vraag",
        due_date=timezone.localdate() + datetime.timedelta(days=days),
    )


def test_projects_that_did_not_submit_are_reminded_once(tree, people, settings):
    settings.KENNISKRING_REMINDER_DAYS = 3
    assignment = due_in(tree, 2)
    make_reflection(assignment, tree["project_b"], ["Klaar"])
    run()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["lid_a@example.org"]
    assert "Opdracht over 2 dagen" in message.subject
    assert f"/nl/kenniskring/reflecties/opdracht/{assignment.pk}/" in message.body
    run()
    assert len(mail.outbox) == 1


def test_a_draft_is_not_enough(tree, people):
    assignment = due_in(tree, 1)
    make_reflection(assignment, tree["project_a"], ["Half"], status=Reflection.DRAFT)
    run()
    assert sorted(m.to[0] for m in mail.outbox) == ["lid_a@example.org", "lid_b@example.org"]


def test_not_too_early_and_not_after_the_due_date(tree, people, settings):
    settings.KENNISKRING_REMINDER_DAYS = 3
    due_in(tree, 5)
    due_in(tree, -1)
    run()
    assert mail.outbox == []


def test_a_regional_assignment_reminds_only_its_region(tree, people):
    due_in(tree, 1, day="day_north")
    run()
    assert [m.to for m in mail.outbox] == [["lid_a@example.org"]]

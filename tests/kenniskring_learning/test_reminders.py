"""Reminder e-mails for assignments a project has not submitted, once per project."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from kenniskring.learning.models import Reflection, ReflectionAssignment, ReminderSent
from kenniskring.models import Member

from .fixtures import make_reflection

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


# --- Each member in their own language, only current members, one connection.


def add_member(django_user_model, name, project, language="", group="Kenniskring", **extra):
    user = django_user_model.objects.create_user(
        username=name, email=f"{name}@example.org", **extra
    )
    user.groups.add(Group.objects.get_or_create(name=group)[0])
    Member.objects.create(user=user, project=project, language=language)
    return user


def test_each_member_is_reminded_in_their_own_language(tree, people, django_user_model):
    Member.objects.filter(user=people["member"]).update(language="fr")
    add_member(django_user_model, "collega_a", tree["project_a"], language="nl")
    assignment = due_in(tree, 1)
    make_reflection(assignment, tree["project_b"], ["Klaar"])
    # Whoever runs the command (cron, or an editor in French) does not decide the language.
    with translation.override("fr"):
        run()
    mails = {message.to[0]: message for message in mail.outbox}
    assert sorted(mails) == ["collega_a@example.org", "lid_a@example.org"]
    french, dutch = mails["lid_a@example.org"], mails["collega_a@example.org"]
    # The assignment is named with where it was given, in the member's language.
    assert french.subject == "Rappel : réflexion « Opdracht over 1 dagen (national · Startdag) »"
    assert "Chers collègues de Project A," in french.body
    assert "Cordialement, les partenaires du cercle de connaissances" in french.body
    link = f"/kenniskring/reflecties/opdracht/{assignment.pk}/"
    assert f"http://testserver/fr{link}" in french.body and "/nl/" not in french.body
    assert dutch.subject == "Herinnering: reflectie 'Opdracht over 1 dagen (nationaal · Startdag)'"
    assert "Beste collega's van Project A," in dutch.body
    assert f"http://testserver/nl{link}" in dutch.body and "/fr/" not in dutch.body


def test_only_current_members_are_reminded(tree, people, django_user_model):
    project_a, project_b = tree["project_a"], tree["project_b"]
    add_member(django_user_model, "gedeactiveerd", project_a, is_active=False)
    add_member(django_user_model, "vertrokken", project_a)
    Member.objects.filter(user__username="vertrokken").update(project=None)
    removed = add_member(django_user_model, "uitgeschreven", project_a)
    Member.objects.filter(user=removed).delete()
    outside = add_member(django_user_model, "buiten_groep", project_a)
    outside.groups.clear()
    # Project B has only people who are no longer members.
    people["other_member"].is_active = False
    people["other_member"].save()
    due_in(tree, 1)
    run()
    assert [m.to for m in mail.outbox] == [["lid_a@example.org"]]
    assert list(ReminderSent.objects.values_list("project_id", flat=True)) == [project_a.pk]
    # A new member of project B is still reminded, on the next run.
    add_member(django_user_model, "nieuw_b", project_b)
    run()
    assert [m.to for m in mail.outbox] == [["lid_a@example.org"], ["nieuw_b@example.org"]]


def reminder_queries(count, tree, django_user_model):
    for number in range(count):
        add_member(
            django_user_model, f"lid{count}_{number}", tree["project_a"], ("fr", "nl")[number % 2]
        )
    due_in(tree, 1)
    mail.outbox.clear()
    with CaptureQueriesContext(connection) as queries:
        run()
    assert len(mail.outbox) == count + 2  # and lid_a, lid_b
    return len(queries)


def test_reminders_cost_the_same_queries_and_one_connection_for_any_number_of_members(
    tree, people, django_user_model, counting_backend
):
    few = reminder_queries(2, tree, django_user_model)
    ReminderSent.objects.all().delete()
    ReflectionAssignment.objects.all().delete()
    django_user_model.objects.filter(username__startswith="lid2_").delete()
    many = reminder_queries(10, tree, django_user_model)
    assert many == few
    assert counting_backend.connections == 2  # one per run

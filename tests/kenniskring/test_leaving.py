"""A member leaves the kenniskring: the account is closed at once, nothing personal remains
in any table, the project keeps its reflections without the name, the posts read "oud-lid"
(or are removed), and the partner's progress overview counts as before."""

import pytest
from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.sessions.models import Session
from django.core import mail
from django.db import models
from django.urls import reverse
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

from kenniskring import leaving
from kenniskring.forum.models import Answer, Comment, Experience, Question
from kenniskring.learning import progress
from kenniskring.learning.models import Reflection, ReflectionVersion
from kenniskring.models import Attendance, DataDownload, Member
from tests.kenniskring.member_data import give_data

PASSWORD = "geheim-wachtwoord-42"


@pytest.fixture
def data(people, tree):
    member, other = people["member"], people["other_member"]
    give_data(other, tree["project_b"], tree, "LID-B")
    question, experience = give_data(member, tree["project_a"], tree, "LID-A")
    # Another member replied to the member's question and experience.
    Answer.objects.create(question=question, text="<p>Antwoord van B</p>", author=other)
    Comment.objects.create(experience=experience, text="<p>Reactie van B</p>", author=other)
    DataDownload.objects.create(user=member)
    log(member, "kenniskring.my_data_download", user=member, data={"rows": {}})
    return question, experience


def personal_fields(model):
    """The fields of `model` that name a person: foreign keys to the user, e-mail and
    username fields (axes keeps usernames without a foreign key)."""
    user_model = get_user_model()
    found = []
    for field in model._meta.concrete_fields:
        if field.is_relation and field.related_model is user_model:
            found.append(field.attname)
        elif isinstance(field, models.EmailField) or field.name == "username":
            found.append(field.name)
    # Wagtail's audit log points at users without a foreign key constraint.
    if hasattr(model, "user_id") and "user_id" not in found and model is not user_model:
        found.append("user_id")
    return found


def rows_of(person):
    """{model label: rows naming `person`} over every installed model with such a field."""
    counts = {}
    values = {"email": person.email, "username": person.get_username()}
    for model in apps.get_models():
        for name in personal_fields(model):
            value = values.get(name, person.pk)
            lookup = f"{name}__iexact" if isinstance(value, str) else name
            count = model._default_manager.filter(**{lookup: value}).count()
            if count:
                key = f"{model._meta.label}.{name}"
                counts[key] = counts.get(key, 0) + count
    return counts


def sessions_of(person):
    return [
        s for s in Session.objects.all() if s.get_decoded().get("_auth_user_id") == str(person.pk)
    ]


def leave_on_the_site(client, posts="keep"):
    return client.post(reverse("kenniskring:leave"), {"posts": posts, "password": PASSWORD})


def test_nothing_personal_remains_in_any_table(client, people, data):
    member, other = people["member"], people["other_member"]
    client.login(username=member.get_username(), password=PASSWORD)
    before, others_before = rows_of(member), rows_of(other)
    # Every kind of data the member has is counted here, in each of its tables.
    for table in (
        "kenniskring.Member.user_id",
        "kenniskring.CalendarToken.user_id",
        "kenniskring.Attendance.registered_by_id",
        "kenniskring_forum.Question.author_id",
        "kenniskring_forum.Follow.user_id",
        "kenniskring_learning.ReflectionVersion.saved_by_id",
        "axes.AccessLog.username",
        "auth.User.email",
    ):
        assert before.get(table), table
    assert sessions_of(member)
    response = leave_on_the_site(client)
    assert response.status_code == 200
    assert "Je hebt de kenniskring verlaten" in response.content.decode()
    assert rows_of(member) == {}
    assert set(ModelLogEntry.objects.values_list("label", flat=True)) == {"oud-lid"}
    assert rows_of(other) == others_before
    assert not sessions_of(member)
    assert not get_user_model().objects.filter(pk=member.pk).exists()
    assert not Attendance.objects.filter(participant_one__icontains=member.first_name).exists()
    assert client.get(reverse("kenniskring:my_data")).status_code in (302, 403)
    [message] = mail.outbox
    assert message.to == [member.email] and "gesloten" in message.body


def test_the_project_keeps_its_reflections_and_the_overview_counts_as_before(
    as_user, people, tree, data
):
    def states():
        return [
            [(project.pk, [cell.state for cell in cells]) for project, cells in table.rows]
            for table in progress.tables()
        ]

    before = states()
    assert leaving.leave(people["member"].pk)
    assert states() == before
    reflection = Reflection.objects.get(project=tree["project_a"])
    assert ReflectionVersion.objects.get(reflection=reflection).saved_by is None
    client = as_user("partner")
    portfolio = client.get(reverse("kenniskring_learning:portfolio", args=["project-a"]))
    assert portfolio.status_code == 200
    assert "Reflectie LID-A" in portfolio.content.decode()
    overview = client.get(reverse("kenniskring_learning:progress"))
    assert overview.status_code == 200


def test_posts_kept_read_oud_lid(as_user, people, data):
    question, _experience = data
    assert leaving.leave(people["member"].pk, remove_posts=False)
    page = as_user("other_member").get(question.get_absolute_url()).content.decode()
    assert "Vraagtekst LID-A" in page and "oud-lid" in page
    assert "Lid_A" not in page


def test_posts_removed_leave_the_others_replies(as_user, people, data):
    question, experience = data
    assert leaving.leave(people["member"].pk, remove_posts=True)
    assert not Answer.objects.filter(text__contains="LID-A").exists()
    assert not Comment.objects.filter(text__contains="LID-A").exists()
    # Threads someone else replied to are emptied and hidden; the replies stay.
    question.refresh_from_db()
    experience.refresh_from_db()
    assert (question.title, question.text, question.author) == ("", "", None)
    assert question.deleted_at is not None and not experience.image
    assert Answer.objects.filter(question=question, text="<p>Antwoord van B</p>").exists()
    assert Comment.objects.filter(experience=experience).count() == 1
    assert not Question.objects.filter(title__contains="LID-A").exists()
    assert not Experience.objects.filter(title__contains="LID-A").exists()


def test_leaving_twice_does_it_once(people, data):
    pk = people["member"].pk
    assert leaving.leave(pk) is True
    assert leaving.leave(pk) is False
    assert len(mail.outbox) == 1
    assert not Member.objects.filter(user_id=pk).exists()


def test_a_wrong_password_closes_nothing(as_user, people, data):
    client = as_user("member")
    response = client.post(
        reverse("kenniskring:leave"), {"posts": "keep", "password": "niet-het-wachtwoord"}
    )
    assert response.status_code == 200
    assert "Dit wachtwoord klopt niet." in response.content.decode()
    assert Member.objects.filter(user=people["member"]).exists() and not mail.outbox


def test_only_members_can_leave(as_user, client, people, data):
    for who in ("outsider", "editor"):
        assert as_user(who).post(reverse("kenniskring:leave"), {"posts": "keep"}).status_code in (
            302,
            403,
        )
    client.logout()
    assert client.post(reverse("kenniskring:leave")).status_code in (302, 403)
    assert get_user_model().objects.count() == len([p for p in people.values() if p])
    assert settings.AUTH_USER_MODEL == "auth.User"

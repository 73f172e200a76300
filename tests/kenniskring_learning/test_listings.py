"""Listings cost the same number of queries for 5 items as for 50; the admin manages assignments."""

import datetime

import pytest
from django.contrib.auth.models import Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from kenniskring.learning.models import (
    Challenge,
    ChallengeComment,
    LearningQuestion,
    QuestionSupport,
    ReflectionAssignment,
)

from .conftest import make_reflection

pytestmark = pytest.mark.django_db


def add(tree, start, count):
    due = timezone.localdate() + datetime.timedelta(days=3)
    for number in range(start, start + count):
        question = LearningQuestion.objects.create(
            project=tree["project_a"], question=f"Vraag {number}"
        )
        question.themes.add(f"thema {number}")
        question.days.add(tree["day_north"])
        QuestionSupport.objects.create(question=question, project=tree["project_b"])
        challenge = Challenge.objects.create(
            category="pitfall", text=f"Valkuil {number}", project=tree["project_a"]
        )
        ChallengeComment.objects.create(challenge=challenge, text="Ja", project=tree["project_b"])
        assignment = ReflectionAssignment.objects.create(
            day=tree["start"], title=f"Opdracht {number}", questions="Vraag", due_date=due
        )
        make_reflection(assignment, tree["project_b"], ["x"], visibility="kenniskring")


def count(client, address):
    client.get(address)  # warm caches
    with CaptureQueriesContext(connection) as context:
        assert client.get(address).status_code == 200
    return len(context)


@pytest.mark.parametrize("name", ["learning_questions", "challenges", "reflections"])
def test_listing_queries_do_not_grow(as_user, tree, name):
    client = as_user("member")
    address = reverse(f"kenniskring_learning:{name}")
    add(tree, 0, 5)
    few = count(client, address)
    add(tree, 5, 45)
    assert count(client, address) == few
    expected = {
        "learning_questions": "Vraag 49",
        "challenges": "Valkuil 49",
        "reflections": "Opdracht 49",
    }
    assert expected[name] in client.get(address).content.decode()


def test_day_questions_queries_do_not_grow(as_user, tree):
    client = as_user("member")
    address = reverse("kenniskring_learning:day_questions", args=[tree["day_north"].pk])
    add(tree, 0, 5)
    few = count(client, address)
    add(tree, 5, 45)
    assert count(client, address) == few


def test_an_editor_gives_an_assignment_in_the_admin(client, people, tree):
    editor = people["editor"]
    editor.groups.get().permissions.add(
        *Permission.objects.filter(content_type__app_label="kenniskring_learning")
    )
    client.force_login(editor)
    listing = client.get("/admin/kenniskring/opdrachten/")
    assert listing.status_code == 200
    due = (timezone.localdate() + datetime.timedelta(days=7)).isoformat()
    response = client.post(
        "/admin/kenniskring/opdrachten/new/",
        {
            "day": tree["day_north"].pk,
            "title": "Uit de admin",
            "intro": "",
            "questions": "Eén vraag",
            "due_date": due,
        },
    )
    assert response.status_code == 302
    assert ReflectionAssignment.objects.get().title == "Uit de admin"
    past = client.post(
        "/admin/kenniskring/opdrachten/new/",
        {
            "day": tree["day_north"].pk,
            "title": "Te laat",
            "questions": "V",
            "due_date": "2001-01-01",
        },
    )
    assert past.status_code == 200
    assert "Deze datum ligt in het verleden." in past.content.decode()

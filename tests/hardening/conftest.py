"""One small world of member content for the hardening tests: the kenniskring's trees and
people, a forum question and experience, a learning question, a challenge, a reflection."""

import pytest
from django.contrib.auth.models import Permission

from kenniskring.forum.models import Experience, Question
from kenniskring.learning.models import Challenge, LearningQuestion
from kenniskring.models.themes import demo_themes
from tests.kenniskring_learning.fixtures import make_reflection


@pytest.fixture
def world(people, tree, assignment):
    member, project = people["member"], tree["project_a"]
    question = Question.objects.create(
        title="Hoe bewaken jullie grenzen?", text="<p>Vraag</p>", author=member, project=project
    )
    question.themes.add(*demo_themes("grenzen"))
    experience = Experience.objects.create(
        title="Een goede start", text="<p>Ervaring</p>", author=member, project=project
    )
    learning_question = LearningQuestion.objects.create(
        project=project, question="Hoe vinden we buddy's?", created_by=member
    )
    challenge = Challenge.objects.create(
        category=Challenge.Category.STRENGTH, text="Tijd", project=project, author=member
    )
    reflection = make_reflection(assignment, project, ["Antwoord een", "Antwoord twee"])
    return {
        "question": question,
        "experience": experience,
        "learning_question": learning_question,
        "challenge": challenge,
        "reflection": reflection,
        "assignment": assignment,
        **tree,
        **people,
    }


@pytest.fixture
def admin_people(world):
    """The editor and the partner, both with every permission on the learning material."""
    permissions = [
        Permission.objects.get(codename="access_admin"),
        *Permission.objects.filter(content_type__app_label="kenniskring_learning"),
    ]
    for who in ("editor", "partner"):
        world[who].user_permissions.add(*permissions)
    return world

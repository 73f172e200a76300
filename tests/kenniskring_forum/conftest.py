"""The forum reuses the kenniskring's small trees and people."""

import pytest
from django.urls import reverse

from kenniskring.forum.models import Answer, Question
from kenniskring.models.themes import demo_themes


@pytest.fixture
def question(people, tree):
    question = Question.objects.create(
        title="Hoe bewaken jullie grenzen?",
        text="<p>Een buddy geeft zijn gsm-nummer aan iedereen.</p>",
        author=people["member"],
        project=tree["project_a"],
    )
    question.themes.set(demo_themes("grenzen"))
    return question


@pytest.fixture
def answer(question, people, tree):
    return Answer.objects.create(
        question=question,
        text="<p>Wij spreken dat af bij de start van het duo.</p>",
        author=people["other_member"],
        project=tree["project_b"],
    )


def url(name, *args):
    return reverse(f"kenniskring_forum:{name}", args=args)

"""Every text a member writes has a bound fitting its purpose, in the form (a message next to
the field, the text kept) and in the model; the portfolio PDF stays cheap to draw."""

import time

import pytest
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from kenniskring.input import (
    ANSWER_MAX_LENGTH,
    EXPLANATION_MAX_LENGTH,
    NOTE_MAX_LENGTH,
    SHORT_TEXT_MAX_LENGTH,
)
from kenniskring.learning.models import (
    Challenge,
    ChallengeComment,
    ImpactNote,
    LearningQuestion,
    Reflection,
    ReflectionAssignment,
)
from kenniskring.models import Attendance
from tests.kenniskring_learning.fixtures import make_reflection

LEARNING = "kenniskring_learning"


def words(length):
    """A text of exactly `length` characters, in words and lines as people write."""
    line = ("Een buddy luistert eerst en zoekt dan samen een weg. " * 40)[:999] + "\n"
    return (line * (length // len(line) + 1))[:length]


@pytest.fixture
def member(client, world):
    client.force_login(world["member"])
    return client


def test_a_1_mb_answer_is_refused_with_a_message_and_the_text_kept(member, world):
    answer = "Ons antwoord. " + "a" * 1_000_000
    response = member.post(
        reverse(f"{LEARNING}:write", args=[world["assignment"].pk]),
        {"answer_0": answer, "answer_1": "Kort", "visibility": "project", "version": 0},
    )
    assert response.status_code == 200
    text = response.content.decode()
    assert f"de grens is {ANSWER_MAX_LENGTH}" in text
    assert answer in text
    assert not Reflection.objects.filter(project=world["project_b"]).exists()
    assert world["reflection"].answers[0]["answer"] == "Antwoord een"
    world["reflection"].refresh_from_db()
    assert world["reflection"].answers[0]["answer"] == "Antwoord een"


@pytest.mark.parametrize(
    "name, args, field, limit, model",
    [
        ("learning_questions", [], "explanation", EXPLANATION_MAX_LENGTH, LearningQuestion),
        ("challenges", [], "text", SHORT_TEXT_MAX_LENGTH, Challenge),
        ("comment", ["challenge"], "text", SHORT_TEXT_MAX_LENGTH, ChallengeComment),
        ("impact", ["start", "project-a"], "text", NOTE_MAX_LENGTH, ImpactNote),
    ],
)
def test_member_texts_are_bounded_in_the_form(member, world, name, args, field, limit, model):
    args = [world[a].pk if a in world else a for a in args]
    data = {
        "question": "Hoe vinden we vrijwilligers?",
        "category": Challenge.Category.STRENGTH,
        "scope": Challenge.Scope.GENERAL,
        field: words(limit + 1),
    }
    before = model.objects.count()
    response = member.post(reverse(f"{LEARNING}:{name}", args=args), data)
    assert response.status_code == 200
    text = response.content.decode()
    assert f"Deze tekst is {limit + 1} tekens lang; de grens is {limit}." in text
    assert words(limit + 1)[:500] in text
    assert model.objects.count() == before

    response = member.post(reverse(f"{LEARNING}:{name}", args=args), {**data, field: words(limit)})
    assert response.status_code == 302
    assert model.objects.count() == before + 1


def test_the_models_refuse_over_long_texts(world):
    with pytest.raises(ValidationError, match="de grens is"):
        LearningQuestion(
            project=world["project_a"],
            question="Waarom?",
            explanation=words(EXPLANATION_MAX_LENGTH + 1),
        ).full_clean()
    reflection = world["reflection"]
    reflection.answers = [{"question": "Wat?", "answer": words(ANSWER_MAX_LENGTH + 1)}]
    with pytest.raises(ValidationError, match="de grens is"):
        reflection.full_clean()
    with pytest.raises(ValidationError, match="de grens is"):
        Attendance(
            day=world["start"],
            project=world["project_a"],
            participant_one="Ann",
            tandem_participants=words(SHORT_TEXT_MAX_LENGTH + 1),
        ).full_clean(exclude=["registered_by"])


@pytest.fixture
def longest_portfolio(world, tree):
    """Project A with every text as long as allowed: three reflections of three answers,
    five learning questions and an impact note on each national day."""
    project = tree["project_a"]
    for number in range(3):
        assignment = ReflectionAssignment.objects.create(
            day=tree["start"],
            title=f"Opdracht {number}",
            questions="Een?\nTwee?\nDrie?",
            due_date=timezone.localdate(),
        )
        make_reflection(assignment, project, [words(ANSWER_MAX_LENGTH)] * 3)
    for number in range(5):
        LearningQuestion.objects.create(
            project=project, question=f"Vraag {number}", explanation=words(EXPLANATION_MAX_LENGTH)
        )
    for day in ("start", "halfway", "end"):
        ImpactNote.objects.create(day=tree[day], project=project, text=words(NOTE_MAX_LENGTH))
    return project


def test_the_pdf_of_the_longest_allowed_portfolio_is_drawn_quickly(member, longest_portfolio):
    started = time.monotonic()
    response = member.get(reverse(f"{LEARNING}:portfolio_pdf", args=["project-a"]))
    elapsed = time.monotonic() - started
    assert response.status_code == 200
    assert response.content.startswith(b"%PDF")
    assert elapsed < 20


def test_a_second_pdf_request_while_one_is_drawn_starts_no_second_build(member, world):
    cache.add(f"kenniskring-portfolio-pdf:{world['member'].pk}", True, 60)
    try:
        response = member.get(reverse(f"{LEARNING}:portfolio_pdf", args=["project-a"]), follow=True)
    finally:
        cache.delete(f"kenniskring-portfolio-pdf:{world['member'].pk}")
    assert response.redirect_chain[-1][0] == reverse(f"{LEARNING}:portfolio", args=["project-a"])
    assert "Je vorige PDF wordt nog gemaakt" in response.content.decode()
    response = member.get(reverse(f"{LEARNING}:portfolio_pdf", args=["project-a"]))
    assert response.content.startswith(b"%PDF")

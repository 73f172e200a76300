"""Learning questions ('this is ours too', on the agenda of a day), the challenge board, impact."""

import pytest
from django.template import Context, Template
from django.urls import reverse

from kenniskring.learning.models import (
    Challenge,
    ChallengeComment,
    ImpactNote,
    LearningQuestion,
    QuestionSupport,
)
from kenniskring.models.themes import demo_themes

pytestmark = pytest.mark.django_db


def test_member_poses_a_question_with_themes(as_user, tree):
    client = as_user("member")
    response = client.post(
        reverse("kenniskring_learning:learning_questions"),
        {
            "question": "Hoe werven we buddy's?",
            "explanation": "",
            "themes": [theme.pk for theme in demo_themes("rekrutering", "impact")],
        },
    )
    assert response.status_code == 302
    question = LearningQuestion.objects.get()
    assert question.project == tree["project_a"]
    assert sorted(question.themes.values_list("name", flat=True)) == ["impact", "rekrutering"]
    html = as_user("other_member").get(reverse("kenniskring_learning:learning_questions"))
    assert "Hoe werven we buddy" in html.content.decode()


def test_an_empty_question_gets_a_message(as_user):
    response = as_user("member").post(
        reverse("kenniskring_learning:learning_questions"),
        {"question": "", "explanation": "Mijn toelichting"},
    )
    html = response.content.decode()
    assert "Schrijf de leervraag." in html and "Mijn toelichting" in html


def test_this_is_ours_too_toggles_once_per_project(as_user, tree):
    question = LearningQuestion.objects.create(project=tree["project_a"], question="Grenzen?")
    address = reverse("kenniskring_learning:support", args=[question.pk])
    client = as_user("other_member")
    client.post(address)
    assert QuestionSupport.objects.filter(question=question, project=tree["project_b"]).exists()
    html = client.get(reverse("kenniskring_learning:learning_questions")).content.decode()
    assert "1 project herkent deze vraag" in html and "Toch niet onze vraag" in html
    client.post(address)
    assert not QuestionSupport.objects.exists()
    # The project's own question: nothing to mark.
    as_user("member").post(address)
    assert not QuestionSupport.objects.exists()


def test_partners_put_questions_on_a_days_agenda(as_user, tree):
    question = LearningQuestion.objects.create(project=tree["project_a"], question="Grenzen?")
    address = reverse("kenniskring_learning:agenda", args=[question.pk])
    assert as_user("member").post(address, {"days": [tree["day_north"].pk]}).status_code == 403
    assert not question.days.exists()
    as_user("partner").post(address, {"days": [tree["day_north"].pk]})
    assert list(question.days.all()) == [tree["day_north"]]
    page = as_user("other_member").get(
        reverse("kenniskring_learning:day_questions", args=[tree["day_north"].pk])
    )
    assert "Grenzen?" in page.content.decode()
    rendered = Template("{% load kenniskring_learning %}{% agenda_questions day %}").render(
        Context({"day": tree["day_north"]})
    )
    assert "Grenzen?" in rendered and "Project A" in rendered


def test_the_board_groups_challenges_by_category(as_user, tree):
    client = as_user("member")
    client.post(
        reverse("kenniskring_learning:challenges"),
        {"category": "pitfall", "scope": "personal_friend", "text": "Te veel verwachten"},
    )
    Challenge.objects.create(category="strength", text="Echte vriendschap")
    challenge = Challenge.objects.get(category="pitfall")
    assert challenge.project == tree["project_a"]
    as_user("other_member").post(
        reverse("kenniskring_learning:comment", args=[challenge.pk]), {"text": "Herkenbaar!"}
    )
    assert ChallengeComment.objects.get().project == tree["project_b"]
    html = as_user("other_member").get(reverse("kenniskring_learning:challenges")).content.decode()
    assert html.index("Sterkte") < html.index("Echte vriendschap") < html.index("Valkuil")
    assert html.index("Valkuil") < html.index("Te veel verwachten") < html.index("Herkenbaar!")


def test_a_challenge_without_text_is_refused(as_user):
    response = as_user("member").post(
        reverse("kenniskring_learning:challenges"), {"category": "threat", "scope": "general"}
    )
    assert "Beschrijf de uitdaging." in response.content.decode()
    assert not Challenge.objects.exists()


@pytest.mark.parametrize(
    "address",
    ["learning_questions", "challenges"],
)
def test_outsiders_get_nothing(as_user, address, tree):
    LearningQuestion.objects.create(project=tree["project_a"], question="Geheim?")
    assert as_user("outsider").get(reverse(f"kenniskring_learning:{address}")).status_code == 403
    assert as_user("anonymous").get(reverse(f"kenniskring_learning:{address}")).status_code == 302


def test_project_writes_impact_note_and_partner_adds_an_observation(as_user, tree):
    address = reverse("kenniskring_learning:impact", args=[tree["start"].pk, "project-a"])
    as_user("member").post(address, {"text": "Eerste versie"})
    as_user("member").post(address, {"text": "Beter geschreven"})
    note = ImpactNote.objects.get(kind=ImpactNote.PROJECT)
    assert note.text == "Beter geschreven"
    as_user("partner").post(address, {"text": "Wat ik zag"})
    assert ImpactNote.objects.filter(kind=ImpactNote.OBSERVATION, text="Wat ik zag").exists()
    assert ImpactNote.objects.get(kind=ImpactNote.PROJECT).text == "Beter geschreven"

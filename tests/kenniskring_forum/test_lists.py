import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from kenniskring.forum.models import Answer, Question, UsefulMark
from kenniskring.models import Member
from kenniskring.models.themes import demo_themes

from .conftest import url

pytestmark = pytest.mark.django_db


def make_questions(count, author, project, tag=None, answered=False):
    questions = Question.objects.bulk_create(
        Question(title=f"Vraag {i}", text=f"<p>Tekst {i}</p>", author=author, project=project)
        for i in range(count)
    )
    if tag is not None:
        Through = Question.themes.through
        Through.objects.bulk_create(Through(question=q, theme=tag) for q in questions)
    if answered:
        Answer.objects.bulk_create(
            Answer(question=q, text="<p>Antwoord</p>", author=author) for q in questions
        )
    return questions


def count_queries(client, address):
    client.get(address)  # warm the site's own caches (site root, menus) first
    with CaptureQueriesContext(connection) as context:
        response = client.get(address)
    assert response.status_code == 200
    return len(context)


def test_filters_newest_unanswered_theme_region(as_user, question, answer, people, tree):
    other = Question.objects.create(
        title="Wie werkt met tandems?",
        text="<p>Graag tips.</p>",
        author=people["other_member"],
        project=tree["project_b"],
    )
    other.themes.set(demo_themes("diversiteit"))
    client = as_user("member")

    def titles(query):
        return [q.title for q in client.get(url("questions") + query).context["page_obj"]]

    assert titles("") == ["Wie werkt met tandems?", "Hoe bewaken jullie grenzen?"]
    assert titles("?onbeantwoord=1") == ["Wie werkt met tandems?"]
    assert titles("?thema=omgaan-met-grenzen") == ["Hoe bewaken jullie grenzen?"]
    assert titles("?regio=zuid") == ["Wie werkt met tandems?"]
    assert titles("?regio=noord&thema=diversiteit") == []


def test_hidden_and_deleted_questions_are_left_out_of_lists(as_user, question, people):
    Question.objects.filter(pk=question.pk).update(hidden_at="2030-01-01T00:00Z")
    assert list(as_user("member").get(url("questions")).context["page_obj"]) == []
    assert len(as_user("partner").get(url("questions")).context["page_obj"]) == 1


def test_list_is_paginated(as_user, people, tree):
    make_questions(45, people["member"], tree["project_a"])
    client = as_user("member")
    response = client.get(url("questions") + "?pagina=3")
    assert len(response.context["page_obj"]) == 5
    assert "Pagina 3 van 3" in response.content.decode()


def test_a_list_costs_the_same_for_10_questions_as_for_1000(as_user, people, tree):
    [tag] = demo_themes("rekrutering")
    client = as_user("member")
    make_questions(10, people["member"], tree["project_a"], tag, answered=True)
    few = count_queries(client, url("questions"))
    make_questions(990, people["other_member"], tree["project_b"], tag, answered=True)
    assert count_queries(client, url("questions")) == few
    assert count_queries(client, url("questions") + "?thema=rekrutering&pagina=7") == few


def test_a_thread_costs_the_same_for_10_answers_as_for_1000(as_user, question, people, tree):
    client = as_user("partner")

    def add_answers(count):
        answers = Answer.objects.bulk_create(
            Answer(
                question=question,
                text="<p>Tip</p>",
                author=people["other_member"],
                project=tree["project_b"],
            )
            for _ in range(count)
        )
        UsefulMark.objects.bulk_create(UsefulMark(answer=a, user=people["member"]) for a in answers)

    add_answers(10)
    few = count_queries(client, question.get_absolute_url())
    add_answers(990)
    assert count_queries(client, question.get_absolute_url()) == few


def test_my_posts_lists_only_my_own(as_user, question, answer, people):
    response = as_user("other_member").get(url("my_posts"))
    assert [a.pk for a in response.context["answers"]] == [answer.pk]
    assert list(response.context["questions"]) == []
    assert Member.objects.get(user=people["other_member"]).project.title == "Project B"

"""A project's portfolio: its days, questions, impact notes and reflections, in time order."""

import datetime

import pytest
from django.contrib.staticfiles import finders
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from kenniskring.learning.models import (
    ImpactNote,
    LearningQuestion,
    Reflection,
    ReflectionAssignment,
)
from kenniskring.models import Attendance

from .fixtures import make_reflection

pytestmark = pytest.mark.django_db


def url(name, project):
    return reverse(f"kenniskring_learning:{name}", args=[project.slug])


@pytest.fixture
def filled(tree, assignment):
    """Project A: attended the start day, an impact note, a question, two reflections."""
    a = tree["project_a"]
    Attendance.objects.create(day=tree["start"], project=a, participant_one="Ann")
    ImpactNote.objects.create(day=tree["start"], project=a, text="Twee duo's zien elkaar nu vaker")
    ImpactNote.objects.create(
        day=tree["start"], project=a, kind=ImpactNote.OBSERVATION, text="Sterke groei gezien"
    )
    question = LearningQuestion.objects.create(project=a, question="Hoe houden we buddy's vast?")
    LearningQuestion.objects.filter(pk=question.pk).update(
        created_at=timezone.make_aware(datetime.datetime(2020, 1, 1))
    )
    late = ReflectionAssignment.objects.create(
        day=tree["halfway"], title="Halfweg", questions="Wat nu?", due_date=assignment.due_date
    )
    make_reflection(late, a, ["Verder bouwen"], visibility="kenniskring")
    make_reflection(assignment, a, ["Start geleerd", "Anders gedaan"])
    return a


def test_members_of_the_project_see_everything_in_time_order(as_user, filled):
    html = as_user("member").get(url("portfolio", filled)).content.decode()
    order = [
        "Startdag",  # 2019-06-25, attended, with notes
        "Het project was aanwezig.",
        "Twee duo&#x27;s zien elkaar nu vaker",
        "Sterke groei gezien",
        "Reflectie:",  # start day's assignment
        "Wat leerden jullie?",
        "Start geleerd",
        "Wat doen jullie nu anders?",
        "Anders gedaan",
        "Hoe houden we buddy",  # 2020-01-01
        "Halfwegdag",  # 2020-09-24, not attended
        "Het project was niet aanwezig.",
        "Verder bouwen",
        "Einddag",
        "Netwerkdag Noord",  # 2030, the project's own region
    ]
    positions = [html.index(text) for text in order]
    assert positions == sorted(positions)
    # The other region's day is not in A's trajectory.
    assert "Netwerkdag Zuid" not in html


def test_partners_see_everything_submitted(as_user, filled):
    html = as_user("partner").get(url("portfolio", filled)).content.decode()
    assert "Start geleerd" in html and "Twee duo&#x27;s" in html and "Verder bouwen" in html


def test_other_members_see_only_what_was_shared(as_user, filled):
    html = as_user("other_member").get(url("portfolio", filled)).content.decode()
    assert "Verder bouwen" in html  # shared with the whole kenniskring
    assert "Hoe houden we buddy" in html  # learning questions are shared by nature
    assert "Start geleerd" not in html
    assert "Twee duo" not in html and "Sterke groei" not in html
    assert "aanwezig" not in html


def test_drafts_are_for_the_project_only(as_user, filled, tree):
    Reflection.objects.filter(project=filled, assignment__title="Halfweg").update(
        status=Reflection.DRAFT
    )
    assert "Verder bouwen" in as_user("member").get(url("portfolio", filled)).content.decode()
    assert "Verder bouwen" not in as_user("partner").get(url("portfolio", filled)).content.decode()
    assert (
        "Verder bouwen"
        not in as_user("other_member").get(url("portfolio", filled)).content.decode()
    )


def test_print_view_and_pdf(as_user, filled):
    client = as_user("member")
    printable = client.get(url("portfolio_print", filled))
    assert printable.status_code == 200
    # Its print styles come from the plug-in's own stylesheet (no inline style under the CSP).
    stylesheet = "kenniskring_learning/portfolio_print.css"
    assert stylesheet in printable.content.decode()
    with open(finders.find(stylesheet)) as styles:
        assert "@media print" in styles.read()
    assert "Start geleerd" in printable.content.decode()
    pdf = client.get(url("portfolio_pdf", filled))
    assert pdf.status_code == 200
    assert pdf["Content-Type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF")
    assert 'filename="portfolio-project-a.pdf"' in pdf["Content-Disposition"]
    assert "no-store" in pdf["Cache-Control"]


def _queries(client, address):
    with CaptureQueriesContext(connection) as context:
        assert client.get(address).status_code == 200
    return len(context)


def test_query_count_is_the_same_for_5_and_50_reflections(as_user, tree):
    a = tree["project_a"]
    client = as_user("member")
    due = timezone.localdate() + datetime.timedelta(days=3)

    def add(count):
        for number in range(count):
            assignment = ReflectionAssignment.objects.create(
                day=tree["start"], title=f"Opdracht {number}", questions="Vraag", due_date=due
            )
            make_reflection(assignment, a, [f"Antwoord {number}"])
            LearningQuestion.objects.create(project=a, question=f"Vraag {number}")

    add(5)
    client.get(url("portfolio", a))  # warm caches (site, session)
    few = _queries(client, url("portfolio", a))
    few_pdf = _queries(client, url("portfolio_pdf", a))
    add(45)
    assert _queries(client, url("portfolio", a)) == few
    assert _queries(client, url("portfolio_pdf", a)) == few_pdf

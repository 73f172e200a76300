"""Listings come in pages and cost the same number of queries for 5 items as for 50; they show
nobody another project's private reflections; the admin manages assignments."""

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
    Reflection,
    ReflectionAssignment,
)
from kenniskring.learning.views import PER_PAGE
from kenniskring.models.themes import demo_themes

from .fixtures import make_reflection

pytestmark = pytest.mark.django_db


LISTS = ["learning_questions", "challenges", "reflections"]


def add(tree, start, count, lists=LISTS):
    """`count` items numbered from `start` on each of `lists` (by default all three)."""
    due = timezone.localdate() + datetime.timedelta(days=3)
    for number in range(start, start + count):
        if "learning_questions" in lists:
            question = LearningQuestion.objects.create(
                project=tree["project_a"], question=f"Vraag {number}"
            )
            question.themes.add(*demo_themes(f"thema {number}"))
            question.days.add(tree["day_north"])
            QuestionSupport.objects.create(question=question, project=tree["project_b"])
        if "challenges" in lists:
            challenge = Challenge.objects.create(
                category="pitfall", text=f"Valkuil {number}", project=tree["project_a"]
            )
            ChallengeComment.objects.create(
                challenge=challenge, text="Ja", project=tree["project_b"]
            )
        if "reflections" in lists:
            assignment = ReflectionAssignment.objects.create(
                day=tree["start"], title=f"Opdracht {number}", questions="Vraag", due_date=due
            )
            make_reflection(assignment, tree["project_b"], ["x"], visibility="kenniskring")


def count(client, address):
    client.get(address)  # warm caches
    with CaptureQueriesContext(connection) as context:
        assert client.get(address).status_code == 200
    return len(context)


# What the newest (first page) and the oldest (last page) of the 50 items show, per list.
FIRST_AND_LAST = {
    "learning_questions": ("<h2>Vraag 49</h2>", "<h2>Vraag 0</h2>"),
    "challenges": ("<p>Valkuil 0</p>", "<p>Valkuil 49</p>"),
    "reflections": (
        "Project B – Opdracht 49 (nationaal · Startdag)<",
        "Project B – Opdracht 0 (nationaal · Startdag)<",
    ),
}


@pytest.mark.parametrize("name", LISTS)
def test_listing_queries_do_not_grow(as_user, tree, name):
    client = as_user("member")
    address = reverse(f"kenniskring_learning:{name}")
    add(tree, 0, 5, [name])
    few = count(client, address)
    add(tree, 5, 45, [name])
    assert count(client, address) == few
    last = -(-50 // PER_PAGE)
    for number in range(2, last + 1):  # the board looks for empty categories on page 1 only
        assert count(client, f"{address}?pagina={number}") <= few

    first_item, last_item = FIRST_AND_LAST[name]
    first = client.get(address).content.decode()
    assert first_item in first and last_item not in first
    assert f"Pagina 1 van {last}" in first
    final = client.get(f"{address}?pagina={last}").content.decode()
    assert last_item in final and first_item not in final


@pytest.mark.parametrize("name", LISTS)
def test_page_links_keep_the_filters(as_user, tree, name):
    client = as_user("member")
    add(tree, 0, 50, [name])
    html = client.get(
        reverse(f"kenniskring_learning:{name}") + "?thema=grenzen&regio=2&pagina=2"
    ).content.decode()
    assert 'href="?thema=grenzen&amp;regio=2&amp;pagina=1"' in html
    assert 'href="?thema=grenzen&amp;regio=2&amp;pagina=3"' in html


def test_a_short_list_has_no_page_links(as_user, tree):
    client = as_user("member")
    add(tree, 0, 5)
    for name in LISTS:
        html = client.get(reverse(f"kenniskring_learning:{name}")).content.decode()
        assert "pagina=" not in html, name


@pytest.mark.parametrize("name", LISTS)
@pytest.mark.parametrize("who", ["outsider", "anonymous", "editor"])
def test_no_page_of_a_list_for_outsiders(as_user, tree, name, who):
    add(tree, 0, 25, [name])
    response = as_user(who).get(reverse(f"kenniskring_learning:{name}") + "?pagina=2")
    assert response.status_code in (302, 403)
    assert b"Vraag 1" not in response.content
    assert b"Valkuil 1" not in response.content
    assert b"Opdracht 1" not in response.content


def all_pages(client, address):
    """Every page of a list, as one text."""
    pages = [client.get(address).content.decode()]
    number = 2
    while f"pagina={number}" in pages[-1]:
        pages.append(client.get(f"{address}?pagina={number}").content.decode())
        number += 1
    return "".join(pages), number - 1


def test_no_page_shows_project_as_private_reflections_to_project_b(as_user, tree):
    """Of 45 assignments, project A keeps a third to itself and the partners, shares a third
    with the kenniskring and is still writing a third (a draft)."""
    due = timezone.localdate() + datetime.timedelta(days=3)
    kinds = {"private": [], "shared": [], "draft": []}
    for number in range(45):
        assignment = ReflectionAssignment.objects.create(
            day=tree["start"], title=f"Opdracht {number}", questions="Vraag", due_date=due
        )
        kind = ["private", "shared", "draft"][number % 3]
        reflection = make_reflection(
            assignment,
            tree["project_a"],
            [f"Antwoord {number}"],
            status=Reflection.DRAFT if kind == "draft" else Reflection.SUBMITTED,
            visibility="project" if kind == "private" else "kenniskring",
        )
        kinds[kind].append(reverse("kenniskring_learning:reflection", args=[reflection.pk]))
    address = reverse("kenniskring_learning:reflections")

    html, pages = all_pages(as_user("other_member"), address)
    assert pages == 3
    assert all(link in html for link in kinds["shared"])
    assert not any(link in html for link in kinds["private"] + kinds["draft"])

    html, _pages = all_pages(as_user("partner"), address)
    assert all(link in html for link in kinds["shared"] + kinds["private"])
    assert not any(link in html for link in kinds["draft"])


def test_day_questions_queries_do_not_grow(as_user, tree):
    client = as_user("member")
    address = reverse("kenniskring_learning:day_questions", args=[tree["day_north"].pk])
    add(tree, 0, 5, ["learning_questions"])
    few = count(client, address)
    add(tree, 5, 45, ["learning_questions"])
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


def test_the_board_pages_follow_its_categories(as_user, tree):
    """Pages run through the categories in the board's order; empty ones show on page 1."""
    for number in range(PER_PAGE + 5):
        Challenge.objects.create(category="pitfall", text=f"Valkuil {number}")
    Challenge.objects.create(category="threat", text="Een bedreiging")
    client = as_user("member")
    address = reverse("kenniskring_learning:challenges")
    first = client.get(address).content.decode()
    assert first.index('id="group-strength"') < first.index('id="group-threat"')
    assert first.index("Een bedreiging") < first.index("<p>Valkuil 0</p>")
    assert "Nog niets." in first  # strengths, weaknesses, … are still empty
    second = client.get(f"{address}?pagina=2").content.decode()
    assert f"<p>Valkuil {PER_PAGE + 4}</p>" in second
    assert 'id="group-strength"' not in second and "Nog niets." not in second

"""The partners' progress overview (and its Excel export) and the index of portfolios."""

import datetime
import html
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django.utils.html import strip_tags
from openpyxl import load_workbook

from kenniskring.learning.models import Reflection, ReflectionAssignment

from ..kenniskring.fixtures import make_project
from .fixtures import make_reflection

pytestmark = pytest.mark.django_db

PROGRESS = reverse("kenniskring_learning:progress")
EXPORT = reverse("kenniskring_learning:progress_xlsx")
PORTFOLIOS = reverse("kenniskring_learning:portfolio_index")


def give(day, title, days_left):
    return ReflectionAssignment.objects.create(
        day=day,
        title=title,
        questions="Wat leerden jullie?",
        due_date=timezone.localdate() + datetime.timedelta(days=days_left),
    )


@pytest.fixture
def states(tree):
    """North's assignment: A submitted it. The national one: A has a draft, overdue. South's:
    B has not started, not due yet."""
    north = give(tree["day_north"], "Noordelijke opdracht", 5)
    national = give(tree["start"], "Nationale opdracht", -3)
    south = give(tree["day_south"], "Zuidelijke opdracht", 8)
    submitted = make_reflection(north, tree["project_a"], ["Klaar"])
    make_reflection(national, tree["project_a"], ["Half"], status=Reflection.DRAFT)
    return {"north": north, "national": national, "south": south, "submitted": submitted}


def text_of(response):
    return " ".join(html.unescape(response.content.decode()).split())


def words_of(response):
    """What a person reads: the text without its tags."""
    return " ".join(html.unescape(strip_tags(response.content.decode())).split())


def test_partner_sees_each_project_against_each_assignment(as_user, states, tree):
    response = as_user("partner").get(PROGRESS)
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    body = text_of(response)
    north, south = body.split("Regio Zuid")
    link = reverse("kenniskring_learning:reflection", args=[states["submitted"].pk])
    assert f'href="{link}"' in north
    assert '<span class="kk-badge kk-badge--overdue">te laat</span>' in north
    north, south = words_of(response).split("Regio Zuid")
    assert "ingediend op" in north
    assert "concept · te laat" in north  # A's national draft, past its date
    assert "Zuidelijke opdracht" not in north and "Noordelijke opdracht" not in south
    assert "Nationale opdracht" in south  # national assignments are in every region
    assert "Project B ontbreekt · te laat ontbreekt" in south  # B has answered neither
    assert "(regio Noord · Netwerkdag Noord)" in north


def test_filters_by_region_and_period(as_user, states):
    client = as_user("partner")
    body = text_of(client.get(PROGRESS, {"region": "zuid"}))
    assert "Regio Zuid" in body and "Regio Noord" not in body
    today = timezone.localdate()
    body = text_of(client.get(PROGRESS, {"start": today.isoformat()}))
    assert "Nationale opdracht" not in body and "Noordelijke opdracht" in body
    body = text_of(client.get(PROGRESS, {"end": (today - datetime.timedelta(days=1)).isoformat()}))
    assert "Noordelijke opdracht" not in body and "Nationale opdracht" in body


def test_a_period_that_ends_before_it_starts_says_so_next_to_the_field(as_user, states):
    response = as_user("partner").get(PROGRESS, {"start": "2030-05-01", "end": "2030-04-01"})
    body = text_of(response)
    assert response.status_code == 200
    assert "Deze datum ligt voor de begindatum." in body
    assert 'value="2030-05-01"' in body and 'value="2030-04-01"' in body


def test_the_export_holds_the_same_tables(as_user, states):
    response = as_user("partner").get(EXPORT, {"region": "noord"})
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    workbook = load_workbook(io.BytesIO(response.content))
    assert workbook.sheetnames == ["Noord"]
    rows = [[cell.value for cell in row] for row in workbook["Noord"].iter_rows()]
    assert rows[0] == [
        "Project",
        "Noordelijke opdracht (regio Noord · Netwerkdag Noord)",
        "Nationale opdracht (nationaal · Startdag)",
    ] or rows[0] == [
        "Project",
        "Nationale opdracht (nationaal · Startdag)",
        "Noordelijke opdracht (regio Noord · Netwerkdag Noord)",
    ]
    project_a = dict(zip(rows[0], rows[2], strict=True))
    assert project_a["Project"] == "Project A"
    assert project_a["Nationale opdracht (nationaal · Startdag)"] == "concept (te laat)"
    assert project_a["Noordelijke opdracht (regio Noord · Netwerkdag Noord)"].startswith(
        "ingediend op "
    )


@pytest.mark.parametrize("address", [PROGRESS, EXPORT])
@pytest.mark.parametrize("who", ["member", "other_member", "outsider", "editor"])
def test_only_partners_see_the_progress(as_user, states, address, who):
    response = as_user(who).get(address)
    assert response.status_code == 403
    assert b"Project B" not in response.content and b"ingediend op" not in response.content


@pytest.mark.parametrize("address", [PROGRESS, EXPORT, PORTFOLIOS])
def test_anonymous_visitors_go_to_the_login(as_user, states, address):
    response = as_user("anonymous").get(address)
    assert response.status_code == 302 and "/inloggen/" in response["Location"]


def test_the_overview_costs_the_same_for_2_and_for_many(as_user, tree, regions):
    client = as_user("partner")
    for number in range(2):
        assignment = give(tree["day_north"], f"Opdracht {number}", number - 1)
        make_reflection(assignment, tree["project_a"], ["x"])
    client.get(PROGRESS)
    with CaptureQueriesContext(connection) as few:
        client.get(PROGRESS)
    for number in range(6):
        make_project(tree["index"], f"Extra {number}", regions[number % 2])
    for number in range(2, 14):
        day = tree[["day_north", "day_south", "start"][number % 3]]
        assignment = give(day, f"Opdracht {number}", number - 5)
        make_reflection(assignment, tree["project_b" if number % 3 == 1 else "project_a"], ["x"])
    with CaptureQueriesContext(connection) as many:
        body = client.get(PROGRESS).content.decode()
    assert len(many) == len(few)
    assert "Opdracht 13" in body and "Extra 5" in body
    with CaptureQueriesContext(connection) as export:
        client.get(EXPORT)
    assert len(export) <= len(few)


# --- The index of portfolios


def test_partners_see_every_projects_portfolio_by_region(as_user, tree):
    response = as_user("partner").get(PORTFOLIOS)
    assert response.status_code == 200
    body = text_of(response)
    north, south = body.split("Regio Zuid")
    assert reverse("kenniskring_learning:portfolio", args=["project-a"]) in north
    assert reverse("kenniskring_learning:portfolio", args=["project-b"]) in south


@pytest.mark.parametrize("who, own", [("member", "project-a"), ("other_member", "project-b")])
def test_a_member_goes_to_their_own_projects_portfolio(as_user, tree, who, own):
    response = as_user(who).get(PORTFOLIOS)
    assert response.status_code == 302
    assert response["Location"] == reverse("kenniskring_learning:portfolio", args=[own])


@pytest.mark.parametrize("who", ["outsider", "editor"])
def test_outsiders_get_no_index_of_portfolios(as_user, tree, who):
    response = as_user(who).get(PORTFOLIOS)
    assert response.status_code == 403
    assert b"project-a" not in response.content


def test_a_member_without_a_project_is_told_why(as_user, people, tree):
    people["member"].kenniskring_member.project = None
    people["member"].kenniskring_member.save()
    response = as_user("member").get(PORTFOLIOS)
    assert response.status_code == 403
    assert "Alleen partners zien de portfolio" in html.unescape(response.content.decode())


def test_unpublished_projects_are_left_out(as_user, tree):
    hidden = make_project(tree["index"], "Verborgen", tree["project_a"].region)
    hidden.unpublish()
    assert b"Verborgen" not in as_user("partner").get(PORTFOLIOS).content

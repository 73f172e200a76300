"""Assignments belong to their region: a region's network day gives them to its projects, a
national moment to all; wherever one is named, its region and day are named with it."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from kenniskring.learning.forms import ExportForm
from kenniskring.learning.models import Reflection, ReflectionAssignment

from .fixtures import make_reflection

pytestmark = pytest.mark.django_db


def give(day, title="Grenzen", days_left=10):
    return ReflectionAssignment.objects.create(
        day=day,
        title=title,
        questions="Waar lag een grens?",
        due_date=timezone.localdate() + datetime.timedelta(days=days_left),
    )


@pytest.fixture
def same_title(tree):
    """Three assignments called 'Grenzen': north's, south's and the start day's."""
    return {
        "north": give(tree["day_north"]),
        "south": give(tree["day_south"]),
        "national": give(tree["start"]),
    }


def test_the_label_names_the_region_and_the_day(same_title):
    assert same_title["north"].label == "Grenzen (regio Noord · Netwerkdag Noord)"
    assert same_title["south"].label == "Grenzen (regio Zuid · Netwerkdag Zuid)"
    assert str(same_title["national"]) == "Grenzen (nationaal · Startdag)"
    placed = {a.pk: a.label for a in ReflectionAssignment.objects.with_place()}
    assert placed == {a.pk: a.label for a in same_title.values()}


def test_a_member_sees_and_answers_only_their_region_and_the_national_ones(as_user, same_title):
    client = as_user("member")  # project A, region north
    html = client.get(reverse("kenniskring_learning:reflections")).content.decode()
    assert "(regio Noord · Netwerkdag Noord)" in html
    assert "(nationaal · Startdag)" in html
    assert "regio Zuid" not in html
    for name in ("north", "national"):
        url = reverse("kenniskring_learning:write", args=[same_title[name].pk])
        assert client.get(url).status_code == 200, name
    south = reverse("kenniskring_learning:write", args=[same_title["south"].pk])
    refused = client.get(south)
    assert refused.status_code == 403
    assert "Deze opdracht is voor de projecten van een andere regio." in refused.content.decode()
    posted = client.post(
        south, {"action": "submit", "visibility": "project", "version": 0, "answer_0": "x"}
    )
    assert posted.status_code == 403
    assert not Reflection.objects.exists()


@pytest.mark.parametrize(
    "who, status",
    [("other_member", 200), ("member", 403), ("partner", 403), ("outsider", 403)],
)
def test_who_opens_the_souths_assignment(as_user, same_title, who, status):
    """Partners write no reflections (403 as before); only the south's member may."""
    url = reverse("kenniskring_learning:write", args=[same_title["south"].pk])
    assert as_user(who).get(url).status_code == status


def test_anonymous_is_sent_to_the_login(as_user, same_title):
    url = reverse("kenniskring_learning:write", args=[same_title["south"].pk])
    response = as_user("anonymous").get(url)
    assert response.status_code == 302 and "/inloggen/" in response["Location"]


def test_partners_see_every_assignment_by_its_region(as_user, same_title):
    html = as_user("partner").get(reverse("kenniskring_learning:reflections")).content.decode()
    for label in ("regio Noord · Netwerkdag Noord", "regio Zuid · Netwerkdag Zuid"):
        assert f"({label})" in html


def test_a_day_page_shows_a_member_only_their_regions_assignments(as_user, same_title, tree):
    south_day = tree["day_south"].url
    assert "Grenzen" not in as_user("member").get(south_day).content.decode()
    own = as_user("other_member").get(south_day).content.decode()
    assert "Grenzen" in own and "regio Zuid · Netwerkdag Zuid" in own
    day_questions = reverse("kenniskring_learning:day_questions", args=[tree["day_south"].pk])
    assert "Grenzen" not in as_user("member").get(day_questions).content.decode()


def test_the_home_and_the_portfolio_name_region_and_day(as_user, same_title, tree):
    client = as_user("member")
    home = client.get(tree["kenniskring"].url).content.decode()
    assert "(regio Noord · Netwerkdag Noord)" in home and "regio Zuid" not in home
    make_reflection(same_title["north"], tree["project_a"], ["Een grens"])
    portfolio = client.get(
        reverse("kenniskring_learning:portfolio", args=[tree["project_a"].slug])
    ).content.decode()
    assert "regio Noord · Netwerkdag Noord" in portfolio


def test_the_export_form_names_the_region(same_title):
    labels = [label for _value, label in ExportForm().fields["assignment"].choices][1:]
    assert sorted(labels) == sorted(a.label for a in same_title.values())


def test_search_results_name_the_region(as_user, same_title, tree):
    make_reflection(same_title["north"], tree["project_a"], ["Zoekbaar antwoord"])
    html = as_user("partner").get("/nl/zoeken/", {"q": "Zoekbaar"}).content.decode()
    assert "Project A – Grenzen (regio Noord · Netwerkdag Noord)" in html


def test_the_label_costs_no_query_per_assignment(as_user, tree):
    client = as_user("partner")
    url = reverse("kenniskring_learning:reflections")
    for number in range(2):
        give(tree["day_north"], f"Opdracht {number}")
    client.get(url)
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    for number in range(2, 15):
        give(tree["day_south" if number % 2 else "start"], f"Opdracht {number}")
    with CaptureQueriesContext(connection) as many:
        html = client.get(url).content.decode()
    assert len(many) == len(few)
    assert "Opdracht 14 <span" in html

"""Issue 15's new pages, walked by every kind of visitor at once: the member's and the
partner's home, the progress overview, the index of portfolios and a day's sign-ups, as a
member of the day's region, a member of another region, a partner, a researcher and an
anonymous visitor see them."""

import html

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils.html import strip_tags

from kenniskring.models import Attendance, Member, Role

from .test_progress import EXPORT, PORTFOLIOS, PROGRESS, states  # noqa: F401

pytestmark = pytest.mark.django_db

RESEARCH_EXPORT = reverse("kenniskring_learning:export")


def words(response):
    return " ".join(html.unescape(strip_tags(response.content.decode())).split())


@pytest.fixture
def visitors(as_user, people, django_user_model, client):
    """`visit(who)`: the client as member (region Noord), other_member (region Zuid), partner
    (a facilitator, no research export), researcher (Odisee: a partner with that role) or
    anonymous."""
    facilitator = django_user_model.objects.create_user("begeleider", password="x")
    facilitator.groups.add(Group.objects.get(name="Partners"))
    Member.objects.create(user=facilitator, role=Role.FACILITATOR)
    assert people["partner"].kenniskring_member.role == Role.RESEARCHER

    def visit(who):
        if who == "partner":
            client.force_login(facilitator)
            return client
        return as_user({"researcher": "partner"}.get(who, who))

    return visit


@pytest.fixture
def signed_up(tree):
    return Attendance.objects.create(
        day=tree["day_north"],
        project=tree["project_a"],
        participant_one="Anna",
        participant_two="Bart",
    )


def test_the_home(visitors, tree, states, signed_up):  # noqa: F811
    home = tree["kenniskring"].url
    member = words(visitors("member").get(home))
    assert "Volgende netwerkdag Netwerkdag Noord" in member
    assert "Jullie duo is aangemeld: Anna en Bart." in member
    assert "Noordelijke opdracht" in member and "Zuidelijke opdracht" not in member
    assert "Volgende netwerkdag per regio" not in member
    other = words(visitors("other_member").get(home))
    assert "Netwerkdag Zuid" in other and "Jullie duo is nog niet aangemeld." in other
    assert "Anna" not in other and "Noordelijke opdracht" not in other
    for who in ("partner", "researcher"):
        partner = words(visitors(who).get(home))
        assert "Volgende netwerkdag per regio" in partner, who
        assert "Regio Noord: Netwerkdag Noord" in partner and "1 duo aangemeld" in partner, who
        assert "Jullie duo" not in partner and "Anna" not in partner, who
    anonymous = visitors("anonymous").get(home)
    assert anonymous.status_code == 302 and "/inloggen/" in anonymous["Location"]


def test_the_progress_overview_and_its_export(visitors, states):  # noqa: F811
    for who in ("partner", "researcher"):
        overview = words(visitors(who).get(PROGRESS))
        assert "Project A" in overview and "Project B" in overview, who
        assert visitors(who).get(EXPORT).status_code == 200, who
    for who in ("member", "other_member"):
        for address in (PROGRESS, EXPORT):
            refused = visitors(who).get(address)
            assert refused.status_code == 403 and b"Project B" not in refused.content, who
    for address in (PROGRESS, EXPORT):
        assert visitors("anonymous").get(address).status_code == 302


def test_the_index_of_portfolios(visitors, tree):
    for who in ("partner", "researcher"):
        index = visitors(who).get(PORTFOLIOS)
        assert index.status_code == 200 and "Project A" in words(index), who
    for who, own in (("member", "project-a"), ("other_member", "project-b")):
        response = visitors(who).get(PORTFOLIOS)
        assert response.status_code == 302, who
        assert response["Location"] == reverse("kenniskring_learning:portfolio", args=[own])
    assert visitors("anonymous").get(PORTFOLIOS).status_code == 302


def test_a_days_sign_ups(visitors, tree, signed_up):
    day = tree["day_north"].url
    member = words(visitors("member").get(day))
    assert "Jullie duo is aangemeld: Anna en Bart." in member and "Aanmelding wijzigen" in member
    other = words(visitors("other_member").get(day))
    assert "1 project aangemeld Project A" in other and "Anna" not in other
    for who in ("partner", "researcher"):
        partner = words(visitors(who).get(day))
        assert "Project A: Anna, Bart" in partner and "Jullie duo" not in partner, who
    assert visitors("anonymous").get(day).status_code == 302


def test_only_the_researcher_gets_the_research_export(visitors, tree):
    assert visitors("researcher").get(RESEARCH_EXPORT).status_code == 200
    for who in ("partner", "member", "other_member"):
        assert visitors(who).get(RESEARCH_EXPORT).status_code == 403, who
    assert visitors("anonymous").get(RESEARCH_EXPORT).status_code == 302

"""The kenniskring's start page: what is next for a member's project, and for a partner."""

import datetime
import html
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext, ngettext

from kenniskring.forum.models import Answer, Comment, Experience, Follow, Question
from kenniskring.learning.models import LearningQuestion, Reflection, ReflectionAssignment
from kenniskring.models import Attendance, HomeVisit, NetworkDayPage, Region, RegionPage

from .fixtures import make_project, publish


def page_of(client, tree):
    response = client.get(tree["kenniskring"].url)
    assert response.status_code == 200
    return " ".join(html.unescape(response.content.decode()).split())


def timedelta(days=0, hours=0):
    return datetime.timedelta(days=days, hours=hours)


def give(day, title, days_left=10):
    return ReflectionAssignment.objects.create(
        day=day,
        title=title,
        questions="Wat leerden jullie?",
        due_date=timezone.localdate() + datetime.timedelta(days=days_left),
    )


def test_member_sees_their_regions_next_day_and_signs_up_their_duo(as_user, tree):
    day = tree["day_north"]
    body = page_of(as_user("member"), tree)
    assert "Netwerkdag Noord" in body
    assert "te gast bij Project A, Buurthuis Noord" in body
    assert "Jullie duo is nog niet aangemeld." in body
    assert f'href="{day.url}aanmelden/"' in body
    assert "Netwerkdag Zuid" not in body.split("In de kenniskring")[0]

    Attendance.objects.create(
        day=day, project=tree["project_a"], participant_one="Anna", participant_two="Bart"
    )
    body = page_of(as_user("member"), tree)
    assert "Jullie duo is aangemeld: Anna en Bart." in body
    assert "Aanmelding wijzigen" in body

    # The member of the other region sees their own day, and nothing of project A's duo.
    other = page_of(as_user("other_member"), tree)
    assert "Netwerkdag Zuid" in other and "Anna" not in other
    assert "Jullie duo is nog niet aangemeld." in other


def test_next_day_is_the_sooner_of_the_region_and_the_national_moments(as_user, tree):
    publish(
        tree["kenniskring"],
        NetworkDayPage(
            title="Slotmoment",
            slug="slotmoment",
            moment=NetworkDayPage.END,
            date=timezone.localdate() + datetime.timedelta(days=3),
        ),
    )
    body = page_of(as_user("member"), tree)
    assert body.index("Slotmoment") < body.index("In de kenniskring")
    assert "Netwerkdag Noord" not in body.split("In de kenniskring")[0]


def test_no_next_day_is_said_plainly(as_user, tree):
    NetworkDayPage.objects.filter(pk=tree["day_north"].pk).update(date=datetime.date(2020, 1, 1))
    body = page_of(as_user("member"), tree)
    assert "Er is nog geen volgende netwerkdag gepland." in body
    assert "Meld jullie duo aan" not in body


def test_member_sees_their_own_open_assignments_and_states(as_user, tree):
    national = give(tree["start"], "Opdracht voor iedereen", days_left=20)
    north = give(tree["day_north"], "Opdracht noord", days_left=5)
    give(tree["day_south"], "Opdracht zuid")
    give(tree["day_north"], "Opdracht van vroeger", days_left=-1)
    Reflection.objects.create(assignment=north, project=tree["project_a"], status="draft")
    Reflection.objects.create(
        assignment=national,
        project=tree["project_b"],
        status="submitted",
        submitted_at=timezone.now(),
    )

    body = page_of(as_user("member"), tree)
    blocks = body.split("Open opdrachten")[1].split("</section>")[0]
    assert "Opdracht noord" in blocks and "Opdracht voor iedereen" in blocks
    assert "Opdracht zuid" not in blocks and "Opdracht van vroeger" not in blocks
    assert blocks.index("Opdracht noord") < blocks.index("Opdracht voor iedereen")  # due first
    assert "concept" in blocks and "nog niet begonnen" in blocks and "ingediend" not in blocks
    assert reverse("kenniskring_learning:write", args=[north.pk]) in blocks

    # Project B's own state, never project A's draft.
    other = page_of(as_user("other_member"), tree)
    blocks = other.split("Open opdrachten")[1].split("</section>")[0]
    assert "Opdracht zuid" in blocks and "Opdracht noord" not in blocks
    assert "ingediend" in blocks and "concept" not in blocks


def test_no_open_assignments_is_said_plainly(as_user, tree):
    assert "Geen open opdrachten." in page_of(as_user("member"), tree)


def test_learning_questions_on_the_next_days_agenda(as_user, tree):
    body = page_of(as_user("member"), tree)
    assert "Nog geen leervragen aan de volgende netwerkdag gekoppeld." in body
    question = LearningQuestion.objects.create(
        project=tree["project_b"], question="Hoe houden we buddy's aan boord?"
    )
    question.days.add(tree["day_north"])
    body = page_of(as_user("member"), tree)
    agenda = body.split("Leervragen op de agenda")[1].split("</section>")[0]
    assert "Hoe houden we buddy's aan boord? <span>(Project B)</span>" in agenda
    assert "Hoe houden we buddy's aan boord?" not in page_of(as_user("other_member"), tree)


def test_forum_news_since_the_last_visit(as_user, people, tree):
    now = timezone.now()
    member, other = people["member"], people["other_member"]
    question = Question.objects.create(
        title="Hoe vinden jullie mannen als buddy?", text="<p>?</p>", author=member
    )
    Follow.objects.create(user=member, question=question)
    Answer.objects.create(
        question=question,
        text="<p>Via de sportclub.</p>",
        author=other,
        created_at=now - timedelta(hours=3),
    )
    Answer.objects.create(question=question, text="<p>Eigen antwoord.</p>", author=member)
    old = Experience.objects.create(
        title="Een oude ervaring", text="<p>x</p>", author=other, created_at=now - timedelta(20)
    )
    Experience.objects.create(
        title="Een verse ervaring", text="<p>x</p>", author=other, created_at=now - timedelta(1)
    )
    Experience.objects.create(
        title="Een verborgen ervaring", text="<p>x</p>", author=other, hidden_at=now
    )
    Experience.objects.create(title="Mijn eigen ervaring", text="<p>x</p>", author=member)
    Comment.objects.create(experience=old, text="<p>Niet gevolgd.</p>", author=other)

    # A first visit: what is new of the last two weeks.
    body = page_of(as_user("member"), tree)
    assert "Nieuw in de voorbije 14 dagen" in body
    assert "Hoe vinden jullie mannen als buddy?</a>: 1 nieuw antwoord" in body
    assert "Een verse ervaring" in body
    for absent in ("Een oude ervaring", "Een verborgen ervaring", "Mijn eigen ervaring"):
        assert absent not in body

    # Looking again within the same visit changes nothing.
    assert "Een verse ervaring" in page_of(as_user("member"), tree)

    # The next visit shows only what came after this one.
    HomeVisit.objects.filter(user=member).update(last_seen_at=now - timedelta(hours=2))
    Experience.objects.create(
        title="Van daarnet", text="<p>x</p>", author=other, created_at=now - timedelta(hours=1)
    )
    body = page_of(as_user("member"), tree)
    assert "Nieuw sinds je vorige bezoek" in body
    assert "Van daarnet" in body and "Een verse ervaring" not in body
    assert "Geen nieuwe antwoorden op wat je volgt." in body


def test_partner_sees_every_regions_next_day_and_how_many_duos_come(as_user, tree):
    Attendance.objects.create(
        day=tree["day_north"], project=tree["project_a"], participant_one="Anna"
    )
    give(tree["day_south"], "Opdracht zuid")
    body = page_of(as_user("partner"), tree)
    rows = body.split("Volgende netwerkdag per regio")[1].split("</section>")[0]
    assert "Regio Noord" in rows and "Regio Zuid" in rows
    assert "Netwerkdag Noord" in rows and "1 duo aangemeld" in rows
    assert "Netwerkdag Zuid" in rows and "0 duo's aangemeld" in rows
    assert "Nationaal moment" in rows and "nog geen dag gepland" in rows
    assert f'href="{tree["day_north"].url}aanwezigheden/"' in rows
    assert "1 reflectieopdracht staat open." in body
    assert reverse("kenniskring_learning:reflections") in body
    # Counts, not people; and no project's own blocks.
    assert "Anna" not in body and "Jullie duo" not in body and "Open opdrachten" not in body


def test_members_do_not_see_the_partners_overview(as_user, tree):
    body = page_of(as_user("member"), tree)
    assert "Volgende netwerkdag per regio" not in body
    assert "duo's aangemeld" not in body


@pytest.mark.parametrize("who, status", [("anonymous", 302), ("outsider", 403), ("editor", 403)])
def test_outsiders_get_nothing(as_user, tree, who, status):
    Attendance.objects.create(
        day=tree["day_north"], project=tree["project_a"], participant_one="Anna"
    )
    give(tree["day_north"], "Opdracht noord")
    response = as_user(who).get(tree["kenniskring"].url)
    assert response.status_code == status
    # The CSRF token is random letters: it may spell "duo" by chance.
    body = re.sub(r'value="[^"]*"', "", response.content.decode())
    for secret in ("Netwerkdag Noord", "Opdracht noord", "Anna", "duo"):
        assert secret not in body
    assert not HomeVisit.objects.exists()


def test_member_home_costs_the_same_for_2_as_for_50_assignments(
    as_user, tree, django_assert_max_num_queries
):
    client = as_user("member")
    for number in range(2):
        give(tree["day_north"], f"Opdracht {number}")
    client.get(tree["kenniskring"].url)
    with CaptureQueriesContext(connection) as small:
        body = page_of(client, tree)
    assert "Opdracht 1" in body
    for number in range(2, 50):
        assignment = give(tree["day_north"], f"Opdracht {number}", days_left=10 + number)
        Reflection.objects.create(assignment=assignment, project=tree["project_a"])
    with django_assert_max_num_queries(len(small)):
        body = page_of(client, tree)
    assert "Nog 46 opdrachten" in body


def test_partner_home_costs_the_same_for_3_as_for_30_regions(
    as_user, tree, django_assert_max_num_queries
):
    client = as_user("partner")

    def grow(start, stop):
        for number in range(start, stop):
            region = Region.objects.create(name=f"Regio {number}", slug=f"regio-{number}")
            project = make_project(tree["index"], f"Project {number}", region)
            region_page = publish(
                tree["kenniskring"],
                RegionPage(title=f"Netwerk {number}", slug=f"netwerk-{number}", region=region),
            )
            day = publish(
                region_page,
                NetworkDayPage(
                    title=f"Dag {number}",
                    slug=f"dag-{number}",
                    date=timezone.localdate() + datetime.timedelta(days=number),
                    host_project=project,
                ),
            )
            Attendance.objects.create(day=day, project=project, participant_one="Iemand")

    grow(0, 1)  # with the fixture's two: 3 regions
    client.get(tree["kenniskring"].url)
    with CaptureQueriesContext(connection) as small:
        body = page_of(client, tree)
    assert body.count("duo aangemeld") + body.count("duo's aangemeld") == 3
    grow(1, 28)
    with django_assert_max_num_queries(len(small)):
        body = page_of(client, tree)
    assert body.count("1 duo aangemeld") == 28 and "Netwerk 27" in body


def test_the_french_home_shows_the_duo_signed_up_on_the_dutch_day(as_user, tree, tree_in):
    """Sign-ups belong to the source day, whichever language made them: the translated home
    finds the member's duo and counts it for the partner."""
    french = tree_in("fr")
    Attendance.objects.create(
        day=tree["day_north"],
        project=tree["project_a"],
        participant_one="Anna",
        participant_two="Bart",
    )
    # In French where the host has the catalogue (the plug-in host has none: Dutch there).
    with translation.override("fr"):
        signed_up = gettext("Jullie duo is aangemeld: %(one)s en %(two)s.")
        counted = ngettext("%(duos)s duo aangemeld", "%(duos)s duo's aangemeld", 1)
        none = ngettext("%(duos)s duo aangemeld", "%(duos)s duo's aangemeld", 0)
    body = page_of(as_user("member"), french)
    assert signed_up % {"one": "Anna", "two": "Bart"} in body

    rows = page_of(as_user("partner"), french)
    assert counted % {"duos": 1} in rows and none % {"duos": 0} in rows
    assert "Anna" not in rows

    # Another project's member sees nothing of it in French either.
    assert "Anna" not in page_of(as_user("other_member"), french)

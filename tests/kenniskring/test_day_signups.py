"""A network day tells who is coming: a member's own duo with its names (to change or cancel),
every signed-up project to members, and the duos' names to partners; in every language."""

import html

from django.db import connection
from django.test.utils import CaptureQueriesContext

from kenniskring.models import Attendance

from .fixtures import make_project


def words(response):
    assert response.status_code == 200
    return " ".join(html.unescape(response.content.decode()).split())


def sign_up(tree, project="project_a", one="Anna", two="Bart"):
    return Attendance.objects.create(
        day=tree["day_north"], project=tree[project], participant_one=one, participant_two=two
    )


def test_a_member_sees_their_duo_and_can_change_it(as_user, tree):
    day = tree["day_north"]
    body = words(as_user("member").get(day.url))
    assert "Jullie duo is nog niet aangemeld." in body
    assert "0 projecten aangemeld" in body
    sign_up(tree)
    body = words(as_user("member").get(day.url))
    assert "Jullie duo is aangemeld: Anna en Bart." in body
    assert f'href="{day.url}aanmelden/">Aanmelding wijzigen' in body
    assert "Jullie duo afmelden" in body
    assert "1 project aangemeld" in body


def test_a_member_cancels_their_own_duo_only(as_user, tree):
    sign_up(tree)
    sign_up(tree, "project_b", "Dirk", "")
    url = tree["day_north"].url + "aanmelden/"
    client = as_user("member")
    done = client.post(url, {"action": "cancel"})
    assert done.status_code == 302 and done["Location"] == tree["day_north"].url
    assert list(Attendance.objects.values_list("project__title", flat=True)) == ["Project B"]
    body = words(client.get(tree["day_north"].url))
    assert "Jullie duo is afgemeld voor deze dag." in body
    assert "Jullie duo is nog niet aangemeld." in body


def test_other_members_see_which_projects_come_not_who(as_user, tree):
    sign_up(tree)
    body = words(as_user("other_member").get(tree["day_north"].url))
    assert "1 project aangemeld" in body and "Project A" in body
    assert "Anna" not in body and "Bart" not in body
    assert "Jullie duo is nog niet aangemeld." in body


def test_partners_see_the_projects_and_their_duos(as_user, tree):
    sign_up(tree)
    body = words(as_user("partner").get(tree["day_north"].url))
    assert "Project A: Anna, Bart" in body
    assert "Jullie duo" not in body  # a partner signs up no duo


def test_outsiders_and_anonymous_visitors_see_nothing(as_user, tree):
    sign_up(tree)
    anonymous = as_user("anonymous").get(tree["day_north"].url)
    assert anonymous.status_code == 302 and "/inloggen/" in anonymous["Location"]
    for who in ("outsider", "editor"):
        response = as_user(who).get(tree["day_north"].url)
        assert response.status_code == 403 and b"Anna" not in response.content
        cancel = as_user(who).post(tree["day_north"].url + "aanmelden/", {"action": "cancel"})
        assert cancel.status_code == 403
    assert Attendance.objects.count() == 1


def test_sign_ups_show_on_the_french_day(as_user, tree, tree_in):
    french = tree_in("fr")["day_north"]
    sign_up(tree)
    body = words(as_user("member").get(french.url))
    assert "Anna" in body and "Bart" in body
    assert f'href="{french.url}aanmelden/"' in body
    assert "Project A" in words(as_user("other_member").get(french.url))
    as_user("member").post(french.url + "aanmelden/", {"action": "cancel"})
    assert not Attendance.objects.exists()


def test_the_day_costs_the_same_for_2_and_for_many_sign_ups(as_user, tree, regions):
    client = as_user("partner")
    sign_up(tree)
    sign_up(tree, "project_b", "Dirk", "")
    client.get(tree["day_north"].url)
    with CaptureQueriesContext(connection) as few:
        client.get(tree["day_north"].url)
    for number in range(12):
        project = make_project(tree["index"], f"Extra {number}", regions[0])
        Attendance.objects.create(
            day=tree["day_north"], project=project, participant_one=f"Deelnemer {number}"
        )
    with CaptureQueriesContext(connection) as many:
        body = words(client.get(tree["day_north"].url))
    assert len(many) == len(few)
    assert "14 projecten aangemeld" in body and "Extra 11: Deelnemer 11" in body


def start(day, when):
    """Moves the day (and its source) to start at `when`, a local datetime."""
    type(day).objects.filter(pk=day.pk).update(date=when.date(), start_time=when.time())


def test_once_the_day_has_started_the_sign_up_can_no_longer_change(as_user, tree, midday):
    import datetime

    from django.utils import timezone

    day = tree["day_north"]
    sign_up(tree)
    # Started a minute ago, today: not yet over, but too late to change who comes.
    start(day, timezone.localtime() - datetime.timedelta(minutes=1))
    client = as_user("member")
    body = words(client.get(day.url))
    assert "Jullie duo is aangemeld: Anna en Bart." in body
    assert "De dag is begonnen: aanmelden, wijzigen en afmelden kan niet meer." in body
    assert "Aanmelding wijzigen" not in body and "Jullie duo afmelden" not in body
    assert "Meld het duo van" not in body
    url = day.url + "aanmelden/"
    for response in (
        client.get(url),
        client.post(url, {"action": "cancel"}),
        client.post(url, {"participant_one": "Zoë", "participant_two": "Yusuf"}),
    ):
        assert response.status_code == 302 and response["Location"] == day.url
    attendance = Attendance.objects.get()
    assert (attendance.participant_one, attendance.participant_two) == ("Anna", "Bart")
    body = words(client.get(day.url))
    assert "Deze netwerkdag is al begonnen: je kunt de aanmelding niet meer wijzigen." in body


def test_a_past_day_offers_no_sign_up_to_a_duo_that_did_not_come(as_user, tree, midday):
    import datetime

    from django.utils import timezone

    day = tree["day_north"]
    start(day, timezone.localtime() - datetime.timedelta(days=3))
    body = words(as_user("member").get(day.url))
    assert "Jullie duo was niet aangemeld." in body
    assert "Meld jullie duo aan" not in body and "Meld het duo van" not in body
    response = as_user("member").post(day.url + "aanmelden/", {"participant_one": "Zoë"})
    assert response.status_code == 302 and not Attendance.objects.exists()


def test_until_the_day_starts_the_duo_can_still_change(as_user, tree, midday):
    import datetime

    from django.utils import timezone

    day = tree["day_north"]
    sign_up(tree)
    start(day, timezone.localtime() + datetime.timedelta(minutes=5))
    client = as_user("member")
    changed = client.post(day.url + "aanmelden/", {"participant_one": "Zoë"})
    assert changed.status_code == 302
    assert Attendance.objects.get().participant_one == "Zoë"
    assert "Aanmelding wijzigen" in words(client.get(day.url))

"""Attendance, theme votes, calendars and listings of the regions and network days."""

import csv
import datetime
import html
import io

from django.db import connection
from django.test.utils import CaptureQueriesContext
from icalendar import Calendar
from openpyxl import load_workbook

from kenniskring.models import Attendance, CalendarToken, NetworkDayPage, ThemeVote
from kenniskring.models.themes import demo_themes

from .fixtures import make_project, publish


def test_member_registers_their_projects_duo(as_user, tree):
    client = as_user("member")
    url = tree["day_north"].url + "aanmelden/"
    form = client.get(url)
    assert "Je meldt het duo van Project A aan." in form.content.decode()
    assert "tandem_participants" not in form.content.decode()  # not welcome this time

    empty = client.post(url, {"participant_one": "", "participant_two": "Bart"})
    assert empty.status_code == 200
    assert "Vul minstens één naam in." in empty.content.decode()
    assert 'value="Bart"' in empty.content.decode()
    assert not Attendance.objects.exists()

    done = client.post(url, {"participant_one": "Anna", "participant_two": "Bart"})
    assert done.status_code == 302
    client.post(url, {"participant_one": "Anna", "participant_two": "Cas"})
    attendance = Attendance.objects.get()
    assert (attendance.project.pk, attendance.participant_two) == (tree["project_a"].pk, "Cas")

    # Another project's member registers their own project, never project A's.
    as_user("other_member").post(url, {"participant_one": "Dirk"})
    assert Attendance.objects.count() == 2
    assert Attendance.objects.get(project=tree["project_a"]).participant_one == "Anna"


def test_tandems_can_be_named_when_welcome(as_user, tree):
    day = tree["day_north"]
    day.tandems_welcome = True
    day.tandem_note = "De stuurgroep zegt ja."
    day.save_revision().publish()
    client = as_user("member")
    client.post(
        day.url + "aanmelden/",
        {"participant_one": "Anna", "tandem_participants": "Eva en Fien"},
    )
    assert Attendance.objects.get().tandem_participants == "Eva en Fien"


def test_partner_sees_and_exports_the_list(as_user, tree):
    day = tree["day_north"]
    Attendance.objects.create(day=day, project=tree["project_a"], participant_one="=Anna")
    Attendance.objects.create(day=day, project=tree["project_b"], participant_one="Bram")
    client = as_user("partner")
    listing = client.get(day.url + "aanwezigheden/").content.decode()
    assert "Project A" in listing and "Bram" in listing

    rows = list(
        csv.reader(io.StringIO(client.get(day.url + "aanwezigheden/csv/").content.decode()))
    )
    assert rows[0][0] == "project"
    assert ["Project A", "'=Anna"] == [rows[1][0], rows[1][2]]  # no formula injection
    workbook = load_workbook(io.BytesIO(client.get(day.url + "aanwezigheden/xlsx/").content))
    assert workbook.active["A3"].value == "Project B"
    assert client.get(day.url + "aanwezigheden/pdf/").status_code == 404


def test_halfway_day_vote_up_to_three_themes_and_partners_see_the_tally(as_user, tree):
    halfway = tree["halfway"]
    halfway.theme_voting_open = True
    halfway.save_revision().publish()
    url = halfway.url + "themas/"
    client = as_user("member")
    themes = demo_themes("rekrutering", "grenzen", "impact", "diversiteit")
    recruitment, boundaries, impact, diversity = (theme.pk for theme in themes)
    too_many = client.post(url, {"themes": [recruitment, boundaries, impact, diversity]})
    assert "Kies hoogstens 3 thema's; je koos er 4." in html.unescape(too_many.content.decode())
    assert not ThemeVote.objects.exists()
    client.post(url, {"themes": [recruitment, impact]})
    client.post(url, {"themes": [recruitment, boundaries]})  # a change, not extra votes
    as_user("other_member").post(url, {"themes": [recruitment]})
    assert ThemeVote.objects.filter(project=tree["project_a"]).count() == 2
    assert "Stemmen per thema" not in as_user("member").get(url).content.decode()
    tally = as_user("partner").get(url).context["tally"]
    assert tally[0] == ("rekrutering", 2, 0)  # no votes of demo projects here
    assert {label: count for label, count, _examples in tally}["omgaan met grenzen"] == 1
    assert as_user("member").get(tree["day_north"].url + "themas/").status_code == 404


def test_calendar_feed_holds_own_region_and_national_moments(client, tree, calendar_token):
    response = client.get(f"/nl/agenda/{calendar_token.token}.ics")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    assert "no-store" in response["Cache-Control"]
    events = [str(e["summary"]) for e in Calendar.from_ical(response.content).walk("VEVENT")]
    assert sorted(events) == ["Einddag", "Halfwegdag", "Netwerkdag Noord", "Startdag"]


def test_wrong_revoked_or_renewed_calendar_token_gets_404(client, people, tree, calendar_token):
    old = calendar_token.token
    assert client.get("/nl/agenda/verkeerd.ics").status_code == 404
    client.force_login(people["member"])
    client.post("/nl/kenniskring/mijn-agenda/", {"action": "renew"})
    new = CalendarToken.objects.get(user=people["member"]).token
    assert new != old
    assert client.get(f"/nl/agenda/{old}.ics").status_code == 404
    assert client.get(f"/nl/agenda/{new}.ics").status_code == 200
    client.post("/nl/kenniskring/mijn-agenda/", {"action": "revoke"})
    assert client.get(f"/nl/agenda/{new}.ics").status_code == 404
    # A member who leaves the kenniskring loses the feed too.
    token = CalendarToken.renew_for(people["member"]).token
    people["member"].groups.clear()
    assert client.get(f"/nl/agenda/{token}.ics").status_code == 404


def test_day_ics_download(as_user, tree):
    response = as_user("member").get(tree["day_north"].url + "agenda/")
    event = Calendar.from_ical(response.content).walk("VEVENT")[0]
    assert str(event["summary"]) == "Netwerkdag Noord"
    assert event.decoded("dtstart").date() == datetime.date(2030, 3, 1)


def test_an_example_date_is_marked_on_the_day_its_region_and_in_the_calendar(as_user, tree):
    day = tree["day_north"]
    day.date_is_example = True
    day.save_revision().publish()
    client = as_user("member")
    for address in (day.url, tree["region_north"].url):
        page = client.get(address).content.decode()
        assert '2030</time> <span class="demo-badge">voorbeelddatum</span>' in page, address
    event = Calendar.from_ical(client.get(day.url + "agenda/").content).walk("VEVENT")[0]
    assert str(event["summary"]) == "Netwerkdag Noord (voorbeelddatum)"
    assert day.get_admin_display_title() == "Netwerkdag Noord (voorbeelddatum)"


def test_a_real_date_has_no_marker(as_user, tree):
    page = as_user("member").get(tree["day_north"].url).content.decode()
    assert "voorbeelddatum" not in page


def grow(tree, region, start, stop):
    """Adds projects and network days numbered start..stop-1 to the north region."""
    for number in range(start, stop):
        project = make_project(tree["index"], f"Extra {number}", region)
        publish(
            tree["region_north"],
            NetworkDayPage(
                title=f"Dag {number}",
                slug=f"dag-{number}",
                date=datetime.date(2019 + number % 15, 1, 1),
                host_project=project,
            ),
        )


def test_region_page_costs_the_same_for_5_as_for_50(
    as_user, tree, regions, django_assert_max_num_queries
):
    client = as_user("member")
    url = tree["region_north"].url
    grow(tree, regions[0], 0, 4)  # with the fixture's day: 5 days, 5 projects
    client.get(url)
    with CaptureQueriesContext(connection) as small:
        body = client.get(url).content.decode()
    assert body.count('class="day-card"') == 5
    grow(tree, regions[0], 4, 49)
    with django_assert_max_num_queries(len(small)):
        body = client.get(url).content.decode()
    assert body.count('class="day-card"') == 50
    assert "Extra 48" in body


def test_project_index_costs_the_same_for_5_as_for_50(
    client, tree, regions, django_assert_max_num_queries
):
    url = tree["index"].url
    grow(tree, regions[0], 0, 3)  # with the fixture's two: 5 projects
    client.get(url)
    with CaptureQueriesContext(connection) as small:
        body = client.get(url).content.decode()
    assert body.count('class="project-card"') == 5
    grow(tree, regions[0], 3, 48)
    with django_assert_max_num_queries(len(small)):
        body = client.get(url).content.decode()
    assert body.count('class="project-card"') == 36  # a page of projects
    assert "Pagina 1 van 2" in body
    rest = client.get(url, {"pagina": 2}).content.decode()
    assert rest.count('class="project-card"') == 14


def test_project_index_pages_keep_the_region(client, tree, regions):
    grow(tree, regions[0], 0, 40)
    body = client.get(tree["index"].url, {"regio": regions[0].slug}).content.decode()
    assert f'href="?regio={regions[0].slug}&amp;pagina=2"' in body


def test_project_index_filters_by_region(client, tree):
    body = client.get(tree["index"].url, {"regio": "zuid"}).content.decode()
    assert "Project B" in body and "Project A" not in body
    assert "Projecten in regio Zuid" in body
    body = client.get(tree["index"].url, {"regio": "bestaat-niet"}).content.decode()
    assert "Project A" in body and "Project B" in body

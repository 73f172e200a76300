"""The research export: who may download it, its columns, filters and pseudonyms."""

import csv
import io
import json
import re

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from kenniskring.learning.export import COLUMNS, pseudonym
from kenniskring.learning.models import (
    Challenge,
    LearningQuestion,
    Reflection,
    ReflectionAssignment,
)
from kenniskring.models import Attendance, Member, Role

from .fixtures import make_reflection

pytestmark = pytest.mark.django_db

EXPORT = reverse("kenniskring_learning:export")


@pytest.fixture
def material(tree, assignment, shared_b, people):
    a = make_reflection(assignment, tree["project_a"], ["Antwoord A1", "Antwoord A2"])
    a.versions.update(saved_by=people["member"])
    make_reflection(assignment, tree["project_b"], ["Nog bezig", ""], status=Reflection.DRAFT)
    LearningQuestion.objects.create(
        project=tree["project_a"], question="Hoe vangen we uitval op?", created_by=people["member"]
    )
    Challenge.objects.create(
        category="threat", text="Te weinig tijd", project=tree["project_a"], author=people["member"]
    )
    Attendance.objects.create(
        day=tree["start"], project=tree["project_a"], participant_one="Ann Peeters"
    )
    return a


def get(client, **params):
    return client.get(EXPORT, params)


def test_researcher_downloads_csv_with_its_columns(as_user, material):
    response = get(as_user("partner"), file_format="csv", dataset="reflections")
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0] == COLUMNS["reflections"]
    answers = [row[COLUMNS["reflections"].index("antwoord")] for row in rows[1:]]
    assert sorted(answers) == ["Antwoord A1", "Antwoord A2", "Gedeeld antwoord B"]
    assert "Nog bezig" not in response.content.decode()  # drafts are not research material
    first = dict(zip(rows[0], rows[1], strict=True))
    assert first["vraag"] in ("Wat leerden jullie?", "Waar lag een grens?")
    assert "Lid_A" not in response.content.decode()


def test_pseudonyms_replace_names_and_stay_stable(as_user, material, people):
    client = as_user("partner")
    data = json.loads(get(client, file_format="json").content)
    again = json.loads(get(client, file_format="json").content)
    assert data == again
    member_alias = pseudonym("user", people["member"].pk)
    text = json.dumps(data)
    assert "Lid_A" not in text and "Ann Peeters" not in text
    assert data["questions"][0]["gesteld_door"] == member_alias
    assert data["challenges"][0]["ingebracht_door"] == member_alias
    assert data["attendance"][0]["deelnemer_1"].startswith("persoon-")
    assert data["reflections"][0]["laatst_bewaard_door"] in (member_alias, "")
    assert set(data) == {"reflections", "questions", "challenges", "attendance"}
    for key, rows in data.items():
        for row in rows:
            assert list(row) == COLUMNS[key]


def test_xlsx_has_one_sheet_per_kind(as_user, material):
    response = get(as_user("partner"), file_format="xlsx")
    workbook = load_workbook(io.BytesIO(response.content))
    assert workbook.sheetnames == ["Reflecties", "Leervragen", "Uitdagingen", "Aanwezigheden"]
    header = [cell.value for cell in workbook["Leervragen"][1]]
    assert header == COLUMNS["questions"]
    assert workbook["Leervragen"]["D2"].value == "Hoe vangen we uitval op?"


def test_filters_by_region_and_assignment(as_user, material, regions, shared_b):
    client = as_user("partner")
    north = json.loads(get(client, file_format="json", region=regions[0].pk).content)
    assert {row["project"] for row in north["reflections"]} == {"Project A"}
    one = json.loads(get(client, file_format="json", assignment=shared_b.assignment_id).content)
    assert {row["antwoord"] for row in one["reflections"]} == {"Gedeeld antwoord B"}
    later = json.loads(get(client, file_format="json", start="2030-01-01").content)
    assert {row["antwoord"] for row in later["reflections"]} == {"Gedeeld antwoord B"}


def test_a_period_that_ends_before_it_starts_is_explained(as_user, material):
    response = get(as_user("partner"), file_format="csv", start="2022-01-01", end="2021-01-01")
    assert response.status_code == 200
    assert "Deze datum ligt voor de begindatum." in response.content.decode()


@pytest.mark.parametrize("who", ["member", "other_member", "outsider", "editor"])
def test_nobody_else_may_export(as_user, material, who):
    response = get(as_user(who), file_format="json")
    assert response.status_code == 403
    assert b"Antwoord A1" not in response.content


def test_a_facilitator_partner_may_not_export(as_user, material, people):
    Member.objects.filter(user=people["partner"]).update(role=Role.FACILITATOR)
    assert get(as_user("partner"), file_format="json").status_code == 403


def test_a_partner_granted_the_export_may_and_a_granted_member_still_may_not(
    as_user, material, people
):
    Member.objects.filter(user=people["partner"]).update(
        role=Role.FACILITATOR, research_export=True
    )
    response = get(as_user("partner"), file_format="json")
    assert response.status_code == 200 and b"Antwoord A1" in response.content
    # The grant is for partners: a project's member with it still sees nothing.
    Member.objects.filter(user=people["member"]).update(research_export=True)
    response = get(as_user("member"), file_format="json")
    assert response.status_code == 403 and b"Antwoord A1" not in response.content


def test_an_anonymous_visitor_is_sent_to_the_login(client, material):
    response = get(client, file_format="json")
    assert response.status_code == 302 and "/inloggen/" in response["Location"]


def test_every_reflection_row_names_the_region_of_its_assignment(as_user, material):
    """A national moment's assignment is national; a regional day's is its region's, even
    when the project that answered it belongs elsewhere."""
    rows = json.loads(get(as_user("partner"), file_format="json").content)["reflections"]
    regions = {(row["opdracht"], row["project"], row["regio_opdracht"]) for row in rows}
    assert regions == {
        ("Een moment van bijleren", "Project A", "nationaal"),
        ("Grenzen", "Project B", "Zuid"),
    }


def test_formatted_answers_are_exported_as_plain_text(as_user, tree, assignment):
    make_reflection(
        assignment,
        tree["project_a"],
        ["<p><strong>Vet</strong> &amp; schuin</p><ul><li>een</li><li>twee</li></ul>", "Kort"],
    )
    rows = json.loads(get(as_user("partner"), file_format="json").content)["reflections"]
    assert [row["antwoord"] for row in rows] == ["Vet & schuin\n- een\n- twee", "Kort"]


def test_an_editor_with_the_export_permission_may(as_user, material, people):
    people["editor"].user_permissions.add(Permission.objects.get(codename="export_research"))
    response = get(as_user("editor"), file_format="json")
    assert response.status_code == 200 and b"Antwoord A1" in response.content


HOSTILE = ['=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1)", "\t=1+1", "\r=1+1"]


def test_every_csv_cell_is_neutralised_and_typed_names_never_leave(as_user, material, tree):
    from kenniskring.spreadsheets import FORMULA_STARTS

    a = tree["project_a"]
    Challenge.objects.create(category="threat", text=HOSTILE[0], project=a)
    LearningQuestion.objects.create(project=a, question=HOSTILE[1], explanation=HOSTILE[4])
    hostile_assignment = ReflectionAssignment.objects.create(
        day=tree["halfway"], title=HOSTILE[3], questions="Wat?", due_date=timezone.localdate()
    )
    make_reflection(hostile_assignment, a, [HOSTILE[5]])
    Attendance.objects.create(
        day=tree["halfway"],
        project=a,
        participant_one=HOSTILE[2],
        participant_two="Bert Janssens",
        tandem_participants="Carla Maes & Dirk Peeters\n=Eva",
    )
    client = as_user("partner")
    seen = set()
    for dataset in COLUMNS:
        response = get(client, file_format="csv", dataset=dataset)
        assert response.status_code == 200
        text = response.content.decode()
        for name in ("Ann Peeters", "Bert Janssens", "Carla Maes", "Dirk Peeters", "Eva"):
            assert name not in text
        for row in csv.reader(io.StringIO(text)):
            for cell in row:
                assert not cell.startswith(FORMULA_STARTS), (dataset, cell)
                seen.add(cell)
    assert {"'" + value for value in HOSTILE[:2] + HOSTILE[3:5]} <= seen
    # Answers leave as plain text, their line breaks normalised: "\r=1+1" arrives as "=1+1".
    assert "'=1+1" in seen


def test_the_research_export_is_always_pseudonymised(as_user, material, people):
    response = get(as_user("partner"), file_format="csv", dataset="questions", real_names="on")
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert "Lid_A" not in response.content.decode()
    assert rows[1][COLUMNS["questions"].index("gesteld_door")] == pseudonym(
        "user", people["member"].pk
    )


def test_every_export_is_written_to_the_audit_log(as_user, material, people, regions):
    from wagtail.models import ModelLogEntry

    get(as_user("partner"), file_format="csv", dataset="questions", region=regions[0].pk)
    entry = ModelLogEntry.objects.get(action="kenniskring_learning.research_export")
    assert entry.user == people["partner"]
    assert entry.data["region"] == regions[0].pk
    rows = {"reflections": 2, "questions": 1, "challenges": 1, "attendance": 1}
    assert entry.data["rows"] == rows
    assert entry.data["file"].startswith("kenniskring-questions-")
    get(as_user("member"), file_format="csv")
    assert ModelLogEntry.objects.filter(action="kenniskring_learning.research_export").count() == 1


def test_no_name_or_address_of_anyone_is_in_any_export(as_user, material, people):
    client = as_user("partner")
    text = get(client, file_format="json").content.decode()
    for person in filter(None, people.values()):
        for value in (person.username, person.email, person.first_name, person.last_name):
            if value:
                assert value not in text, value


def test_a_reflection_marked_not_for_research_is_left_out(as_user, material, shared_b):
    material.not_for_research = True
    material.save()
    client = as_user("partner")
    data = json.loads(get(client, file_format="json").content)
    assert {row["antwoord"] for row in data["reflections"]} == {"Gedeeld antwoord B"}
    from wagtail.models import ModelLogEntry

    entry = ModelLogEntry.objects.filter(action="kenniskring_learning.research_export").get()
    assert entry.data["rows"]["reflections"] == 1


def test_the_project_marks_a_reflection_not_for_research_in_its_form(as_user, assignment):
    client = as_user("member")
    url = reverse("kenniskring_learning:write", args=[assignment.pk])
    form = client.get(url).content.decode()
    assert "Niet gebruiken voor onderzoek" in form
    client.post(
        url,
        {
            "answer_0": "Ons antwoord",
            "answer_1": "Nog een",
            "visibility": "project",
            "not_for_research": "on",
            "version": 0,
            "action": "submit",
        },
    )
    reflection = Reflection.objects.get(assignment=assignment)
    assert reflection.is_submitted and reflection.not_for_research
    checkbox = re.search(r"<input[^>]*not_for_research[^>]*>", client.get(url).content.decode())
    assert "checked" in checkbox.group(0)


def test_the_site_history_shows_editors_who_exported(as_user, material, people, client):
    get(as_user("partner"), file_format="csv", dataset="questions")
    people["partner"].is_superuser = True
    people["partner"].save()
    client.force_login(people["partner"])
    history = client.get(reverse("wagtailadmin_reports:site_history")).content.decode()
    assert "Onderzoeksexport" in history

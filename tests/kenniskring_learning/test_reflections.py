"""Writing, drafting, submitting, versioning and sharing a reflection; giving assignments."""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from kenniskring.learning.models import Reflection, ReflectionAssignment, ReflectionVersion

from .fixtures import make_reflection

pytestmark = pytest.mark.django_db


def write_url(assignment):
    return reverse("kenniskring_learning:write", args=[assignment.pk])


def post(client, assignment, action, answers, version=0, visibility="project", **extra):
    data = {"action": action, "visibility": visibility, "version": version, **extra}
    data.update({f"answer_{n}": text for n, text in enumerate(answers)})
    return client.post(write_url(assignment), data)


def test_member_saves_a_draft_then_submits(as_user, assignment, tree):
    client = as_user("member")
    page = client.get(write_url(assignment))
    assert page.status_code == 200
    assert "Wat leerden jullie?" in page.content.decode()

    response = post(client, assignment, "draft", ["Eerste gedachten", ""])
    reflection = Reflection.objects.get(assignment=assignment, project=tree["project_a"])
    assert response.status_code == 302
    assert reflection.status == Reflection.DRAFT
    assert reflection.answers[0] == {
        "question": "Wat leerden jullie?",
        "answer": "<p>Eerste gedachten</p>",
    }

    again = client.get(write_url(assignment)).content.decode()
    assert "Eerste gedachten" in again

    response = post(client, assignment, "submit", ["Eerste gedachten", "We vragen meer"], version=1)
    reflection.refresh_from_db()
    assert response.status_code == 302
    assert reflection.status == Reflection.SUBMITTED and reflection.submitted_at
    assert list(reflection.versions.values_list("number", "status")) == [
        (2, "submitted"),
        (1, "draft"),
    ]


def test_submit_with_an_empty_answer_keeps_what_was_typed(as_user, assignment):
    client = as_user("member")
    response = post(client, assignment, "submit", ["Mijn lange antwoord", "  "])
    html = response.content.decode()
    assert response.status_code == 200
    assert "Beantwoord deze vraag voordat je indient." in html
    assert "Mijn lange antwoord" in html
    assert not Reflection.objects.exists()


def test_an_empty_draft_is_refused_with_a_message(as_user, assignment):
    response = post(as_user("member"), assignment, "draft", ["", ""])
    assert "Schrijf minstens één antwoord" in response.content.decode()
    assert not Reflection.objects.exists()


def test_editing_after_submit_keeps_the_earlier_version(as_user, assignment, tree):
    client = as_user("member")
    post(client, assignment, "submit", ["Oud antwoord", "Oude aanpak"])
    post(client, assignment, "submit", ["Nieuw antwoord", "Oude aanpak"], version=1)
    reflection = Reflection.objects.get(project=tree["project_a"])
    assert reflection.answers[0]["answer"] == "<p>Nieuw antwoord</p>"
    versions = list(reflection.versions.order_by("number"))
    assert [v.answers[0]["answer"] for v in versions] == [
        "<p>Oud antwoord</p>",
        "<p>Nieuw antwoord</p>",
    ]
    page = client.get(reverse("kenniskring_learning:reflection", args=[reflection.pk]))
    assert "Oud antwoord" in page.content.decode()


def test_a_double_submit_stores_one_reflection_and_one_version(as_user, assignment):
    client = as_user("member")
    first = post(client, assignment, "submit", ["Antwoord", "Aanpak"])
    second = post(client, assignment, "submit", ["Antwoord", "Aanpak"])
    assert first.status_code == 302 and second.status_code == 302
    assert Reflection.objects.count() == 1
    assert ReflectionVersion.objects.count() == 1


def test_a_stale_form_does_not_overwrite_and_keeps_the_text(as_user, assignment, tree):
    client = as_user("member")
    post(client, assignment, "draft", ["Van collega", ""])
    response = post(client, assignment, "draft", ["Van mij", ""], version=0)
    html = response.content.decode()
    assert response.status_code == 200
    assert "intussen al bewaard" in html and "Van mij" in html
    reflection = Reflection.objects.get(project=tree["project_a"])
    assert reflection.answers[0]["answer"] == "<p>Van collega</p>"


def test_sharing_with_the_whole_kenniskring(as_user, assignment, tree):
    reflection = make_reflection(assignment, tree["project_a"], ["Iets", "Meer"])
    url = reverse("kenniskring_learning:reflection", args=[reflection.pk])
    assert as_user("other_member").get(url).status_code == 403
    reflection.visibility = "kenniskring"
    reflection.save()
    page = as_user("other_member").get(url)
    assert page.status_code == 200 and "Iets" in page.content.decode()
    # Other projects never see the version history.
    assert "Eerdere versies" not in page.content.decode()


def test_a_shared_draft_stays_private(as_user, assignment, tree):
    reflection = make_reflection(
        assignment,
        tree["project_a"],
        ["Half", ""],
        status=Reflection.DRAFT,
        visibility="kenniskring",
    )
    url = reverse("kenniskring_learning:reflection", args=[reflection.pk])
    assert as_user("other_member").get(url).status_code == 403


def test_partners_read_every_reflection_but_write_none(as_user, private_b, assignment):
    client = as_user("partner")
    page = client.get(reverse("kenniskring_learning:reflection", args=[private_b.pk]))
    assert page.status_code == 200 and "Geheim antwoord B" in page.content.decode()
    assert client.get(write_url(assignment)).status_code == 403


def test_overview_shows_the_projects_state(as_user, assignment):
    client = as_user("member")
    post(client, assignment, "draft", ["Begin", ""])
    html = client.get(reverse("kenniskring_learning:reflections")).content.decode()
    assert "Een moment van bijleren" in html and "concept" in html


def test_partner_gives_an_assignment_from_the_site(as_user, tree):
    client = as_user("partner")
    due = timezone.localdate() + datetime.timedelta(days=14)
    response = client.post(
        reverse("kenniskring_learning:assignment_add"),
        {
            "day": tree["day_north"].pk,
            "title": "Rekrutering",
            "questions": "Hoe vonden jullie buddy's?\n\nWat werkte niet?",
            "due_date": due.isoformat(),
        },
    )
    assert response.status_code == 302
    assignment = ReflectionAssignment.objects.get()
    assert assignment.question_list == ["Hoe vonden jullie buddy's?", "Wat werkte niet?"]


def test_a_due_date_in_the_past_is_refused_and_input_kept(as_user, tree):
    response = as_user("partner").post(
        reverse("kenniskring_learning:assignment_add"),
        {
            "day": tree["day_north"].pk,
            "title": "Te laat",
            "questions": "Een vraag",
            "due_date": "2001-01-01",
        },
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Deze datum ligt in het verleden." in html and "Te laat" in html
    assert not ReflectionAssignment.objects.exists()


def test_partner_edits_an_old_assignment_without_touching_its_date(as_user, assignment):
    ReflectionAssignment.objects.filter(pk=assignment.pk).update(due_date=datetime.date(2020, 1, 1))
    response = as_user("partner").post(
        reverse("kenniskring_learning:assignment_edit", args=[assignment.pk]),
        {
            "day": assignment.day_id,
            "title": "Nieuwe titel",
            "questions": assignment.questions,
            "due_date": "2020-01-01",
        },
    )
    assert response.status_code == 302
    assignment.refresh_from_db()
    assert assignment.title == "Nieuwe titel"


@pytest.mark.parametrize("who", ["member", "other_member"])
def test_members_cannot_give_assignments(as_user, who, tree):
    response = as_user(who).post(
        reverse("kenniskring_learning:assignment_add"),
        {"day": tree["day_north"].pk, "title": "X", "questions": "Y", "due_date": "2099-01-01"},
    )
    assert response.status_code == 403
    assert not ReflectionAssignment.objects.exists()


def test_a_submitted_reflection_is_never_turned_back_into_a_half_written_draft(
    as_user, assignment, tree
):
    """Others already read it: the form offers no draft, and a posted draft is checked as a
    submission, so an emptied answer is refused and what was shared stays."""
    client = as_user("member")
    post(client, assignment, "submit", ["Af", "Ook af"], visibility="kenniskring")
    form = client.get(write_url(assignment)).content.decode()
    assert 'value="draft"' not in form and "Wijzigingen indienen" in form
    response = post(client, assignment, "draft", ["Half", ""], version=1)
    assert response.status_code == 200
    assert "Beantwoord deze vraag voordat je indient." in response.content.decode()
    reflection = Reflection.objects.get(assignment=assignment, project=tree["project_a"])
    assert reflection.status == Reflection.SUBMITTED
    assert [a["answer"] for a in reflection.answers] == ["<p>Af</p>", "<p>Ook af</p>"]


def test_without_javascript_line_breaks_and_addresses_come_out_right(as_user, assignment, tree):
    """The plain text area (no JavaScript): paragraphs, a line break and a pasted address
    become paragraphs, <br> and a link; nothing else is needed from the member."""
    client = as_user("member")
    typed = "Eerste alinea\nnog een regel.\n\nZie https://www.odisee.be/buddy, echt."
    post(client, assignment, "submit", [typed, "<script>alert(1)</script>Kort"])
    reflection = Reflection.objects.get(assignment=assignment, project=tree["project_a"])
    assert [a["answer"] for a in reflection.answers] == [
        "<p>Eerste alinea<br>nog een regel.</p>"
        '<p>Zie <a href="https://www.odisee.be/buddy" rel="nofollow noopener">'
        "https://www.odisee.be/buddy</a>, echt.</p>",
        "<p>Kort</p>",
    ]
    page = client.get(reverse("kenniskring_learning:reflection", args=[reflection.pk]))
    html = page.content.decode()
    assert "<p>Eerste alinea<br>nog een regel.</p>" in html
    assert '<a href="https://www.odisee.be/buddy" rel="nofollow noopener">' in html
    assert "<script>alert" not in html


def test_the_form_asks_for_no_tags_and_shows_stored_formatting_as_plain_text(as_user, assignment):
    """The editor opens the formatted answer; the text area under it (what a browser without
    JavaScript shows) holds plain text, so nobody has to read or type a tag."""
    client = as_user("member")
    post(client, assignment, "draft", ["<p><strong>Vet</strong> en gewoon</p>", ""])
    html = client.get(write_url(assignment)).content.decode()
    assert "&lt;strong&gt;" not in html.split("data-text-editor-html")[0]
    assert 'data-text-editor-html="&lt;p&gt;&lt;strong&gt;Vet&lt;/strong&gt; en gewoon' in html
    assert ">\nVet en gewoon</textarea>" in html
    assert re.search(r'<script src="/static/kenniskring/text_editor\.js" type="module">', html)


def test_an_old_plain_answer_still_renders_as_paragraphs(as_user, tree, assignment):
    old = make_reflection(assignment, tree["project_a"], ["Regel een\nregel twee", "Ja"])
    html = (
        as_user("member")
        .get(reverse("kenniskring_learning:reflection", args=[old.pk]))
        .content.decode()
    )
    assert "<p>Regel een<br>regel twee</p>" in html

"""The cross-project matrix: a member of project A against every address of B's material."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from kenniskring.learning.models import ImpactNote, Reflection, ReflectionAttachment

from .fixtures import PDF_BYTES, make_reflection

pytestmark = pytest.mark.django_db

SECRET = "Geheim antwoord B"


@pytest.fixture
def b_material(private_b, tree, people):
    note = ImpactNote.objects.create(
        day=tree["start"], project=tree["project_b"], text="Geheime impact B"
    )
    return {
        "reflection": private_b,
        "attachment": private_b.attachments.get(),
        "note": note,
        "project": tree["project_b"],
    }


def addresses(m):
    r, a, p = m["reflection"], m["attachment"], m["project"]
    return {
        "read": reverse("kenniskring_learning:reflection", args=[r.pk]),
        "attachment": reverse("kenniskring_learning:attachment", args=[r.pk, a.pk]),
        "portfolio": reverse("kenniskring_learning:portfolio", args=[p.slug]),
        "print": reverse("kenniskring_learning:portfolio_print", args=[p.slug]),
        "pdf": reverse("kenniskring_learning:portfolio_pdf", args=[p.slug]),
        "impact": reverse("kenniskring_learning:impact", args=[m["note"].day_id, p.slug]),
        "export": reverse("kenniskring_learning:export") + "?file_format=json&dataset=reflections",
        "overview": reverse("kenniskring_learning:reflections"),
    }


@pytest.mark.parametrize("who", ["member", "outsider", "anonymous", "editor"])
@pytest.mark.parametrize(
    "address", ["read", "attachment", "portfolio", "print", "pdf", "impact", "export", "overview"]
)
def test_nobody_outside_project_b_gets_its_private_material(as_user, b_material, who, address):
    client = as_user(who)
    response = client.get(addresses(b_material)[address])
    body = b"".join(response.streaming_content) if response.streaming else response.content
    assert SECRET.encode() not in body
    assert b"Geheime impact B" not in body
    assert PDF_BYTES not in body
    if who in ("outsider", "editor") or (
        who == "member" and address in ("read", "attachment", "impact", "export")
    ):
        assert response.status_code == 403
    elif who == "anonymous":
        assert response.status_code == 302 and "/inloggen/" in response["Location"]
    else:
        # The member sees the pages, without B's private material (checked above).
        assert response.status_code == 200


def test_the_pdf_of_bs_portfolio_holds_nothing_private_for_a(as_user, b_material, tree):
    from kenniskring.learning.portfolio import build

    member = as_user("member")
    response = member.get(addresses(b_material)["pdf"])
    assert response["Content-Type"] == "application/pdf"
    assert build(response.wsgi_request.user, tree["project_b"])["entries"] == []


@pytest.mark.parametrize("who", ["other_member", "partner"])
def test_project_b_and_partners_do_get_it(as_user, b_material, who):
    client = as_user(who)
    urls = addresses(b_material)
    assert SECRET in client.get(urls["read"]).content.decode()
    assert SECRET in client.get(urls["portfolio"]).content.decode()
    assert "Geheime impact B" in client.get(urls["portfolio"]).content.decode()
    attachment = client.get(urls["attachment"])
    assert attachment.status_code == 200
    assert b"".join(attachment.streaming_content) == PDF_BYTES
    assert (
        attachment["Cache-Control"].startswith("private")
        or "no-store" in attachment["Cache-Control"]
    )


def test_member_of_a_cannot_edit_or_submit_bs_reflection(as_user, b_material, assignment, tree):
    """The form always writes for the member's own project: B's reflection is never touched."""
    client = as_user("member")
    response = client.post(
        reverse("kenniskring_learning:write", args=[assignment.pk]),
        {
            "action": "submit",
            "visibility": "kenniskring",
            "version": 0,
            "answer_0": "Overschreven",
            "answer_1": "Overschreven",
            "project": tree["project_b"].pk,
            "reflection": b_material["reflection"].pk,
        },
    )
    assert response.status_code == 302
    b = Reflection.objects.get(pk=b_material["reflection"].pk)
    assert b.answers[0]["answer"] == SECRET and b.visibility == "project"
    assert b.versions.count() == 1
    answer = Reflection.objects.get(project=tree["project_a"]).answers[0]["answer"]
    assert answer == "<p>Overschreven</p>"


def test_member_of_a_cannot_add_an_attachment_or_note_to_b(as_user, b_material, tree):
    client = as_user("member")
    url = addresses(b_material)["impact"]
    assert client.post(url, {"text": "Van A"}).status_code == 403
    assert not ImpactNote.objects.filter(text="Van A").exists()
    # An attachment id of B's under a reflection of A's own is not found either.
    posted = client.post(
        reverse("kenniskring_learning:write", args=[b_material["reflection"].assignment_id]),
        {
            "action": "draft",
            "visibility": "project",
            "version": 0,
            "answer_0": "A schrijft",
            "answer_1": "",
            "attachments": SimpleUploadedFile("a.pdf", PDF_BYTES, "application/pdf"),
        },
    )
    assert posted.status_code == 302, posted.content.decode()[-3000:]
    own = Reflection.objects.get(project=tree["project_a"])
    other_attachment = b_material["attachment"]
    response = client.get(
        reverse("kenniskring_learning:attachment", args=[own.pk, other_attachment.pk])
    )
    assert response.status_code == 404
    assert ReflectionAttachment.objects.filter(reflection=b_material["reflection"]).count() == 1


def test_the_overview_lists_only_what_b_shared(as_user, shared_b, assignment, tree):
    national = make_reflection(assignment, tree["project_b"], ["x", "y"], visibility="kenniskring")
    html = as_user("member").get(reverse("kenniskring_learning:reflections")).content.decode()
    assert reverse("kenniskring_learning:reflection", args=[national.pk]) in html
    assert "Project B – Een moment van bijleren (nationaal · Startdag)" in html
    # B's answer to an assignment of its own region is not listed with A's assignments, but
    # what B shared with the whole kenniskring stays readable.
    shared = reverse("kenniskring_learning:reflection", args=[shared_b.pk])
    assert shared not in html
    assert as_user("member").get(shared).status_code == 200


def test_the_overview_leaves_out_what_b_keeps_to_itself(as_user, private_b, shared_b):
    html = as_user("member").get(reverse("kenniskring_learning:reflections")).content.decode()
    assert reverse("kenniskring_learning:reflection", args=[private_b.pk]) not in html
    assert SECRET not in html


@pytest.mark.parametrize("visibility", ["project", "kenniskring"])
def test_a_draft_stays_with_its_project_until_submitted(as_user, assignment, tree, visibility):
    """Partners read what a project submitted, not the draft it is still writing."""
    draft = make_reflection(
        assignment,
        tree["project_b"],
        ["Half af antwoord B", ""],
        status=Reflection.DRAFT,
        visibility=visibility,
    )
    url = reverse("kenniskring_learning:reflection", args=[draft.pk])
    for who in ("partner", "member"):
        response = as_user(who).get(url)
        assert response.status_code == 403, who
        assert "Half af antwoord B" not in response.content.decode()
    assert "Half af antwoord B" in as_user("other_member").get(url).content.decode()

    # Once submitted, partners follow the submitted version, not the draft before it.
    draft.answers = [{"question": q, "answer": "Klaar B"} for q in assignment.question_list]
    draft.status, draft.version = Reflection.SUBMITTED, 2
    draft.save()
    draft.versions.create(number=2, answers=draft.answers, status=Reflection.SUBMITTED)
    html = as_user("partner").get(url).content.decode()
    assert "Klaar B" in html
    assert "Half af antwoord B" not in html

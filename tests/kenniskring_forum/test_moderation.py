import pytest
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import ModelLogEntry

from kenniskring.forum.models import Answer, Comment, Experience, Question, Report

from .conftest import url

pytestmark = pytest.mark.django_db

QUEUE = "/admin/kenniskring/forum-meldingen/"
ANSWER_TEXT = "Wij spreken dat af bij de start"
MODERATION_ACTIONS = (
    "kenniskring_forum.hide",
    "kenniskring_forum.restore",
    "kenniskring_forum.close_report",
)


def step(name, report):
    return reverse(f"kenniskring_forum_reports:{name}", args=[report.pk])


def allow_moderation(person):
    """The editor's group gets the forum's moderation permission, as the demo gives it."""
    person.groups.get().permissions.add(Permission.objects.get(codename="moderate_forum"))


def thread_as_member(as_user, question):
    return as_user("member").get(question.get_absolute_url()).content.decode()


@pytest.fixture
def report(answer, people):
    return Report.objects.create(post=answer, reporter=people["member"], reason="Privé-gegevens")


def moderation_steps(answer):
    """The moderation log of an answer: (action, moderator) in order."""
    return list(
        ModelLogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(Answer), object_id=str(answer.pk)
        )
        .order_by("timestamp", "pk")
        .values_list("action", "user__username")
    )


def test_member_reports_a_post_with_a_reason(as_user, answer, people):
    client = as_user("member")
    empty = client.post(url("report", "antwoord", answer.pk), {"reason": " "})
    assert "Zeg kort waarom" in empty.content.decode()
    client.post(url("report", "antwoord", answer.pk), {"reason": "Bevat een telefoonnummer."})
    report = Report.objects.get()
    assert report.post == answer and report.reporter == people["member"]
    entry = ModelLogEntry.objects.get(action="kenniskring_forum.report")
    assert entry.user == people["member"] and entry.object_id == str(answer.pk)


def test_partner_hides_and_restores_and_every_step_is_logged(as_user, question, answer, people):
    Report.objects.create(post=answer, reporter=people["member"], reason="Privé-gegevens")
    text = "Wij spreken dat af bij de start"
    # Members may not moderate.
    assert (
        as_user("member").post(url("moderate", "antwoord", answer.pk, "verbergen")).status_code
        == 403
    )
    as_user("partner").post(url("moderate", "antwoord", answer.pk, "verbergen"))
    answer.refresh_from_db()
    assert answer.hidden_at is not None and answer.hidden_by == people["partner"]
    assert Report.objects.get().handled_by == people["partner"]
    assert text not in as_user("member").get(question.get_absolute_url()).content.decode()
    assert (
        "verborgen door een moderator"
        in as_user("partner").get(question.get_absolute_url()).content.decode()
    )
    as_user("partner").post(url("moderate", "antwoord", answer.pk, "herstellen"))
    assert text in as_user("member").get(question.get_absolute_url()).content.decode()
    steps = moderation_steps(answer)
    assert steps == [
        ("kenniskring_forum.hide", "partner"),
        ("kenniskring_forum.restore", "partner"),
    ]


def test_editor_with_the_permission_moderates_and_sees_the_admin_queue(as_user, answer, people):
    editor = people["editor"]
    Report.objects.create(post=answer, reporter=people["member"], reason="Kwetsend")
    client = as_user("editor")
    assert client.get("/admin/kenniskring/forum-meldingen/").status_code in (302, 403)
    assert client.post(url("moderate", "antwoord", answer.pk, "verbergen")).status_code == 403
    group = editor.groups.get()
    for codename in ("moderate_forum", "view_report", "change_report"):
        group.permissions.add(Permission.objects.get(codename=codename))
    client = as_user("editor")
    queue = client.get("/admin/kenniskring/forum-meldingen/")
    assert queue.status_code == 200
    assert "Kwetsend" in queue.content.decode()
    client.post(url("moderate", "antwoord", answer.pk, "verbergen"))
    answer.refresh_from_db()
    assert answer.hidden_at is not None
    assert ModelLogEntry.objects.filter(action="kenniskring_forum.hide", user=editor).exists()


def test_queue_shows_each_report_with_its_post_and_the_steps_that_fit(
    as_user, question, answer, report, people
):
    allow_moderation(people["editor"])
    page = as_user("editor").get(QUEUE)
    assert page.status_code == 200
    html = page.content.decode()
    # The post: an excerpt, its author and project, and a link to it in its thread.
    assert ANSWER_TEXT in html
    assert "Lid_B" in html and "Project B" in html
    assert f'href="{answer.get_absolute_url()}"' in html
    assert f'href="{question.get_absolute_url()}"' in html and question.title in html
    # The report: reason, reporter, status, and the steps.
    assert "Privé-gegevens" in html and "Lid_A" in html and "Open" in html
    assert step("hide", report) in html and step("close", report) in html
    assert step("restore", report) not in html


def test_editor_hides_and_restores_from_the_queue_and_every_step_is_logged(
    as_user, question, answer, report, people
):
    editor = people["editor"]
    allow_moderation(editor)
    client = as_user("editor")
    confirm = client.get(step("hide", report))
    assert confirm.status_code == 200
    assert "Ja, verberg het bericht" in confirm.content.decode()
    answer.refresh_from_db()
    assert answer.hidden_at is None, "the confirmation page changes nothing"
    # A POST without the form's CSRF token is refused.
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(editor)
    assert strict.post(step("hide", report)).status_code == 403
    answer.refresh_from_db()
    assert answer.hidden_at is None

    done = client.post(step("hide", report), {"next": QUEUE + "?status=open"})
    assert done.status_code == 302 and done["Location"] == QUEUE + "?status=open"
    listing = client.get(done["Location"]).content.decode()
    assert "Het bericht is verborgen." in listing
    answer.refresh_from_db()
    report.refresh_from_db()
    assert answer.hidden_at is not None and answer.hidden_by == editor
    assert report.handled_by == editor and report.handled_at is not None
    assert ANSWER_TEXT not in thread_as_member(as_user, question)

    client = as_user("editor")
    handled = client.get(QUEUE + "?status=afgehandeld").content.decode()
    assert step("restore", report) in handled and step("hide", report) not in handled
    assert client.post(step("restore", report)).status_code == 302
    answer.refresh_from_db()
    assert answer.hidden_at is None and answer.hidden_by is None
    assert ANSWER_TEXT in thread_as_member(as_user, question)

    steps = moderation_steps(answer)
    assert steps == [
        ("kenniskring_forum.hide", "redacteur"),
        ("kenniskring_forum.restore", "redacteur"),
    ]


def test_closing_a_report_keeps_the_post_and_is_logged(as_user, question, answer, report, people):
    editor = people["editor"]
    allow_moderation(editor)
    client = as_user("editor")
    assert "Ja, sluit de melding" in client.get(step("close", report)).content.decode()
    done = client.post(step("close", report), follow=True)
    assert done.status_code == 200 and "De melding is afgehandeld." in done.content.decode()
    report.refresh_from_db()
    answer.refresh_from_db()
    assert report.handled_by == editor and report.handled_at is not None
    assert answer.hidden_at is None
    assert ANSWER_TEXT in thread_as_member(as_user, question)
    entry = ModelLogEntry.objects.get(action="kenniskring_forum.close_report")
    assert entry.user == editor and entry.object_id == str(report.pk)
    assert entry.content_type == ContentType.objects.get_for_model(Report)
    # Closed once: the step is gone from the row, and a second POST changes nothing.
    client = as_user("editor")
    assert step("close", report) not in client.get(QUEUE).content.decode()
    client.post(step("close", report))
    assert ModelLogEntry.objects.filter(action="kenniskring_forum.close_report").count() == 1


def test_queue_filters_open_and_handled_reports(as_user, question, answer, people):
    allow_moderation(people["editor"])
    open_report = Report.objects.create(post=answer, reporter=people["member"], reason="Nog open")
    Report.objects.create(
        post=question,
        reporter=people["other_member"],
        reason="Al bekeken",
        handled_at=answer.created_at,
        handled_by=people["partner"],
    )
    client = as_user("editor")
    everything = client.get(QUEUE).content.decode()
    assert "Nog open" in everything and "Al bekeken" in everything
    # Open reports come first.
    assert everything.index("Nog open") < everything.index("Al bekeken")
    only_open = client.get(QUEUE + "?status=open").content.decode()
    assert "Nog open" in only_open and "Al bekeken" not in only_open
    handled = client.get(QUEUE + "?status=afgehandeld").content.decode()
    assert "Al bekeken" in handled and "Nog open" not in handled
    assert "Partner" in handled
    assert step("close", open_report) not in handled


@pytest.mark.parametrize("who", ["anonymous", "member", "other_member", "outsider", "editor"])
def test_who_may_not_moderate_sees_no_queue_and_changes_nothing(as_user, answer, report, who):
    """Members of either project, outsiders, anonymous visitors and editors without the
    moderation permission: no queue, no step, no log row."""
    client = as_user(who)
    for response in [
        client.get(QUEUE),
        client.get(step("hide", report)),
        client.post(step("hide", report)),
        client.post(step("close", report)),
    ]:
        assert response.status_code in (302, 403)
        if who == "anonymous":
            assert response["Location"].startswith("/admin/login/")
    answer.refresh_from_db()
    report.refresh_from_db()
    assert answer.hidden_at is None and report.handled_at is None
    assert not ModelLogEntry.objects.filter(action__in=MODERATION_ACTIONS).exists()
    hidden = Answer.objects.filter(pk=answer.pk)
    hidden.update(hidden_at=report.created_at)
    assert client.post(step("restore", report)).status_code in (302, 403)
    assert hidden.get().hidden_at is not None


def test_partner_who_may_enter_the_admin_uses_the_queue(as_user, question, answer, report, people):
    """Partners moderate by the forum's rule; the admin itself asks for admin access."""
    Group.objects.get(name="Partners").permissions.add(
        Permission.objects.get(codename="access_admin")
    )
    client = as_user("partner")
    assert client.get(QUEUE).status_code == 200
    client.post(step("hide", report))
    answer.refresh_from_db()
    assert answer.hidden_by == people["partner"]
    assert ANSWER_TEXT not in thread_as_member(as_user, question)
    assert ModelLogEntry.objects.filter(
        action="kenniskring_forum.hide", user=people["partner"]
    ).exists()


def _reports(count, people, tree):
    """`count` reports spread over every kind of post, some hidden and some handled."""
    author, project = people["other_member"], tree["project_b"]
    for number in range(count):
        question = Question.objects.create(
            title=f"Vraag {number}", text="<p>Tekst</p>", author=author, project=project
        )
        experience = Experience.objects.create(
            title=f"Ervaring {number}", text="<p>Tekst</p>", author=author, project=project
        )
        post = [
            question,
            Answer.objects.create(question=question, text="<p>Antwoord</p>", author=author),
            experience,
            Comment.objects.create(experience=experience, text="<p>Reactie</p>", author=author),
        ][number % 4]
        if number % 3 == 0:
            type(post).objects.filter(pk=post.pk).update(hidden_at=question.created_at)
        Report.objects.create(
            post=post,
            reporter=people["member"],
            reason=f"Reden {number}",
            handled_at=question.created_at if number % 2 else None,
            handled_by=people["partner"] if number % 2 else None,
        )


def _queue_queries(client):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(QUEUE).status_code == 200
    return len(queries)


def test_queue_queries_do_not_grow_with_the_reports(as_user, people, tree):
    allow_moderation(people["editor"])
    client = as_user("editor")
    _reports(5, people, tree)
    client.get(QUEUE)  # content types and other per-process caches warm up
    few = _queue_queries(client)
    _reports(20, people, tree)
    assert Report.objects.count() == 25
    assert _queue_queries(client) == few

"""Cron jobs started on two servers at once send once; a run that the mail server stopped
halfway is finished by the next run without sending anyone a second copy."""

import io
import smtplib
import threading

import pytest
from django.core import mail
from django.core.mail.backends import locmem
from django.core.management import call_command
from django.db import connection

from kenniskring.forum.models import DigestRun, Question
from kenniskring.learning.models import ReminderSent
from tests.kenniskring_learning.test_reminders import due_in

on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="two servers at once need two connections to PostgreSQL (SQLite runs one machine)",
)

# What the gated backend waits for: the other server's run to have finished.
_gate = {}


class GatedBackend(locmem.EmailBackend):
    """Before sending, waits (at most two seconds) until the other thread's run is over:
    two runs that both decide to send are then sure to both send."""

    def send_messages(self, messages):
        other = _gate.get(threading.current_thread().name)
        if other is not None:
            other.wait(2)
        return super().send_messages(messages)


class FailingAfterOne(locmem.EmailBackend):
    """A mail server that accepts one message and then goes down."""

    accepted = 0

    def send_messages(self, messages):
        if FailingAfterOne.accepted >= 1:
            raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")
        FailingAfterOne.accepted += len(messages)
        return super().send_messages(messages)


def run(command):
    out = io.StringIO()
    call_command(command, stdout=out)
    return out.getvalue()


def two_servers_at_once(command):
    """Runs `command` in two threads, each on its own connection, like two servers' cron."""
    finished = {"a": threading.Event(), "b": threading.Event()}
    _gate.update({"a": finished["b"], "b": finished["a"]})
    errors = []

    def server(name):
        try:
            run(command)
        except Exception as error:  # pragma: no cover - shown by the assertion below
            errors.append(error)
        finally:
            connection.close()
            finished[name].set()

    threads = [threading.Thread(target=server, args=(name,), name=name) for name in "ab"]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    _gate.clear()
    assert not errors


@pytest.fixture
def posted(transactional_db, django_db_serialized_rollback, people, tree):
    """A question posted today, and the members who get the digest."""
    return Question.objects.create(
        title="Hoe bewaken jullie grenzen?",
        text="<p>Een buddy geeft zijn gsm-nummer aan iedereen.</p>",
        author=people["member"],
        project=tree["project_a"],
    )


def recipients():
    return sorted(address for message in mail.outbox for address in message.to)


@on_postgresql
def test_the_digest_started_on_two_servers_at_once_is_sent_once(posted, settings):
    settings.EMAIL_BACKEND = "tests.faults.test_jobs.GatedBackend"
    two_servers_at_once("send_forum_digest")
    assert recipients() == ["lid_a@example.org", "lid_b@example.org", "partner@example.org"]
    assert DigestRun.objects.get().sending_until is None


def test_a_digest_stopped_halfway_by_the_mail_server_is_finished_without_doubles(
    posted, queued_mail
):
    queued_mail.smtp("tests.faults.test_jobs.FailingAfterOne")
    FailingAfterOne.accepted = 0
    run("send_forum_digest")
    assert mail.outbox == []  # queued, not sent in the command
    queued_mail.work()
    assert len(mail.outbox) == 1  # then the mail server went down
    queued_mail.smtp("django.core.mail.backends.locmem.EmailBackend")
    Question.objects.create(title="Een vraag van na de storing", text="<p>x</p>")
    queued_mail.later()
    queued_mail.work()
    assert recipients() == ["lid_a@example.org", "lid_b@example.org", "partner@example.org"]
    assert all("Een vraag van na de storing" not in m.body for m in mail.outbox)
    # The next run sends what came after the interrupted digest, once to each.
    mail.outbox.clear()
    run("send_forum_digest")
    queued_mail.work()
    assert recipients() == ["lid_a@example.org", "lid_b@example.org", "partner@example.org"]
    assert all("Een vraag van na de storing" in m.body for m in mail.outbox)


@pytest.fixture
def due(transactional_db, django_db_serialized_rollback, tree, people):
    """An assignment due tomorrow that neither project answered (one member each)."""
    return due_in(tree, 1)


@on_postgresql
def test_reminders_started_on_two_servers_at_once_are_sent_once(due, settings):
    settings.EMAIL_BACKEND = "tests.faults.test_jobs.GatedBackend"
    two_servers_at_once("send_reflection_reminders")
    assert recipients() == ["lid_a@example.org", "lid_b@example.org"]
    assert ReminderSent.objects.count() == 2


def test_reminders_stopped_by_the_mail_server_are_finished_without_doubles(due, queued_mail):
    queued_mail.smtp("tests.faults.test_jobs.FailingAfterOne")
    FailingAfterOne.accepted = 0
    run("send_reflection_reminders")
    queued_mail.work()
    assert len(mail.outbox) == 1
    queued_mail.smtp("django.core.mail.backends.locmem.EmailBackend")
    run("send_reflection_reminders")
    queued_mail.later()
    queued_mail.work()
    assert recipients() == ["lid_a@example.org", "lid_b@example.org"]


@pytest.fixture
def past_registrations(transactional_db, django_db_serialized_rollback):
    """Three registrations of an event held a year ago, committed for two connections."""
    from wagtail.models import Locale, Page

    from home.models import EventPage, HomePage
    from tests.home.conftest import make_event
    from tests.home.test_registration_privacy import held_days_ago, sign_up

    locale = Locale.objects.get_or_create(language_code="nl")[0]
    root = Page.get_first_root_node()
    home = root.add_child(
        instance=HomePage(title="Kennisplein", slug="kp-jobs", locale=locale, intro="<p>Hallo</p>")
    )
    event = make_event(home)
    for email in ("een@voorbeeld.be", "twee@voorbeeld.be", "drie@voorbeeld.be"):
        sign_up(event, email)
    held_days_ago(event, 365)
    return EventPage.objects.get(pk=event.pk)


@on_postgresql
def test_forgetting_registrations_on_two_servers_at_once_does_it_once(past_registrations):
    from django.db.models import Count

    from home.models import Registration

    before = dict(
        Registration.objects.values_list("workshop")
        .annotate(n=Count("pk"))
        .values_list("workshop", "n")
    )
    two_servers_at_once("forget_registrations")
    assert not Registration.objects.exclude(email="").exists()
    assert Registration.objects.filter(anonymised_at__isnull=False).count() == 3
    after = dict(
        Registration.objects.values_list("workshop")
        .annotate(n=Count("pk"))
        .values_list("workshop", "n")
    )
    assert after == before

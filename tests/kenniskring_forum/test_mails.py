import datetime

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from kenniskring.forum.models import Experience, Follow, Preferences, Question

from .conftest import url

pytestmark = pytest.mark.django_db


def answer(client, question, text="Bel de coördinator."):
    return client.post(question.get_absolute_url(), {"text": text})


def test_followers_hear_of_a_new_answer_but_not_the_writer(
    as_user, question, people, django_capture_on_commit_callbacks
):
    Follow.objects.create(user=people["member"], question=question)
    Follow.objects.create(user=people["partner"], question=question)
    with django_capture_on_commit_callbacks(execute=True):
        answer(as_user("other_member"), question)
    assert sorted(m.to[0] for m in mail.outbox) == ["lid_a@example.org", "partner@example.org"]
    assert "Hoe bewaken jullie grenzen?" in mail.outbox[0].subject
    assert "Bel de coördinator." in mail.outbox[0].body
    # The writer now follows too, and is not mailed about their own answer.
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        answer(as_user("member"), question, "Dank je!")
    assert sorted(m.to[0] for m in mail.outbox) == ["lid_b@example.org", "partner@example.org"]


def test_no_follow_mail_when_turned_off_or_no_longer_a_member(
    as_user, question, people, django_capture_on_commit_callbacks
):
    Follow.objects.create(user=people["member"], question=question)
    Follow.objects.create(user=people["partner"], question=question)
    Follow.objects.create(user=people["outsider"], question=question)
    as_user("member").post(url("preferences"), {"weekly_digest": "on"})
    assert Preferences.objects.get(user=people["member"]).follow_mails is False
    people["partner"].groups.clear()
    with django_capture_on_commit_callbacks(execute=True):
        answer(as_user("other_member"), question)
    assert mail.outbox == []


def test_follow_and_unfollow(as_user, question, people):
    client = as_user("other_member")
    client.post(url("follow", "vraag", question.pk))
    assert Follow.objects.filter(user=people["other_member"], question=question).exists()
    client.post(url("follow", "vraag", question.pk))
    assert not Follow.objects.filter(user=people["other_member"], question=question).exists()


def test_weekly_digest_lists_new_posts_for_members_who_want_it(question, people, tree):
    Experience.objects.create(title="Onze matchingsavond", text="<p>x</p>", author=people["member"])
    old = Question.objects.create(title="Vraag van vorige maand", text="<p>x</p>")
    Question.objects.filter(pk=old.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=30)
    )
    hidden = Question.objects.create(title="Verborgen vraag", text="<p>x</p>")
    Question.objects.filter(pk=hidden.pk).update(hidden_at=timezone.now())
    Preferences.objects.create(user=people["other_member"], weekly_digest=False)
    call_command("send_forum_digest", stdout=open("/dev/null", "w"))
    recipients = sorted(m.to[0] for m in mail.outbox)
    assert recipients == ["lid_a@example.org", "partner@example.org"]
    body = mail.outbox[0].body
    assert "Hoe bewaken jullie grenzen?" in body and "Onze matchingsavond" in body
    assert "Vraag van vorige maand" not in body and "Verborgen vraag" not in body
    assert f"/nl/kenniskring/forum/vragen/{question.pk}/" in body


def test_no_digest_when_nothing_is_new(people):
    call_command("send_forum_digest", stdout=open("/dev/null", "w"))
    assert mail.outbox == []

import datetime
import io

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from kenniskring.forum import notify
from kenniskring.forum.models import Answer, DigestRun, Experience, Follow, Preferences, Question
from kenniskring.models import Member

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


# --- Each member's language, only current members, one connection, a digest that remembers.


def writes_in(user, language):
    Member.objects.filter(user=user).update(language=language)


def new_member(django_user_model, name, tree, language=""):
    user = django_user_model.objects.create_user(username=name, email=f"{name}@example.org")
    user.groups.add(Group.objects.get_or_create(name="Kenniskring")[0])
    Member.objects.create(user=user, project=tree["project_a"], language=language)
    return user


def by_recipient():
    return {message.to[0]: message for message in mail.outbox}


def test_follow_mails_come_in_each_followers_language(
    client, question, people, django_capture_on_commit_callbacks
):
    writes_in(people["member"], "fr")
    Follow.objects.create(user=people["member"], question=question)
    Follow.objects.create(user=people["partner"], question=question)
    client.force_login(people["other_member"])
    # The writer uses the site in French: that must not decide anyone else's language.
    with translation.override("fr"):
        address = question.get_absolute_url()
        with django_capture_on_commit_callbacks(execute=True):
            client.post(address, {"text": "Bel de coördinator."})
    assert address.startswith("/fr/")
    mails = by_recipient()
    assert sorted(mails) == ["lid_a@example.org", "partner@example.org"]
    french, dutch = mails["lid_a@example.org"], mails["partner@example.org"]
    assert french.subject == "Nouvelle réponse à « Hoe bewaken jullie grenzen? »"
    assert "Lire la suite :" in french.body
    assert f"http://testserver/fr/kenniskring/forum/vragen/{question.pk}/#antwoord-" in french.body
    assert "http://testserver/fr/kenniskring/forum/voorkeuren/" in french.body
    assert "/nl/" not in french.body
    assert dutch.subject == 'Nieuw antwoord op "Hoe bewaken jullie grenzen?"'
    assert "Lees verder:" in dutch.body
    assert f"http://testserver/nl/kenniskring/forum/vragen/{question.pk}/#antwoord-" in dutch.body
    assert "/fr/" not in dutch.body
    assert "Bel de coördinator." in french.body and "Bel de coördinator." in dutch.body


def test_no_follow_mail_for_a_deactivated_account_or_a_member_who_left(question, answer, people):
    for who in ("member", "partner", "outsider"):
        Follow.objects.create(user=people[who], question=question)
    people["member"].is_active = False
    people["member"].save()
    Member.objects.filter(user=people["partner"]).delete()
    notify.notify_followers(answer)
    assert mail.outbox == []
    # Still a member: the mail goes out.
    Follow.objects.create(user=people["editor"], question=question)
    people["member"].is_active = True
    people["member"].save()
    notify.notify_followers(answer)
    assert [m.to for m in mail.outbox] == [["lid_a@example.org"]]


def test_no_follow_mail_about_a_hidden_thread_or_reply(question, answer, people):
    Follow.objects.create(user=people["member"], question=question)
    question.hidden_at = timezone.now()
    assert notify.notify_followers(answer) == 0
    question.hidden_at = None
    answer.deleted_at = timezone.now()
    assert notify.notify_followers(answer) == 0
    assert mail.outbox == []
    answer.deleted_at = None
    assert notify.notify_followers(answer) == 1


def follow_mail_queries(count, question, answer, tree, django_user_model):
    Follow.objects.exclude(user=answer.author).delete()
    for number in range(count):
        user = new_member(
            django_user_model, f"volger{count}_{number}", tree, ("fr", "nl")[number % 2]
        )
        Follow.objects.create(user=user, question=question)
    mail.outbox.clear()
    post = Answer.objects.get(pk=answer.pk)
    with CaptureQueriesContext(connection) as queries:
        notify.notify_followers(post)
    assert len(mail.outbox) == count
    return len(queries)


def test_follow_mails_cost_the_same_queries_and_one_connection_for_any_number_of_followers(
    question, answer, tree, people, django_user_model, counting_backend
):
    few = follow_mail_queries(2, question, answer, tree, django_user_model)
    many = follow_mail_queries(10, question, answer, tree, django_user_model)
    assert many == few
    assert counting_backend.connections == 2  # one per notification


def digest(*args):
    out = io.StringIO()
    call_command("send_forum_digest", *args, stdout=out)
    return out.getvalue()


def test_the_digest_comes_in_each_members_language(question, people):
    writes_in(people["member"], "fr")
    # Whoever runs the command (cron, or an editor in French) does not decide the language.
    with translation.override("fr"):
        digest()
    mails = by_recipient()
    french, dutch = mails["lid_a@example.org"], mails["partner@example.org"]
    assert french.subject == "Nouveau cette semaine sur le forum du cercle de connaissances"
    assert "Voici les nouveautés du cercle de connaissances :" in french.body
    assert f"http://testserver/fr/kenniskring/forum/vragen/{question.pk}/" in french.body
    assert "http://testserver/fr/kenniskring/forum/voorkeuren/" in french.body
    assert "/nl/" not in french.body
    assert dutch.subject == "Nieuw in het forum van de kenniskring deze week"
    assert "Dit is nieuw in de kenniskring:" in dutch.body
    assert f"http://testserver/nl/kenniskring/forum/vragen/{question.pk}/" in dutch.body
    assert "/fr/" not in dutch.body


def test_the_digest_reaches_only_current_members_and_only_what_they_may_read(
    question, people, tree, django_user_model
):
    deleted = Question.objects.create(title="Verwijderde vraag", text="<p>x</p>")
    Question.objects.filter(pk=deleted.pk).update(deleted_at=timezone.now())
    hidden = Experience.objects.create(title="Verborgen ervaring", text="<p>x</p>")
    Experience.objects.filter(pk=hidden.pk).update(hidden_at=timezone.now())
    people["other_member"].is_active = False
    people["other_member"].save()
    Member.objects.filter(user=people["partner"]).delete()
    digest()
    assert [m.to for m in mail.outbox] == [["lid_a@example.org"]]
    body = mail.outbox[0].body
    assert "Hoe bewaken jullie grenzen?" in body
    assert "Verwijderde vraag" not in body and "Verborgen ervaring" not in body


def test_a_second_digest_sends_only_what_is_new_since_the_first(question, people):
    digest()
    assert len(mail.outbox) == 3
    mail.outbox.clear()
    assert "no digest sent" in digest()
    assert mail.outbox == []
    newer = Experience.objects.create(title="Onze matchingsavond", text="<p>x</p>")
    digest()
    assert len(mail.outbox) == 3
    body = mail.outbox[0].body
    assert "Onze matchingsavond" in body and f"/ervaringen/{newer.pk}/" in body
    assert "Hoe bewaken jullie grenzen?" not in body


def test_the_first_digest_looks_back_a_week_and_a_dry_run_sends_and_remembers_nothing(people):
    old = Question.objects.create(title="Vraag van tien dagen geleden", text="<p>x</p>")
    Question.objects.filter(pk=old.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=10)
    )
    Question.objects.create(title="Vraag van vandaag", text="<p>x</p>")
    assert "Would send 1 question(s) and 0 experience(s)" in digest("--dry-run")
    assert mail.outbox == []
    assert not DigestRun.objects.exists()
    digest()
    assert "Vraag van vandaag" in mail.outbox[0].body
    assert "Vraag van tien dagen geleden" not in mail.outbox[0].body
    mail.outbox.clear()
    # --since starts elsewhere, here before both questions.
    since = (timezone.localdate() - datetime.timedelta(days=11)).isoformat()
    digest("--since", since)
    assert "Vraag van tien dagen geleden" in mail.outbox[0].body


def digest_queries(count, tree, django_user_model):
    Question.objects.create(title=f"Vraag voor {count}", text="<p>x</p>")
    for number in range(count):
        new_member(
            django_user_model, f"lezer{count}_{number}", tree, ("fr", "nl", "en")[number % 3]
        )
    mail.outbox.clear()
    with CaptureQueriesContext(connection) as queries:
        digest()
    return len(queries), len(mail.outbox)


def test_the_digest_costs_the_same_queries_and_one_connection_for_any_number_of_members(
    question, people, tree, django_user_model, counting_backend
):
    digest()  # the first run also stores the digest's row; compare two later runs
    few, sent_few = digest_queries(2, tree, django_user_model)
    many, sent_many = digest_queries(10, tree, django_user_model)
    assert sent_many - sent_few == 10
    assert many == few
    assert counting_backend.connections == 3  # one per run

import datetime

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime

from ....jobs import only_one
from ....mail import messages_for, render_mail, send_all
from ...models import DigestRun, Experience, Question
from ...notify import absolute, mail_recipients

DIGEST = "weekly"


def parse_moment(value):
    """An ISO date or date-time from the command line, as an aware date-time."""
    moment = parse_datetime(value)
    if moment is None:
        day = parse_date(value)
        if day is None:
            raise CommandError(f"--since: not a date: {value!r}")
        moment = datetime.datetime.combine(day, datetime.time.min)
    if timezone.is_naive(moment):
        moment = timezone.make_aware(moment)
    return moment


class Command(BaseCommand):
    help = (
        "Mails members the questions and experiences posted since the last digest (run it "
        "weekly from cron). The first run looks back --days days."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=7,
            help="How many days the first digest looks back (later ones start at the last).",
        )
        parser.add_argument(
            "--since",
            help="Start at this date or date-time (ISO) instead of at the last digest.",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Say what would be sent; send nothing and remember nothing.",
        )

    def handle(self, *args, days=7, since=None, dry_run=False, **options):
        if dry_run:
            return self.dry_run(days, since)
        # Cron may start this on every server at once: one run sends, the others stop here.
        with only_one(f"forum-digest:{DIGEST}") as mine:
            if not mine:
                self.stdout.write("Another digest run is busy: this one sends nothing.")
                return
            self.send(days, since)

    def window(self, days, since):
        """The digest to send: (start, end, unfinished). An unfinished digest, claimed by
        a run that stopped halfway, comes first."""
        last = DigestRun.objects.filter(name=DIGEST).first()
        if last is not None and last.sending_until is not None:
            return last.sent_until, last.sending_until, True
        until = timezone.now()
        if since is not None:
            return parse_moment(since), until, False
        if last is not None:
            return last.sent_until, until, False
        return until - datetime.timedelta(days=days), until, False

    def posts(self, since, until):
        window = {"created_at__gte": since, "created_at__lt": until}
        questions = list(Question.objects.visible().filter(**window).select_related("project"))
        experiences = list(Experience.objects.visible().filter(**window).select_related("project"))
        return questions, experiences

    def dry_run(self, days, since):
        since, until, _unfinished = self.window(days, since)
        questions, experiences = self.posts(since, until)
        recipients = mail_recipients().exclude(forum_preferences__weekly_digest=False)
        self.stdout.write(
            f"Would send {len(questions)} question(s) and {len(experiences)} "
            f"experience(s) since {since:%Y-%m-%d %H:%M} to {recipients.count()} member(s)."
        )

    def send(self, days, since):
        since, until, unfinished = self.window(days, since)
        if unfinished:
            self.stdout.write(f"Finishing the digest up to {until:%Y-%m-%d %H:%M} first.")
        else:
            # Claimed before anything is queued: a run that stops before the end of this
            # digest leaves it to the next run.
            DigestRun.objects.update_or_create(
                name=DIGEST, defaults={"sent_until": since, "sending_until": until}
            )
        questions, experiences = self.posts(since, until)
        if not questions and not experiences:
            self.stdout.write(f"Nothing new since {since:%Y-%m-%d %H:%M}: no digest sent.")
            self.finish(until)
            return
        recipients = list(mail_recipients().exclude(forum_preferences__weekly_digest=False))

        def render():
            context = {
                "questions": questions,
                "experiences": experiences,
                "base_url": absolute(""),
                "preferences_link": absolute(reverse("kenniskring_forum:preferences")),
            }
            return render_mail(
                "kenniskring_forum/emails/digest_subject.txt",
                "kenniskring_forum/emails/digest.txt",
                context,
            )

        # Queued and finished together: the worker sends each message once (and tries again
        # later what the mail server refused, see kenniskring/tasks.py).
        with transaction.atomic():
            sent = send_all(messages_for(recipients, render))
            self.finish(until)
        self.stdout.write(f"Digest sent to {sent} member(s).")

    def finish(self, until):
        DigestRun.objects.filter(name=DIGEST).update(sent_until=until, sending_until=None)

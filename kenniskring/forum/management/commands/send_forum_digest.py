import datetime

from django.core.management.base import BaseCommand, CommandError
from django.urls import reverse
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime

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
        until = timezone.now()
        last = DigestRun.objects.filter(name=DIGEST).first()
        if since is not None:
            since = parse_moment(since)
        elif last is not None:
            since = last.sent_until
        else:
            since = until - datetime.timedelta(days=days)
        window = {"created_at__gte": since, "created_at__lt": until}
        questions = list(Question.objects.visible().filter(**window).select_related("project"))
        experiences = list(Experience.objects.visible().filter(**window).select_related("project"))
        if not questions and not experiences:
            self.stdout.write(f"Nothing new since {since:%Y-%m-%d %H:%M}: no digest sent.")
            if not dry_run:
                self.remember(until)
            return
        recipients = list(mail_recipients().exclude(forum_preferences__weekly_digest=False))
        if dry_run:
            self.stdout.write(
                f"Would send {len(questions)} question(s) and {len(experiences)} "
                f"experience(s) since {since:%Y-%m-%d %H:%M} to {len(recipients)} member(s)."
            )
            return

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

        sent = send_all(messages_for(recipients, render))
        self.remember(until)
        self.stdout.write(f"Digest sent to {sent} member(s).")

    def remember(self, until):
        DigestRun.objects.update_or_create(name=DIGEST, defaults={"sent_until": until})

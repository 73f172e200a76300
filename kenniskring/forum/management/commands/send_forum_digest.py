from django.conf import settings
from django.core.mail import send_mass_mail
from django.core.management.base import BaseCommand
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from ...models import Experience, Question
from ...notify import absolute
from ...permissions import kenniskring_users


class Command(BaseCommand):
    help = "Mails members the questions and experiences of the past week (run it weekly from cron)."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=7, help="How many days to look back.")

    def handle(self, *args, days=7, **options):
        since = timezone.now() - timezone.timedelta(days=days)
        questions = list(
            Question.objects.visible().filter(created_at__gte=since).select_related("project")
        )
        experiences = list(
            Experience.objects.visible().filter(created_at__gte=since).select_related("project")
        )
        if not questions and not experiences:
            self.stdout.write("Nothing new: no digest sent.")
            return
        with translation.override(settings.LANGUAGE_CODE):
            context = {
                "questions": questions,
                "experiences": experiences,
                "base_url": absolute(""),
                "preferences_link": absolute(reverse("kenniskring_forum:preferences")),
            }
            subject = " ".join(
                render_to_string("kenniskring_forum/emails/digest_subject.txt", context).split()
            )
            body = render_to_string("kenniskring_forum/emails/digest.txt", context)
        recipients = kenniskring_users().exclude(forum_preferences__weekly_digest=False)
        sent = send_mass_mail([(subject, body, None, [user.email]) for user in recipients])
        self.stdout.write(f"Digest sent to {sent} member(s).")

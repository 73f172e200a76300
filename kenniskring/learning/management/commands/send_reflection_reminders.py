import datetime

from django.conf import settings
from django.core.mail import send_mail
from django.core.management.base import BaseCommand
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from kenniskring.models import BuddyProjectPage, Member, NetworkDayPage, RegionPage

from ... import conf
from ...models import Reflection, ReflectionAssignment, ReminderSent


def projects_for(day):
    """A regional day's projects are its region's; a national moment concerns every project."""
    projects = BuddyProjectPage.objects.live().filter(locale_id=day.locale_id)
    if day.moment == NetworkDayPage.REGIONAL:
        parent = RegionPage.objects.filter(path=day.path[: -day.steplen]).first()
        if parent is not None:
            projects = projects.filter(region_id=parent.region_id)
    return projects


class Command(BaseCommand):
    help = (
        "E-mails projects that have not submitted a reflection assignment due within "
        "KENNISKRING_REMINDER_DAYS days; each project once per assignment. Run daily."
    )

    def handle(self, *args, **options):
        today = timezone.localdate()
        horizon = today + datetime.timedelta(days=conf.get("REMINDER_DAYS"))
        sent = 0
        assignments = ReflectionAssignment.objects.filter(
            due_date__gte=today, due_date__lte=horizon
        ).select_related("day")
        for assignment in assignments:
            done = set(
                Reflection.objects.filter(
                    assignment=assignment, status=Reflection.SUBMITTED
                ).values_list("project_id", flat=True)
            )
            reminded = set(
                ReminderSent.objects.filter(assignment=assignment).values_list(
                    "project_id", flat=True
                )
            )
            for project in projects_for(assignment.day).exclude(pk__in=done | reminded):
                emails = sorted(
                    {
                        m.user.email
                        for m in Member.objects.filter(
                            project=project, user__is_active=True
                        ).select_related("user")
                        if m.user.email
                    }
                )
                if not emails:
                    continue
                try:
                    with transaction.atomic():
                        ReminderSent.objects.create(assignment=assignment, project=project)
                        self._send(assignment, project, emails)
                except IntegrityError:
                    continue
                sent += 1
        self.stdout.write(f"{sent} herinnering(en) verstuurd.")

    def _send(self, assignment, project, emails):
        with translation.override(settings.LANGUAGE_CODE):
            link = getattr(settings, "WAGTAILADMIN_BASE_URL", "").rstrip("/") + reverse(
                "kenniskring_learning:write", args=[assignment.pk]
            )
            send_mail(
                subject=_("Herinnering: reflectie '%(title)s'") % {"title": assignment.title},
                message=render_to_string(
                    "kenniskring_learning/emails/reminder.txt",
                    {"assignment": assignment, "project": project, "link": link},
                ),
                from_email=None,
                recipient_list=emails,
            )

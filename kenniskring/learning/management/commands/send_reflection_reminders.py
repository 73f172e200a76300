import datetime
from collections import defaultdict

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from kenniskring import access
from kenniskring.jobs import only_one
from kenniskring.mail import messages_for, send_all
from kenniskring.models import BuddyProjectPage, Member

from ... import conf
from ...models import Reflection, ReflectionAssignment, ReminderSent


def projects_for(assignment):
    """A regional day's assignment is for its region's projects; a national moment's for
    every project."""
    projects = BuddyProjectPage.objects.live().filter(locale_id=assignment.day.locale_id)
    if assignment.region_id is not None:
        projects = projects.filter(region_id=assignment.region_id)
    return projects


def current_members(projects):
    """The people who act for these projects today, by project id: profiles of accounts that
    may still enter the kenniskring (`access.users_who_may_enter`), with an address. One
    query for all projects."""
    members = (
        Member.objects.filter(project__in=projects)
        .filter(user__in=access.users_who_may_enter().exclude(email=""))
        .select_related("user")
        .order_by("user__email", "pk")
    )
    by_project = defaultdict(list)
    for member in members:
        by_project[member.project_id].append(member.user)
    return by_project


def reminders(assignment, project, users):
    """The reminder to each of `users`, in their own language (subject, text and link)."""

    def render():
        link = getattr(settings, "WAGTAILADMIN_BASE_URL", "").rstrip("/") + reverse(
            "kenniskring_learning:write", args=[assignment.pk]
        )
        subject = _("Herinnering: reflectie '%(title)s'") % {"title": assignment.label}
        body = render_to_string(
            "kenniskring_learning/emails/reminder.txt",
            {"assignment": assignment, "project": project, "link": link},
        )
        return subject, body

    return messages_for(users, render)


class Command(BaseCommand):
    help = (
        "E-mails projects that have not submitted a reflection assignment due within "
        "KENNISKRING_REMINDER_DAYS days; each project once per assignment, each current "
        "member in their own language. Run daily."
    )

    def handle(self, *args, **options):
        # Cron may start this on every server at once: one run sends, the others stop here.
        with only_one("reflection-reminders") as mine:
            if not mine:
                self.stdout.write("Another reminder run is busy: this one sends nothing.")
                return
            self.send()

    def send(self):
        today = timezone.localdate()
        horizon = today + datetime.timedelta(days=conf.get("REMINDER_DAYS"))
        sent = 0
        assignments = ReflectionAssignment.objects.with_place().filter(
            due_date__gte=today, due_date__lte=horizon
        )
        # Remembered and queued together, in one task: one connection for the whole run.
        messages = []
        with transaction.atomic():
            for assignment in assignments:
                sent += self.remind(assignment, messages)
            send_all(messages)
        self.stdout.write(f"{sent} herinnering(en) verstuurd.")

    def remind(self, assignment, messages):
        """Add to `messages` the reminders of every project that has not submitted
        `assignment`; returns how many projects."""
        done = Reflection.objects.filter(assignment=assignment, status=Reflection.SUBMITTED).values(
            "project_id"
        )
        reminded = ReminderSent.objects.filter(assignment=assignment).values("project_id")
        projects = list(projects_for(assignment).exclude(pk__in=done).exclude(pk__in=reminded))
        members = current_members(projects)
        sent = 0
        for project in projects:
            if not members[project.pk]:
                continue
            try:
                # Once per project, also if another run got there first.
                with transaction.atomic():
                    ReminderSent.objects.create(assignment=assignment, project=project)
            except IntegrityError:
                continue
            messages += reminders(assignment, project, members[project.pk])
            sent += 1
        return sent

import datetime
from collections import defaultdict

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.core.management.base import BaseCommand
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from kenniskring import conf as kenniskring_conf
from kenniskring.mail import in_language_of
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


def current_members(projects):
    """The people who act for these projects today, by project id.

    Membership ends when the account is deactivated, the profile is deleted or moved to
    another project, or the person is taken out of the kenniskring's groups: the same
    rule as `kenniskring.access.member_project`. One query for all projects.
    """
    groups = [kenniskring_conf.get("MEMBER_GROUP"), kenniskring_conf.get("PARTNER_GROUP")]
    members = (
        Member.objects.filter(project__in=projects, user__is_active=True)
        .exclude(user__email="")
        .filter(Q(user__is_superuser=True) | Q(user__groups__name__in=groups))
        .select_related("user")
        .distinct()
        .order_by("user__email", "pk")
    )
    by_project = defaultdict(list)
    for member in members:
        by_project[member.project_id].append(member)
    return by_project


def reminder(assignment, project, member):
    """The reminder to one member, in that member's language (subject, text and link)."""
    user = member.user
    with in_language_of(user):
        link = getattr(settings, "WAGTAILADMIN_BASE_URL", "").rstrip("/") + reverse(
            "kenniskring_learning:write", args=[assignment.pk]
        )
        subject = _("Herinnering: reflectie '%(title)s'") % {"title": assignment.title}
        body = render_to_string(
            "kenniskring_learning/emails/reminder.txt",
            {"assignment": assignment, "project": project, "link": link},
        )
    return EmailMessage(subject, body, None, [user.email])


class Command(BaseCommand):
    help = (
        "E-mails projects that have not submitted a reflection assignment due within "
        "KENNISKRING_REMINDER_DAYS days; each project once per assignment, each current "
        "member in their own language. Run daily."
    )

    def handle(self, *args, **options):
        today = timezone.localdate()
        horizon = today + datetime.timedelta(days=conf.get("REMINDER_DAYS"))
        sent = 0
        assignments = ReflectionAssignment.objects.filter(
            due_date__gte=today, due_date__lte=horizon
        ).select_related("day")
        # One connection for the whole run, opened at the first message.
        connection = get_connection()
        try:
            for assignment in assignments:
                sent += self.remind(assignment, connection)
        finally:
            connection.close()
        self.stdout.write(f"{sent} herinnering(en) verstuurd.")

    def remind(self, assignment, connection):
        """Remind every project that has not submitted `assignment`; returns how many."""
        done = Reflection.objects.filter(assignment=assignment, status=Reflection.SUBMITTED).values(
            "project_id"
        )
        reminded = ReminderSent.objects.filter(assignment=assignment).values("project_id")
        projects = list(projects_for(assignment.day).exclude(pk__in=done).exclude(pk__in=reminded))
        members = current_members(projects)
        sent = 0
        for project in projects:
            if not members[project.pk]:
                continue
            messages = [reminder(assignment, project, member) for member in members[project.pk]]
            try:
                # Remembered only if the mails went out; once per project, also when two
                # runs overlap.
                with transaction.atomic():
                    ReminderSent.objects.create(assignment=assignment, project=project)
                    connection.open()  # does nothing when it is open already
                    connection.send_messages(messages)
            except IntegrityError:
                continue
            sent += 1
        return sent

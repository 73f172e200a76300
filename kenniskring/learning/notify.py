"""E-mails about a project's reflections that someone outside the project did."""

from django.conf import settings
from django.urls import reverse

from kenniskring import access
from kenniskring.mail import messages_for, render_mail, send_all


def project_members(project):
    """The accounts that act for `project` today and may still enter the kenniskring, with
    an address: nobody of another project, no outsider."""
    return (
        access.users_who_may_enter()
        .exclude(email="")
        .filter(kenniskring_member__project=project)
        .select_related("kenniskring_member")
        .order_by("pk")
    )


def notify_visibility_changed(reflection, changed_by):
    """Tell the reflection's project, each member in their own language, that a partner
    changed who reads it; returns how many mails were queued."""
    recipients = project_members(reflection.project).exclude(pk=changed_by.pk)
    name = changed_by.get_full_name() or changed_by.get_username()

    def render():
        link = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
            "kenniskring_learning:reflection", args=[reflection.pk]
        )
        return render_mail(
            "kenniskring_learning/emails/visibility_changed_subject.txt",
            "kenniskring_learning/emails/visibility_changed.txt",
            {
                "reflection": reflection,
                "project": reflection.project.title,
                "title": reflection.assignment.label,
                "who": name,
                "visibility": reflection.get_visibility_display(),
                "link": link,
            },
        )

    return send_all(messages_for(recipients, render))

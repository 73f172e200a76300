"""What a moderator does to a post or a report: the one implementation behind the buttons on the
site and the moderation queue in the admin. Every step is written to Wagtail's audit log."""

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone
from wagtail.log_actions import log

from .models import Report

HIDE = "kenniskring_forum.hide"
RESTORE = "kenniskring_forum.restore"
CLOSE_REPORT = "kenniskring_forum.close_report"


def reports_about(post):
    return Report.objects.filter(
        content_type=ContentType.objects.get_for_model(post), object_id=post.pk
    )


@transaction.atomic
def set_hidden(post, hidden, user):
    """Hide a post (or bring it back), close the open reports about it and log the step."""
    now = timezone.now()
    post.hidden_at, post.hidden_by = (now, user) if hidden else (None, None)
    post.save(update_fields=["hidden_at", "hidden_by"])
    reports_about(post).filter(handled_at__isnull=True).update(handled_at=now, handled_by=user)
    log(instance=post, action=HIDE if hidden else RESTORE, user=user)


def hide(post, user):
    set_hidden(post, True, user)


def restore(post, user):
    set_hidden(post, False, user)


@transaction.atomic
def close_report(report, user):
    """Mark a report handled without touching its post (nothing wrong was found)."""
    report.handled_at, report.handled_by = timezone.now(), user
    report.save(update_fields=["handled_at", "handled_by"])
    log(instance=report, action=CLOSE_REPORT, user=user)

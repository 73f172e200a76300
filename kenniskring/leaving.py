"""A member leaves the kenniskring: the account is closed at once and its personal data erased.

Each room erases its own part through the ``kenniskring_forget_member`` hook; then the user
row itself is deleted, so every foreign key to it (all SET_NULL or CASCADE) drops the name:
forum posts read "oud-lid", the project's reflections, attendance and notes stay with the
project without it, and follows, preferences, tokens, visits and downloads go with the user.
Sessions, login history and the audit log's name of the person are erased here too.

`leave` locks the user row first, so two runs at once do the work once; a second run finds
no user and does nothing.
"""

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import Q
from django.utils import timezone, translation
from django.utils.module_loading import import_string

from . import personal_data
from .mail import language_of, render_mail, send_all
from .models import Attendance, DataDownload, Invitation

FORMER_MEMBER = "oud-lid"


def forget_core(user, remove_posts):
    name = user.get_full_name().strip()
    member = getattr(user, "kenniskring_member", None)
    if name:
        # The duo's names on a network day's sign-up are the project's record of who came:
        # where the member's own name stands, on their project's or their own sign-ups, it
        # becomes "oud-lid".
        own = Q(registered_by=user)
        if member is not None and member.project_id:
            own |= Q(project_id=member.project_id)
        for field in ("participant_one", "participant_two"):
            Attendance.objects.filter(own, **{f"{field}__iexact": name}).update(
                **{field: FORMER_MEMBER}
            )
    if user.email:
        Invitation.objects.filter(email__iexact=user.email).delete()
    for download in DataDownload.objects.filter(user=user).exclude(file=""):
        download.file.delete(save=False)
    if apps.is_installed("axes"):
        from axes.models import AccessAttempt, AccessFailureLog, AccessLog

        for model in (AccessLog, AccessAttempt, AccessFailureLog):
            model.objects.filter(username=user.get_username()).delete()
    forget_sessions(user)
    forget_audit_names(user)


def forget_sessions(user):
    """Delete every session of `user` (and its cached copy)."""
    engine = import_string(settings.SESSION_ENGINE + ".SessionStore")
    if not hasattr(engine, "get_model_class"):
        return  # a cache-only engine: the deleted user's sessions no longer log anyone in
    for session in engine.get_model_class().objects.filter(expire_date__gt=timezone.now()):
        if str(session.get_decoded().get("_auth_user_id")) == str(user.pk):
            engine(session.session_key).delete()


def forget_audit_names(user):
    """Wagtail's audit log keeps what was done, not by whom once the person has left: its
    user column has no database constraint, so it is cleared here (no orphan ids)."""
    from wagtail.models import ModelLogEntry, PageLogEntry

    for model in (ModelLogEntry, PageLogEntry):
        model.objects.filter(user_id=user.pk).update(user=None)
    ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(type(user)), object_id=str(user.pk)
    ).update(label=FORMER_MEMBER)


def goodbye(user, remove_posts):
    """The confirmation mail, rendered while the person still has a name and an address."""
    if not user.email:
        return None
    with translation.override(language_of(user)):
        subject, body = render_mail(
            "kenniskring/emails/left_subject.txt",
            "kenniskring/emails/left.txt",
            {"name": user.first_name, "remove_posts": remove_posts},
        )
    return EmailMessage(subject, body, None, [user.email])


def leave(user_id, remove_posts=False):
    """Close the account of `user_id` and erase its personal data; True if this run did it."""
    with transaction.atomic():
        user = get_user_model().objects.select_for_update().filter(pk=user_id).first()
        if user is None:
            return False
        message = goodbye(user, remove_posts)
        personal_data.forget(user, remove_posts)
        user.delete()
        if message is not None:
            send_all([message])
    return True

"""E-mails to members, in the member's own language."""

from contextlib import contextmanager

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation


def language_of(user):
    """The language a user's e-mails are written in (see `Member.mail_language`)."""
    member = getattr(user, "kenniskring_member", None) if user is not None else None
    return member.mail_language if member is not None else settings.LANGUAGE_CODE


@contextmanager
def in_language_of(user):
    """Render (and reverse addresses) in the user's language: `with in_language_of(user): ...`"""
    with translation.override(language_of(user)):
        yield


def send_to_member(user, subject_template, body_template, context=None, **kwargs):
    """Send `user` one e-mail rendered from two templates in their language.

    The subject template's whitespace is folded into one line. Extra keyword arguments go to
    `django.core.mail.send_mail` (e.g. `html_message`, `fail_silently`).
    """
    if not user.email:
        return 0
    with in_language_of(user):
        subject = " ".join(render_to_string(subject_template, context).split())
        body = render_to_string(body_template, context)
        return send_mail(subject, body, None, [user.email], **kwargs)

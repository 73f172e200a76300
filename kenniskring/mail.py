"""E-mails to members, in the member's own language.

`messages_for(users, render)` writes one message per user in that user's language, rendering
once per language; `send_all` queues them for the worker, to go out over one connection.
`send_to_member` is the one-recipient case.
"""

from contextlib import contextmanager

from django.conf import settings
from django.core.mail import EmailMessage
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


def render_mail(subject_template, body_template, context):
    """(subject, body) in the active language; the subject folded into one line."""
    subject = " ".join(render_to_string(subject_template, context).split())
    return subject, render_to_string(body_template, context)


def messages_for(users, render):
    """One `EmailMessage` per user with an address, each in that user's language.

    `render()` returns (subject, body); it is called inside the language (so it reverses its
    addresses itself), once per language among `users`.
    """
    rendered = {}
    messages = []
    for user in users:
        if not user.email:
            continue
        language = language_of(user)
        if language not in rendered:
            with in_language_of(user):
                rendered[language] = render()
        subject, body = rendered[language]
        messages.append(EmailMessage(subject, body, None, [user.email]))
    return messages


def send_all(messages):
    """Queue `messages` for the worker, which sends them over one connection
    (kenniskring/tasks.py); returns how many were queued."""
    from .tasks import queue_messages

    return queue_messages(messages)


def send_to_member(user, subject_template, body_template, context=None):
    """Send `user` one e-mail rendered from two templates in their language."""
    return send_all(
        messages_for([user], lambda: render_mail(subject_template, body_template, context))
    )

"""The e-mails a registrant gets: confirmation, reminder, cancellation, a seat freed up.

Each template's first line is the subject, the rest is the body.
"""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation

from kenniskring.mail import send_all


def _send(kind, registration, request=None):
    """In the language the person registered in, with that language's page and words."""
    event = registration.event_page()
    registration.show_workshops_in(event.locale)
    context = {
        "registration": registration,
        "event": event,
        "registration_url": event.registration_url(registration, request),
    }
    with translation.override(registration.language):
        text = render_to_string(f"home/emails/{kind}.txt", context).strip()
    subject, _blank, body = text.partition("\n")

    # Queued for the worker: a mail server that is down never fails the visitor's request.
    send_all(
        [
            EmailMessage(
                subject.strip(),
                body.strip() + "\n",
                settings.DEFAULT_FROM_EMAIL,
                [registration.email],
            )
        ]
    )


def send_registration_confirmation(registration, request=None):
    _send("registration_confirmation", registration, request)


def send_registration_reminder(registration, request=None):
    _send("registration_reminder", registration, request)


def send_cancellation(registration, request=None):
    _send("cancellation", registration, request)


def send_promotion(registration, request=None):
    _send("promotion", registration, request)

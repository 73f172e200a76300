"""Registrations are forgotten: some time after the event (``REGISTRATION_RETENTION_DAYS``,
six months by default) a daily job blanks the name, address, organisation and note of every
registration of a past event, and a registrant can have theirs blanked at once from the link
in their mail. The rows stay, without anyone's data, so the seats per workshop, the statuses
and the roles are still counted from the one place they are kept."""

import datetime

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import EventPage, Registration

DEFAULT_RETENTION_DAYS = 183

PERSONAL_FIELDS = {"name": "", "email": "", "organisation": "", "note": ""}


def retention_days():
    return getattr(settings, "REGISTRATION_RETENTION_DAYS", DEFAULT_RETENTION_DAYS)


def anonymise(registrations):
    """Blank the personal data of `registrations` not blanked before; returns how many.
    One UPDATE: a second run at the same moment finds nothing left to do."""
    return registrations.filter(anonymised_at__isnull=True).update(
        anonymised_at=timezone.now(), **PERSONAL_FIELDS
    )


def forget_registration(registration):
    return anonymise(Registration.objects.filter(pk=registration.pk))


def events_past_retention(today=None):
    today = today or timezone.localdate()
    cutoff = today - datetime.timedelta(days=retention_days())
    return EventPage.objects.filter(date__lt=cutoff)


def forget_past_registrations(today=None):
    """Anonymise the registrations of every event that ended before the retention period."""
    return anonymise(Registration.objects.filter(event__in=events_past_retention(today)))


def registrations_of(user):
    if not user.email:
        return Registration.objects.none()
    return Registration.objects.filter(email__iexact=user.email, anonymised_at__isnull=True)


def registrations_part(user):
    """A member's registrations for the study morning, for *Mijn gegevens* (the kenniskring's
    `kenniskring_personal_data` hook): the registrations made with their e-mail address."""
    from kenniskring.personal_data import Part

    rows = [
        {
            "event": r.event.title,
            "name": r.name,
            "email": r.email,
            "organisation": r.organisation,
            "role": r.get_role_display(),
            "status": r.get_status_display(),
            "note": r.note,
            "created_at": r.created_at,
        }
        for r in registrations_of(user).select_related("event")
    ]
    return Part("inschrijvingen", _("Je inschrijvingen voor de studievoormiddag"), rows, order=35)

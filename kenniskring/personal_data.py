"""What the site keeps about a member, gathered from every room of the kenniskring.

The rooms register Wagtail hooks, so the core imports none of them and a host may add its own:

- ``kenniskring_personal_data``: ``fn(user)`` returns an iterable of ``Part``, one kind of the
  person's data each, for the *Mijn gegevens* page and the download;
- ``kenniskring_forget_member``: ``fn(user, remove_posts)`` erases that room's personal data of
  a member who leaves, inside the transaction that then deletes the account (every foreign key
  to the user is SET_NULL or CASCADE, so what the hooks leave loses its name).
"""

import datetime
from dataclasses import dataclass, field

from django.apps import apps
from django.utils import timezone
from django.utils.formats import localize
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from .models import Attendance, CalendarToken, HomeVisit, HostOffer, Theme, ThemeVote


@dataclass
class Part:
    key: str  # the file in the download: <key>.json
    heading: str
    rows: list  # one dict per item, JSON-serialisable with DjangoJSONEncoder
    files: list = field(default_factory=list)  # (name in the download, FieldFile)
    order: int = 100

    def summaries(self, limit=20):
        """Each of the first `limit` items in one line, for the *Mijn gegevens* page."""
        return [summary(row) for row in self.rows[:limit]]


def summary(row):
    values = [
        localize(timezone.localtime(value) if isinstance(value, datetime.datetime) else value)
        for value in row.values()
        if value not in ("", None) and not isinstance(value, list | dict | bool)
    ]
    return Truncator(" · ".join(str(value) for value in values)).chars(200)


def parts(user):
    found = [part for hook in hooks.get_hooks("kenniskring_personal_data") for part in hook(user)]
    return sorted(found, key=lambda part: (part.order, part.key))


def forget(user, remove_posts):
    for hook in hooks.get_hooks("kenniskring_forget_member"):
        hook(user, remove_posts)


def day_label(day):
    return f"{day.title} ({day.date:%d/%m/%Y})" if getattr(day, "date", None) else day.title


def profile_part(user):
    member = getattr(user, "kenniskring_member", None)
    row = {
        "username": user.get_username(),
        "first_name": user.first_name,
        "last_name": user.last_name,
        "email": user.email,
        "date_joined": user.date_joined,
        "last_login": user.last_login,
    }
    if member is not None:
        row |= {
            "project": member.project.title if member.project_id else None,
            "role": member.get_role_display(),
            "mail_language": member.language,
            "last_language": member.last_language,
        }
    return Part("profiel", _("Profiel, project en rol"), [row], order=10)


def login_history(user):
    if not apps.is_installed("axes"):
        return []
    from axes.models import AccessLog

    logins = AccessLog.objects.filter(username=user.get_username()).order_by("-attempt_time")
    rows = [
        {
            "login": entry.attempt_time,
            "logout": entry.logout_time,
            "ip_address": entry.ip_address,
            "browser": entry.user_agent,
        }
        for entry in logins
    ]
    return [Part("aanmeldingen-op-de-site", _("Wanneer je inlogde"), rows, order=90)]


def core_parts(user):
    attendance = Attendance.objects.filter(registered_by=user).select_related("day", "project")
    tokens = CalendarToken.objects.filter(user=user)
    visits = HomeVisit.objects.filter(user=user)
    return [
        profile_part(user),
        Part(
            "aanwezigheden",
            _("Aanmeldingen voor netwerkdagen die je deed"),
            [
                {
                    "day": day_label(a.day),
                    "project": a.project.title,
                    "participant_one": a.participant_one,
                    "participant_two": a.participant_two,
                    "tandems": a.tandem_participants,
                    "updated_at": a.updated_at,
                }
                for a in attendance
            ],
            order=30,
        ),
        Part(
            "agenda-adres",
            _("Je agenda-adres"),
            [{"token": t.token, "created_at": t.created_at} for t in tokens],
            order=70,
        ),
        Part(
            "bezoeken",
            _("Je laatste bezoeken aan de kenniskring"),
            [{"last_seen": v.last_seen_at, "previous": v.previous_seen_at} for v in visits],
            order=80,
        ),
        Part(
            "themavoorstellen",
            _("Thema's die je voorstelde"),
            [
                {"theme": t.name, "accepted": t.accepted, "created_at": t.created_at}
                for t in Theme.objects.filter(suggested_by=user)
            ],
            order=60,
        ),
        Part(
            "themakeuzes",
            _("Thema's die je koos op de halfwegdag"),
            [
                {"day": day_label(v.day), "project": v.project.title, "theme": v.theme.name}
                for v in ThemeVote.objects.filter(voted_by=user).select_related(
                    "day", "project", "theme"
                )
            ],
            order=61,
        ),
        Part(
            "gastheeraanbod",
            _("Je aanbod om een netwerkdag te ontvangen"),
            [
                {"project": o.project.title, "period": o.period, "note": o.note}
                for o in HostOffer.objects.filter(offered_by=user).select_related("project")
            ],
            order=62,
        ),
        *login_history(user),
    ]

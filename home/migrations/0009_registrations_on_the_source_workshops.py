"""One event in every language: every workshop gets a translation key shared with its
translations (matched by position), and registrations made on a translated event page move
to the source page's workshops, keeping the language they came in.

The source of an event is the first of its translations (lowest id), as EventPage.source_event
says. Nothing is deleted. When one e-mail address registered for the same event in two
languages, the earliest registration stays as it was; each later one is kept, cancelled, with
a note that says what it was. A translation's workshop without a counterpart on the source
page gets one there (a copy of it), so no registration is left behind.
"""

import uuid
from collections import defaultdict

from django.db import migrations
from django.db.models import F
from django.utils import timezone


# The same order on every database (workshops made in code may have no sort order).
ORDER = (F("sort_order").asc(nulls_first=True), "pk")


def _note(kept, duplicate, workshop_title):
    was = {"confirmed": "ingeschreven", "waiting": "op de wachtlijst"}.get(
        duplicate.status, duplicate.status
    )
    held = f" in “{workshop_title}”" if workshop_title else ""
    return (
        f"Geannuleerd bij het samenvoegen van de talen: hetzelfde e-mailadres schreef zich "
        f"eerder in ({kept.language}, inschrijving {kept.pk}). Deze inschrijving "
        f"({duplicate.language}) was {was}{held}."
    )


def forwards(apps, schema_editor):
    EventPage = apps.get_model("home", "EventPage")
    Workshop = apps.get_model("home", "Workshop")
    Registration = apps.get_model("home", "Registration")
    now = timezone.now()

    groups = defaultdict(list)
    for event in EventPage.objects.select_related("locale").order_by("pk"):
        groups[event.translation_key].append(event)

    for source, *translations in groups.values():
        source_workshops = list(Workshop.objects.filter(page=source).order_by(*ORDER))
        for workshop in source_workshops:
            workshop.locale_id = source.locale_id
            workshop.translation_key = uuid.uuid4()
            workshop.save(update_fields=["locale", "translation_key"])

        to_source = {w.pk: w.pk for w in source_workshops}
        for translation in translations:
            workshops = Workshop.objects.filter(page=translation).order_by(*ORDER)
            for position, workshop in enumerate(workshops):
                if position < len(source_workshops):
                    counterpart = source_workshops[position]
                else:
                    counterpart = Workshop.objects.create(
                        page=source,
                        sort_order=position,
                        title=workshop.title,
                        description=workshop.description,
                        moderator=workshop.moderator,
                        seats=workshop.seats,
                        locale_id=source.locale_id,
                        translation_key=uuid.uuid4(),
                    )
                    source_workshops.append(counterpart)
                workshop.locale_id = translation.locale_id
                workshop.translation_key = counterpart.translation_key
                workshop.save(update_fields=["locale", "translation_key"])
                to_source[workshop.pk] = counterpart.pk

        languages = {event.pk: event.locale.language_code for event in [source, *translations]}
        registrations = list(
            Registration.objects.filter(event__in=languages).order_by("created_at", "pk")
        )
        for registration in registrations:
            registration.language = languages[registration.event_id]

        # One active registration per address for the event: the earliest stays.
        kept = {}
        titles = dict(Workshop.objects.filter(page__in=languages).values_list("pk", "title"))
        for registration in registrations:
            if registration.status == "cancelled":
                continue
            first = kept.setdefault(registration.email, registration)
            if first is not registration:
                registration.note = _note(first, registration, titles.get(registration.workshop_id))
                registration.status = "cancelled"
                registration.cancelled_at = now
                registration.workshop_id = None
                registration.save(
                    update_fields=["note", "status", "cancelled_at", "workshop", "language"]
                )

        for registration in registrations:
            registration.event_id = source.pk
            for field in ("first_choice_id", "second_choice_id", "workshop_id"):
                workshop = getattr(registration, field)
                setattr(registration, field, to_source.get(workshop, workshop))
            registration.save(
                update_fields=["event", "first_choice", "second_choice", "workshop", "language"]
            )


class Migration(migrations.Migration):

    dependencies = [
        ("home", "0008_workshop_translation_key_registration_language"),
    ]

    operations = [
        # Backwards the registrations stay on the source event, which the old code reads too.
        migrations.RunPython(forwards, migrations.RunPython.noop),
    ]

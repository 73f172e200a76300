"""Records made on a translated network day, moved to its source day (used by migrations).

Before, attendance, theme votes, host offers and impact notes were stored against the day
whose address was used, so a French registration counted for another day than the Dutch one.
These functions take the app registry a migration hands them, and lose no record: where the
source day already has the same record, the newer registration wins and notes are joined.
"""

from django.db.models import Q
from wagtail.coreutils import get_supported_content_language_variant


def source_days(apps):
    """{translated day pk: source day pk}: the source is the day in the site's language."""
    from django.conf import settings

    Locale = apps.get_model("wagtailcore", "Locale")
    NetworkDayPage = apps.get_model("kenniskring", "NetworkDayPage")
    code = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    default = Locale.objects.filter(language_code=code).first()
    if default is None:
        return {}
    sources = dict(
        NetworkDayPage.objects.filter(locale=default).values_list("translation_key", "pk")
    )
    return {
        pk: sources[key]
        for pk, key in NetworkDayPage.objects.exclude(locale=default).values_list(
            "pk", "translation_key"
        )
        if key in sources
    }


def move_core_records(apps, schema_editor=None):
    days = source_days(apps)
    if not days:
        return
    Attendance = apps.get_model("kenniskring", "Attendance")
    ThemeVote = apps.get_model("kenniskring", "ThemeVote")
    HostOffer = apps.get_model("kenniskring", "HostOffer")
    for attendance in Attendance.objects.filter(day_id__in=days).order_by("pk"):
        target = days[attendance.day_id]
        kept = Attendance.objects.filter(day_id=target, project_id=attendance.project_id).first()
        if kept is None:
            attendance.day_id = target
            attendance.save(update_fields=["day"])
            continue
        if attendance.updated_at > kept.updated_at:  # the project's latest answer wins
            for name in ("participant_one", "participant_two", "tandem_participants"):
                setattr(kept, name, getattr(attendance, name))
            kept.registered_by_id = attendance.registered_by_id
            kept.save()
        attendance.delete()
    for vote in ThemeVote.objects.filter(day_id__in=days).order_by("pk"):
        target = days[vote.day_id]
        same = Q(day_id=target, project_id=vote.project_id, theme=vote.theme)
        if ThemeVote.objects.filter(same).exists():
            vote.delete()  # the same vote, cast in two languages
        else:
            vote.day_id = target
            vote.save(update_fields=["day"])
    for offer in HostOffer.objects.filter(day_id__in=days):
        offer.day_id = days[offer.day_id]
        offer.save(update_fields=["day"])


def move_impact_notes(apps, schema_editor=None):
    days = source_days(apps)
    if not days:
        return
    ImpactNote = apps.get_model("kenniskring_learning", "ImpactNote")
    for note in ImpactNote.objects.filter(day_id__in=days).order_by("pk"):
        target = days[note.day_id]
        kept = None
        if note.kind == "project":
            kept = ImpactNote.objects.filter(
                day_id=target, project_id=note.project_id, kind="project"
            ).first()
        if kept is None:
            note.day_id = target
            note.save(update_fields=["day"])
            continue
        kept.text = f"{kept.text}\n\n{note.text}"  # one note per project and day: both texts
        kept.save(update_fields=["text"])
        note.delete()

"""Demo learning material: a step of `load_demo_content` that runs after the kenniskring's.

Uses ``demo.objects["project:A"]``/``["project:B"]`` and the demo users; adds what is
missing and leaves what exists.
"""

import datetime

from django.contrib.auth.models import Group, Permission
from django.utils import timezone

from kenniskring.models import Attendance, NetworkDayPage, RegionPage
from kenniskring.models.themes import demo_themes

from .models import (
    Challenge,
    ChallengeComment,
    ImpactNote,
    LearningQuestion,
    QuestionSupport,
    Reflection,
    ReflectionAssignment,
    ReflectionVersion,
)

QUESTIONS = [
    "Wat nemen jullie mee van deze netwerkdag naar jullie eigen werking?",
    "Beschrijf een concreet moment uit een duo waarin dit zichtbaar werd.",
    "Welke vraag willen jullie de volgende keer voorleggen aan de andere projecten?",
]

# (project key, day number, answers, shared, submitted)
REFLECTIONS = [
    (
        "project:A",
        1,
        [
            "Dat een buddy geen hulpverlener is, maar een gelijke. Dat willen we beter uitleggen "
            "bij de kennismaking.",
            "Een deelnemer vroeg haar buddy mee naar de markt: het eerste uitstapje dat ze zelf "
            "voorstelde.",
            "Hoe houden jullie contact met duo's die even stilvallen?",
        ],
        True,
        True,
    ),
    (
        "project:A",
        2,
        [
            "Mond-aan-mondreclame werkt bij ons beter dan affiches.",
            "Twee nieuwe buddy's kwamen via een buddy die al een jaar meedraait.",
            "Hoe bereiken we mannen als vrijwilliger?",
        ],
        False,
        True,
    ),
    ("project:A", 3, ["Nog in opmaak: we bespreken dit op ons teamoverleg.", "", ""], False, False),
    (
        "project:B",
        1,
        [
            "We zagen hoe een ander project zijn buddy's samenbrengt in een intervisiegroep.",
            "Na de eerste groepsbijeenkomst durfde een buddy een grens te benoemen.",
            "Hoe vaak komen jullie buddy's samen?",
        ],
        True,
        True,
    ),
    (
        "project:B",
        2,
        [
            "We werven nu ook via de lokale sportclub.",
            "Een deelnemer werd zelf vrijwilliger in de club.",
            "Hoe ondersteunen we buddy's die zelf in armoede leven?",
        ],
        False,
        True,
    ),
]

LEARNING_QUESTIONS = [
    (
        "project:A",
        "Hoe vinden en houden we buddy's die lang willen meedoen?",
        "We verliezen veel vrijwilligers na een half jaar.",
        ["rekrutering", "duurzame verankering"],
        2,
    ),
    (
        "project:B",
        "Hoe bewaken buddy's hun eigen grenzen zonder afstandelijk te worden?",
        "Onze buddy's voelen zich soms verantwoordelijk voor alles.",
        ["omgaan met grenzen"],
        3,
    ),
    (
        "project:B",
        "Hoe maken we zichtbaar wat een buddy verandert in iemands netwerk?",
        "",
        ["impact"],
        5,
    ),
]

# The start day's predictable challenges, per category and scope.
CHALLENGES = [
    ("strength", "general", "Een buddy brengt tijd en aandacht die een hulpverlener niet heeft."),
    ("strength", "personal_friend", "Een gelijkwaardige relatie, zonder dossier of doelen."),
    ("weakness", "general", "Duo's vallen stil als de buddy verhuist of minder tijd heeft."),
    ("opportunity", "general", "Buddy's openen de deur naar verenigingen in de buurt."),
    ("threat", "general", "Professionals verwachten te veel van het informele netwerk."),
    ("precondition", "general", "Een vaste coach bij wie buddy's terechtkunnen met vragen."),
    ("precondition", "personal_friend", "Heldere afspraken over wat een vriend wel en niet doet."),
    ("pitfall", "personal_friend", "De buddy neemt ongemerkt de rol van hulpverlener over."),
    ("question", "general", "Mag een buddy geld lenen aan de deelnemer?"),
]


def _at(day, days_later=0, hour=14):
    """A moment some days after a network day: the demo's material is dated within the
    network's years (2019-2022), not on the day the demo is loaded."""
    moment = datetime.datetime.combine(
        day + datetime.timedelta(days=days_later), datetime.time(hour)
    )
    return timezone.make_aware(moment)


def _region_days(project):
    region_page = RegionPage.objects.filter(region_id=project.region_id).first()
    if region_page is None:
        return []
    return list(NetworkDayPage.objects.child_of(region_page).order_by("date"))


def grant_editor_permissions():
    """Groups that manage the kenniskring in the admin also manage its learning material."""
    permissions = Permission.objects.filter(content_type__app_label="kenniskring_learning")
    for group in Group.objects.filter(permissions__codename="change_member").distinct():
        group.permissions.add(*permissions)


def build(demo):
    grant_editor_permissions()
    users = {"project:A": demo.objects["user:lid"], "project:B": demo.objects["user:lid2"]}
    partner = demo.objects["user:partner"]
    start = NetworkDayPage.objects.filter(moment=NetworkDayPage.START).first()

    assignments = {}
    for key in ("project:A", "project:B"):
        project = demo.objects[key]
        for number, day in enumerate(_region_days(project), 1):
            assignment, created = ReflectionAssignment.objects.get_or_create(
                day=day,
                title=f"Reflectie na {day.title.split(':')[0].lower()}",
                defaults={
                    "intro": "Schrijf samen met je duo-partner; "
                    "een paar zinnen per vraag volstaan.",
                    "questions": "\n".join(QUESTIONS),
                    "due_date": day.date + datetime.timedelta(weeks=6),
                    "created_by": partner,
                },
            )
            if created:
                ReflectionAssignment.objects.filter(pk=assignment.pk).update(
                    created_at=_at(day.date, 1, hour=10)
                )
            assignments[(key, number)] = assignment
            if number <= 2:
                Attendance.objects.get_or_create(
                    day=day,
                    project=project,
                    defaults={"participant_one": "Eerste deelnemer (demo)"},
                )
    if start is not None:
        assignment, created = ReflectionAssignment.objects.get_or_create(
            day=start,
            title="Onze voorspelbare uitdagingen",
            defaults={
                "questions": "Welke uitdaging van het bord herkennen jullie het meest?\n"
                "Wat doen jullie er nu al aan?",
                "due_date": start.date + datetime.timedelta(weeks=8),
                "created_by": partner,
            },
        )
        if created:
            ReflectionAssignment.objects.filter(pk=assignment.pk).update(
                created_at=_at(start.date, 1, hour=10)
            )

    for key, number, answers, shared, submitted in REFLECTIONS:
        assignment = assignments.get((key, number))
        if assignment is None:
            continue
        written_at = _at(assignment.day.date, 21 if submitted else 35)
        reflection, created = Reflection.objects.get_or_create(
            assignment=assignment,
            project=demo.objects[key],
            defaults={
                "answers": [
                    {"question": q, "answer": a} for q, a in zip(QUESTIONS, answers, strict=True)
                ],
                "status": Reflection.SUBMITTED if submitted else Reflection.DRAFT,
                "visibility": "kenniskring" if shared else "project",
                "version": 1,
                "submitted_at": written_at if submitted else None,
            },
        )
        if created:
            Reflection.objects.filter(pk=reflection.pk).update(updated_at=written_at)
            ReflectionVersion.objects.create(
                reflection=reflection,
                number=1,
                answers=reflection.answers,
                status=reflection.status,
                visibility=reflection.visibility,
                saved_by=users[key],
                saved_at=written_at,
            )

    for key, question, explanation, themes, day_number in LEARNING_QUESTIONS:
        item, created = LearningQuestion.objects.get_or_create(
            project=demo.objects[key],
            question=question,
            defaults={"explanation": explanation, "created_by": users[key]},
        )
        if created:
            item.themes.set(demo_themes(*themes))
            day = assignments.get((key, day_number))
            if day is not None:
                item.days.add(day.day)
            # Brought in two weeks before the network day whose agenda it helps to set.
            anchor = day.day if day is not None else start
            if anchor is not None:
                item.created_at = _at(anchor.date, -14, hour=11)
                item.save(update_fields=["created_at"])  # also dates its search entry
    first = LearningQuestion.objects.filter(project=demo.objects["project:A"]).first()
    if first is not None:
        support, created = QuestionSupport.objects.get_or_create(
            question=first, project=demo.objects["project:B"]
        )
        if created:
            supported_at = first.created_at + datetime.timedelta(days=7)
            QuestionSupport.objects.filter(pk=support.pk).update(created_at=supported_at)

    if assignments.get(("project:A", 2)):
        impact_day = assignments[("project:A", 2)].day
        note, created = ImpactNote.objects.get_or_create(
            day=impact_day,
            project=demo.objects["project:A"],
            kind=ImpactNote.PROJECT,
            defaults={
                "text": "Twee deelnemers gaan nu zonder hun buddy naar de buurtwerking.",
                "author": users["project:A"],
            },
        )
        if created:
            noted_at = _at(impact_day.date, 7)
            ImpactNote.objects.filter(pk=note.pk).update(created_at=noted_at, updated_at=noted_at)

    for category, scope, text in CHALLENGES:
        challenge, created = Challenge.objects.get_or_create(
            text=text,
            defaults={"category": category, "scope": scope, "day": start, "is_example": True},
        )
        if created and start is not None:
            challenge.created_at = _at(start.date, 0, 15)
            challenge.save(update_fields=["created_at"])  # also dates its search entry
        if created and category == "question":
            comment = ChallengeComment.objects.create(
                challenge=challenge,
                text="Bij ons is de afspraak: geen geld, wel samen zoeken naar hulp.",
                author=users["project:B"],
                project=demo.objects["project:B"],
            )
            if start is not None:
                commented_at = _at(start.date, 10)
                comment.created_at = commented_at
                comment.save(update_fields=["created_at"])  # also dates its search entry

"""Volume data of the learning material: an assignment per network day, reflections,
learning questions and challenges. A step of `generate_volume`, after the kenniskring's."""

import datetime
import random

from django.utils import timezone

from .models import Challenge, LearningQuestion, Reflection, ReflectionAssignment, Visibility

QUESTIONS = "Wat leerde je deze keer?\nWat neem je mee naar je project?"
ANSWER = (
    "We merkten dat buddy's die zelf een netwerk meebrengen sneller een band opbouwen. "
    "Volgende keer nodigen we ook de deelnemers uit om mee na te denken."
)


def build(volume):
    rng = random.Random(11)  # noqa: S311 (test data)
    days, projects = volume.objects["days"], volume.objects["projects"]
    assignments = ReflectionAssignment.objects.bulk_create(
        (
            ReflectionAssignment(
                day=day,
                title=f"Opdracht na {day.title}",
                intro="Schrijf kort op wat je meenam.",
                questions=QUESTIONS,
                due_date=day.date + datetime.timedelta(days=30),
            )
            for day in days
        ),
        batch_size=500,
    )
    by_region = {}
    for project in projects:
        by_region.setdefault(project.region_id, []).append(project)
    answers = [{"question": q, "answer": ANSWER} for q in QUESTIONS.splitlines()]
    reflections, taken = [], set()
    wanted = volume.count(5000)
    number = 0
    while len(reflections) < wanted and number < wanted * 4:
        assignment = assignments[number % len(assignments)]
        region_projects = by_region.get(assignment.day.host_project.region_id) or projects
        project = region_projects[(number // len(assignments)) % len(region_projects)]
        number += 1
        if (assignment.pk, project.pk) in taken:
            continue
        taken.add((assignment.pk, project.pk))
        submitted = rng.random() < 0.8
        reflections.append(
            Reflection(
                assignment=assignment,
                project=project,
                answers=answers,
                status=Reflection.SUBMITTED if submitted else Reflection.DRAFT,
                visibility=Visibility.KENNISKRING if rng.random() < 0.5 else Visibility.PROJECT,
                version=1,
                submitted_at=timezone.now() if submitted else None,
            )
        )
    Reflection.objects.bulk_create(reflections, batch_size=500)

    questions = LearningQuestion.objects.bulk_create(
        LearningQuestion(
            project=project,
            question=f"Hoe houden we buddy's langer dan een jaar betrokken? ({project.title})",
            explanation="Veel buddy's haken af na het eerste jaar.",
        )
        for project in projects
        for _ in range(2)
    )
    Agenda = LearningQuestion.days.through
    Agenda.objects.bulk_create(
        Agenda(learningquestion_id=q.pk, networkdaypage_id=days[n % len(days)].pk)
        for n, q in enumerate(questions)
    )
    categories = list(Challenge.Category.values)
    Challenge.objects.bulk_create(
        Challenge(
            category=categories[n % len(categories)],
            text="Vrijwilligers vinden die lang willen blijven, en de grenzen van het engagement.",
            project=projects[n % len(projects)],
            day=days[0],
        )
        for n in range(volume.count(300))
    )
    volume.log(
        f"Learning: {len(assignments)} assignments, {len(reflections)} reflections, "
        f"{len(questions)} learning questions."
    )

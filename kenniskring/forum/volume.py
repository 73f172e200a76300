"""Volume data of the forum: questions with answers, experiences with comments (20,000 posts
at scale 1), written by the volume members, tagged with the themes. A step of
`generate_volume`, after the kenniskring's; the posts are older than the demo's."""

import datetime
import random

from django.utils import timezone

from ..models.themes import demo_themes
from .models import Answer, Comment, Experience, Question

THEMES = ["rekrutering", "grenzen", "diversiteit", "projectbeheer", "impact", "verankering"]
TEXT = (
    "<p>Bij ons haken buddy's soms af na een paar maanden. We proberen nu een vaste "
    "terugkommoment in te bouwen. Hoe pakken jullie dat aan?</p>"
)
BATCH = 1000


def build(volume):
    rng = random.Random(12)  # noqa: S311 (test data)
    users, projects = volume.objects["users"], volume.objects["projects"]
    tags = demo_themes(*THEMES)
    total = volume.count(20_000)
    # A quarter threads, three quarters replies; half questions, half experiences.
    threads = max(2, total // 4)
    replies = total - threads
    start = timezone.now() - datetime.timedelta(days=3 * 365 + 60)

    def written(number, of):
        return start + datetime.timedelta(minutes=int(3 * 365 * 24 * 60 * number / of))

    def author(number):
        user = users[number % len(users)]
        return {"author": user, "project": projects[(number % len(users)) // 2]}

    questions = Question.objects.bulk_create(
        (
            Question(
                title=f"Vraag {n}: hoe houden jullie buddy's betrokken?",
                text=TEXT,
                created_at=written(n, threads // 2),
                **author(n),
            )
            for n in range(threads // 2)
        ),
        batch_size=BATCH,
    )
    experiences = Experience.objects.bulk_create(
        (
            Experience(
                title=f"Ervaring {n}: een eerste ontmoeting",
                text=TEXT,
                created_at=written(n, threads - threads // 2),
                **author(n + 7),
            )
            for n in range(threads - threads // 2)
        ),
        batch_size=BATCH,
    )
    QuestionTheme, ExperienceTheme = Question.themes.through, Experience.themes.through
    QuestionTheme.objects.bulk_create(
        (
            QuestionTheme(question_id=q.pk, theme_id=tags[n % len(tags)].pk)
            for n, q in enumerate(questions)
        ),
        batch_size=BATCH,
    )
    ExperienceTheme.objects.bulk_create(
        (
            ExperienceTheme(experience_id=e.pk, theme_id=tags[n % len(tags)].pk)
            for n, e in enumerate(experiences)
        ),
        batch_size=BATCH,
    )
    # Replies spread unevenly: most threads get a few, some get many.
    answers = [
        Answer(
            question=q,
            text=TEXT,
            created_at=q.created_at + datetime.timedelta(hours=n + 1),
            **author(n + 3),
        )
        for n, q in enumerate(rng.choices(questions, k=replies // 2))
    ]
    comments = [
        Comment(
            experience=e,
            text=TEXT,
            created_at=e.created_at + datetime.timedelta(hours=n + 1),
            **author(n + 5),
        )
        for n, e in enumerate(rng.choices(experiences, k=replies - replies // 2))
    ]
    Answer.objects.bulk_create(answers, batch_size=BATCH)
    Comment.objects.bulk_create(comments, batch_size=BATCH)
    volume.log(
        f"Forum: {len(questions)} questions, {len(answers)} answers, {len(experiences)} "
        f"experiences, {len(comments)} comments."
    )

"""One item of every kind of personal data the kenniskring keeps, for a member: each text
carries the member's marker, so a test can tell whose data ended up where."""

import datetime

from axes.models import AccessLog
from django.core.files.base import ContentFile
from django.utils import timezone

from kenniskring.forum.models import (
    Answer,
    Comment,
    Experience,
    Follow,
    PostVersion,
    Preferences,
    Question,
    Report,
    UsefulMark,
)
from kenniskring.learning.models import (
    Challenge,
    ChallengeComment,
    ImpactNote,
    LearningQuestion,
    Reflection,
    ReflectionAssignment,
    ReflectionAttachment,
    ReflectionVersion,
)
from kenniskring.models import (
    Attendance,
    CalendarToken,
    HomeVisit,
    HostOffer,
    Theme,
    ThemeVote,
    suggest_theme,
)
from kenniskring.models.themes import demo_themes

PNG = b"\x89PNG\r\n\x1a\n" + b"0" * 16
PDF = b"%PDF-1.4\n%%EOF\n"


def give_data(user, project, tree, marker, other_post=None):
    """Every kind of data for `user` of `project`; returns its forum question and experience.
    `other_post` is someone else's answer the user marks useful and reports."""
    now = timezone.now()
    Attendance.objects.create(
        day=tree["day_north"] if project.region.slug == "noord" else tree["day_south"],
        project=project,
        participant_one=user.get_full_name(),
        participant_two=f"Duo {marker}",
        registered_by=user,
    )
    CalendarToken.renew_for(user)
    HomeVisit.objects.create(user=user, last_seen_at=now)
    suggest_theme(f"Thema {marker}", user)
    ThemeVote.objects.create(
        day=tree["halfway"], project=project, theme=Theme.objects.first(), voted_by=user
    )
    HostOffer.objects.create(project=project, period=f"Voorjaar {marker}", offered_by=user)
    AccessLog.objects.create(
        username=user.get_username(), ip_address="10.0.0.1", user_agent=f"Browser {marker}"
    )
    question = Question.objects.create(
        title=f"Vraag {marker}", text=f"<p>Vraagtekst {marker}</p>", author=user, project=project
    )
    question.themes.set(demo_themes("grenzen"))
    Answer.objects.create(
        question=question, text=f"<p>Antwoord {marker}</p>", author=user, project=project
    )
    experience = Experience(
        title=f"Ervaring {marker}", text=f"<p>Ervaringtekst {marker}</p>", author=user
    )
    experience.image.save("foto.png", ContentFile(PNG + marker.encode()), save=False)
    experience.save()
    Comment.objects.create(experience=experience, text=f"<p>Reactie {marker}</p>", author=user)
    PostVersion.objects.create(
        post=question, title=f"Vraag {marker}", text=f"Eerder {marker}", written_at=now
    )
    Follow.objects.create(user=user, question=question)
    Preferences.objects.create(user=user, weekly_digest=False)
    if other_post is not None:
        UsefulMark.objects.create(answer=other_post, user=user)
        Report.objects.create(post=other_post, reporter=user, reason=f"Melding {marker}")
    assignment = ReflectionAssignment.objects.create(
        day=tree["start"],
        title=f"Opdracht {marker}",
        questions="Wat leerden jullie?",
        due_date=timezone.localdate() + datetime.timedelta(days=10),
    )
    answers = [{"question": "Wat leerden jullie?", "answer": f"Reflectie {marker}"}]
    reflection = Reflection.objects.create(
        assignment=assignment, project=project, answers=answers, status="submitted", version=1
    )
    ReflectionVersion.objects.create(
        reflection=reflection, number=1, answers=answers, status="submitted", saved_by=user
    )
    attachment = ReflectionAttachment(
        reflection=reflection,
        name=f"bijlage-{marker}.pdf",
        content_type="application/pdf",
        size=20,
        uploaded_by=user,
    )
    attachment.file.save("bijlage.pdf", ContentFile(PDF + marker.encode()), save=False)
    attachment.save()
    ImpactNote.objects.create(
        day=tree["start"], project=project, text=f"Impact {marker}", author=user
    )
    LearningQuestion.objects.create(
        project=project, question=f"Leervraag {marker}", created_by=user
    )
    challenge = Challenge.objects.create(
        category="strength", text=f"Uitdaging {marker}", project=project, author=user
    )
    ChallengeComment.objects.create(
        challenge=challenge, text=f"Reactie op uitdaging {marker}", author=user, project=project
    )
    return question, experience

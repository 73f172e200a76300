"""Fixtures for the learning material, on top of the kenniskring's own small trees."""

import datetime
import io
import zipfile

import pytest
from django.utils import timezone
from PIL import Image

from kenniskring.learning.models import (
    Reflection,
    ReflectionAssignment,
    ReflectionAttachment,
    ReflectionVersion,
)


@pytest.fixture
def assignment(tree):
    """An assignment of the start day: every project answers it."""
    return ReflectionAssignment.objects.create(
        day=tree["start"],
        title="Een moment van bijleren",
        questions="Wat leerden jullie?\nWat doen jullie nu anders?",
        due_date=timezone.localdate() + datetime.timedelta(days=10),
    )


def make_reflection(
    assignment, project, answers, status=Reflection.SUBMITTED, visibility="project"
):
    reflection = Reflection.objects.create(
        assignment=assignment,
        project=project,
        answers=[
            {"question": q, "answer": a}
            for q, a in zip(assignment.question_list, answers, strict=True)
        ],
        status=status,
        visibility=visibility,
        version=1,
        submitted_at=timezone.now() if status == Reflection.SUBMITTED else None,
    )
    ReflectionVersion.objects.create(
        reflection=reflection,
        number=1,
        answers=reflection.answers,
        status=status,
        visibility=visibility,
    )
    return reflection


@pytest.fixture
def private_b(assignment, tree):
    """Project B's submitted reflection, for project B and partners only."""
    reflection = make_reflection(
        assignment, tree["project_b"], ["Geheim antwoord B", "Geheime aanpak B"]
    )
    from django.core.files.base import ContentFile

    item = ReflectionAttachment(
        reflection=reflection, name="b.pdf", content_type="application/pdf", size=20
    )
    item.file.save("b.pdf", ContentFile(PDF_BYTES), save=False)
    item.save()
    return reflection


@pytest.fixture
def shared_b(tree):
    other = ReflectionAssignment.objects.create(
        day=tree["day_south"],
        title="Grenzen",
        questions="Waar lag een grens?",
        due_date=timezone.localdate() + datetime.timedelta(days=5),
    )
    return make_reflection(
        other, tree["project_b"], ["Gedeeld antwoord B"], visibility="kenniskring"
    )


PDF_BYTES = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def docx_bytes():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


def png_bytes():
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), "red").save(buffer, "PNG")
    return buffer.getvalue()

"""The research export writes dates and times on the Brussels clock, readable, not UTC ISO."""

import csv
import datetime
import io
import json

import pytest
from django.urls import reverse

from kenniskring.learning.models import LearningQuestion

from .fixtures import make_reflection

pytestmark = pytest.mark.django_db

# 23:30 UTC on 31 March 2030 is 01:30 on 1 April in Brussels (summer time).
LATE_UTC = datetime.datetime(2030, 3, 31, 23, 30, tzinfo=datetime.UTC)


@pytest.fixture
def late_material(tree, assignment, people):
    reflection = make_reflection(assignment, tree["project_a"], ["Een", "Twee"])
    reflection.submitted_at = LATE_UTC
    reflection.save()
    question = LearningQuestion.objects.create(
        project=tree["project_a"], question="Hoe vangen we uitval op?", created_by=people["member"]
    )
    LearningQuestion.objects.filter(pk=question.pk).update(created_at=LATE_UTC)


def test_reflections_and_questions_carry_brussels_dates(as_user, late_material):
    client = as_user("partner")
    export = reverse("kenniskring_learning:export")
    response = client.get(export, {"file_format": "csv", "dataset": "reflections"})
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert {row["ingediend_op"] for row in rows} == {"01-04-2030 01:30"}
    assert {row["datum_netwerkdag"] for row in rows} == {"25-06-2019"}
    data = json.loads(client.get(export, {"file_format": "json"}).content)
    assert data["questions"][0]["gesteld_op"] == "01-04-2030"


def test_outsiders_and_other_members_get_no_export(as_user, late_material):
    export = reverse("kenniskring_learning:export")
    for who in ("outsider", "other_member", "member"):
        response = as_user(who).get(export, {"file_format": "csv"})
        assert response.status_code in (302, 403), who
        assert "01-04-2030" not in response.content.decode()

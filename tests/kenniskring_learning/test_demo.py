"""The demo step builds learning material for the demo projects, and runs twice safely."""

from django.core.management import call_command
from django.urls import reverse

from kenniskring.learning.models import (
    Challenge,
    LearningQuestion,
    Reflection,
    ReflectionAssignment,
)


def test_demo_learning_material(demo_site, client):
    from django.contrib.auth import get_user_model

    counts = [
        model.objects.count()
        for model in (ReflectionAssignment, Reflection, LearningQuestion, Challenge)
    ]
    assert all(counts)
    assert Reflection.objects.filter(visibility="kenniskring", status="submitted").exists()
    assert Reflection.objects.filter(visibility="project", status="submitted").exists()
    assert set(Challenge.objects.values_list("category", flat=True)) == set(
        Challenge.Category.values
    )

    call_command("load_demo_content", force=True, stdout=open("/dev/null", "w"))
    assert [
        model.objects.count()
        for model in (ReflectionAssignment, Reflection, LearningQuestion, Challenge)
    ] == counts

    users = get_user_model().objects
    client.force_login(users.get(username="lid"))
    private_b = Reflection.objects.filter(
        project__members__user__username="lid2", visibility="project"
    ).first()
    response = client.get(reverse("kenniskring_learning:reflection", args=[private_b.pk]))
    assert response.status_code == 403
    own = client.get(reverse("kenniskring_learning:reflections"))
    assert own.status_code == 200 and "concept" in own.content.decode()
    client.force_login(users.get(username="redacteur"))
    assert client.get(reverse("kenniskring_learning:export")).status_code == 200


def test_the_demo_researcher_exports_with_the_region_of_every_assignment(demo_site, client):
    """`onderzoeker` (Odisee) logs in with the demo password and downloads the material;
    the demo's other accounts may not."""
    import json

    from kenniskring.models import RegionPage

    export = reverse("kenniskring_learning:export")
    for username in ("partner", "lid"):
        client.login(username=username, password="kennisplein")
        assert client.get(export, {"file_format": "json"}).status_code == 403, username
    assert client.login(username="onderzoeker", password="kennisplein")
    response = client.get(export, {"file_format": "json"})
    assert response.status_code == 200
    rows = json.loads(response.content)["reflections"]
    submitted = Reflection.objects.filter(status="submitted")
    assert {row["reflectie_id"] for row in rows} == set(submitted.values_list("pk", flat=True))
    region_names = set(RegionPage.objects.values_list("region__name", flat=True))
    for row in rows:
        # The demo's reflections answer their own region's days.
        assert row["regio_opdracht"] == row["regio"] and row["regio"] in region_names, row
        assert row["antwoord"] and "<" not in row["antwoord"]

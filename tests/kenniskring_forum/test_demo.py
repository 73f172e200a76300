"""The demo forum, built by the site's demo command (a Kennisplein-only test)."""

from django.contrib.auth import get_user_model
from django.core.management import call_command

from kenniskring.forum.models import Answer, Comment, Experience, Question, Report

from .conftest import url


def test_demo_forum_is_built_once_and_shown_to_the_demo_member(demo_site, client):
    counts = (Question.objects.count(), Answer.objects.count(), Experience.objects.count())
    assert counts[0] >= 24 and counts[1] >= 25 and counts[2] >= 8
    assert Comment.objects.exists()
    assert Report.objects.count() == 1
    assert Question.objects.values("project").distinct().count() >= 6
    call_command("load_demo_content", force=True, stdout=open("/dev/null", "w"))
    assert (Question.objects.count(), Answer.objects.count(), Experience.objects.count()) == counts
    client.force_login(get_user_model().objects.get(username="lid"))
    page = client.get(url("questions")).content.decode()
    assert "Hoe sluiten jullie een duo af?" in page
    editor = get_user_model().objects.get(username="redacteur")
    assert editor.has_perm("kenniskring_forum.moderate_forum")

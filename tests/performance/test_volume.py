import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Page

from home.models import ContentPage, KnowledgeClipPage
from kenniskring.forum.models import Answer, Comment, Experience, Question
from kenniskring.learning.models import Reflection
from kenniskring.models import BuddyProjectPage, NetworkDayPage, Region
from tests.site.private_files import assert_no_private_file_under_media_root

QUIET = {"stdout": open("/dev/null", "w")}  # noqa: SIM115


def test_volume_at_scale_forms_a_sound_tree_renders_and_runs_once(demo_site, client):
    """Built once on the shared demo (the build costs seconds): counts, the tree, pages that
    render, no second run."""
    call_command("generate_volume", scale=0.02, force=True, **QUIET)

    assert Region.objects.filter(slug__startswith="volume-").count() == 1
    assert BuddyProjectPage.objects.filter(slug__startswith="volume-").count() == 6
    assert NetworkDayPage.objects.filter(slug__startswith="dag-").count() == 40
    assert Reflection.objects.count() >= 100
    posts = sum(m.objects.count() for m in (Question, Answer, Experience, Comment))
    assert posts >= 400
    assert ContentPage.objects.filter(url_path__contains="/volume-archief-").count() == 40
    assert KnowledgeClipPage.objects.filter(slug__startswith="volume-").count() == 4

    assert Page.find_problems() == ([], [], [], [], [])
    for page in Page.objects.filter(depth=2).first().get_children():
        assert page.numchild == page.get_children().count()
    project = BuddyProjectPage.objects.get(slug="volume-project-0001")
    response = client.get(project.url)
    assert response.status_code == 200
    assert b"Volumeproject 1" in response.content
    assert client.get("/nl/volume-archief-01/verhaal-001/").status_code == 200
    clip = KnowledgeClipPage.objects.get(slug="volume-clip-001")
    assert clip.themes.count() == 2
    assert client.get(clip.url).status_code == 200

    assert_no_private_file_under_media_root()

    with pytest.raises(CommandError, match="already"):
        call_command("generate_volume", scale=0.02, force=True, **QUIET)


def test_volume_refuses_without_debug_or_force(db, settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DEBUG"):
        call_command("generate_volume", scale=0.02, **QUIET)

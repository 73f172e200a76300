"""The migration that moves the film's and clips' video address and transcript into the video
block, on data made by the old code: the page and its revisions keep both."""

import json

import pytest
from django.utils import timezone

from tests.migrations import fully_migrated_afterwards, migrate  # noqa: F401 (a fixture)

BEFORE = [("home", "0013_clip_themes_from_the_vocabulary")]
AFTER = [("home", "0014_film_and_clips_video_block")]
URL = "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
TRANSCRIPT = "<p>Wat de projecthouders vertellen.</p>"


pytestmark = pytest.mark.usefixtures("fully_migrated_afterwards")


def old_page(apps, model, path, **fields):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Locale = apps.get_model("wagtailcore", "Locale")
    Page = apps.get_model("home", model)
    content_type = ContentType.objects.get_or_create(app_label="home", model=model.lower())[0]
    page = Page.objects.create(
        path=path,
        depth=2,
        numchild=0,
        content_type=content_type,
        locale=Locale.objects.get_or_create(language_code="nl")[0],
        draft_title=fields["title"],
        live=True,
        url_path=f"/{fields['slug']}/",
        **fields,
    )
    content = {"pk": page.pk, "title": fields["title"], "video_url": URL, "transcript": TRANSCRIPT}
    apps.get_model("wagtailcore", "Revision").objects.create(
        content_type=content_type,
        base_content_type_id=content_type.pk,
        object_id=str(page.pk),
        content=content,
        created_at=timezone.now(),
    )
    return page.pk


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_video_address_and_transcript_move_into_the_block_of_page_and_revisions():
    apps = migrate(BEFORE)
    film = old_page(
        apps,
        "FilmPage",
        "00010901",
        title="Van buddy tot community",
        slug="film-oud",
        purpose="<p>Lesmateriaal.</p>",
        video_url=URL,
        transcript=TRANSCRIPT,
    )
    clip = old_page(
        apps, "KnowledgeClipPage", "00010902", title="Impact", slug="clip-oud", text="<p>x</p>"
    )
    apps = migrate(AFTER)
    page = apps.get_model("home", "FilmPage").objects.get(pk=film)
    [block] = page.video.raw_data
    assert block["type"] == "video"
    assert block["value"]["url"] == URL
    assert block["value"]["transcript"] == TRANSCRIPT
    assert block["value"]["title"] == "Van buddy tot community"
    assert not apps.get_model("home", "KnowledgeClipPage").objects.get(pk=clip).video.raw_data

    Revision = apps.get_model("wagtailcore", "Revision")
    content = Revision.objects.get(object_id=str(film)).content
    assert "video_url" not in content and "transcript" not in content
    assert json.loads(content["video"])[0]["value"]["url"] == URL

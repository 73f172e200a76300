"""The video block: the site's own file with captions and a poster, or a YouTube/Vimeo video
behind a click-to-load facade; always with its transcript. The film and its clips use it."""

import re
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from django.core.files import File
from wagtail.documents import get_document_model
from wagtail.rich_text import RichText

from home.blocks import VideoBlock
from home.models import ContentPage
from home.video_frames import external_player

from .conftest import make_clip, make_film, publish
from .test_pages import make_image

pytestmark = pytest.mark.django_db

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
TRANSCRIPT = RichText("<p>Een buddy vertelt hoe het begon.</p>")


def document(name):
    with open(FIXTURES / name, "rb") as handle:
        return get_document_model().objects.create(title=name, file=File(handle, name=name))


def video_value(**fields):
    return {"title": "Van buddy tot community", "transcript": TRANSCRIPT} | fields


def frame_src(response):
    directives = dict(
        part.strip().split(" ", 1) for part in response["Content-Security-Policy"].split(";")
    )
    return directives.get("frame-src")


def test_an_own_video_file_plays_in_the_page_with_captions_poster_and_transcript(client, home):
    video, captions = document("test-video.webm"), document("test-video.vtt")
    film = make_film(
        home,
        video=[
            (
                "video",
                video_value(
                    video_file=video,
                    captions=captions,
                    captions_language="nl",
                    poster=make_image("Affiche"),
                ),
            )
        ],
    )
    response = client.get(film.url)
    html = response.content.decode()
    assert response.status_code == 200
    tag = re.search(r"<video [^>]*>", html).group(0)
    assert "controls" in tag and 'preload="none"' in tag
    assert re.search(r'poster="/media-test/images/[^"]+\.png"|poster="[^"]+\.png"', tag)
    assert f'<source src="{video.url}" type="video/webm">' in html
    assert (
        f'<track kind="captions" src="{captions.url}" srclang="nl" label="Nederlands" default>'
        in html
    )
    assert re.search(
        r"<details class=\"transcript\">\s*<summary>[^<]*Van buddy tot community", html
    )
    assert "Een buddy vertelt hoe het begon." in html
    assert "<iframe" not in html and "data-video-player" not in html
    assert frame_src(response) == "'none'"
    assert "De video is nog niet online." not in html


@pytest.mark.parametrize(
    "url, player, origin, site",
    [
        (
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
            "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1",
            "https://www.youtube-nocookie.com",
            "YouTube",
        ),
        (
            "https://vimeo.com/76979871",
            "https://player.vimeo.com/video/76979871?dnt=1&autoplay=1",
            "https://player.vimeo.com",
            "Vimeo",
        ),
    ],
)
def test_an_external_video_waits_behind_a_link_until_the_visitor_clicks(
    client, home, url, player, origin, site
):
    clip = make_clip(make_film(home), "Rekrutering", video=[("video", video_value(url=url))])
    response = client.get(clip.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "<iframe" not in html  # nothing from the video site before the click
    assert not re.search(r"\s(src|srcset|poster)=\"(https?:)?//", html)  # all from the site
    link = re.search(r"<a [^>]*data-video-player[^>]*>[^<]*</a>", html).group(0)
    assert f'href="{url}"' in link  # without JavaScript: a plain link to the video
    assert f'data-video-player="{player.replace("&", "&amp;")}"' in link
    assert 'data-video-title="Van buddy tot community"' in link
    assert f"Bekijk “Van buddy tot community” op {site}" in link
    assert f"Pas als je op de knop klikt, laadt je browser hem van {site}" in html
    assert re.search(r'<script type="module" src="/static/home/js/video\.js"></script>', html)
    assert "Een buddy vertelt hoe het begon." in html
    assert frame_src(response) == origin


def test_a_video_address_of_another_site_is_a_plain_link_and_opens_no_frame(client, home):
    page = publish(
        home,
        ContentPage(
            title="Elders",
            slug="elders",
            body=[("video", video_value(url="https://video.example.org/film"))],
        ),
    )
    response = client.get(page.url)
    html = response.content.decode()
    assert '<a href="https://video.example.org/film">Bekijk de video' in html
    assert "data-video-player" not in html and "video.js" not in html
    assert frame_src(response) == "'none'"


def test_film_and_clip_without_a_video_say_so_and_link_nowhere(client, home):
    film = make_film(home)
    clip = make_clip(film, "Impact")
    for page in (film, clip):
        html = client.get(page.url).content.decode()
        assert "De video is nog niet online." in html
        assert "example.org" not in html
        assert '<details class="transcript">' not in html


@pytest.mark.parametrize(
    "url, expected",
    [
        ("https://youtu.be/dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"),
        ("https://www.youtube.com/embed/dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/"),
        ("https://youtube.com/shorts/dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/"),
        ("https://player.vimeo.com/video/76979871", "https://player.vimeo.com/video/76979871"),
        ("https://vimeo.com/channels/staffpicks/76979871", "https://player.vimeo.com/video/769"),
        ("https://www.youtube.com/watch?v=tooshort", None),
        ("https://www.youtube.com/@kanaal", None),
        ("https://vimeo.com/about", None),
        ("javascript:alert(1)", None),
        ("https://evil.example/embed/dQw4w9WgXcQ", None),
    ],
)
def test_only_youtube_and_vimeo_videos_get_a_player(url, expected):
    player = external_player(url)
    if expected is None:
        assert player is None
    else:
        assert player.src.startswith(expected)


def block_errors(value):
    block = VideoBlock()
    with pytest.raises(ValidationError) as raised:
        block.clean(block.to_python(value))
    return {name: str(error) for name, error in raised.value.block_errors.items()}


def test_the_block_needs_one_source_of_a_known_kind():
    assert "Kies een videobestand of vul het adres" in block_errors(video_value())["video_file"]
    assert (
        "niet allebei"
        in block_errors(
            video_value(video_file=document("test-video.webm").pk, url="https://vimeo.com/1")
        )["url"]
    )
    assert (
        "geen adres van een video op YouTube of Vimeo"
        in block_errors(video_value(url="https://video.example.org/film"))["url"]
    )
    assert (
        "mp4- of webm-formaat"
        in block_errors(video_value(video_file=document("test-video.vtt").pk))["video_file"]
    )
    assert (
        ".vtt"
        in block_errors(
            video_value(
                video_file=document("test-video.webm").pk, captions=document("test-video.webm").pk
            )
        )["captions"]
    )


def test_the_block_needs_a_transcript():
    value = {"title": "Film", "url": "https://vimeo.com/76979871", "transcript": RichText("")}
    assert "transcript" in block_errors(value)


def test_a_complete_block_is_accepted():
    block = VideoBlock()
    value = block.to_python(
        video_value(
            video_file=document("test-video.webm").pk, captions=document("test-video.vtt").pk
        )
    )
    assert block.clean(value)["video_file"].title == "test-video.webm"

"""Content-Security-Policy: the site's own scripts and styles only, video players in frames;
the pages still render with nothing inline that the policy would block."""

import json
import re

import pytest
from django.urls import reverse

from home.models import ContentPage
from tests.kenniskring.fixtures import publish

INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*application/(?:ld\+)?json)[^>]*>")
STYLE_ATTRIBUTE = re.compile(r"<[^>]+\sstyle=|<style[\s>]", re.IGNORECASE)
INLINE_HANDLER = re.compile(r"<[^>]+\son[a-z]+=", re.IGNORECASE)


def pages(world):
    learning, forum = "kenniskring_learning", "kenniskring_forum"
    return [
        world["home"].url,
        world["kenniskring"].url,
        world["index"].url,
        world["project_a"].url,
        world["day_north"].url,
        reverse(f"{forum}:questions"),
        reverse(f"{forum}:question", args=[world["question"].pk]),
        reverse(f"{forum}:experiences"),
        reverse(f"{forum}:experience", args=[world["experience"].pk]),
        reverse(f"{learning}:reflections"),
        reverse(f"{learning}:write", args=[world["assignment"].pk]),
        reverse(f"{learning}:portfolio", args=["project-a"]),
        reverse(f"{learning}:portfolio_print", args=["project-a"]),
        reverse(f"{learning}:learning_questions"),
        reverse(f"{learning}:challenges"),
        reverse("search") + "?q=buddy",
    ]


def test_every_page_carries_the_policy_and_nothing_inline_it_would_block(client, world):
    client.force_login(world["member"])
    for address in pages(world):
        response = client.get(address)
        assert response.status_code == 200, address
        policy = response["Content-Security-Policy"]
        assert "default-src 'self'" in policy and "script-src 'self'" in policy, address
        assert "style-src 'self'" in policy and "'unsafe-inline'" not in policy
        assert "frame-src 'none'" in policy, address
        html = response.content.decode()
        assert not INLINE_SCRIPT.search(html), (address, INLINE_SCRIPT.search(html))
        assert not STYLE_ATTRIBUTE.search(html), (address, STYLE_ATTRIBUTE.search(html))
        assert not INLINE_HANDLER.search(html), (address, INLINE_HANDLER.search(html))


def test_anonymous_pages_and_the_login_carry_it_too(client, world):
    for address in (world["home"].url, reverse("kenniskring:login")):
        response = client.get(address)
        assert response.status_code == 200
        assert "script-src 'self'" in response["Content-Security-Policy"]


def test_the_admin_is_left_out(client, world, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("beheer", "b@example.org", "x"))
    response = client.get("/admin/")
    assert response.status_code == 200
    assert "Content-Security-Policy" not in response


def video_page(parent, slug, url):
    """A content page with one video block."""
    value = {"url": url, "title": "De film", "transcript": "<p>Wat er gezegd wordt.</p>"}
    body = json.dumps([{"type": "video", "value": value}])
    return publish(parent, ContentPage(title=slug.title(), slug=slug, body=body))


def frame_src(response):
    directives = dict(
        part.strip().split(" ", 1) for part in response["Content-Security-Policy"].split(";")
    )
    return directives.get("frame-src")


@pytest.mark.parametrize(
    "url, player, origin",
    [
        (
            "https://www.youtube.com/watch?v=abcdefghijk",
            "https://www.youtube-nocookie.com/embed/abcdefghijk?autoplay=1",
            "https://www.youtube-nocookie.com",
        ),
        (
            "https://vimeo.com/123",
            "https://player.vimeo.com/video/123?dnt=1&amp;autoplay=1",
            "https://player.vimeo.com",
        ),
    ],
)
def test_only_a_page_with_a_video_facade_lets_in_its_players_frame(
    client, world, url, player, origin
):
    page = video_page(world["home"], "met-video", url)
    for _ in range(2):  # the second answer may come from the anonymous page cache
        response = client.get(page.url)
        assert response.status_code == 200
        html = response.content.decode()
        assert f'data-video-player="{player}"' in html
        assert "<iframe" not in html  # the frame comes after the click (home/js/video.js)
        assert not INLINE_SCRIPT.search(html)
        assert frame_src(response) == origin
    plain = publish(world["home"], ContentPage(title="Zonder video", slug="zonder-video"))
    assert frame_src(client.get(plain.url)) == "'none'"
    assert frame_src(client.get(world["home"].url)) == "'none'"


def test_a_player_from_another_site_is_a_link_and_no_frame_source(client, world):
    page = video_page(world["home"], "vreemde-video", "https://video.example.org/x")
    response = client.get(page.url)
    assert response.status_code == 200
    assert "<iframe" not in response.content.decode()
    assert 'href="https://video.example.org/x"' in response.content.decode()
    assert frame_src(response) == "'none'"

"""Content-Security-Policy: the site's own scripts and styles only, video players in frames;
the pages still render with nothing inline that the policy would block."""

import re

from django.urls import reverse

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
        assert "frame-src https://www.youtube-nocookie.com" in policy
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

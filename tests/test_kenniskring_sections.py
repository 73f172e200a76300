"""The kenniskring's start page and network days lead members to every room."""

from django.urls import reverse

from kenniskring.learning.models import ReflectionAssignment


def test_start_page_links_to_each_room_for_a_member(demo_site, client):
    client.login(username="lid", password="kennisplein")
    response = client.get("/nl/kenniskring/")
    assert response.status_code == 200
    html = response.content.decode()
    project = response.wsgi_request.user.kenniskring_member.project
    for url in [
        reverse("kenniskring_learning:reflections"),
        reverse("kenniskring_learning:portfolio", args=[project.slug]),
        reverse("kenniskring_learning:learning_questions"),
        reverse("kenniskring_learning:challenges"),
        reverse("kenniskring_forum:questions"),
        reverse("kenniskring_forum:experiences"),
        reverse("kenniskring:my_calendar"),
    ]:
        assert f'href="{url}"' in html, url
    assert reverse("kenniskring_learning:export") not in html


def test_start_page_shows_nothing_to_outsiders(demo_site, client, django_user_model):
    response = client.get("/nl/kenniskring/")
    assert response.status_code == 302
    django_user_model.objects.create_user("buiten", password="x")
    client.login(username="buiten", password="x")
    response = client.get("/nl/kenniskring/")
    assert response.status_code == 403
    assert reverse("kenniskring_forum:questions") not in response.content.decode()


def test_network_day_shows_its_assignment_with_a_link_to_answer(demo_site, client):
    assignment = ReflectionAssignment.objects.select_related("day").first()
    client.login(username="lid", password="kennisplein")
    html = client.get(assignment.day.url).content.decode()
    assert assignment.title in html
    assert reverse("kenniskring_learning:write", args=[assignment.pk]) in html


def test_a_member_view_has_breadcrumbs_to_its_section(demo_site, client, django_user_model):
    """The forum is no page: its breadcrumbs lead to the section its address lies in."""
    client.login(username="lid", password="kennisplein")
    html = client.get(reverse("kenniskring_forum:questions")).content.decode()
    trail = html[html.index('aria-label="Kruimelpad"') :].split("</nav>")[0]
    assert '<li><a href="/nl/">Start</a></li>' in trail
    assert '<li><a href="/nl/kenniskring/">Kenniskring</a></li>' in trail
    search = client.get("/nl/zoeken/?q=buddy").content.decode()
    assert 'aria-label="Kruimelpad"' not in search
    django_user_model.objects.create_user("buiten", password="x")
    client.login(username="buiten", password="x")
    refused = client.get(reverse("kenniskring_forum:questions"))
    assert refused.status_code == 403 and 'aria-label="Kruimelpad"' not in refused.content.decode()

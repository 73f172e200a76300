"""The small items of the hardening issue: an author edits their own experience with an
image; unpublished network days stay unnamed on the learning pages; the menu follows the
kenniskring's restriction."""

from django.core.files.base import ContentFile
from django.urls import reverse

from tests.kenniskring_learning.fixtures import png_bytes


def test_an_author_edits_their_own_experience_that_has_an_image(client, world):
    experience = world["experience"]
    experience.image.save("foto.png", ContentFile(png_bytes()), save=False)
    experience.image_alt = "Een foto"
    experience.save()
    client.force_login(world["member"])
    address = reverse("kenniskring_forum:edit", args=["ervaring", experience.pk])
    form = client.get(address)
    assert form.status_code == 200
    assert "Een foto" in form.content.decode()
    response = client.post(
        address, {"title": "Een betere start", "text": "Nieuwe tekst", "image_alt": "Een foto"}
    )
    assert response.status_code == 302
    experience.refresh_from_db()
    assert experience.title == "Een betere start" and experience.image


def test_unpublished_network_days_stay_unnamed_on_the_learning_pages(client, world):
    from kenniskring.learning.models import ReflectionAssignment

    day = world["day_north"]
    day.title = "Geheime dag in voorbereiding"
    day.save_revision().publish()
    day.unpublish()
    world["learning_question"].days.add(day)
    ReflectionAssignment.objects.create(
        day=day, title="Opdracht van de geheime dag", questions="Wat?", due_date="2030-01-01"
    )
    client.force_login(world["member"])
    for address in (
        reverse("kenniskring_learning:learning_questions"),
        reverse("kenniskring_learning:reflections"),
    ):
        response = client.get(address)
        assert response.status_code == 200
        assert "Geheime dag in voorbereiding" not in response.content.decode()
        assert "Opdracht van de geheime dag" not in response.content.decode()
    for address in (
        reverse("kenniskring_learning:day_questions", args=[day.pk]),
        reverse("kenniskring_learning:impact", args=[day.pk, "project-a"]),
    ):
        response = client.get(address)
        assert response.status_code == 404
        assert "Geheime dag in voorbereiding" not in response.content.decode()


def test_the_menu_shows_the_kenniskring_only_to_its_people_whatever_its_restriction(rf, world):
    from django.contrib.auth.models import AnonymousUser
    from wagtail.models import PageViewRestriction

    from home.navigation import menu_pages

    kenniskring = world["kenniskring"]
    kenniskring.show_in_menus = True
    kenniskring.save_revision().publish()
    PageViewRestriction.objects.filter(page=kenniskring).delete()
    for who, shown in (("anonymous", False), ("outsider", False), ("member", True)):
        request = rf.get(world["home"].url)
        request.user = world[who] or AnonymousUser()
        _, items = menu_pages(request, world["home"])
        assert (kenniskring.pk in [item.pk for item in items]) is shown, who

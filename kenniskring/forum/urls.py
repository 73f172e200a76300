"""The forum's addresses; include inside `i18n_patterns`, before Wagtail's urls."""

from django.urls import path

from . import views

app_name = "kenniskring_forum"

KIND = "<str:kind>/<int:pk>"

urlpatterns = [
    path("kenniskring/forum/", views.question_list, name="questions"),
    path("kenniskring/forum/vragen/nieuw/", views.question_create, name="question_create"),
    path("kenniskring/forum/vragen/<int:pk>/", views.question_detail, name="question"),
    path(
        "kenniskring/forum/antwoorden/<int:pk>/aanvaarden/",
        views.accept_answer,
        name="accept_answer",
    ),
    path("kenniskring/forum/antwoorden/<int:pk>/nuttig/", views.mark_useful, name="mark_useful"),
    path("kenniskring/forum/mijn-berichten/", views.my_posts, name="my_posts"),
    path("kenniskring/forum/voorkeuren/", views.preferences, name="preferences"),
    path(f"kenniskring/forum/{KIND}/bewerken/", views.post_edit, name="edit"),
    path(f"kenniskring/forum/{KIND}/versies/", views.post_versions, name="versions"),
    path(f"kenniskring/forum/{KIND}/verwijderen/", views.post_delete, name="delete"),
    path(f"kenniskring/forum/{KIND}/melden/", views.post_report, name="report"),
    path(f"kenniskring/forum/{KIND}/volgen/", views.toggle_follow, name="follow"),
    path(
        f"kenniskring/forum/{KIND}/<str:action>/",
        views.post_moderate,
        name="moderate",
    ),
    path("kenniskring/ervaringen/", views.experience_list, name="experiences"),
    path("kenniskring/ervaringen/nieuw/", views.experience_create, name="experience_create"),
    path("kenniskring/ervaringen/<int:pk>/", views.experience_detail, name="experience"),
    path(
        "kenniskring/ervaringen/<int:pk>/afbeelding/",
        views.experience_image,
        name="experience_image",
    ),
]

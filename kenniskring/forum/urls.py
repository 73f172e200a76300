"""The forum's addresses; include inside `i18n_patterns`, before Wagtail's urls."""

from django.urls import path

from kenniskring.addresses import under_section

from . import views

app_name = "kenniskring_forum"

KIND = "<str:kind>/<int:pk>"

urlpatterns = under_section(
    [
        path("forum/", views.question_list, name="questions"),
        path("forum/vragen/nieuw/", views.question_create, name="question_create"),
        path("forum/vragen/<int:pk>/", views.question_detail, name="question"),
        path(
            "forum/antwoorden/<int:pk>/aanvaarden/",
            views.accept_answer,
            name="accept_answer",
        ),
        path("forum/antwoorden/<int:pk>/nuttig/", views.mark_useful, name="mark_useful"),
        path("forum/mijn-berichten/", views.my_posts, name="my_posts"),
        path("forum/voorkeuren/", views.preferences, name="preferences"),
        path(f"forum/{KIND}/bewerken/", views.post_edit, name="edit"),
        path(f"forum/{KIND}/versies/", views.post_versions, name="versions"),
        path(f"forum/{KIND}/verwijderen/", views.post_delete, name="delete"),
        path(f"forum/{KIND}/melden/", views.post_report, name="report"),
        path(f"forum/{KIND}/volgen/", views.toggle_follow, name="follow"),
        path(
            f"forum/{KIND}/<str:action>/",
            views.post_moderate,
            name="moderate",
        ),
        path("ervaringen/", views.experience_list, name="experiences"),
        path("ervaringen/nieuw/", views.experience_create, name="experience_create"),
        path("ervaringen/<int:pk>/", views.experience_detail, name="experience"),
        path(
            "ervaringen/<int:pk>/afbeelding/",
            views.experience_image,
            name="experience_image",
        ),
    ]
)

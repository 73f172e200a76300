"""Addresses of the learning material. Include inside `i18n_patterns`, before Wagtail's urls."""

from django.urls import path

from .views import board, export, portfolio, progress, reflections

app_name = "kenniskring_learning"

urlpatterns = [
    path("kenniskring/reflecties/", reflections.overview, name="reflections"),
    path("kenniskring/reflecties/voortgang/", progress.progress, name="progress"),
    path("kenniskring/reflecties/voortgang/xlsx/", progress.progress_export, name="progress_xlsx"),
    path(
        "kenniskring/reflecties/opdracht/<int:assignment_id>/",
        reflections.write,
        name="write",
    ),
    path("kenniskring/reflecties/<int:pk>/", reflections.detail, name="reflection"),
    path(
        "kenniskring/reflecties/<int:pk>/bijlagen/<int:attachment_id>/",
        reflections.attachment,
        name="attachment",
    ),
    path("kenniskring/opdrachten/nieuw/", reflections.assignment_form, name="assignment_add"),
    path(
        "kenniskring/opdrachten/<int:pk>/bewerken/",
        reflections.assignment_form,
        name="assignment_edit",
    ),
    path("kenniskring/portfolio/", portfolio.index, name="portfolio_index"),
    path("kenniskring/portfolio/<slug:slug>/", portfolio.portfolio, name="portfolio"),
    path(
        "kenniskring/portfolio/<slug:slug>/afdrukken/",
        portfolio.portfolio,
        {"printable": True},
        name="portfolio_print",
    ),
    path(
        "kenniskring/portfolio/<slug:slug>/pdf/",
        portfolio.portfolio_download,
        name="portfolio_pdf",
    ),
    path(
        "kenniskring/impact/<int:day_id>/<slug:slug>/",
        board.impact,
        name="impact",
    ),
    path("kenniskring/leervragen/", board.learning_questions, name="learning_questions"),
    path("kenniskring/leervragen/<int:pk>/ook-onze/", board.support, name="support"),
    path("kenniskring/leervragen/<int:pk>/agenda/", board.agenda, name="agenda"),
    path("kenniskring/leervragen/dag/<int:day_id>/", board.day_questions, name="day_questions"),
    path("kenniskring/uitdagingen/", board.challenges, name="challenges"),
    path("kenniskring/uitdagingen/<int:pk>/reageren/", board.comment, name="comment"),
    path("kenniskring/onderzoek/export/", export.export, name="export"),
]

"""Addresses of the learning material. Include inside `i18n_patterns`, before Wagtail's urls."""

from django.urls import path

from kenniskring.addresses import under_section

from .views import board, export, portfolio, progress, reflections

app_name = "kenniskring_learning"

urlpatterns = under_section(
    [
        path("reflecties/", reflections.overview, name="reflections"),
        path("reflecties/voortgang/", progress.progress, name="progress"),
        path("reflecties/voortgang/xlsx/", progress.progress_export, name="progress_xlsx"),
        path(
            "reflecties/opdracht/<int:assignment_id>/",
            reflections.write,
            name="write",
        ),
        path("reflecties/<int:pk>/", reflections.detail, name="reflection"),
        path(
            "reflecties/<int:pk>/bijlagen/<int:attachment_id>/",
            reflections.attachment,
            name="attachment",
        ),
        path("opdrachten/nieuw/", reflections.assignment_form, name="assignment_add"),
        path(
            "opdrachten/<int:pk>/bewerken/",
            reflections.assignment_form,
            name="assignment_edit",
        ),
        path("portfolio/", portfolio.index, name="portfolio_index"),
        path("portfolio/<slug:slug>/", portfolio.portfolio, name="portfolio"),
        path(
            "portfolio/<slug:slug>/afdrukken/",
            portfolio.portfolio,
            {"printable": True},
            name="portfolio_print",
        ),
        path(
            "portfolio/<slug:slug>/pdf/",
            portfolio.portfolio_download,
            name="portfolio_pdf",
        ),
        path(
            "impact/<int:day_id>/<slug:slug>/",
            board.impact,
            name="impact",
        ),
        path("leervragen/", board.learning_questions, name="learning_questions"),
        path("leervragen/<int:pk>/ook-onze/", board.support, name="support"),
        path("leervragen/<int:pk>/agenda/", board.agenda, name="agenda"),
        path("leervragen/dag/<int:day_id>/", board.day_questions, name="day_questions"),
        path("uitdagingen/", board.challenges, name="challenges"),
        path("uitdagingen/<int:pk>/reageren/", board.comment, name="comment"),
        path("onderzoek/export/", export.export, name="export"),
    ]
)

"""The kenniskring's own addresses. Include inside `i18n_patterns`, before Wagtail's urls.

The member views lie below the kenniskring page's address (`KENNISKRING_PATH`, see
addresses.py); the account views and the theme pages at the site's level."""

from django.urls import path
from django.views.generic import RedirectView

from .addresses import section_path, under_section
from .views import account, calendar, hosting, my_data, protection, style_guide, themes

app_name = "kenniskring"

urlpatterns = [
    path("inloggen/", account.LoginView.as_view(), name="login"),
    path("uitloggen/", account.LogoutView.as_view(), name="logout"),
    path("wachtwoord-vergeten/", account.PasswordResetView.as_view(), name="password_reset"),
    path(
        "wachtwoord-vergeten/verstuurd/",
        account.PasswordResetDoneView.as_view(),
        name="password_reset_done",
    ),
    path(
        "wachtwoord-vergeten/<uidb64>/<token>/",
        account.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "wachtwoord-vergeten/klaar/",
        account.PasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
    path("uitnodiging/<str:token>/", account.accept_invitation, name="invitation"),
    path("mijn-taal/", account.my_language, name="my_language"),
    path("mijn-gegevens/", my_data.my_data, name="my_data"),
    path("mijn-gegevens/download/<str:token>/", my_data.my_data_download, name="my_data_download"),
    path("mijn-gegevens/verlaten/", my_data.leave, name="leave"),
    path("agenda/<str:token>.ics", calendar.feed, name="calendar_feed"),
    path("themas/<slug:slug>/", themes.theme_page, name="theme"),
    # Same address as Wagtail's own form, which this wraps with a lockout.
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        protection.authenticate_with_password,
        name="authenticate_with_password",
    ),
]

# The personal calendar was at the site's level before it moved below the section.
if section_path():
    calendar_moved = RedirectView.as_view(
        pattern_name="kenniskring:my_calendar", permanent=True, query_string=True
    )
    urlpatterns.append(path("mijn-agenda/", calendar_moved))
urlpatterns += under_section(
    [
        path("mijn-agenda/", account.my_calendar, name="my_calendar"),
        path("gastheer-worden/", hosting.host_offers, name="host_offers"),
        path("themavoorstellen/", themes.theme_suggestions, name="theme_suggestions"),
        path("stijlgids/", style_guide.style_guide, name="style_guide"),
    ]
)

# Include at the site root before `wagtail.documents.urls` (same address as Wagtail's view);
# the kenniskring's images beside them.
document_urlpatterns = [
    path(
        "documents/<int:document_id>/<str:document_filename>",
        protection.serve_document,
        name="kenniskring_document",
    ),
    path("private-images/<path:name>", protection.serve_image, name="kenniskring_image"),
]

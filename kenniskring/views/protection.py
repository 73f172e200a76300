"""Wrappers around two Wagtail views: private documents and the page password form."""

from axes.handlers.proxy import AxesProxyHandler
from axes.helpers import get_lockout_response
from django.contrib.auth.signals import user_login_failed
from django.shortcuts import get_object_or_404
from django.utils.cache import patch_cache_control
from wagtail import views as wagtail_views
from wagtail.documents import get_document_model
from wagtail.documents.views.serve import serve as wagtail_serve_document

from .. import access


def serve_document(request, document_id, document_filename):
    """Wagtail's document view, plus `no-store` for the kenniskring's own documents.

    Access is checked by the `before_serve_document` hook inside Wagtail's view.
    """
    document = get_object_or_404(get_document_model(), id=document_id)
    response = wagtail_serve_document(request, document_id, document_filename)
    if access.is_private_collection(document.collection):
        patch_cache_control(response, private=True, no_store=True)
    return response


def authenticate_with_password(request, page_view_restriction_id, page_id):
    """Wagtail's private-page password form, locked for a while after too many wrong tries."""
    credentials = {"username": f"page-password-{page_view_restriction_id}"}
    if request.method == "POST" and not AxesProxyHandler.is_allowed(request, credentials):
        return get_lockout_response(request, credentials=credentials)
    response = wagtail_views.authenticate_with_password(request, page_view_restriction_id, page_id)
    if request.method == "POST" and response.status_code == 200:
        # The form came back: the password was wrong.
        user_login_failed.send(sender=__name__, credentials=credentials, request=request)
    return response

"""Wrappers around Wagtail views: private documents and images, and the page password form."""

import posixpath

from axes.handlers.proxy import AxesProxyHandler
from axes.helpers import get_lockout_response
from django.contrib.auth.signals import user_login_failed
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from wagtail import hooks
from wagtail import views as wagtail_views
from wagtail.documents import get_document_model
from wagtail.documents.models import document_served
from wagtail.documents.views.serve import serve as wagtail_serve_document
from wagtail.images import get_image_model
from wagtail.permissions import policy_registry

from .. import access
from ..serving import serve_private_file
from ..storage import PRIVATE_PREFIX


def serve_document(request, document_id, document_filename):
    """Wagtail's document view for public documents. The kenniskring's own documents pass
    the same `before_serve_document` hooks (the access check among them) and then leave
    through `serve_private_file`: from the private storage, by the proxy or a signed URL."""
    Document = get_document_model()
    document = get_object_or_404(Document, id=document_id)
    if not access.is_private_collection(document.collection):
        return wagtail_serve_document(request, document_id, document_filename)
    if document.filename != document_filename:
        raise Http404
    for hook in hooks.get_hooks("before_serve_document"):
        result = hook(document, request)
        if isinstance(result, HttpResponse):
            return result
    document_served.send(sender=Document, instance=document, request=request)
    return serve_private_file(
        request,
        document.file,
        document.filename,
        content_type=document.content_type,
        as_attachment=document.content_disposition != "inline",
    )


def serve_image(request, name):
    """A private image or one of its renditions (the URL ``ImageStorage`` gives it), for
    members, partners and the editors who may choose or change the image; nobody else."""
    if not request.user.is_authenticated:
        return access.refuse(request)
    Image = get_image_model()
    stored = PRIVATE_PREFIX + name
    # Pages show renditions; an original is asked for by the admin only: look for those last.
    renditions = Image.get_rendition_model().objects.select_related("image__collection")
    rendition = renditions.filter(file=stored).first()
    if rendition is not None:
        image, field_file = rendition.image, rendition.file
    else:
        image = get_object_or_404(Image.objects.select_related("collection"), file=stored)
        field_file = image.file
    if not may_see_image(request.user, image):
        return access.refuse(request)
    return serve_private_file(request, field_file, posixpath.basename(name), as_attachment=False)


def may_see_image(user, image):
    if access.can_enter(user):
        return True
    policy = policy_registry.get_by_type(type(image))
    return policy.user_has_any_permission_for_instance(user, ["choose", "change"], image)


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

from django.contrib import messages
from django.core.cache import cache
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from wagtail.models import Locale

from kenniskring import access as base_access
from kenniskring.models import BuddyProjectPage

from .. import access
from ..pdf import portfolio_pdf
from ..portfolio import build
from . import refused, render


def index(request):
    """Partners see every project's portfolio, by region; a member goes to their own."""
    if not base_access.can_enter(request.user):
        return base_access.refuse(request)
    if not base_access.is_partner(request.user):
        project = access.own_project(request.user)
        if project is None:
            return refused(request, _("Alleen partners zien de portfolio's van alle projecten."))
        return redirect("kenniskring_learning:portfolio", slug=project.slug)
    projects = (
        BuddyProjectPage.objects.live()
        .filter(locale=Locale.get_default())
        .select_related("region")
        .order_by("region__sort_order", "region__name", "title")
    )
    return render(request, "kenniskring_learning/portfolio_index.html", {"projects": projects})


def _first(slug):
    project = (
        BuddyProjectPage.objects.filter(slug=slug).select_related("region").order_by("pk").first()
    )
    if project is None:
        raise Http404
    return project


def portfolio(request, slug, printable=False):
    if not base_access.can_enter(request.user):
        return base_access.refuse(request)
    project = _first(slug)
    template = (
        "kenniskring_learning/portfolio_print.html"
        if printable
        else "kenniskring_learning/portfolio.html"
    )
    return render(request, template, {"project": project, **build(request.user, project)})


# One PDF at a time per person: a second request while one is drawn does not start another.
PDF_LOCK_SECONDS = 120


def portfolio_download(request, slug):
    if not base_access.can_enter(request.user):
        return base_access.refuse(request)
    project = _first(slug)
    lock = f"kenniskring-portfolio-pdf:{request.user.pk}"
    if not cache.add(lock, True, PDF_LOCK_SECONDS):
        messages.info(
            request, _("Je vorige PDF wordt nog gemaakt. Probeer het over een minuut opnieuw.")
        )
        return redirect("kenniskring_learning:portfolio", slug=project.slug)
    try:
        pdf = portfolio_pdf(project, build(request.user, project))
    finally:
        cache.delete(lock)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="portfolio-{project.slug}.pdf"'
    patch_cache_control(response, private=True, no_store=True)
    return response

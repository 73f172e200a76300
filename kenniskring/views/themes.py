"""A theme's page: everything on that theme this visitor may see, in their language."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods
from wagtail import hooks

from .. import access
from ..models import Theme
from . import render


def theme_page(request, slug):
    """Each app adds what it holds on the theme through the `kenniskring_theme_sections`
    hook, and decides there who may see it: a section is None for a visitor who may not."""
    theme = get_object_or_404(Theme.objects.sources().accepted().localized(), slug=slug)
    sections = []
    for section_for in hooks.get_hooks("kenniskring_theme_sections"):
        section = section_for(request, theme)
        if section is not None:
            sections.append(section)
    sections.sort(key=lambda section: section.get("order", 100))
    others = Theme.objects.offered().exclude(pk=theme.pk)
    return render(
        request,
        "kenniskring/theme_page.html",
        {"theme": theme, "sections": sections, "other_themes": others},
    )


@require_http_methods(["GET", "POST"])
def theme_suggestions(request):
    """Partners: the themes members suggested, to accept into the vocabulary (editors can also
    do it in the admin). Accepting offers the theme to every member from then on."""
    if not access.can_enter(request.user) or not access.is_partner(request.user):
        return access.refuse(request)
    waiting = Theme.objects.sources().filter(accepted=False).select_related("suggested_by")
    if request.method == "POST":
        theme = get_object_or_404(waiting, pk=request.POST.get("theme"))
        theme.accepted = True
        theme.save(update_fields=["accepted"])
        messages.success(
            request, _("Het thema '%(name)s' staat nu in de lijst voor iedereen.") % {"name": theme}
        )
        return redirect("kenniskring:theme_suggestions")
    return render(request, "kenniskring/theme_suggestions.html", {"suggestions": waiting})

"""A theme's page: everything on that theme this visitor may see, in their language."""

from django.shortcuts import get_object_or_404
from wagtail import hooks

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

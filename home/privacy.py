"""The privacy statement: the page the site settings name, in the visitor's language."""

from django.utils.translation import get_language
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page, Site

from .models import SiteSettings


def privacy_page(site, settings=None):
    """The statement's live, public page in the active language (else the chosen page
    itself), or None while the editors have not chosen one. Two queries."""
    if site is None:
        return None
    settings = settings or SiteSettings.for_site(site)
    if settings.privacy_page_id is None:
        return None
    chosen = Page.objects.filter(pk=settings.privacy_page_id).values("translation_key")
    versions = list(
        Page.objects.live().public().filter(translation_key__in=chosen).select_related("locale")
    )
    language = get_supported_content_language_variant(get_language())
    for page in versions:
        if page.locale.language_code == language:
            return page
    return next((page for page in versions if page.pk == settings.privacy_page_id), None)


def privacy_url(request):
    site = Site.find_for_request(request) if request is not None else None
    page = privacy_page(site, SiteSettings.for_request(request) if site is not None else None)
    return page.get_url(request) if page is not None else ""

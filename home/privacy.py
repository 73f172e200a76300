"""The privacy statement: the page the site settings name, in the visitor's language."""

from wagtail.models import Site

from .models import SiteSettings


def privacy_page(site):
    """The statement's live, public page in the active language (else in the site's own
    language), or None while the editors have not chosen one."""
    if site is None:
        return None
    page = SiteSettings.for_site(site).privacy_page
    if page is None:
        return None
    page = page.localized
    if not page.live or page.get_view_restrictions().exists():
        return None
    return page


def privacy_url(request):
    site = Site.find_for_request(request) if request is not None else None
    page = privacy_page(site)
    return page.get_url(request) if page is not None else ""

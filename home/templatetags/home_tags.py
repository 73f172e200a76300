from django import template
from django.conf import settings
from django.template.loader import render_to_string
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.models import PageViewRestriction, Site

from home import shared_csrf
from home.cache import fragment
from home.models import FooterText, Partner, SiteSettings
from home.navigation import (
    breadcrumb_pages,
    language_versions,
    live_translations,
    menu_pages,
    page_alternates,
)
from home.privacy import privacy_page
from home.privacy import privacy_url as _privacy_url
from kenniskring.access import group_names

register = template.Library()


def _visitor_key(request):
    """Everything the menu's view restrictions look at: signed in or not, the groups, and the
    password restrictions this session passed."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        groups = "anonymous"
    elif user.is_superuser:
        groups = "superuser"
    else:
        groups = tuple(sorted(group_names(user)))
    passed = []
    if settings.SESSION_COOKIE_NAME in request.COOKIES:  # no session read, no Vary: Cookie
        key = PageViewRestriction.passed_view_restrictions_session_key
        passed = request.session.get(key, [])
    return groups, tuple(sorted(passed))


def _menu_links(request, page):
    home, items = menu_pages(request, page)
    if home is None:
        return None
    return {
        "home_url": home.get_url(request),
        "home_pk": home.pk,
        "items": [
            {"pk": p.pk, "title": p.title, "url": p.get_url(request), "path": p.path} for p in items
        ],
    }


def _cached_menu_links(request, page):
    """The menu's links for this site, language and visitor: cached, and kept on the request
    for the breadcrumbs (the same request asks twice, also when the cache is off)."""
    if "_menu_links" not in request.__dict__:
        site = Site.find_for_request(request)
        language = getattr(page, "locale_id", None) or get_language()
        request._menu_links = fragment(
            "menu",
            lambda: (getattr(site, "pk", None), language, _visitor_key(request)),
            lambda: _menu_links(request, page),
        )
    return request._menu_links


def _section_of(links, request):
    """The menu item whose address the request's lies below (a view that is not a page, such
    as the forum or a portfolio, lies in the section its address is in), or None."""
    found = [
        item for item in links["items"] if item["url"] and request.path.startswith(item["url"])
    ]
    return max(found, key=lambda item: len(item["url"]), default=None)


@register.inclusion_tag("includes/menu.html", takes_context=True)
def main_menu(context):
    request = context.get("request")
    page = context.get("page")
    if request is None:
        return {"menu_items": [], "home": None}
    links = _cached_menu_links(request, page)
    if links is None:
        return {"menu_items": [], "home": None}
    current_path = getattr(page, "path", "")
    current_pk = getattr(page, "pk", None)
    section = _section_of(links, request) if page is None else None
    return {
        "request": request,
        "home": links["home_url"],
        "home_is_current": current_pk == links["home_pk"],
        "menu_items": [
            {
                **item,
                "current": current_pk == item["pk"],
                "active": (bool(current_path) and current_path.startswith(item["path"]))
                or section is item,
            }
            for item in links["items"]
        ],
    }


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    request = context.get("request")
    if request is None:
        return {"languages": []}
    return {"languages": language_versions(request, context.get("page"))}


@register.inclusion_tag("includes/language_alternates.html", takes_context=True)
def language_alternates(context):
    request = context.get("request")
    if request is None:
        return {"alternates": []}
    return {"alternates": page_alternates(request, context.get("page"))}


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    request, page = context.get("request"), context.get("page")
    if request is not None and page is None:
        # A view that is not a page: the way to the section its address lies in (from the
        # menu's cached links, so no query), e.g. Start > Kenniskring on the forum.
        links = _cached_menu_links(request, None)
        section = _section_of(links, request) if links else None
        if section is None:
            return {"ancestors": []}
        return {
            "trail": [(_("Start"), links["home_url"]), (section["title"], section["url"])],
        }
    if request is None or page is None or not hasattr(page, "path"):
        return {"ancestors": []}
    return {"request": request, "ancestors": breadcrumb_pages(request, page), "page": page}


@register.simple_tag(takes_context=True)
def site_footer(context):
    """The footer is the same for every visitor of a site and language: rendered once."""
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None

    def render():
        site_settings = SiteSettings.for_site(site) if site is not None else None
        statement = privacy_page(site, site_settings)
        return render_to_string(
            "includes/footer_content.html",
            {
                "site_settings": site_settings,
                "partners": Partner.in_active_language(),
                "footer_text": FooterText.in_active_language(),
                "privacy_url": statement.get_url(request) if statement is not None else "",
            },
        )

    return fragment("footer", lambda: (getattr(site, "pk", None), get_language()), render)


@register.simple_tag(takes_context=True)
def shared_csrf_token(context):
    """`{% csrf_token %}` for a form on a page the page cache may share (home/shared_csrf.py)."""
    return shared_csrf.token_field(context["request"])


@register.simple_tag(takes_context=True)
def privacy_url(context):
    """The privacy statement's address in the visitor's language, or an empty string."""
    return _privacy_url(context.get("request"))


@register.inclusion_tag("includes/open_graph.html", takes_context=True)
def open_graph(context):
    request, page = context.get("request"), context.get("page")
    if request is None or page is None or not hasattr(page, "get_full_url"):
        return {}
    specific = getattr(page, "specific_deferred", page)
    image = getattr(specific, "listing_image", None)
    description = (
        page.search_description
        or getattr(specific, "listing_summary", "")
        or _("Kennisplein, de leeromgeving van het lerend netwerk van buddyprojecten.")
    )
    return {
        "request": request,
        "og_title": page.seo_title or page.title,
        "og_description": description,
        "og_url": page.get_full_url(request),
        "og_image": image,
        "og_locale": _language_code(page),
    }


def _language_code(page):
    """The page's language, from the translations the language switcher already read."""
    if not page.locale_id:
        return ""
    itself = next((p for p in live_translations(page) if p.pk == page.pk), page)
    return itself.locale.language_code


# The site's own illustrations (home/static/home/illustrations/), shown where a page has no
# picture of its own. The film and the pages about the network get a fitting one; the others
# take one by their id, so that neighbouring cards differ.
ILLUSTRATIONS = ("gesprek", "duo", "netwerk", "groei", "kring")
ILLUSTRATION_BY_TYPE = {"filmpage": "film", "contentpage": "kring", "eventpage": "gesprek"}


@register.filter
def illustration(page):
    """The name of the illustration that stands in for `page`'s missing picture."""
    name = ILLUSTRATION_BY_TYPE.get(getattr(page, "_meta", None) and page._meta.model_name)
    return name or ILLUSTRATIONS[(getattr(page, "pk", None) or 0) % len(ILLUSTRATIONS)]

"""The menu, breadcrumbs and language switcher: which pages a visitor may see a link to."""

from django.conf import settings
from django.contrib.auth.models import Group
from django.db.models import Prefetch
from django.urls import translate_url
from django.utils import translation
from django.utils.translation import get_language_info
from wagtail.models import Locale, Page, PageViewRestriction, Site

from kenniskring.access import can_enter
from kenniskring.models import KenniskringPage


def site_root(request, page=None):
    """The home page of the current site, in the language being shown."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    root = site.root_page
    locale = page.locale if page is not None and page.locale_id else Locale.get_active()
    if root.locale_id != locale.pk:
        root = root.get_translation_or_none(locale) or root
    return root


def restriction_checker(request):
    """A function telling whether a view restriction (with its groups prefetched) lets this
    visitor in; the visitor's groups are read once, at the first group restriction."""
    user = request.user
    group_ids = None

    def allows(restriction):
        nonlocal group_ids
        if restriction.restriction_type == PageViewRestriction.GROUPS:
            if not user.is_authenticated:
                return False
            if user.is_superuser:
                return True
            if group_ids is None:
                group_ids = set(user.groups.values_list("pk", flat=True))
            return any(group.pk in group_ids for group in restriction.groups.all())
        # Login and password restrictions need no query.
        return restriction.accept_request(request)

    return allows


def visible_to(request, pages):
    """The pages whose view restrictions (on themselves or an ancestor) let this visitor in.

    Three queries at most, however many pages and restrictions there are.
    """
    pages = list(pages)
    if not pages:
        return []
    ancestor_paths = {
        page.path[:length]
        for page in pages
        for length in range(Page.steplen, len(page.path) + 1, Page.steplen)
    }
    restrictions = list(
        PageViewRestriction.objects.filter(page__path__in=ancestor_paths)
        .select_related("page")
        .prefetch_related(Prefetch("groups", queryset=Group.objects.only("pk")))
    )
    if not restrictions:
        return pages
    allows = restriction_checker(request)
    allowed = {r.pk: allows(r) for r in restrictions}
    return [
        page
        for page in pages
        if all(allowed[r.pk] for r in restrictions if page.path.startswith(r.page.path))
    ]


def menu_pages(request, page=None):
    """The live children of the home page that are shown in menus and visible to the visitor."""
    root = site_root(request, page)
    if root is None:
        return None, []
    children = root.get_children().live().in_menu()
    if not can_enter(request.user):
        # Whatever an editor does to its restriction, the kenniskring is for its members.
        children = children.not_type(KenniskringPage)
    return root, visible_to(request, children)


def breadcrumb_pages(request, page):
    """The pages from the home page down to (not including) this one."""
    root = site_root(request, page)
    if root is None or not page.path.startswith(root.path) or page.pk == root.pk:
        return []
    return list(page.get_ancestors().filter(depth__gte=root.depth))


def _language_home(request, code):
    site = Site.find_for_request(request)
    if site is None:
        return None
    return (
        site.root_page.get_translations(inclusive=True)
        .live()
        .filter(locale__language_code=code)
        .first()
    )


def _swap_prefix(path, code):
    current = translation.get_language()
    translated = translate_url(path, code)
    if translated != path:
        return translated
    prefix = f"/{current}/"
    return f"/{code}/{path[len(prefix) :]}" if path.startswith(prefix) else f"/{code}/"


def live_translations(page):
    """The page's live versions in every language, itself included; one query per page and
    request, shared by the language switcher and the hreflang alternates."""
    if "_live_translations" not in page.__dict__:
        page.__dict__["_live_translations"] = list(
            page.get_translations(inclusive=True).live().select_related("locale")
        )
    return page.__dict__["_live_translations"]


def language_versions(request, page=None):
    """This page (or view) in every language of the site.

    A page leads to its live translation, or to that language's home page when it has none;
    other views (search, login, the kenniskring's own views) keep their address in the other
    language's prefix.
    """
    current = translation.get_language()
    is_page = isinstance(page, Page) and page.pk is not None
    translations = {}
    if is_page:
        translations = {p.locale.language_code: p for p in live_translations(page)}
    versions = []
    for code, _name in settings.LANGUAGES:
        translated = True
        if code == current:
            url = request.get_full_path()
        elif is_page and code in translations:
            url = translations[code].get_url(request)
        elif is_page:
            translated = False
            home = _language_home(request, code)
            url = home.get_url(request) if home else f"/{code}/"
        else:
            url = _swap_prefix(request.get_full_path(), code)
        versions.append(
            {
                "code": code,
                "name": get_language_info(code)["name_local"],
                "url": url,
                "current": code == current,
                "translated": translated,
            }
        )
    return versions


def page_alternates(request, page):
    """The live translations of a page as hreflang alternates, and the x-default (Dutch) one."""
    if not isinstance(page, Page) or page.pk is None:
        return []
    alternates = [
        {"hreflang": p.locale.language_code, "url": p.get_full_url(request)}
        for p in live_translations(page)
    ]
    default = next((a for a in alternates if a["hreflang"] == settings.LANGUAGE_CODE), None)
    if len(alternates) > 1 and default:
        alternates.append({"hreflang": "x-default", "url": default["url"]})
    return alternates if len(alternates) > 1 else []

"""The shared cache of anonymous public pages, and its purge.

A page response is kept only when everything says it is the same for every visitor: the
request carries no session or messages cookie and no query string, Wagtail served a public
page at its own address (no sub-route, no view restriction, nothing of the kenniskring), the
response sets no cookie (so no CSRF token was handed out: a login form) and does not say
private, no-store or no-cache. Everything else passes through. A form on a page the cache may
keep (the event page's registration) gets a placeholder instead of a token, and every visitor
their own token in its place (`home/shared_csrf.py`).

Any publish, unpublish, move or delete of a page, and any change to what every page shows
(menus, footer, partners, contact persons, images, restrictions, sites), purges all of it at
once: the cache keys carry a generation number that the change moves on. In production the
cache is Redis, shared by every worker; with the local-memory default each process has its
own cache, and a purge reaches only the process that made the change (the others catch up
within ``KENNISPLEIN_PAGE_CACHE_SECONDS``).
"""

import hashlib
import time

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.utils.cache import cc_delim_re, patch_cache_control

from home import front_cache, request_memo, shared_csrf

GENERATION_KEY = "pagecache:generation"
HEADER = "X-Page-Cache"


def _cache():
    return caches[getattr(settings, "KENNISPLEIN_PAGE_CACHE_ALIAS", "default")]


def _seconds():
    """How long a page stays cached; 0 switches the page cache off."""
    return getattr(settings, "KENNISPLEIN_PAGE_CACHE_SECONDS", 300)


def purge(**kwargs):
    """Forget every cached page (the old entries expire by themselves).

    The generation is a clock reading, never a counter: should the cache evict it, a new one
    can never bring back pages cached under an old generation (say, before a restriction).
    """
    _cache().set(GENERATION_KEY, time.time_ns(), timeout=None)
    request_memo.forget("generation")


def purge_after_commit(**kwargs):
    """The signal receiver: purge once the change is stored, never before. A purge inside
    the transaction would let a request in between keep the old rows under the new
    generation until the pages expire. Outside a transaction it purges at once. A front
    cache, when there is one, is purged of the same pages (home/front_cache.py)."""
    transaction.on_commit(purge)
    transaction.on_commit(front_cache.purge_public_pages)


def _generation():
    return request_memo.remember(
        "generation", lambda: _cache().get_or_set(GENERATION_KEY, time.time_ns, timeout=None)
    )


def fragment(name, parts, build):
    """What `build()` returns for a piece every page shows (the menu, the footer), kept in the
    shared cache until the next purge. `parts()` gives everything the piece depends on
    besides the site's content: the language, and for anything filtered by access the
    visitor's groups; it is asked only when the cache is on. Off, like the page cache, when
    ``KENNISPLEIN_PAGE_CACHE_SECONDS`` is 0.
    """
    if not _seconds():
        return build()
    digest = hashlib.sha256(repr(parts()).encode()).hexdigest()
    key = f"fragment:{_generation()}:{name}:{digest}"
    value = _cache().get(key)
    if value is None:
        value = build()
        _cache().set(key, value, _seconds())
    return value


def generation_of(name):
    """The generation of a group of cached values besides the pages (the search results),
    moved on by `move_on(name)`; like the page cache's, a clock reading."""
    return request_memo.remember(
        f"generation:{name}",
        lambda: _cache().get_or_set(f"generation:{name}", time.time_ns, timeout=None),
    )


def move_on(name):
    """Forget every value kept under the generation `name` (see `generation_of`)."""
    _cache().set(f"generation:{name}", time.time_ns(), timeout=None)
    request_memo.forget(f"generation:{name}")


def _key(request):
    generation = _generation()
    address = hashlib.sha256(f"{request.get_host()}{request.path}".encode()).hexdigest()
    return f"pagecache:{generation}:{address}"


def _anonymous_request(request):
    return (
        request.method == "GET"
        and not request.META.get("QUERY_STRING")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "messages" not in request.COOKIES
    )


def _shareable(request, response):
    if response.status_code != 200 or getattr(response, "page_cache_page", None) is None:
        return False
    if response.streaming or response.cookies or response.has_header("Set-Cookie"):
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    if _directives(response) & {"private", "no-store", "no-cache"}:
        return False
    return _public_page(request, response)


def _directives(response):
    return {
        d.strip().split("=")[0].lower()
        for d in cc_delim_re.split(response.get("Cache-Control", ""))
        if d.strip()
    }


def mark_shareable(page, request, response):
    """Called by the serve hook: remember the page, for `_public_page` to decide later."""
    response.page_cache_page = page


def _public_page(request, response):
    """A public page served at its own address (queried only for a storable response)."""
    from kenniskring.access import is_inside

    page = getattr(response, "page_cache_page", None)
    if page is None or request.path != page.get_url(request=request):
        return False  # not a page, or a sub-route such as a registration's own page
    return not is_inside(page) and not page.get_view_restrictions().exists()


class AnonymousPageCacheMiddleware:
    """Serves anonymous visitors' public pages from the shared cache (see the module)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with request_memo.scope():
            return self._respond(request)

    def _respond(self, request):
        if not _seconds() or not _anonymous_request(request):
            return self.get_response(request)
        key = _key(request)
        cached = _cache().get(key)
        if cached is not None:
            cached[HEADER] = "hit"
            return shared_csrf.personalise(request, cached)
        shared_csrf.mark_candidate(request)
        response = self.get_response(request)
        shared_csrf.remember(request, response)
        if _shareable(request, response):
            if hasattr(response, "render") and callable(response.render):
                response.render()
            response[HEADER] = "miss"
            # A front cache (home/front_cache.py) may keep it as long; browsers ask again.
            patch_cache_control(response, public=True, max_age=0, s_maxage=_seconds())
            page = response.page_cache_page
            del response.page_cache_page  # keep the page object out of the cache
            _cache().set(key, response, _seconds())
            response.page_cache_page = page
        return shared_csrf.personalise(request, response)


def connect_purge_signals():
    from django.db.models.signals import post_delete, post_save
    from wagtail.images import get_image_model
    from wagtail.models import Locale, PageViewRestriction, Site
    from wagtail.signals import page_published, page_unpublished, post_page_move

    from home.models import (
        ContactPerson,
        FooterText,
        Partner,
        Registration,
        SiteSettings,
        Workshop,
    )

    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(purge_after_commit, dispatch_uid=f"pagecache-{id(signal)}")
    site_wide = [
        ContactPerson,
        FooterText,
        Partner,
        SiteSettings,
        Workshop,
        Registration,  # seats taken or freed: a full event's page must show its form again
        get_image_model(),
        Locale,
        PageViewRestriction,
        Site,
    ]
    for model in site_wide:
        label = model._meta.label
        post_save.connect(purge_after_commit, sender=model, dispatch_uid=f"pagecache-save-{label}")
        post_delete.connect(
            purge_after_commit, sender=model, dispatch_uid=f"pagecache-delete-{label}"
        )
    post_delete.connect(_page_deleted, dispatch_uid="pagecache-page-delete")


def _page_deleted(sender, instance, **kwargs):
    from wagtail.models import Page

    if isinstance(instance, Page):
        purge_after_commit()


class PrivateWhenPersonalMiddleware:
    """What no shared cache may keep: every response to a signed-in person (a public page
    shown to a member carries their name and menu), to a request with a session, and every
    response that sets a cookie (a CSRF token, a session) says `Cache-Control: private,
    no-cache` (or keeps its own `no-store`). It sits before the session and CSRF middleware,
    so it sees the cookies they set. Only the page cache's shareable pages say `public`."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if _personal(request, response):
            directives = _directives(response)
            if directives & {"public", "s-maxage"}:
                del response["Cache-Control"]
            keep = {"no_store": True} if "no-store" in directives else {"no_cache": True}
            patch_cache_control(response, private=True, **keep)
        return response


def _personal(request, response):
    """Cheapest first: without a session cookie, the user costs no query."""
    if settings.SESSION_COOKIE_NAME in request.COOKIES or response.cookies:
        return True
    user = getattr(request, "user", None)
    return user is not None and user.is_authenticated

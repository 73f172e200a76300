"""A caching proxy or CDN in front of the site (``FRONTEND_CACHE_URL``), purged with the
site's own page cache.

Anonymous visitors' public pages say ``Cache-Control: public, s-maxage=…`` (home/cache.py),
so such a cache may keep them. Whatever changes what a page shows purges the site's own cache
at once (home/cache.py), and, once the change is committed, every public page from the
front cache through ``wagtail.contrib.frontend_cache``'s purge task (the task queue sends one
purge per address and language). Its app is not installed on purpose: its own signal
handlers would purge before the change is committed, and only the published page.
"""

from django.conf import settings


def configured():
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def purge_public_pages():
    """Queue the purge of every live public page (in every language) from the front cache."""
    if not configured():
        return
    from wagtail.contrib.frontend_cache.utils import purge_pages_from_cache
    from wagtail.models import Page

    purge_pages_from_cache(Page.objects.live().public().filter(depth__gt=1).specific())

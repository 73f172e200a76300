"""Where the member views live: below the address of the site's kenniskring page.

The host says where that page is with ``KENNISKRING_PATH`` (its address below the language
prefix, default ``"kenniskring/"``), read once when the URL configuration loads, so that
``reverse()`` gives the new addresses everywhere without a query. When a host moved the
section, the former addresses (``kenniskring/...``) answer with a permanent redirect.
"""

from django.http import HttpResponsePermanentRedirect
from django.urls import path

from . import conf

FORMER = "kenniskring/"


def section_path():
    """The section's address below the language prefix: "" or ending in one slash."""
    base = conf.get("PATH").strip("/")
    return f"{base}/" if base else ""


def under_section(patterns):
    """The `path()`s, written relative to the section, moved below its address; and, when
    that is not the former one, a permanent redirect from each former address."""
    base = section_path()
    found = [path(base + str(p.pattern), p.callback, p.default_args, name=p.name) for p in patterns]
    if base != FORMER:
        found += [path(FORMER + str(p.pattern), moved) for p in patterns]
    return found


def moved(request, **kwargs):
    """The view at its new address: the former one with the section's address swapped in."""
    before, _former, after = request.path.partition("/" + FORMER)
    target = f"{before}/{section_path()}{after}"
    if request.META.get("QUERY_STRING"):
        target = f"{target}?{request.META['QUERY_STRING']}"
    return HttpResponsePermanentRedirect(target)

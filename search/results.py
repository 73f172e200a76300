"""Search results kept in the shared cache: one entry per query, language, filters, page and
visitor key (`search.audience.Visible.key`), never shared between keys.

Entries carry the page cache's generation (purged with every page, restriction, menu or
theme change) and the search documents' own, which moves on once any document is written,
removed or re-keyed, after the commit. So a new forum post is found at once, and a
membership or a group that changes gives the visitor another key.
"""

from contextlib import contextmanager
from contextvars import ContextVar

from django.db import transaction

from home import cache

NAME = "search"
_quiet = ContextVar("search_results_quiet", default=False)


def kept(key, build):
    """`build()`, or what it gave before for the same key and generations."""
    return cache.fragment("search", lambda: (cache.generation_of(NAME), key), build)


def forget(**kwargs):
    cache.move_on(NAME)


def forget_after_commit(**kwargs):
    """The signal receiver: once the change is stored, never before (see `home.cache`)."""
    if not _quiet.get():
        transaction.on_commit(forget)


@contextmanager
def forgetting_once():
    """For bulk writes and deletes (a rebuild): one forget at the end, not one per row."""
    token = _quiet.set(True)
    try:
        yield
    finally:
        _quiet.reset(token)
    forget_after_commit()

"""What one request asks for more than once, read once: the page cache's generation (a Redis
round trip for the menu, the footer and the page cache each) and the site's view
restrictions (a query for every `public()` listing). Kept for one request only, in a context
variable the page cache middleware opens for every request, so the next request sees any
change; outside a request (commands, tasks) nothing is kept.
"""

from contextlib import contextmanager
from contextvars import ContextVar

from django.db.models import Q

_memo = ContextVar("kennisplein_request_memo", default=None)


@contextmanager
def scope():
    token = _memo.set({})
    try:
        yield
    finally:
        _memo.reset(token)


def remember(name, compute):
    """`compute()`, once per request."""
    memo = _memo.get()
    if memo is None:
        return compute()
    if name not in memo:
        memo[name] = compute()
    return memo[name]


def forget(name):
    memo = _memo.get()
    if memo is not None:
        memo.pop(name, None)


def public(pages):
    """`pages.public()`, Wagtail's filter of pages under no view restriction, with the
    restrictions read once per request instead of once per listing."""
    from wagtail.models import PageViewRestriction

    restricted = remember(
        "restricted_pages",
        lambda: [r.page for r in PageViewRestriction.objects.select_related("page")],
    )
    private = Q()
    for page in restricted:
        private |= pages.descendant_of_q(page, inclusive=True)
    return pages.exclude(private) if private else pages

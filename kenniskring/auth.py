import logging

from axes.backends import AxesStandaloneBackend
from axes.exceptions import AxesBackendPermissionDenied
from axes.helpers import get_cool_off
from axes.models import AccessAttempt
from django.conf import settings
from django.core.cache import cache
from django.db.models import Sum
from django.utils import timezone

from . import conf

logger = logging.getLogger(__name__)


def client_ip(request):
    """The visitor's address, for lockouts and rate limits (AXES_CLIENT_IP_CALLABLE).

    Behind TRUSTED_PROXY_COUNT proxies that each append to X-Forwarded-For, the client is
    that many entries from the right: what a visitor writes into the header themselves
    stands further left and is ignored. Without proxies, REMOTE_ADDR.
    """
    proxies = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    forwarded = [a.strip() for a in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    forwarded = [a for a in forwarded if a]
    if proxies and forwarded:
        return forwarded[-min(proxies, len(forwarded))]
    return request.META.get("REMOTE_ADDR", "")


def count_in_cache(key, window):
    """Counts one more call under `key` in the shared cache; the calls in `window` seconds."""
    cache.add(key, 0, window)
    try:
        return cache.incr(key)
    except ValueError:
        cache.set(key, 1, window)
        return 1


def _count_or_let_pass(key, window):
    try:
        return count_in_cache(key, window)
    except Exception:  # a cache that cannot count lets the call pass: never a 500
        logger.warning("Rate limit %s not counted: the cache is unavailable", key)
        return 0


def is_rate_limited(request, scope, email, limit, window, count=_count_or_let_pass):
    """True when one address (network or e-mail) asked for `scope` more than `limit` times
    in `window` seconds; every call counts. `count(key, window)` counts one call and returns
    the calls in the window: by default in the shared cache, letting calls pass while it is
    unavailable (the host may count elsewhere then, as the registrations do)."""
    keys = [f"{scope}:ip:{client_ip(request)}"]
    if email:
        keys.append(f"{scope}:email:{email.strip().lower()}")
    limited = False
    for key in keys:
        limited = count(key, window) > limit or limited
    return limited


class LockoutBackend(AxesStandaloneBackend):
    """django-axes' lockout for every login through a web form.

    Logins without a request (management commands, the test client's `login`) cannot be
    rate-limited by address, so they pass on to the next backend instead of failing.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        if address_failures(request) >= conf.get("LOGIN_FAILURES_PER_ADDRESS"):
            # Handled like axes' own lockout: AxesMiddleware answers with the lockout page.
            request.axes_locked_out = True
            raise AxesBackendPermissionDenied("Too many failed logins from this address")
        return super().authenticate(request, username=username, password=password, **kwargs)


def address_failures(request):
    """Failed logins from the visitor's address within the cool-off time, whatever the
    username: one address may not try a password on any number of accounts."""
    since = timezone.now() - get_cool_off(request)
    failures = AccessAttempt.objects.filter(
        ip_address=client_ip(request), attempt_time__gte=since
    ).aggregate(total=Sum("failures_since_start"))["total"]
    return failures or 0

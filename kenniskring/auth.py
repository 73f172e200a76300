from axes.backends import AxesStandaloneBackend
from django.conf import settings


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


class LockoutBackend(AxesStandaloneBackend):
    """django-axes' lockout for every login through a web form.

    Logins without a request (management commands, the test client's `login`) cannot be
    rate-limited by address, so they pass on to the next backend instead of failing.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)

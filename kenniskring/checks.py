"""Deploy checks (`manage.py check --deploy`)."""

from django.conf import settings
from django.core.checks import Tags, Warning, register


@register(Tags.security, deploy=True)
def proxy_count_check(app_configs, **kwargs):
    """Behind a proxy with TRUSTED_PROXY_COUNT 0, every visitor has the proxy's address: one
    lockout or registration limit would then hold for everyone."""
    behind_proxy = bool(
        getattr(settings, "SECURE_PROXY_SSL_HEADER", None)
        or getattr(settings, "USE_X_FORWARDED_HOST", False)
        or getattr(settings, "USE_X_FORWARDED_PORT", False)
    )
    if behind_proxy and not getattr(settings, "TRUSTED_PROXY_COUNT", 0):
        return [
            Warning(
                "The site is set up behind a proxy (SECURE_PROXY_SSL_HEADER or "
                "USE_X_FORWARDED_*), but TRUSTED_PROXY_COUNT is 0: login lockouts and the "
                "registration limit count every visitor as the proxy's address.",
                hint="Set TRUSTED_PROXY_COUNT to the number of proxies that append to "
                "X-Forwarded-For (1 behind one nginx).",
                id="kenniskring.W001",
            )
        ]
    return []

"""Member views of the learning material. Every view checks access first (see ../access.py)."""

from django.utils.translation import gettext as _

from kenniskring import access
from kenniskring.views import render


def refused(request, message=None):
    """403 for members who may not see this; anonymous visitors go to the login page."""
    if not request.user.is_authenticated:
        return access.refuse(request)
    return render(
        request,
        "kenniskring/no_access.html",
        {"message": message or _("Geen toegang.")},
        status=403,
    )


__all__ = ["refused", "render"]

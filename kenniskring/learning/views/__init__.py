"""Member views of the learning material. Every view checks access first (see ../access.py)."""

from django.utils.translation import gettext as _

from kenniskring import access
from kenniskring.paging import paginate
from kenniskring.views import render

# The learning lists show this many items a page, as the forum does.
PER_PAGE = 20


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


__all__ = ["PER_PAGE", "paginate", "refused", "render"]

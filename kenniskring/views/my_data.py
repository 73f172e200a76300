"""*Mijn gegevens*: what the site keeps about a member, as a page and as a download, and the
way out of the kenniskring."""

from django.contrib import messages
from django.contrib.auth import logout
from django.db import transaction
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.views.decorators.debug import sensitive_post_parameters
from wagtail.log_actions import log

from .. import access, leaving, personal_data
from ..auth import is_rate_limited
from ..forms import LeaveForm
from ..models import DataDownload
from ..my_data import DOWNLOAD_ACTION, VALID_HOURS, build_data_download
from . import render

# Download requests one member may make an hour.
REQUESTS_PER_HOUR = 3


def my_data(request):
    if not access.can_enter(request.user):
        return access.refuse(request)
    if request.method == "POST":
        user = request.user
        if is_rate_limited(request, "kenniskring:my-data", user.email, REQUESTS_PER_HOUR, 3600):
            messages.error(request, _("Je vroeg al te vaak een download. Probeer het later."))
        else:
            download = DataDownload.objects.create(user=user)
            build_data_download.enqueue(download.pk)
            messages.success(
                request,
                _(
                    "We maken je download klaar. Je krijgt een e-mail met een link die "
                    "%(hours)d uur werkt."
                )
                % {"hours": VALID_HOURS},
            )
        return redirect("kenniskring:my_data")
    return render(
        request,
        "kenniskring/account/my_data.html",
        {"parts": personal_data.parts(request.user), "hours": VALID_HOURS},
    )


def my_data_download(request, token):
    """The link from the mail: once, within the day, for the member who asked; else 404."""
    if not request.user.is_authenticated:
        raise Http404
    with transaction.atomic():
        download = DataDownload.usable(request.user, token).select_for_update().first()
        if download is None:
            raise Http404
        try:
            with download.file.open("rb") as source:
                content = source.read()
        except FileNotFoundError as error:
            raise Http404 from error
        download.file.delete(save=False)
        download.downloaded_at = timezone.now()
        download.save(update_fields=["file", "downloaded_at"])
        filename = f"kennisplein-mijn-gegevens-{timezone.localdate():%Y-%m-%d}.zip"
        log(
            request.user,
            DOWNLOAD_ACTION,
            user=request.user,
            data={"file": filename, "rows": download.rows},
        )
    response = HttpResponse(content, content_type="application/zip")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    patch_cache_control(response, private=True, no_store=True)
    return response


@sensitive_post_parameters("password")
def leave(request):
    """Leaving is immediate, confirmed with the password and by a last mail (see README)."""
    member = getattr(request.user, "kenniskring_member", None)
    if not access.can_enter(request.user) or member is None or request.user.is_staff:
        return access.refuse(request)
    form = LeaveForm(request.user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        leaving.leave(request.user.pk, remove_posts=form.remove_posts)
        logout(request)
        return render(request, "kenniskring/account/left.html", {"home_url": "/"})
    return render(
        request,
        "kenniskring/account/leave.html",
        {"form": form},
    )

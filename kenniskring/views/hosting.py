from django.contrib import messages
from django.db import IntegrityError, transaction
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from .. import access
from ..forms import HostOfferForm
from ..models import HostOffer
from . import render


def host_offers(request):
    """A member offers their project as host of a network day; partners see every offer."""
    if not access.can_enter(request.user):
        return access.refuse(request)
    project = access.member_project(request.user)
    partner = access.is_partner(request.user)
    form = HostOfferForm(request.POST or None, project=project) if project else None
    if request.method == "POST":
        if form is None:
            return render(
                request,
                "kenniskring/no_access.html",
                {"message": _("Alleen leden van een project bieden hun project aan.")},
                status=403,
            )
        if form.is_valid():
            offer = form.save(commit=False)
            offer.project, offer.offered_by = project, request.user
            try:
                with transaction.atomic():
                    offer.save()
            except IntegrityError:
                messages.info(request, _("Dit aanbod was al bewaard."))
            else:
                messages.success(
                    request, _("Bedankt! De partners nemen contact op om de dag te plannen.")
                )
            return redirect("kenniskring:host_offers")

    offers = HostOffer.objects.select_related("project__region", "day")
    if partner:
        offers = offers.order_by("project__region__sort_order", "-created_at")
    elif project is not None:
        offers = offers.filter(project=project)
    else:
        offers = offers.none()
    return render(
        request,
        "kenniskring/host_offers.html",
        {"form": form, "project": project, "is_partner": partner, "offers": offers},
    )

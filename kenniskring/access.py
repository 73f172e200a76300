"""Who may see what of the kenniskring. Every check in the app goes through here."""

from django.contrib.auth import get_user_model
from django.contrib.auth.views import redirect_to_login
from django.db.models import Q
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control
from wagtail.models import Collection, Page

from . import conf


def group_names(user):
    """The names of the user's groups, read once per request."""
    if not hasattr(user, "_kenniskring_groups"):
        user._kenniskring_groups = set(user.groups.values_list("name", flat=True))
    return user._kenniskring_groups


def is_partner(user):
    return bool(
        user.is_authenticated
        and user.is_active
        and (user.is_superuser or conf.get("PARTNER_GROUP") in group_names(user))
    )


def can_enter(user):
    """Members and partners (and superusers) may see the kenniskring; nobody else."""
    if not (user.is_authenticated and user.is_active):
        return False
    groups = group_names(user)
    return (
        user.is_superuser
        or conf.get("MEMBER_GROUP") in groups
        or conf.get("PARTNER_GROUP") in groups
    )


def users_who_may_enter():
    """Every account `can_enter` lets in, as one query."""
    groups = [conf.get("MEMBER_GROUP"), conf.get("PARTNER_GROUP")]
    return (
        get_user_model()
        .objects.filter(is_active=True)
        .filter(Q(is_superuser=True) | Q(groups__name__in=groups))
        .distinct()
    )


def member_project(user):
    """The project a member acts for, or None."""
    if not can_enter(user):
        return None
    member = getattr(user, "kenniskring_member", None) if user.is_authenticated else None
    return member.project if member is not None else None


def kenniskring_paths(page):
    """Paths of the page and its ancestors (treebeard paths are prefixes of each other)."""
    steplen = Page.steplen
    return [page.path[:end] for end in range(steplen, len(page.path) + 1, steplen)]


def is_inside(page):
    """True for a kenniskring page, any translation of one, and everything below one."""
    from .models import KenniskringContentMixin, KenniskringPage

    if isinstance(page, KenniskringContentMixin):
        return True
    return KenniskringPage.objects.filter(path__in=kenniskring_paths(page)).exists()


def refuse(request):
    """Anonymous visitors are sent to the login page; others get 403."""
    if not request.user.is_authenticated:
        response = redirect_to_login(request.get_full_path())
    else:
        response = TemplateResponse(
            request,
            "kenniskring/no_access.html",
            {"kenniskring_base_template": conf.get("BASE_TEMPLATE")},
            status=403,
        )
    patch_cache_control(response, private=True, no_store=True)
    return response


def is_private_collection(collection):
    if collection is None:
        return False
    return any(
        collection.path.startswith(root.path)
        for root in Collection.objects.filter(name=conf.get("COLLECTION_NAME"), depth=2)
    )


def exclude_kenniskring(pages):
    """A page queryset without anything of the kenniskring, for public listings and search."""
    from .models import KenniskringPage

    for root in KenniskringPage.objects.all():
        pages = pages.not_descendant_of(root, inclusive=True)
    return pages

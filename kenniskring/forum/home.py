"""The forum's block on the kenniskring's start page: what is new since the last visit."""

from django.db.models import Count, Max, Q
from django.template.loader import render_to_string

from kenniskring import conf
from kenniskring.sections import Panel

from .models import Experience, Question
from .permissions import can_read

# The start page names this many threads and experiences; the forum has them all.
SHOWN = 3


def _followed(model, replies, user, since):
    """Visible threads the user follows, with `new` replies by others since `since`."""
    fresh = Q(
        **{
            f"{replies}__created_at__gt": since,
            f"{replies}__deleted_at__isnull": True,
            f"{replies}__hidden_at__isnull": True,
        }
    ) & ~Q(**{f"{replies}__author": user})
    return (
        model.objects.visible()
        .filter(follows__user=user)
        .annotate(new=Count(replies, filter=fresh), latest=Max(f"{replies}__created_at"))
        .filter(new__gt=0)
        .order_by("-latest", "-pk")
    )


def news(user, since):
    followed = list(_followed(Question, "answers", user, since)[:SHOWN]) + list(
        _followed(Experience, "comments", user, since)[:SHOWN]
    )
    followed.sort(key=lambda thread: thread.latest, reverse=True)
    experiences = (
        Experience.objects.visible()
        .filter(created_at__gt=since)
        .exclude(author=user)
        .select_related("project")
        .order_by("-created_at", "-pk")
    )
    return {
        "followed": followed[:SHOWN],
        "experiences": experiences[:SHOWN],
        "experience_count": experiences.count(),
    }


def home_panels(request, home):
    if home.since is None or not can_read(request.user):
        return []
    context = {
        "home": home,
        "first_visit_days": conf.get("HOME_FIRST_VISIT_DAYS"),
        **news(request.user, home.since),
    }
    return [
        Panel(
            render_to_string("kenniskring_forum/includes/home_news.html", context, request=request),
            order=30,
        )
    ]

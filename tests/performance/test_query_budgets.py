"""Every page type and member view costs a fixed number of queries, and a listing page a
bounded number of bytes, whatever the volume.

The volume generator adds the data to the demo twice, the second time ten times as much; each
page is fetched once (renditions are made), then again with an empty cache and counted: the
queries of an uncached render.
"""

from pprint import pformat

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.db.models import Count
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from home.models import EventPage, FilmPage, HomePage
from kenniskring.forum.models import Experience, Question
from kenniskring.models import ProjectIndexPage

QUIET = {"stdout": open("/dev/null", "w")}  # noqa: SIM115

# (page or view, who asks) -> queries of one uncached request. The footer's link to the privacy
# statement costs two (its public, live translations), the registration form's three more.
BUDGETS = {
    ("home", "anonymous"): 22,
    ("content page", "anonymous"): 26,
    ("film", "anonymous"): 26,  # no embed lookup: the video block builds its player itself
    ("clip", "anonymous"): 32,  # its themes (from the Dutch clip) and related clips
    ("event", "anonymous"): 32,  # the demo's example event, with its registration form
    ("past event", "anonymous"): 32,  # no form; its end-day link, the programme's film clips
    ("project index", "anonymous"): 25,  # its fr and en translations exist: a shorter switcher
    ("project", "anonymous"): 27,
    ("home", "member"): 29,
    ("past event", "member"): 40,
    ("region", "member"): 34,
    ("network day", "member"): 43,
    ("portfolio", "partner"): 30,
    ("forum list", "member"): 23,
    ("thread", "member"): 22,
    ("experience list", "member"): 23,
    ("experience", "member"): 22,
    ("learning questions", "member"): 26,  # the form offers the themes to pick
    ("challenge board", "member"): 24,  # the cards' themes, and the form offers them
    ("reflection overview", "member"): 25,
    ("reflection overview", "partner"): 23,
    ("theme", "anonymous"): 16,  # clips only
    ("theme", "member"): 27,  # clips, forum, learning questions and challenges
}

# Pages that list what grows with the network -> the most kilobytes of their HTML, whatever
# the volume: paging keeps them bounded (measured at ten times the volume, and at scale 1 on
# the bench database, 2026-12-06: film 33, project index 20 (23 at scale 1), region 24,
# portfolio 83, forum list 17 (18), learning questions 23, challenge board 18, theme 15).
BYTES = {
    ("film", "anonymous"): 45,  # 24 clips a page
    ("project index", "anonymous"): 28,  # 36 projects a page
    ("region", "member"): 34,  # day cards (issue 18): 31.3 kB at ten times
    ("portfolio", "partner"): 100,
    ("forum list", "member"): 24,
    ("experience list", "member"): 22,
    ("learning questions", "member"): 30,
    ("challenge board", "member"): 24,
    ("reflection overview", "partner"): 24,
    ("theme", "anonymous"): 8,
    ("theme", "member"): 20,
}


def addresses():
    home = HomePage.objects.get(depth=2, locale__language_code="nl")
    thread = Question.objects.annotate(n=Count("answers")).order_by("-n", "pk").first()
    experience = Experience.objects.annotate(n=Count("comments")).order_by("-n", "pk").first()
    events = EventPage.objects.filter(locale__language_code="nl")
    return {
        "home": home.url,
        "content page": "/nl/volume-archief-01/verhaal-001/",
        "film": FilmPage.objects.get(locale__language_code="nl").url,
        "clip": "/nl/van-buddy-tot-community/volume-clip-001/",
        "event": events.get(slug="voorbeeldevenement").url,
        "past event": events.get(slug="studievoormiddag").url,
        "project index": ProjectIndexPage.objects.get(locale__language_code="nl").url,
        "project": "/nl/projecten/volume-project-0001/",
        "region": "/nl/kenniskring/volume-001/",
        "network day": "/nl/kenniskring/volume-001/dag-001/",
        "portfolio": reverse("kenniskring_learning:portfolio", args=["volume-project-0001"]),
        "forum list": reverse("kenniskring_forum:questions"),
        "thread": thread.get_absolute_url(),
        "experience list": reverse("kenniskring_forum:experiences"),
        "experience": experience.get_absolute_url(),
        "learning questions": reverse("kenniskring_learning:learning_questions"),
        "challenge board": reverse("kenniskring_learning:challenges"),
        "reflection overview": reverse("kenniskring_learning:reflections"),
        "theme": reverse("kenniskring:theme", args=["impact"]),
    }


def measure(client, scale):
    call_command("generate_volume", scale=scale, force=True, **QUIET)
    urls = addresses()
    users = {
        "member": get_user_model().objects.get(username="lid"),
        "partner": get_user_model().objects.get(username="partner"),
    }
    counts, sizes = {}, {}
    for name, who in BUDGETS:
        client.logout()
        if who in users:
            client.force_login(users[who])
        cache.clear()  # no renditions cached by an earlier test, whose rows are rolled back
        client.get(urls[name])  # renditions are made once, at the first view
        cache.clear()
        with CaptureQueriesContext(connection) as queries:
            response = client.get(urls[name])
        assert response.status_code == 200, (name, who, response.status_code)
        counts[name, who] = len(queries)
        sizes[name, who] = len(response.content)
    return counts, sizes


# On the demo built once for the demo tests (tests/shared_database.py): the volume is added in
# the test's own transaction and goes with it.
@pytest.mark.parametrize("scale", [0.01, 0.1], ids=["volume", "ten-times"])
def test_query_budgets(demo_site, client, scale):
    counts, sizes = measure(client, scale)
    over = {
        key: f"{counts[key]} queries, budget {budget}"
        for key, budget in BUDGETS.items()
        if counts[key] != budget
    }
    over.update(
        {
            key: f"{sizes[key]} bytes, budget {kilobytes} kB"
            for key, kilobytes in BYTES.items()
            if sizes[key] > kilobytes * 1000
        }
    )
    assert not over, pformat(over)

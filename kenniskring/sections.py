"""What the kenniskring's rooms (learning material, forum, …) add to its pages.

The rooms register Wagtail hooks, so the core imports none of them and a host may install
only some:

- ``kenniskring_sections``: ``fn(request)`` returns an iterable of ``Section`` for the
  kenniskring's start page (the request's user has already been let in);
- ``kenniskring_day_panels``: ``fn(request, day)`` returns HTML rendered by ``render_to_string``
  (or "") to show on a network day;
- ``kenniskring_home_panels``: ``fn(request, home)`` returns an iterable of ``Panel``: the blocks
  of the start page (``home`` is a ``Home``: who looks, for which project, and what is next).
"""

from dataclasses import dataclass

from wagtail import hooks


@dataclass(frozen=True)
class Section:
    title: str
    url: str
    description: str = ""
    order: int = 100


@dataclass(frozen=True)
class Panel:
    html: str
    order: int = 100


@dataclass(frozen=True)
class Home:
    """What the start page knows of the person looking at it."""

    page: object
    project: object = None  # the member's project; None for partners
    next_day: object = None  # the next network day of the project's region, or national
    since: object = None  # new things are those after this moment
    first_visit: bool = False
    is_partner: bool = False


def sections(request):
    found = [
        section for hook in hooks.get_hooks("kenniskring_sections") for section in hook(request)
    ]
    return sorted(found, key=lambda section: section.order)


def day_panels(request, day):
    return [
        html for hook in hooks.get_hooks("kenniskring_day_panels") if (html := hook(request, day))
    ]


def home_panels(request, home):
    found = [
        panel
        for hook in hooks.get_hooks("kenniskring_home_panels")
        for panel in hook(request, home)
        if panel.html
    ]
    return sorted(found, key=lambda panel: panel.order)

"""What the kenniskring's rooms (learning material, forum, …) add to its pages.

The rooms register Wagtail hooks, so the core imports none of them and a host may install
only some:

- ``kenniskring_sections``: ``fn(request)`` returns an iterable of ``Section`` for the
  kenniskring's start page (the request's user has already been let in);
- ``kenniskring_day_panels``: ``fn(request, day)`` returns HTML rendered by ``render_to_string``
  (or "") to show on a network day.
"""

from dataclasses import dataclass

from wagtail import hooks


@dataclass(frozen=True)
class Section:
    title: str
    url: str
    description: str = ""
    order: int = 100


def sections(request):
    found = [
        section for hook in hooks.get_hooks("kenniskring_sections") for section in hook(request)
    ]
    return sorted(found, key=lambda section: section.order)


def day_panels(request, day):
    return [
        html for hook in hooks.get_hooks("kenniskring_day_panels") if (html := hook(request, day))
    ]

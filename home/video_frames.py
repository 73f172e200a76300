"""Videos from YouTube or Vimeo behind a click-to-load facade, and their player's frame source
in the Content-Security-Policy, only on pages that show one: the video block records the
player's origin while the page renders, and the middleware makes it that response's
`frame-src` (django-csp's `_csp_replace`). Every other page keeps `frame-src 'none'`.

The page itself loads nothing from the video site: the player's address is built here from
the video's address (no oEmbed request), and only a click on the facade puts it in a frame.
"""

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

from django.conf import settings

REQUEST_ATTRIBUTE = "_kennisplein_frame_sources"

YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{11}$")
VIMEO_ID = re.compile(r"^[0-9]{1,12}$")
YOUTUBE_HOSTS = {"youtube.com", "m.youtube.com", "youtube-nocookie.com", "youtu.be"}
VIMEO_HOSTS = {"vimeo.com", "player.vimeo.com"}


@dataclass(frozen=True)
class Player:
    """A video site's player for one video: the site's name, the frame's address, its origin."""

    site: str
    src: str

    @property
    def origin(self):
        parts = urlsplit(self.src)
        return f"{parts.scheme}://{parts.netloc}"


def _youtube_id(host, path, query):
    segments = [s for s in path.split("/") if s]
    if host == "youtu.be":
        candidate = segments[0] if segments else ""
    elif segments[:1] == ["watch"]:
        candidate = (parse_qs(query).get("v") or [""])[0]
    elif len(segments) >= 2 and segments[0] in {"embed", "shorts", "live", "v"}:
        candidate = segments[1]
    else:
        candidate = ""
    return candidate if YOUTUBE_ID.match(candidate) else None


def _vimeo_id(path):
    segments = [s for s in path.split("/") if s]
    numbers = [s for s in segments if VIMEO_ID.match(s)]
    return numbers[0] if numbers else None


def external_player(url):
    """The player of a YouTube or Vimeo address (privacy-enhanced: youtube-nocookie.com,
    Vimeo's `dnt`), or None for any other address."""
    parts = urlsplit(url or "")
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        return None
    host = parts.hostname.lower().removeprefix("www.")
    if host in YOUTUBE_HOSTS:
        video_id = _youtube_id(host, parts.path, parts.query)
        if video_id:
            src = f"https://www.youtube-nocookie.com/embed/{video_id}?autoplay=1"
            return Player("YouTube", src)
    elif host in VIMEO_HOSTS:
        video_id = _vimeo_id(parts.path)
        if video_id:
            return Player("Vimeo", f"https://player.vimeo.com/video/{video_id}?dnt=1&autoplay=1")
    return None


def allow_player(request, player):
    """Allow the player in this response's frames; False when its origin is not one of the
    video sites the site trusts (KENNISPLEIN_VIDEO_FRAME_SOURCES)."""
    if player is None or player.origin not in settings.KENNISPLEIN_VIDEO_FRAME_SOURCES:
        return False
    if request is not None:
        sources = getattr(request, REQUEST_ATTRIBUTE, set())
        sources.add(player.origin)
        setattr(request, REQUEST_ATTRIBUTE, sources)
    return True


class VideoFrameSourcesMiddleware:
    """Below CSPMiddleware: after the page is rendered, its players' origins go into the
    policy's frame-src."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        sources = getattr(request, REQUEST_ATTRIBUTE, None)
        if sources:
            replace = dict(getattr(response, "_csp_replace", None) or {})
            replace["frame-src"] = sorted(sources)
            response._csp_replace = replace
        return response

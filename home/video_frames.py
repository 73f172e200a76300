"""The video player's frame source in the Content-Security-Policy, only on pages that embed
one: the `video` template tag records the player's origin while the page renders, and the
middleware makes it that response's `frame-src` (django-csp's `_csp_replace`). Every other
page keeps `frame-src 'none'`."""

from html.parser import HTMLParser
from urllib.parse import urlsplit

from django.conf import settings

REQUEST_ATTRIBUTE = "_kennisplein_frame_sources"


class _FirstFrame(HTMLParser):
    def __init__(self):
        super().__init__()
        self.src = None

    def handle_starttag(self, tag, attrs):
        if tag == "iframe" and self.src is None:
            self.src = dict(attrs).get("src") or ""


def frame_origin(embed_html):
    """The origin (scheme and host) of the embed's player frame, or None."""
    parser = _FirstFrame()
    parser.feed(embed_html or "")
    parts = urlsplit(parser.src or "")
    if parts.scheme != "https" or not parts.hostname:
        return None
    return f"https://{parts.netloc}"


def allow_player(request, embed_html):
    """Allow the embed's player in this response's frames; False when its origin is not one
    of the video sites the site trusts (KENNISPLEIN_VIDEO_FRAME_SOURCES)."""
    origin = frame_origin(embed_html)
    if origin is None or origin not in settings.KENNISPLEIN_VIDEO_FRAME_SOURCES:
        return False
    if request is not None:
        sources = getattr(request, REQUEST_ATTRIBUTE, set())
        sources.add(origin)
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

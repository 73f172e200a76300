"""A CSRF token in a page the page cache shares: the event page's registration form.

The page is the same for every anonymous visitor except the form's token. When the page
cache is about to keep a response (`home/cache.py` marks the request a candidate), the form
gets a placeholder instead of a token and no CSRF cookie is handed out, so the page can be
kept; every visitor's copy, the first one included, then gets its own token and cookie in
place of the placeholder, exactly as Django's `{% csrf_token %}` and `CsrfViewMiddleware`
would give them. No script is needed: a visitor without JavaScript posts a valid token.
"""

from django.middleware.csrf import CsrfViewMiddleware, get_token
from django.utils.cache import patch_cache_control
from django.utils.crypto import salted_hmac
from django.utils.functional import lazy
from django.utils.html import format_html


def _placeholder():
    # Derived from the secret key: the same in every worker, and no editor can type it into
    # a page to have a token written there.
    return "csrf-" + salted_hmac("home.shared_csrf", "placeholder").hexdigest()[:40]


placeholder = lazy(_placeholder, str)


def mark_candidate(request):
    """The page cache may keep this request's response: forms get the placeholder."""
    request.shared_csrf_candidate = True


def token_field(request):
    """The hidden CSRF field of a form: the placeholder on a page the cache may keep (the
    request remembers it was used), otherwise the visitor's own token."""
    if getattr(request, "shared_csrf_candidate", False):
        request.shared_csrf_used = True
        token = str(placeholder())
    else:
        token = get_token(request)
    return format_html('<input type="hidden" name="csrfmiddlewaretoken" value="{}">', token)


def remember(request, response):
    """Mark a response whose forms carry the placeholder (kept with it in the cache)."""
    if getattr(request, "shared_csrf_used", False):
        response.shared_csrf = True


def personalise(request, response):
    """The visitor's own token in place of the placeholder, with the CSRF cookie to match;
    such a response is the visitor's own (`private`). Other responses pass unchanged."""
    if not getattr(response, "shared_csrf", False):
        return response
    csrf = CsrfViewMiddleware(lambda request: response)
    csrf.process_request(request)  # the visitor's cookie, if valid (a hit skips the middleware)
    token = get_token(request)
    response.content = response.content.replace(str(placeholder()).encode(), token.encode())
    if response.has_header("Content-Length"):
        response["Content-Length"] = str(len(response.content))
    del response.shared_csrf
    patch_cache_control(response, private=True)
    return csrf.process_response(request, response)

"""Cache-Control for a front cache: anonymous public pages may be kept by a shared cache;
anything personal, restricted or setting a cookie never; a configured front cache is purged
with the site's own page cache, once the change is committed."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.urls import reverse


def directives(response):
    return {d.strip() for d in response.get("Cache-Control", "").split(",") if d.strip()}


def test_anonymous_public_pages_may_be_kept_by_a_shared_cache(client, tree, page_cache):
    for _ in ("miss", "hit"):
        response = client.get(tree["project_a"].url)
        assert response.status_code == 200
        assert directives(response) == {"public", "max-age=0", "s-maxage=300"}


def test_without_the_page_cache_nothing_says_public(client, tree, settings):
    settings.KENNISPLEIN_PAGE_CACHE_SECONDS = 0
    response = client.get(tree["project_a"].url)
    assert "public" not in directives(response)


def test_a_signed_in_person_gets_private_pages(as_user, tree, page_cache):
    for who in ("member", "outsider"):
        response = as_user(who).get(tree["project_a"].url)
        assert response.status_code == 200
        assert {"private", "no-cache"} <= directives(response), who
        assert not {"public", "s-maxage=300"} & directives(response), who


def test_restricted_pages_are_never_shared(as_user, tree, page_cache):
    response = as_user("member").get(tree["day_north"].url)
    assert response.status_code == 200
    assert {"private", "no-store"} <= directives(response)
    for who in ("anonymous", "outsider"):
        response = as_user(who).get(tree["day_north"].url)
        assert response.status_code in (302, 403)
        assert "public" not in directives(response), who


def test_a_response_that_sets_a_cookie_is_private(client, db, page_cache):
    response = client.get(reverse("kenniskring:login"))
    assert response.status_code == 200 and response.cookies
    assert {"private", "no-cache"} <= directives(response)


def test_a_request_with_a_session_gets_a_private_page(client, tree, page_cache, settings):
    client.cookies[settings.SESSION_COOKIE_NAME] = "iets"
    response = client.get(tree["project_a"].url)
    assert "private" in directives(response) and "public" not in directives(response)


class PurgeRecorder(BaseHTTPRequestHandler):
    purged = []

    def do_PURGE(self):  # noqa: N802 (the HTTP method's name)
        self.purged.append((self.headers["Host"], self.path))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def front_cache(settings):
    server = ThreadingHTTPServer(("127.0.0.1", 0), PurgeRecorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.WAGTAILFRONTENDCACHE = {
        "front": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_address[1]}/",
        }
    }
    PurgeRecorder.purged = []
    yield PurgeRecorder.purged
    server.shutdown()
    server.server_close()


def test_publishing_purges_the_front_cache_after_the_commit(
    tree, front_cache, django_capture_on_commit_callbacks
):
    page = tree["project_a"]
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        page.save_revision().publish()
        assert front_cache == []  # nothing before the commit
    assert callbacks
    paths = {path for _, path in front_cache}
    assert page.url in paths and tree["index"].url in paths
    # Restricted pages are never in a front cache, so never purged from it either.
    assert not {tree[name].url for name in ("kenniskring", "day_north")} & paths

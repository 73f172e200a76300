"""What nginx itself does in front of the site: static files from disk with long cache
headers for hashed names, HTTPS only (the app servers see it through X-Forwarded-Proto), and
uploads up to the site's size reach the site."""

import json

import requests

from .client import Visitor
from .stack import ROOT

YEAR = "public, max-age=31536000, immutable"


def hashed(name):
    manifest = json.loads((ROOT / "staticfiles" / "staticfiles.json").read_text())
    return "/static/" + manifest["paths"][name]


def test_hashed_static_files_are_kept_a_year_others_an_hour(visitor):
    response = visitor.get(hashed("home/css/site.css"))
    assert response.status_code == 200
    assert response.headers["Cache-Control"] == YEAR
    assert response.headers["Content-Type"].startswith("text/css")
    plain = visitor.get("/static/home/css/site.css")
    assert plain.status_code == 200
    assert plain.headers["Cache-Control"] == "max-age=3600"
    assert plain.content == response.content
    assert visitor.get("/static/nergens.css").status_code == 404


def test_plain_http_is_sent_to_https(stack):
    response = requests.get(
        f"http://127.0.0.1:{stack.http_port}/nl/", allow_redirects=False, timeout=10
    )
    assert response.status_code == 301
    assert response.headers["Location"].startswith("https://127.0.0.1")


def test_the_app_servers_know_the_visitor_came_over_https(visitor):
    response = visitor.get("/nl/inloggen/")
    assert response.status_code == 200
    assert "Strict-Transport-Security" in response.headers
    cookie = next(c for c in visitor.session.cookies if c.name == "csrftoken")
    assert cookie.secure


def test_an_upload_of_the_sites_largest_size_reaches_the_site(stack):
    visitor = Visitor(stack)
    visitor.get("/nl/inloggen/")
    twelve_mb = {"file": ("groot.pdf", b"%PDF-1.4\n" + b"0" * (12 * 1024 * 1024))}
    response = visitor.post("/nl/inloggen/", {"username": "lid"}, files=twelve_mb)
    # The site's own answer (the form again, without a password), not nginx's 413.
    assert response.status_code == 200
    assert 'name="password"' in response.text
    too_large = {"file": ("te-groot.pdf", b"0" * (40 * 1024 * 1024))}
    assert visitor.post("/nl/inloggen/", {}, files=too_large).status_code == 413

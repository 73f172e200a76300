"""Members' files are handed out by nginx once the site has checked who asks: the app server
answers with an empty body and `X-Accel-Redirect: /_private/<path>`, nginx sends the file from
PRIVATE_ROOT. Everybody else gets no byte of it, and nobody reaches the internal location from
outside. The `x_accel` tests need the site's PRIVATE_FILES_SERVE=x-accel (issue 23)."""

import hashlib

import pytest

from .client import Visitor
from .stack import ACCEL_PREFIX

FILES = ["document", "attachment", "image", "rendition"]
NOT_X_ACCEL = (
    "the app server streamed the file itself: no X-Accel-Redirect header, so the site does "
    "not yet hand private files to nginx (PRIVATE_FILES_SERVE=x-accel, issue 23)"
)


def accel_path(file):
    assert file["private_path"], f"{file['name']} is not stored under PRIVATE_ROOT (issue 23)"
    return ACCEL_PREFIX + file["private_path"]


def digest(response):
    return hashlib.sha256(response.content).hexdigest()


def assert_no_byte_of(response, file):
    """Refused: no file handed out, no header pointing at it, no byte of it in the body."""
    assert response.status_code in {302, 403, 404}, response.status_code
    assert "X-Accel-Redirect" not in response.headers
    assert digest(response) != file["sha256"]
    assert bytes.fromhex(file["head"]) not in response.content


@pytest.mark.x_accel
@pytest.mark.parametrize("kind", FILES)
def test_the_app_server_answers_a_member_with_x_accel_and_no_body(stack, fixtures, kind):
    file = fixtures[kind]
    member = Visitor(stack)
    member.log_in("lid", via="a")
    for via in ("a", "b"):
        response = member.get(file["url"], via)
        assert response.status_code == 200, response.status_code
        assert "X-Accel-Redirect" in response.headers, NOT_X_ACCEL
        assert response.headers["X-Accel-Redirect"] == accel_path(file)
        assert response.content == b""


@pytest.mark.x_accel
@pytest.mark.parametrize("kind", FILES)
def test_through_the_proxy_the_member_gets_the_file_and_it_is_not_cached(member, fixtures, kind):
    file = fixtures[kind]
    response = member.get(file["url"])
    assert response.status_code == 200
    assert digest(response) == file["sha256"]
    assert "X-Accel-Redirect" not in response.headers
    # nginx sent it from PRIVATE_ROOT (its static module offers ranges; the app does not).
    assert response.headers.get("Accept-Ranges") == "bytes", NOT_X_ACCEL
    assert "no-store" in response.headers["Cache-Control"]
    assert response.headers["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize("kind", FILES)
def test_anonymous_visitors_and_outsiders_get_no_byte(stack, fixtures, visitor, kind):
    file = fixtures[kind]
    outsider = Visitor(stack)
    outsider.log_in("stack-buiten")
    for who in (visitor, outsider):
        for via in ("proxy", "a", "b"):
            assert_no_byte_of(who.get(file["url"], via), file)


def test_a_member_of_another_project_gets_no_byte_of_the_attachment(stack, fixtures):
    other = Visitor(stack)
    other.log_in("lid2")
    file = fixtures["attachment"]
    for via in ("proxy", "a"):
        assert_no_byte_of(other.get(file["url"], via), file)


@pytest.mark.x_accel
@pytest.mark.parametrize("kind", FILES)
def test_every_private_file_is_stored_under_the_private_root(fixtures, kind):
    assert accel_path(fixtures[kind])


@pytest.mark.parametrize("kind", FILES)
def test_the_internal_location_is_not_found_from_outside(stack, fixtures, member, kind):
    file = fixtures[kind]
    for who in (member, Visitor(stack)):
        response = who.get(ACCEL_PREFIX + (file["private_path"] or file["name"]))
        assert response.status_code == 404
        assert digest(response) != file["sha256"]


def test_no_private_file_is_reachable_under_media(fixtures, member):
    for kind in FILES:
        name = fixtures[kind]["private_path"] or fixtures[kind]["name"]
        for path in (f"/media/{name}", f"/media/documents/{name.rsplit('/', 1)[-1]}"):
            response = member.get(path)
            assert response.status_code == 404, path

"""Sessions live in the database with Redis in front: a Redis outage, a hung Redis or a
restart with an empty Redis logs no member out, and never clears their session cookie."""

import pytest
from django.conf import settings
from django.urls import reverse

pytestmark = pytest.mark.django_db


@pytest.fixture
def member_client(client, people, production_caches):
    response = client.post(
        reverse("kenniskring:login"),
        {"username": "lid_a", "password": "geheim-wachtwoord-42"},
    )
    assert response.status_code == 302
    return client


def still_logged_in(client, tree):
    response = client.get(tree["kenniskring"].url)
    assert response.status_code == 200
    assert "Regio Noord" in response.content.decode()
    cookie = response.cookies.get(settings.SESSION_COOKIE_NAME)
    assert cookie is None or cookie.value, "the session cookie was cleared"
    return response


@pytest.mark.parametrize("fault", ["stop", "kill", "restart"])
def test_members_stay_logged_in_through_a_redis_fault(member_client, tree, redis_server, fault):
    still_logged_in(member_client, tree)
    if fault == "restart":
        redis_server.stop()
        redis_server.start()  # empty: every cached session is gone
    else:
        getattr(redis_server, fault)()
    still_logged_in(member_client, tree)
    still_logged_in(member_client, tree)


def test_a_hung_redis_logs_nobody_out(member_client, tree, redis_server):
    redis_server.pause()
    still_logged_in(member_client, tree)
    redis_server.resume()
    still_logged_in(member_client, tree)


def test_anonymous_visitors_stay_outside_while_redis_is_down(client, tree, redis_server):
    redis_server.stop()
    response = client.get(tree["kenniskring"].url)
    assert response.status_code in (302, 403)
    assert "Regio Noord" not in response.content.decode()

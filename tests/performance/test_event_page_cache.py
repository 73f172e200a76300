"""The event page comes from the page cache, yet every visitor gets their own CSRF token and
cookie, registers without JavaScript, and sees the seats left at once after a change."""

import re

import pytest
from django.test import Client

from home import shared_csrf
from home.models import EventPage, Registration, Workshop

from .test_page_cache import HEADER, queries_for

TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


@pytest.fixture
def event(cached):
    return EventPage.objects.get(slug="voorbeeldevenement", locale__language_code="nl")


def token(response):
    return TOKEN.search(response.content.decode()).group(1)


def registration_data(event, csrf, email="an@voorbeeld.be"):
    first, second = Workshop.objects.filter(page=event).order_by("sort_order", "pk")[:2]
    return {
        "csrfmiddlewaretoken": csrf,
        "name": "An Peeters",
        "email": email,
        "organisation": "Buddywerk Gent",
        "role": "project_holder",
        "first_choice": first.pk,
        "second_choice": second.pk,
        "privacy_consent": "on",
        "website": "",
    }


def seats_left(response):
    return re.findall(r"Nog (\d+) plaats", response.content.decode())


def test_the_event_page_is_shared_but_each_visitor_gets_their_own_token(event):
    first_visitor, second_visitor = Client(), Client()
    first = first_visitor.get(event.url)
    second, queries = queries_for(second_visitor, event.url)
    assert (first[HEADER], second[HEADER]) == ("miss", "hit")
    assert queries == 0
    assert token(first) != token(second)
    assert first.cookies["csrftoken"].value != second.cookies["csrftoken"].value
    assert "private" in second["Cache-Control"]  # no shared cache keeps a visitor's token
    for response in (first, second):
        assert str(shared_csrf.placeholder()) not in response.content.decode()
        assert int(response["Content-Length"]) == len(response.content)
    assert TOKEN.sub("", first.content.decode()) == TOKEN.sub("", second.content.decode())


def test_a_visitor_without_javascript_registers_from_the_cached_page(event):
    Client().get(event.url)  # someone else's visit fills the cache
    visitor = Client(enforce_csrf_checks=True)
    page = visitor.get(event.url)
    assert page[HEADER] == "hit"
    response = visitor.post(event.url, registration_data(event, token(page)))
    assert response.status_code == 303
    assert Registration.objects.filter(email="an@voorbeeld.be").exists()
    # Back on the page with the cookie already held: again from the cache, and it works.
    again = visitor.get(event.url)
    assert visitor.get(event.url)[HEADER] == "hit"
    response = visitor.post(event.url, registration_data(event, token(again), "bo@voorbeeld.be"))
    assert response.status_code == 303


def test_a_token_from_the_cache_is_no_use_without_its_own_cookie(event):
    page = Client().get(event.url)
    stranger = Client(enforce_csrf_checks=True)
    response = stranger.post(event.url, registration_data(event, token(page)))
    assert response.status_code == 403
    assert not Registration.objects.exists()


def test_the_seats_left_change_at_once_after_a_registration_and_a_cancellation(event):
    visitor = Client(enforce_csrf_checks=True)
    visitor.get(event.url)
    before = visitor.get(event.url)
    assert before[HEADER] == "hit"
    response = visitor.post(event.url, registration_data(event, token(before)))
    after = visitor.get(event.url)
    assert after[HEADER] == "miss"
    assert seats_left(after) != seats_left(before)
    status = visitor.get(response["Location"])
    visitor.post(response["Location"], {"action": "cancel", "csrfmiddlewaretoken": token(status)})
    assert Registration.objects.get().status == Registration.Status.CANCELLED
    assert visitor.get(event.url)[HEADER] == "miss"
    assert seats_left(visitor.get(event.url)) == seats_left(before)

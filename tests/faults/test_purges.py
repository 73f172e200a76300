"""Purges run after the change is committed, and the study morning's page follows its
seats: a full event whose seat is freed shows its form again at once."""

import threading

import pytest
from django.core import mail
from django.db import connection, transaction
from wagtail.models import Site

from home.models import EventPage, FooterText, Registration, SiteSettings
from home.models.registrations import cancel_registration
from tests.home.conftest import make_event
from tests.home.test_registration import form_data

HEADER = "X-Page-Cache"
FULL = "volzet"


@pytest.fixture
def page_cache(settings, transactional_db, django_db_serialized_rollback, tree):
    settings.KENNISPLEIN_PAGE_CACHE_SECONDS = 300
    SiteSettings.for_site(Site.objects.get(is_default_site=True))
    from django.core.cache import cache

    cache.clear()
    yield tree
    cache.clear()


@pytest.fixture
def full_event(page_cache, client):
    """One seat, no waiting list, taken: anonymous visitors get a cached page without form."""
    event = make_event(page_cache["home"], seats=(1, 1), waiting_list_size=1)
    for email in ("een@voorbeeld.be", "twee@voorbeeld.be", "drie@voorbeeld.be"):
        assert client.post(event.url, form_data(event, email=email)).status_code == 303
    client.cookies.clear()
    return event


def shows_the_form(client, event):
    client.cookies.clear()
    response = client.get(event.url)
    assert response.status_code == 200
    return 'name="csrfmiddlewaretoken"' in response.content.decode()


def cached_as_full(client, event):
    client.cookies.clear()
    client.get(event.url)
    response = client.get(event.url)
    assert response[HEADER] == "hit"
    assert FULL in response.content.decode().lower()


def test_a_cancellation_and_the_promotion_it_brings_show_the_form_again(client, full_event):
    cached_as_full(client, full_event)
    confirmed = Registration.objects.filter(email="een@voorbeeld.be").get()
    cancel_registration(confirmed)
    # The waiting one got the seat, the waiting list has room again: the form is back.
    assert Registration.objects.get(email="drie@voorbeeld.be").status == "confirmed"
    assert shows_the_form(client, full_event)


def test_an_editor_adding_seats_shows_the_form_again(client, full_event):
    cached_as_full(client, full_event)
    page = EventPage.objects.get(pk=full_event.pk)
    workshops = list(page.workshops.all())
    workshops[0].seats = 5
    page.workshops = workshops
    page.save_revision().publish()
    assert shows_the_form(client, full_event)


def test_a_registration_that_fills_the_event_removes_the_form_at_once(client, page_cache):
    event = make_event(page_cache["home"], seats=(1, 1), waiting_list_size=0)
    assert shows_the_form(client, event)
    client.post(event.url, form_data(event, email="een@voorbeeld.be"))
    client.post(event.url, form_data(event, email="twee@voorbeeld.be", first=1, second=0))
    mail.outbox.clear()
    cached_as_full(client, event)


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="two connections at once, as two servers: needs PostgreSQL",
)
def test_a_request_during_the_editors_transaction_does_not_keep_the_old_footer(client, page_cache):
    """The old code purged inside the transaction: a request in between stored the old
    footer under the new generation, and every visitor kept seeing it."""
    footer = FooterText.objects.create(
        text="<p>Oude voettekst</p>", locale=page_cache["home"].locale
    )
    url = page_cache["index"].url
    assert "Oude voettekst" in client.get(url).content.decode()
    editing, visited = threading.Event(), threading.Event()

    def visitor():
        editing.wait(10)
        try:
            client.cookies.clear()
            client.get(url)  # sees the committed (old) footer, on its own connection
        finally:
            connection.close()
            visited.set()

    thread = threading.Thread(target=visitor)
    thread.start()
    with transaction.atomic():
        footer.text = "<p>Nieuwe voettekst</p>"
        footer.save()
        editing.set()
        assert visited.wait(10)
    thread.join(10)
    client.cookies.clear()
    assert "Nieuwe voettekst" in client.get(url).content.decode()

"""Redis down, killed or hung: the public site keeps answering, uncached, and the
kenniskring stays closed to anonymous visitors."""

import logging
import time

import pytest
from django.core import mail
from django.urls import reverse
from wagtail.models import Site

from home.models import Registration, RegistrationAttempt, SiteSettings
from tests.home.conftest import make_event
from tests.home.test_registration import form_data

pytestmark = pytest.mark.django_db

HEADER = "X-Page-Cache"


@pytest.fixture
def site(tree, production_caches):
    event = make_event(tree["home"], seats=(5, 5))
    SiteSettings.for_site(Site.objects.get(is_default_site=True))  # no purge at first visit
    return {
        "event": event,
        "public": tree["index"],
        "kenniskring": tree["kenniskring"],
        "redis": production_caches,
    }


def visit_everything(client, site, email):
    """What anonymous visitors do; returns the status codes they got."""
    client.cookies.clear()
    public = client.get(site["public"].url)
    assert "Project A" in public.content.decode()
    event = client.get(site["event"].url)
    login = client.get(reverse("kenniskring:login"))
    registration = client.post(site["event"].url, form_data(site["event"], email=email))
    closed = client.get(site["kenniskring"].url)
    assert closed.status_code in (302, 403)
    assert "Regio Noord" not in closed.content.decode()
    return [public.status_code, event.status_code, login.status_code, registration.status_code]


@pytest.mark.parametrize("fault", ["stop", "kill"])
def test_public_pages_login_and_registration_answer_without_redis(client, site, fault, caplog):
    assert client.get(site["public"].url)[HEADER] == "miss"
    assert client.get(site["public"].url)[HEADER] == "hit"

    getattr(site["redis"], fault)()
    with caplog.at_level(logging.WARNING, logger="home.cache_backends"):
        assert visit_everything(client, site, "een@voorbeeld.be") == [200, 200, 200, 303]
        assert visit_everything(client, site, "twee@voorbeeld.be") == [200, 200, 200, 303]
    assert client.get(site["public"].url)[HEADER] == "miss"  # served uncached
    unavailable = [r for r in caplog.records if "Cache unavailable" in r.getMessage()]
    assert len(unavailable) == 1  # logged once, not once per call
    assert Registration.objects.filter(status="confirmed").count() == 2
    assert len(mail.outbox) == 2

    # Back: cached again.
    site["redis"].start()
    client.get(site["public"].url)
    assert client.get(site["public"].url)[HEADER] == "hit"


def test_a_hung_redis_costs_one_short_timeout_not_one_per_call(client, site, settings):
    settings.CACHES = {
        alias: config | {"RETRY_AFTER": 30} for alias, config in settings.CACHES.items()
    }
    client.get(site["public"].url)
    site["redis"].pause()
    started = time.monotonic()
    assert visit_everything(client, site, "een@voorbeeld.be") == [200, 200, 200, 303]
    # Half a second for the call that finds Redis hung, then nothing waits on it.
    assert time.monotonic() - started < 3


def test_the_registration_limit_holds_in_the_database_without_redis(client, site, settings):
    settings.HOME_REGISTRATION_RATE_LIMIT = 2
    site["redis"].stop()
    event = site["event"]
    for email in ("een@voorbeeld.be", "twee@voorbeeld.be"):
        assert client.post(event.url, form_data(event, email=email)).status_code == 303
    refused = client.post(event.url, form_data(event, email="drie@voorbeeld.be"))
    assert refused.status_code == 429
    assert Registration.objects.count() == 2
    # Counted where every server sees it.
    assert RegistrationAttempt.objects.filter(key__contains=":ip:").count() == 3

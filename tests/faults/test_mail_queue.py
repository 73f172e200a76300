"""Mail goes out of the request through the task queue: with the mail server down the
visitor still gets their answer, and the worker sends the mail once the server is back."""

import smtplib

import pytest
from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend

from home.models import Registration
from tests.home.conftest import make_event
from tests.home.test_registration import form_data

pytestmark = pytest.mark.django_db


class RefusingBackend(BaseEmailBackend):
    """A mail server that does not answer."""

    def send_messages(self, messages):
        raise smtplib.SMTPConnectError(421, "Service not available")


REFUSING = "tests.faults.test_mail_queue.RefusingBackend"
WORKING = "django.core.mail.backends.locmem.EmailBackend"


@pytest.fixture
def event(tree):
    return make_event(tree["home"], seats=(1, 1), waiting_list_size=1)


def test_with_the_mail_server_down_the_registration_still_answers(client, event, settings):
    """Development and tests run tasks at once: a failed send is logged, not shown."""
    settings.EMAIL_BACKEND = REFUSING
    response = client.post(event.url, form_data(event))
    assert response.status_code == 303
    assert client.get(response["Location"]).status_code == 200
    assert Registration.objects.get().status == "confirmed"


def test_the_worker_sends_the_confirmation_once_the_mail_server_is_back(client, event, queued_mail):
    queued_mail.smtp(REFUSING)
    assert client.post(event.url, form_data(event)).status_code == 303
    assert mail.outbox == [] and queued_mail.waiting() == 1
    queued_mail.work()  # refused: tried again in an hour
    assert queued_mail.waiting() == 1
    queued_mail.work()  # not due yet
    assert queued_mail.waiting() == 1
    queued_mail.smtp(WORKING)
    queued_mail.later()
    queued_mail.work()
    assert [m.to for m in mail.outbox] == [["an@voorbeeld.be"]]
    assert "Studievoormiddag" in mail.outbox[0].subject
    queued_mail.work()
    assert len(mail.outbox) == 1


def test_cancellation_and_promotion_mails_wait_for_the_worker(client, event, queued_mail):
    queued_mail.smtp(REFUSING)
    first = client.post(event.url, form_data(event, email="een@voorbeeld.be"))
    client.post(event.url, form_data(event, email="twee@voorbeeld.be"))
    client.post(event.url, form_data(event, email="drie@voorbeeld.be"))  # waiting list
    assert client.post(first["Location"], {"action": "cancel"}).status_code == 303
    assert Registration.objects.get(email="drie@voorbeeld.be").status == "confirmed"
    queued_mail.work()
    queued_mail.smtp(WORKING)
    queued_mail.later()
    queued_mail.work()
    assert sorted(address for m in mail.outbox for address in m.to) == [
        "drie@voorbeeld.be",  # promoted
        "drie@voorbeeld.be",  # on the waiting list
        "een@voorbeeld.be",  # confirmed
        "een@voorbeeld.be",  # cancelled
        "twee@voorbeeld.be",
    ]

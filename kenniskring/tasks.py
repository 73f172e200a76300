"""Mail out of the request: messages go to the task queue, and a worker sends them.

With a database-backed queue (production: django-tasks-db and its `db_worker`) a message is
queued in the same transaction as the change it reports, so it is sent exactly when that
change is stored, and a mail server that is down or slow never reaches the visitor. When
the mail server refuses, the worker tries the messages not yet sent again later
(``KENNISKRING_MAIL_RETRY_SECONDS``); in development and tests the queue runs each task at
once and a failure is only logged.
"""

import datetime
import logging
import smtplib

from django.core.mail import EmailMessage, get_connection
from django.utils import timezone
from django_tasks import task

from . import conf

logger = logging.getLogger(__name__)


def _as_data(message):
    return {
        "subject": message.subject,
        "body": message.body,
        "from_email": message.from_email,
        "to": list(message.to),
    }


def queue_messages(messages):
    """Queue `messages` (EmailMessage objects) for one task to send; returns how many."""
    messages = list(messages)
    if messages:
        send_messages.enqueue([_as_data(message) for message in messages])
    return len(messages)


@task()
def send_messages(messages, attempt=1):
    """Send `messages` over one connection; the rest are tried again later on failure."""
    sent = 0
    try:
        with get_connection() as connection:
            for data in messages:
                connection.send_messages([EmailMessage(**data)])
                sent += 1
    except (smtplib.SMTPException, OSError) as error:
        retry_after = conf.get("MAIL_RETRY_SECONDS")
        remaining = messages[sent:]
        if attempt > len(retry_after) or not send_messages.get_backend().supports_defer:
            logger.error("%d mail(s) not sent (attempt %d): %s", len(remaining), attempt, error)
            raise
        delay = datetime.timedelta(seconds=retry_after[attempt - 1])
        send_messages.using(run_after=timezone.now() + delay).enqueue(remaining, attempt + 1)
        logger.warning(
            "%d mail(s) not sent (attempt %d), tried again in %s: %s",
            len(remaining),
            attempt,
            delay,
            error,
        )
    return sent

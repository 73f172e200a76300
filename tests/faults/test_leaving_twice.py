"""A member's leaving started twice at the same moment (two tabs, two servers) closes the
account once, without an error and with one confirmation mail."""

import threading

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.db import connection

from kenniskring import leaving
from tests.faults.test_jobs import on_postgresql


@pytest.fixture
def member(transactional_db, django_db_serialized_rollback, people, tree):
    return people["member"]


@on_postgresql
def test_leaving_twice_at_once_closes_the_account_once(member):
    start = threading.Barrier(2)
    results, errors = [], []

    def server():
        try:
            start.wait(5)
            results.append(leaving.leave(member.pk))
        except Exception as error:  # pragma: no cover - shown by the assertion below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=server) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(20)
    assert not errors
    assert sorted(results) == [False, True]
    assert not get_user_model().objects.filter(pk=member.pk).exists()
    assert [message.to for message in mail.outbox] == [[member.email]]

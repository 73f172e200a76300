"""Two servers that run `migrate` at once: the second waits for the first, then has
nothing left to do."""

import io
import threading

import pytest
from django.core.management import call_command
from django.db import connection

from kenniskring.jobs import only_one

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="the lock between servers is PostgreSQL's advisory lock (SQLite runs one machine)",
)


def test_a_second_migrate_waits_for_the_first(transactional_db, django_db_serialized_rollback):
    holding, release, done = threading.Event(), threading.Event(), threading.Event()
    output = io.StringIO()

    def first_server():
        try:
            with only_one("migrate", wait=True):  # as a running migrate holds it
                holding.set()
                release.wait(10)
        finally:
            connection.close()

    def second_server():
        try:
            call_command("migrate", interactive=False, stdout=output)
        finally:
            connection.close()
            done.set()

    first = threading.Thread(target=first_server)
    first.start()
    assert holding.wait(10)
    second = threading.Thread(target=second_server)
    second.start()
    assert not done.wait(0.5), "the second migrate did not wait for the first"
    release.set()
    assert done.wait(30)
    first.join(10)
    second.join(10)
    assert "No migrations to apply." in output.getvalue()

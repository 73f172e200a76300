"""Jobs that cron may start on every server at once, of which one must do the work.

`only_one(name)` holds a PostgreSQL advisory lock for the duration of a run: a second run
that starts meanwhile, on any server, is told at once that another is busy. The lock
belongs to the database session, so a run that crashes or is killed releases it. On SQLite
(one machine, development) there is nothing to share and every run goes ahead.
"""

import hashlib
from contextlib import contextmanager

from django.db import DEFAULT_DB_ALIAS, connections


def _lock_key(name):
    return int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], "big", signed=True)


@contextmanager
def only_one(name, wait=False, using=None):
    """`with only_one("forum-digest") as mine:` – `mine` is False when another run holds it.
    With `wait=True` it waits for the other run to end instead (and `mine` is True)."""
    connection = connections[using or DEFAULT_DB_ALIAS]
    if connection.vendor != "postgresql":
        yield True
        return
    key = _lock_key(f"kenniskring:{name}")
    with connection.cursor() as cursor:
        if wait:
            cursor.execute("SELECT pg_advisory_lock(%s), true", [key])
        else:
            cursor.execute("SELECT pg_try_advisory_lock(%s)", [key])
        mine = cursor.fetchone()[-1]
    try:
        yield mine
    finally:
        if mine:
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_unlock(%s)", [key])

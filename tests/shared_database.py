"""Data built once for a run of consecutive tests that ask for the same (docs/testing.md).

Building the demo site or the kenniskring's small network takes a second or more, and most
tests only read it. So it is built inside an outer transaction that stays open while tests
that ask for the same data follow each other; each of those tests runs in a savepoint of its
own (pytest-django's `db`), so what one test changes is undone before the next, and it gets
its own copy of the Python objects the build returned. The first test that asks for other
data, or for none, rolls the outer transaction back. `pytest_collection_modifyitems` in
tests/conftest.py puts tests that ask for the same data next to each other.

Imports nothing from the host site: the plug-in host (tests/kenniskring/host) uses it too.
"""

import copy

from django.core.cache import cache
from django.db import connection, transaction


class SharedDatabase:
    """The one outer transaction of this process, and what was built in it."""

    active = None  # the SharedDatabase whose outer transaction is open

    def __init__(self, blocker):
        self.blocker = blocker
        self.atomic = None
        self.name = None
        self.built = None

    def enter(self, name, build):
        """Make `name` the data of the database, building it unless it already is."""
        if self.name == name:
            return
        self.leave()
        with self.blocker.unblock():
            if connection.in_atomic_block:
                raise RuntimeError(
                    f"The shared {name!r} data must be set up before the test's own "
                    "transaction: do not combine it with `db` or `pytest.mark.django_db` "
                    "requested before it."
                )
            cache.clear()
            self.atomic = transaction.atomic()
            self.atomic.__enter__()
            SharedDatabase.active = self
            try:
                self.built = build()
            except BaseException:
                self.leave()
                raise
            self.name = name

    def leave(self):
        """Roll the outer transaction back: the database is empty again."""
        if self.atomic is None:
            return
        with self.blocker.unblock():
            transaction.set_rollback(True)
            self.atomic.__exit__(None, None, None)
        self.atomic = None
        self.name = None
        self.built = None
        SharedDatabase.active = None
        cache.clear()

    @classmethod
    def leave_active(cls):
        if cls.active is not None:
            cls.active.leave()


def give_test_its_copy(request, shared):
    """The test's own copy of what was built (so changing an object in memory stays in the
    test), and a cache that knows nothing of the tests before it."""
    request.node.shared_built = copy.deepcopy(shared.built) if shared.built else {}
    cache.clear()


def shared_value(request, name, build):
    """The shared `name` when this test runs on shared data that has it, else `build()`."""
    built = getattr(request.node, "shared_built", None) or {}
    return built[name] if name in built else build()

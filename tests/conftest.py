import os
import subprocess
from pathlib import Path

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection, transaction
from django.test import override_settings

# The kenniskring's small trees, people and learning material, for every test package.
pytest_plugins = ["tests.kenniskring.fixtures", "tests.kenniskring_learning.fixtures"]

LOCALE = Path(__file__).resolve().parent.parent / "locale"


@pytest.fixture(scope="session", autouse=True)
def compiled_catalogues():
    """The French and English catalogues compiled, also when pytest runs without `make`."""
    for po in LOCALE.glob("*/LC_MESSAGES/django.po"):
        mo = po.with_suffix(".mo")
        if not mo.exists() or mo.stat().st_mtime < po.stat().st_mtime:
            subprocess.run(["msgfmt", "--check-format", "-o", mo, po], check=True)


class DemoDatabase:
    """The whole demo site, loaded once for a run of consecutive tests that ask for it.

    Building the demo takes seconds, so it is loaded inside an outer transaction that stays
    open while tests that ask for `demo_site` follow each other; each of those tests runs in
    a savepoint of its own (pytest-django's `db`), so what one test changes is undone before
    the next. The first test that does not ask for the demo rolls the outer transaction back,
    so it sees an empty database, as always. `pytest_collection_modifyitems` below puts the
    demo tests next to each other (and, under xdist, on one worker), so a run loads it once.
    """

    active = None  # the DemoDatabase whose outer transaction is open

    def __init__(self, blocker, folder):
        self.blocker = blocker
        self.folder = folder
        self.atomic = None

    @property
    def media(self):
        return {"MEDIA_ROOT": self.folder / "media", "KENNISKRING_PRIVATE_ROOT": self.folder / "p"}

    def enter(self):
        if self.atomic is not None:
            return
        with self.blocker.unblock():
            if connection.in_atomic_block:
                raise RuntimeError(
                    "The demo database must be set up before the test's own transaction: ask "
                    "for `demo_site` instead of `db` or `pytest.mark.django_db`."
                )
            cache.clear()
            self.atomic = transaction.atomic()
            self.atomic.__enter__()
            DemoDatabase.active = self
            try:
                with override_settings(**self.media):
                    call_command("load_demo_content", force=True, stdout=open(os.devnull, "w"))  # noqa: SIM115
            except BaseException:
                self.leave()
                raise

    def leave(self):
        if self.atomic is None:
            return
        with self.blocker.unblock():
            transaction.set_rollback(True)
            self.atomic.__exit__(None, None, None)
        self.atomic = None
        DemoDatabase.active = None
        cache.clear()


@pytest.fixture(scope="session")
def demo_database(django_db_setup, django_db_blocker, tmp_path_factory):
    demo = DemoDatabase(django_db_blocker, tmp_path_factory.mktemp("demo"))
    yield demo
    demo.leave()


@pytest.fixture(autouse=True)
def demo_or_empty_database(request):
    """Keeps the demo's outer transaction open for demo tests and closes it for all others."""
    if "demo_site" in request.fixturenames:
        if "transactional_db" in request.fixturenames:
            raise RuntimeError("`demo_site` runs in a transaction: it cannot be transactional")
        request.getfixturevalue("demo_database").enter()
    elif DemoDatabase.active is not None:
        DemoDatabase.active.leave()


@pytest.fixture(autouse=True)
def media(settings, tmp_path, request):
    """Uploads and members' files in a folder of each test's own: nothing left between tests
    or runs (a file left behind would make the next upload of that name get another one).
    Demo tests share the demo's folder, where its images are."""
    if "demo_site" in request.fixturenames:
        folders = request.getfixturevalue("demo_database").media
    else:
        folders = {"MEDIA_ROOT": tmp_path / "media", "KENNISKRING_PRIVATE_ROOT": tmp_path / "p"}
    settings.MEDIA_ROOT = folders["MEDIA_ROOT"]
    settings.KENNISKRING_PRIVATE_ROOT = folders["KENNISKRING_PRIVATE_ROOT"]
    return settings.MEDIA_ROOT


@pytest.fixture
def demo_site(demo_database, db):
    """The whole demo site, as `make run` builds it (see DemoDatabase)."""
    from wagtail.models import Site

    return Site.objects.get(is_default_site=True)


def _asks_for_demo(item):
    return "demo_site" in getattr(item, "fixturenames", ())


def pytest_itemcollected(item):
    """Under xdist (`--dist loadgroup`), one worker runs all demo tests."""
    if _asks_for_demo(item):
        item.add_marker(pytest.mark.xdist_group("demo"))


def pytest_addoption(parser):
    parser.addoption(
        "--database-only",
        action="store_true",
        help="only the tests that use Django's test database: the PostgreSQL pass, where the "
        "others would do exactly what they did on SQLite (see docs/testing.md)",
    )


def _uses_database(item):
    names = getattr(item, "fixturenames", ())
    return (
        any(name in names for name in ("db", "transactional_db", "django_db_reset_sequences"))
        or item.get_closest_marker("django_db") is not None
    )


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config, items):
    """Long tests that need no test database (`early`: the browser group, the plug-in host)
    start first, so that under xdist they do not make the run's tail. Demo tests run one after
    another (after any shuffling of the order), where the first of them stood: among the
    tests in a transaction, before pytest-django's transactional ones, whose flush would
    leave no root page for the demo."""
    if config.getoption("database_only"):
        engine_free = [item for item in items if not _uses_database(item)]
        if engine_free:
            config.hook.pytest_deselected(items=engine_free)
            items[:] = [item for item in items if _uses_database(item)]
    early = [item for item in items if item.get_closest_marker("early")]
    items[:] = early + [item for item in items if not item.get_closest_marker("early")]
    demo = [item for item in items if _asks_for_demo(item)]
    if demo:
        first = items.index(demo[0])
        rest = [item for item in items if not _asks_for_demo(item)]
        items[:] = rest[:first] + demo + rest[first:]

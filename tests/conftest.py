import datetime
import os
import subprocess
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone, translation

from tests.shared_database import SharedDatabase, give_test_its_copy

# The kenniskring's small trees, people and learning material, for every test package.
pytest_plugins = ["tests.kenniskring.fixtures", "tests.kenniskring_learning.fixtures"]

TESTS = Path(__file__).resolve().parent
LOCALE = TESTS.parent / "locale"

# tests/stack starts nginx, two gunicorn servers and a worker of its own: only
# `make stack-test` runs it (KENNISPLEIN_STACK=1, see tests/stack/conftest.py).
collect_ignore = [] if os.environ.get("KENNISPLEIN_STACK") == "1" else ["stack"]


@pytest.fixture(scope="session", autouse=True)
def compiled_catalogues():
    """The French and English catalogues compiled, also when pytest runs without `make`."""
    for po in LOCALE.glob("*/LC_MESSAGES/django.po"):
        mo = po.with_suffix(".mo")
        if not mo.exists() or mo.stat().st_mtime < po.stat().st_mtime:
            subprocess.run(["msgfmt", "--check-format", "-o", mo, po], check=True)


def _load_demo(folders):
    with override_settings(**folders):
        call_command("load_demo_content", force=True, stdout=open(os.devnull, "w"))  # noqa: SIM115
    return {}


def _transactional(names, node):
    marker = node.get_closest_marker("django_db")
    options = marker.kwargs if marker else {}
    return bool(
        {"transactional_db", "live_server", "django_db_reset_sequences"} & set(names)
        or (marker and marker.args[:1] == (True,))
        or any(options.get(name) for name in ("transaction", "reset_sequences"))
        or options.get("serialized_rollback")
    )


def shared_data(node):
    """Which data built once (tests/shared_database.py) this test runs on, if any: the demo
    site, or the kenniskring's small network with or without its people (and with them, in
    French and English too). Transactional tests
    build their network themselves."""
    names = getattr(node, "fixturenames", ())
    if "demo_site" in names:
        return "demo"
    if _transactional(names, node):
        return None
    if "translations" in names:
        return "translated"
    if "people" in names:
        return "people"
    if "tree" in names:
        return "tree"
    return None


@pytest.fixture(scope="session")
def demo_media(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo")
    return {"MEDIA_ROOT": folder / "media", "KENNISKRING_PRIVATE_ROOT": folder / "p"}


@pytest.fixture(scope="session")
def shared_database(django_db_setup, django_db_blocker):
    shared = SharedDatabase(django_db_blocker)
    yield shared
    shared.leave()


@pytest.fixture(autouse=True)
def shared_or_empty_database(request):
    """Opens (or keeps) the outer transaction of the data this test shares with the tests
    around it, and closes it for tests that share nothing: they see an empty database."""
    name = shared_data(request.node)
    if name is None:
        SharedDatabase.leave_active()
        return
    if name == "demo":
        if _transactional(request.fixturenames, request.node):
            raise RuntimeError("`demo_site` runs in a transaction: it cannot be transactional")
        media = request.getfixturevalue("demo_media")
        build = lambda: _load_demo(media)  # noqa: E731
    else:
        from tests.kenniskring.fixtures import build_network  # a plug-in: imported by pytest

        build = lambda: build_network(  # noqa: E731
            with_people=name in ("people", "translated"), translated=name == "translated"
        )
    shared = request.getfixturevalue("shared_database")
    shared.enter(name, build)
    give_test_its_copy(request, shared)


@pytest.fixture(autouse=True)
def site_language():
    """Each test starts in the site's language: a test that activated French (a request to a
    /fr/ address does) would otherwise make the next test's `reverse()` give /fr/ addresses."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def _django_db_marker(request, shared_or_empty_database):
    """pytest-django's fixture of this name, which opens the test's transaction for a
    `django_db` mark, overridden to do so after the shared data's outer transaction."""
    if request.node.get_closest_marker("django_db"):
        request.getfixturevalue("_django_db_helper")


@pytest.fixture(autouse=True)
def media(settings, tmp_path, request):
    """Uploads and members' files in a folder of each test's own: nothing left between tests
    or runs (a file left behind would make the next upload of that name get another one).
    Demo tests share the demo's folder, where its images are."""
    if "demo_site" in request.fixturenames:
        folders = request.getfixturevalue("demo_media")
    else:
        folders = {"MEDIA_ROOT": tmp_path / "media", "KENNISKRING_PRIVATE_ROOT": tmp_path / "p"}
    settings.MEDIA_ROOT = folders["MEDIA_ROOT"]
    settings.KENNISKRING_PRIVATE_ROOT = folders["KENNISKRING_PRIVATE_ROOT"]
    return settings.MEDIA_ROOT


@pytest.fixture
def page_cache(settings):
    """The page cache on (the test settings switch it off), the cache empty before and after."""
    from django.core.cache import cache

    settings.KENNISPLEIN_PAGE_CACHE_SECONDS = 300
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def midday(monkeypatch):
    """The site's clock pinned at 12:00 today (Europe/Brussels): a test about "a minute
    ago" or "in an hour" then never crosses midnight into another day."""
    noon = timezone.localtime().replace(hour=12, minute=0, second=0, microsecond=0)
    monkeypatch.setattr(timezone, "now", lambda: noon.astimezone(datetime.UTC))
    return noon


@pytest.fixture
def demo_site(shared_database, db):
    """The whole demo site, as `make run` builds it (tests/shared_database.py)."""
    from wagtail.models import Site

    return Site.objects.get(is_default_site=True)


def _asks_for_demo(item):
    return "demo_site" in getattr(item, "fixturenames", ())


def pytest_itemcollected(item):
    """Under xdist (`--dist loadgroup`), one worker runs all demo tests, and starts with them:
    with the volume tests on top of the demo they are the longest group after the browser's."""
    if _asks_for_demo(item):
        item.add_marker(pytest.mark.xdist_group("demo"))
        item.add_marker(pytest.mark.early)


def pytest_addoption(parser):
    parser.addoption(
        "--database-only",
        action="store_true",
        help="only the tests whose outcome may depend on the database engine: the PostgreSQL "
        "pass, where the others would do exactly what they did on SQLite (ENGINE_FREE, "
        "docs/testing.md)",
    )


# Modules that use the test database only to store their fixtures and read them back (by
# key, or in an order the code names), so that their outcome cannot depend on the engine:
# no full-text search, locks or concurrent requests, constraints the database enforces
# (unique, length, NUL bytes), migrations, raw SQL, JSON lookups, bulk inserts or exports.
# The PostgreSQL pass (`--database-only`) leaves them to the SQLite pass (docs/testing.md).
ENGINE_FREE = {
    # What a visitor sees: page types, menus, markup, headers, languages.
    "home/test_pages.py",
    "home/test_home_page.py",
    "home/test_privacy_page.py",
    "home/test_theme_pages.py",
    "home/test_snippet_listings.py",
    "home/test_look.py",
    "home/test_news.py",
    "kenniskring/test_home.py",
    "kenniskring/test_components.py",
    "kenniskring/test_section_address.py",
    "kenniskring_learning/test_board.py",
    "kenniskring_forum/test_cleaning.py",
    "hardening/test_headers.py",
    "hardening/test_csp.py",
    "hardening/test_small_fixes.py",
    "i18n/test_switcher.py",
    "i18n/test_fallback.py",
    "i18n/test_member_mail.py",
    # Who may open what: access rules decided in Python from groups, memberships and the
    # page tree (the search's own privacy tests do run on both engines).
    "kenniskring/test_access_matrix.py",
    "kenniskring/test_closed.py",
    "kenniskring/test_outside.py",
    "kenniskring/test_login.py",
    "kenniskring/test_hosting.py",
    "kenniskring/test_private_documents.py",
    "kenniskring/test_private_images.py",
    "kenniskring/test_private_serving.py",
    "hardening/test_admin_privacy.py",
    "hardening/test_visibility_mail.py",
    "i18n/test_privacy.py",
    # Redis and the settings failing: the database only holds the sessions and fixtures.
    "faults/test_cache_outage.py",
    "faults/test_sessions.py",
    "faults/test_start_up.py",
}


def _engine_free(item):
    return item.path.relative_to(TESTS).as_posix() in ENGINE_FREE


def _uses_database(item):
    names = getattr(item, "fixturenames", ())
    return (
        any(name in names for name in ("db", "transactional_db", "django_db_reset_sequences"))
        or item.get_closest_marker("django_db") is not None
    )


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config, items):
    """Long tests and groups (`early`: the browser group, the plug-in host, the demo group
    with the tests that add the volume data to the demo) start first, so that under xdist
    they do not make the run's tail. Tests that share data built once (the demo, the small
    network with or without people, translated or not) run one after another (after any
    shuffling of the order), where the first of them stood: among the tests in a transaction,
    before pytest-django's transactional ones, whose flush would leave no root page to build
    on."""
    if config.getoption("database_only"):
        engine_free = [item for item in items if not _uses_database(item) or _engine_free(item)]
        if engine_free:
            config.hook.pytest_deselected(items=engine_free)
            left_out = set(map(id, engine_free))
            items[:] = [item for item in items if id(item) not in left_out]
    early = [item for item in items if item.get_closest_marker("early")]
    items[:] = early + [item for item in items if not item.get_closest_marker("early")]
    for name in ("demo", "translated", "people", "tree"):
        sharing = [item for item in items if shared_data(item) == name]
        if sharing:
            first = items.index(sharing[0])
            rest = [item for item in items if shared_data(item) != name]
            items[:] = rest[:first] + sharing + rest[first:]

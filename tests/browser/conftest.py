"""Real-browser tests: the demo site served on localhost, driven in Chromium by Playwright.

Once per run the site is built in a temporary folder of its own (SQLite, migrated, demo
content) and served by `manage.py runserver` on a free port; this never touches
`DATABASE_URL`, so the suite behaves the same on SQLite and PostgreSQL. Each test gets a
fresh browser context (no cookies). Without Chromium the tests skip with one line saying how
to install it, except under CI=true, where they fail.
"""

import email
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.browser.helpers import (
    CHROMIUM,
    CHROMIUM_ARGS,
    DEMO_PASSWORD,
    DESKTOP,
    IN_CI,
    PHONE,
    SCREENSHOTS,
    slug,
    why_no_browser,
)

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
NO_BROWSER = why_no_browser()
_skipped_here = []


def _is_browser_test(item):
    return HERE in Path(str(item.path)).resolve().parents


def pytest_itemcollected(item):
    """Under xdist (`--dist loadgroup`) one worker runs the whole browser group: one site,
    one Chromium."""
    item.add_marker(pytest.mark.xdist_group("browser"))
    item.add_marker(pytest.mark.early)


def pytest_collection_modifyitems(config, items):
    if NO_BROWSER and not IN_CI:
        marker = pytest.mark.skip(reason=f"browser tests: {NO_BROWSER}")
        for item in items:
            if _is_browser_test(item):
                item.add_marker(marker)
                _skipped_here.append(item.nodeid)


def pytest_terminal_summary(terminalreporter):
    if _skipped_here:
        terminalreporter.write_line(
            f"{len(_skipped_here)} browser tests skipped: {NO_BROWSER}", yellow=True
        )


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


# --- the site ---------------------------------------------------------------------------


@dataclass
class LiveSite:
    """The demo site as served to the browser."""

    base_url: str
    folder: Path
    env: dict
    pages: list = field(default_factory=list)

    def url(self, path):
        return self.base_url + path

    def find(self, type_label, language="nl", public=None):
        """The first live page of a type (`home.EventPage`): id, url, title, public; or None."""
        for page in self.pages:
            if page["type"] == type_label and page["language"] == language:
                if public is None or page["public"] == public:
                    return page
        return None

    def page_of_type(self, type_label, language="nl", public=None):
        """The address of the first live page of a type, or None."""
        page = self.find(type_label, language, public)
        return page and page["url"]

    def mails(self, to=None):
        """The e-mails the site has sent so far (optionally only to one address), oldest first.

        Each is an `email.message.Message`; `mail_text(message)` gives its plain text.
        """
        messages = []
        for path in sorted((self.folder / "mail").glob("*.log"), key=os.path.getmtime):
            for raw in path.read_bytes().split(b"\n" + b"-" * 79 + b"\n"):
                if raw.strip():
                    messages.append(email.message_from_bytes(raw))
        return [m for m in messages if to is None or to in m.get("To", "")]


# Prints every live page type once per language: where it is and whether it is public.
LIST_PAGES = """
import json, django
django.setup()
from wagtail.models import Page
seen, pages = set(), []
for page in Page.objects.live().filter(depth__gt=1).specific().order_by("path"):
    key = (page._meta.label, page.locale.language_code)
    if key in seen:
        continue
    seen.add(key)
    pages.append({
        "id": page.pk,
        "type": page._meta.label,
        "language": page.locale.language_code,
        "url": page.get_url(),
        "title": page.title,
        "public": not page.get_view_restrictions().exists(),
    })
print(json.dumps(pages))
"""


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _manage(args, env, log):
    with open(log, "a") as out:
        result = subprocess.run(
            [sys.executable, *args],
            cwd=REPO,
            env=env,
            stdout=subprocess.PIPE if args[0] == "-c" else out,
            stderr=out,
            text=True,
            timeout=600,
        )
    if result.returncode:
        pytest.fail(
            f"`{' '.join(args[:3])}` failed for the browser site:\n{log.read_text()[-4000:]}"
        )
    return result.stdout


def _wait_until_served(url, server, log, timeout=180):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            break
        try:
            with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.2)
    pytest.fail(f"The browser site did not come up at {url}:\n{log.read_text()[-4000:]}")


@pytest.fixture(scope="package")
def live_site():
    """The demo site in its own temporary SQLite database, served on a free local port."""
    folder = Path(tempfile.mkdtemp(prefix="kennisplein-browser-"))
    (folder / "media").mkdir()
    (folder / "mail").mkdir()
    log = folder / "server.log"
    port = _free_port()
    base_url = f"http://127.0.0.1:{port}"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.browser.server_settings",
        "DATABASE_URL": f"sqlite:///{folder / 'site.sqlite3'}",
        "BROWSER_MEDIA_ROOT": str(folder / "media"),
        "BROWSER_MAIL_DIR": str(folder / "mail"),
        "BROWSER_BASE_URL": base_url,
        "DEMO_PASSWORD": DEMO_PASSWORD,
        "PYTHONUNBUFFERED": "1",
    }
    _manage(["manage.py", "migrate", "--noinput"], env, log)
    _manage(["manage.py", "load_demo_content", "--force"], env, log)
    pages = json.loads(_manage(["-c", LIST_PAGES], env, log))
    with open(log, "a") as out:
        server = subprocess.Popen(  # noqa: S603
            [sys.executable, "manage.py", "runserver", "--noreload", "--skip-checks", str(port)],
            cwd=REPO,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        _wait_until_served(f"{base_url}/nl/", server, log)
        yield LiveSite(base_url=base_url, folder=folder, env=env, pages=pages)
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
        shutil.rmtree(folder, ignore_errors=True)


# --- the browser ------------------------------------------------------------------------


@pytest.fixture(scope="package")
def browser():
    """Debian's Chromium, headless, for all tests of this package.

    Package scope matters: Playwright's sync API keeps an event loop in this thread, which
    would make Django refuse database access in the tests that run after these.
    """
    if NO_BROWSER:
        pytest.fail(f"CI=true and the browser tests cannot run: {NO_BROWSER}")
    from playwright.sync_api import sync_playwright

    shutil.rmtree(SCREENSHOTS / "failures", ignore_errors=True)
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def new_page(browser, live_site, request):
    """Opens a page in a fresh context (no cookies): `new_page()` or `new_page(PHONE)`.

    A failing test leaves a full-page screenshot of each of its pages in
    artifacts/screenshots/failures/.
    """
    contexts = []

    def open_page(viewport=DESKTOP, **options):
        phone = viewport["width"] < 600
        context = browser.new_context(
            base_url=live_site.base_url,
            viewport=viewport,
            locale="nl-BE",
            is_mobile=phone,
            has_touch=phone,
            **options,
        )
        context.set_default_timeout(10_000)
        contexts.append(context)
        return context.new_page()

    yield open_page
    failed = getattr(request.node, "report_call", None)
    for number, context in enumerate(contexts):
        if failed is not None and failed.failed:
            for page in context.pages:
                folder = SCREENSHOTS / "failures"
                folder.mkdir(parents=True, exist_ok=True)
                try:
                    page.screenshot(
                        path=folder / f"{slug(request.node.name)}-{number}.png", full_page=True
                    )
                except Exception:  # noqa: S110 — a screenshot must not hide the failure
                    pass
        context.close()


@pytest.fixture
def page(new_page):
    """A desktop-sized page (1280 px wide)."""
    return new_page(DESKTOP)


@pytest.fixture
def phone(new_page):
    """A phone-sized page (375 px wide, touch)."""
    return new_page(PHONE)

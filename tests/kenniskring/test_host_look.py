"""In a plain Wagtail host the plug-in's pages look finished (issue 18): the member home and
the forum, served to Chromium at 375 and 1280 px, are styled by the plug-in's own stylesheet,
fit a phone without sideways scrolling, and leave screenshots in artifacts/screenshots/.

Runs only in the minimal host (tests/kenniskring/test_plugin.py runs this folder there);
Kennisplein's own pages are walked by tests/browser. The host's data is in an in-memory SQLite
database, which the served site shares with the test (as Django's LiveServerTestCase does)."""

import sys
import threading

import pytest
from django.contrib.staticfiles.handlers import StaticFilesHandler
from django.db import connections
from django.test.testcases import LiveServerThread

from tests.browser.helpers import (
    CHROMIUM,
    CHROMIUM_ARGS,
    DESKTOP,
    IN_CI,
    PHONE,
    screenshot,
    why_no_browser,
)

pytestmark = pytest.mark.skipif(
    "tests.kenniskring.host" not in sys.modules, reason="only in the plug-in's minimal host"
)

STYLED = """() => {
    const sheet = [...document.styleSheets]
        .find(s => (s.href || '').endsWith('/kenniskring/components.css'));
    const styled = el => el && getComputedStyle(el);
    const actions = styled(document.querySelector('.kk-actions'));
    const button = styled(document.querySelector('.kk-button'));
    return {
        rules: sheet ? sheet.cssRules.length : 0,
        components: document.querySelectorAll('[class*="kk-"]').length,
        actionsBullets: actions ? actions.listStyleType : null,
        buttonRadius: button ? button.borderTopLeftRadius : null,
        sideways: document.documentElement.scrollWidth - window.innerWidth,
    };
}"""


@pytest.fixture
def browser(host_site, member_session, thread):
    """Chromium, started after the data: Playwright's sync API runs an event loop in this
    thread, where Django refuses database queries."""
    if reason := why_no_browser():
        (pytest.fail if IN_CI else pytest.skip)(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


class OneRequestAtATime(StaticFilesHandler):
    """Chromium asks for several things at once, and the requests share one SQLite connection
    (Django warns that simultaneous queries on it fail at random): one request at a time."""

    lock = threading.Lock()

    def __call__(self, environ, start_response):
        with self.lock:
            return super().__call__(environ, start_response)


@pytest.fixture
def host_site(people):
    """The host served on a free port, on the test's own database connection."""
    connection = connections["default"]
    connection.inc_thread_sharing()
    server = LiveServerThread(
        "localhost", OneRequestAtATime, connections_override={"default": connection}, port=0
    )
    server.daemon = True
    server.start()
    server.is_ready.wait()
    if server.error:
        raise server.error
    yield f"http://localhost:{server.port}"
    server.terminate()
    connection.dec_thread_sharing()


@pytest.fixture
def thread(people):
    """A forum question with an answer: a thread has actions and buttons to look at."""
    from kenniskring.forum.models import Answer, Question

    question = Question.objects.create(
        title="Hoe vinden we buddy's?", text="<p>Tips?</p>", author=people["member"]
    )
    Answer.objects.create(question=question, text="<p>Via de school.</p>", author=people["partner"])
    return question.get_absolute_url()


@pytest.fixture
def member_session(client, people):
    client.force_login(people["member"])
    return {"name": "sessionid", "value": client.cookies["sessionid"].value}


def test_the_member_home_and_the_forum_look_finished_in_a_plain_host(
    browser, host_site, member_session, thread
):
    from playwright.sync_api import expect

    pages = {
        "host-kenniskring-home": ("/nl/kenniskring/", "Kenniskring"),
        "host-forum": ("/nl/kenniskring/forum/", "Hoe vinden we buddy's?"),
        "host-forum-thread": (thread, "Via de school."),
    }
    for size in (PHONE, DESKTOP):
        context = browser.new_context(viewport=size, base_url=host_site)
        context.add_cookies([{**member_session, "url": host_site}])
        page = context.new_page()
        for name, (address, text) in pages.items():
            response = page.goto(address)
            assert response.status == 200, address
            expect(page.get_by_text(text).first).to_be_visible()
            look = page.evaluate(STYLED)
            assert look["rules"] > 0, f"{address}: the plug-in's stylesheet did not load"
            assert look["components"] > 0, f"{address}: no component of the plug-in"
            assert look["sideways"] <= 0, f"{address} scrolls sideways at {size['width']} px"
            screenshot(page, name)
        thread = page.evaluate(STYLED)  # the thread is the last page: actions and a button
        assert thread["actionsBullets"] == "none"
        assert thread["buttonRadius"] not in (None, "0px")
        context.close()

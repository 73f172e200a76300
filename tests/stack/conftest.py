"""The stack tests: `make stack-test` builds and starts the stack once for the session
(tests/stack/stack.py) and stops it afterwards, whatever the outcome. `make test` never
collects them (tests/conftest.py)."""

import pytest

from .client import Visitor
from .stack import Stack


def pytest_configure(config):
    config.addinivalue_line(
        "markers",
        "x_accel: needs the site to hand private files to nginx (PRIVATE_FILES_SERVE=x-accel, "
        "issue 23); fails, never skips, where the site still streams them itself",
    )


@pytest.fixture(scope="session")
def stack(request):
    plugins = request.config.pluginmanager
    terminal = plugins.get_plugin("terminalreporter")
    capture = plugins.get_plugin("capturemanager")

    def report(line):
        """Each step's time on the terminal as it happens (the build takes minutes)."""
        with capture.global_and_fixture_disabled():
            terminal.write_line(line)

    stack = Stack(report=report)
    try:
        stack.prepare()
        stack.start()
        yield stack
    finally:
        stack.stop()
        if request.session.testsfailed:
            for name in ("app-a", "app-b", "worker", "nginx-error"):
                report(f"--- {name} (last lines) ---\n{stack.log_tail(name)}")
        stack.remove()


@pytest.fixture(scope="session")
def fixtures(stack):
    return stack.fixtures


@pytest.fixture
def visitor(stack):
    return Visitor(stack)


@pytest.fixture
def member(stack):
    """`lid` of project A, logged in through the proxy."""
    visitor = Visitor(stack)
    visitor.log_in("lid")
    return visitor

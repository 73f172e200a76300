"""An app server that dies while visitors are busy: nginx sends everything to the other one,
and no visitor sees an error (proxy_next_upstream)."""

import threading

import pytest
import requests

from .client import Visitor

THREADS = 4
BEFORE, AFTER = 20, 60
PATHS = ["/nl/kenniskring/", "/nl/?stack=uncached", "/nl/kenniskring/forum/"]


@pytest.fixture
def restarted_afterwards(stack):
    yield
    if "app-a" not in stack.processes:
        stack.start_app("a")


def test_killing_one_app_server_mid_load_leaves_the_site_answering(
    stack, member, restarted_afterwards
):
    statuses = []
    done = threading.Condition()
    stop = threading.Event()
    errors = []

    def load():
        visitor = Visitor(stack)
        visitor.session.cookies.update(member.session.cookies)
        number = 0
        while not stop.is_set():
            try:
                response = visitor.get(PATHS[number % len(PATHS)])
                status = response.status_code
            except requests.RequestException as error:
                errors.append(error)
                status = None
            number += 1
            with done:
                statuses.append(status)
                done.notify_all()

    threads = [threading.Thread(target=load) for _ in range(THREADS)]
    for thread in threads:
        thread.start()
    try:
        with done:
            assert done.wait_for(lambda: len(statuses) >= BEFORE, timeout=120)
        stack.kill("app-a")
        killed_at = len(statuses)
        with done:
            assert done.wait_for(lambda: len(statuses) >= killed_at + AFTER, timeout=120)
    finally:
        stop.set()
        for thread in threads:
            thread.join()

    assert errors == []
    assert set(statuses) == {200}, statuses
    with pytest.raises(requests.ConnectionError):
        requests.get(stack.app_url("a") + "/nl/", timeout=5)
    assert member.is_logged_in()

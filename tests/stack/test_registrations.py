"""200 people who have the study morning's form open submit it at the same moment, half of
them through each app server: no workshop gets more people than seats, the waiting list no
more than its size, and every registration the site confirmed is stored, once (as
tests/home/test_registration_concurrency.py, here through two real servers on one
PostgreSQL)."""

import threading
from collections import Counter

from .client import Visitor
from .database import rows

PEOPLE = 200
THREADS = 16


def run_in_threads(count, items, action):
    """`action(item)` for every item, from `count` threads at once; the exceptions raised."""
    pending = list(items)
    lock = threading.Lock()
    errors = []

    def work():
        while True:
            with lock:
                if not pending:
                    return
                item = pending.pop()
            try:
                action(item)
            except Exception as error:  # noqa: BLE001 — collected and asserted on below
                errors.append((item, error))

    threads = [threading.Thread(target=work) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


def form(number, first, second):
    choices = (first, second) if number % 3 else (second, first)
    return {
        "name": f"Stack Persoon {number}",
        "email": f"stack{number}@voorbeeld.be",
        "organisation": "",
        "role": "public",
        "first_choice": choices[0],
        "second_choice": choices[1],
        "privacy_consent": "on",
        "website": "",
    }


def test_two_hundred_registrations_over_two_servers_overbook_nothing_and_lose_nothing(
    stack, fixtures
):
    event = fixtures["event"]
    first, second = event["workshops"]
    # Each person from an address of their own, as nginx forwards it; odd ones on server b.
    people = {
        number: Visitor(stack, address=f"10.23.{number // 250}.{number % 250 + 1}")
        for number in range(PEOPLE)
    }
    server = {number: "ab"[number % 2] for number in people}
    outcomes = {}

    def open_form(number):
        response = people[number].get(event["url"], server[number])
        assert response.status_code == 200
        assert 'name="first_choice"' in response.text

    def submit(number):
        data = form(number, first, second)
        outcomes[number] = people[number].post(event["url"], data, via=server[number])

    assert run_in_threads(THREADS, people, open_form) == []
    assert run_in_threads(THREADS, people, submit) == []

    # 303: registered (a seat or the waiting list); 200: the form again, saying it is full.
    codes = Counter(response.status_code for response in outcomes.values())
    assert set(codes) <= {200, 303}, codes
    stored = rows(
        stack,
        "SELECT email, status, workshop_id FROM home_registration WHERE event_id = %s",
        [event["pk"]],
    )
    registered = {f"stack{n}@voorbeeld.be" for n, r in outcomes.items() if r.status_code == 303}
    assert sorted(email for email, _, _ in stored) == sorted(registered)
    confirmed = Counter(workshop for _, status, workshop in stored if status == "confirmed")
    assert confirmed == {first: event["seats"][0], second: event["seats"][1]}
    waiting = [email for email, status, _ in stored if status == "waiting"]
    assert len(waiting) == event["waiting_list_size"]
    assert codes[303] == sum(event["seats"]) + event["waiting_list_size"]
    full = [r for r in outcomes.values() if r.status_code == 200]
    assert all("volzet" in r.text.lower() for r in full)

"""Many people submitting at the same moment never overbook a workshop (PostgreSQL), whatever
language each of them registers in."""

import threading

import pytest
from django.db import connection, connections

from home.models import Registration, Workshop
from home.models.registrations import AlreadyRegistered, RegistrationClosed, register

from .conftest import make_event, translate_event

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="SQLite serialises every write and has no row locks: the concurrent case is "
        "tested on PostgreSQL (set DATABASE_URL=postgres://…).",
    ),
]


def run_at_once(count, action):
    barrier = threading.Barrier(count)
    outcomes, errors = [], []

    def worker(number):
        try:
            barrier.wait()
            outcomes.append(action(number))
        except Exception as error:  # noqa: BLE001 — collected and asserted on below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return outcomes, errors


def test_simultaneous_registrations_never_overbook(home):
    event = make_event(home, seats=(3, 2), waiting_list_size=4)
    first, second = Workshop.objects.filter(page=event).order_by("sort_order", "pk")

    def sign_up(number):
        try:
            return register(
                event,
                {
                    "name": f"Persoon {number}",
                    "email": f"persoon{number}@voorbeeld.be",
                    "organisation": "",
                    "role": "public",
                    "first_choice": first,
                    "second_choice": second,
                },
            ).status
        except RegistrationClosed:
            return "closed"

    outcomes, errors = run_at_once(12, sign_up)

    assert errors == []
    assert sorted(outcomes).count("confirmed") == 5
    assert outcomes.count("waiting") == 4
    assert outcomes.count("closed") == 3
    assert Registration.objects.filter(workshop=first, status="confirmed").count() == 3
    assert Registration.objects.filter(workshop=second, status="confirmed").count() == 2
    assert Registration.objects.filter(status="waiting").count() == 4


def register_the_same_address(page, first, second):
    """One registration of dubbel@voorbeeld.be: "stored", or "already" when it exists."""
    try:
        register(
            page,
            {
                "name": "Dubbel",
                "email": "dubbel@voorbeeld.be",
                "organisation": "",
                "role": "public",
                "first_choice": first,
                "second_choice": second,
            },
        )
        return "stored"
    except AlreadyRegistered:
        return "already"


def test_the_same_address_at_the_same_moment_is_stored_once(home):
    event = make_event(home, seats=(10, 10))
    first, second = Workshop.objects.filter(page=event).order_by("sort_order", "pk")

    def sign_up(number):
        return register_the_same_address(event, first, second)

    outcomes, errors = run_at_once(6, sign_up)
    assert errors == []
    assert sorted(outcomes) == ["already"] * 5 + ["stored"]
    assert Registration.objects.count() == 1


LANGUAGES = ("nl", "fr", "en")


def test_simultaneous_registrations_in_three_languages_never_overbook(home):
    pages = translate_event(make_event(home, seats=(3, 2), waiting_list_size=4))
    # Each page's own workshops, as each language's visitors see them.
    choices = {
        code: list(Workshop.objects.filter(page=pages[code]).order_by("sort_order", "pk"))
        for code in LANGUAGES
    }

    def sign_up(number):
        code = LANGUAGES[number % 3]
        first, second = choices[code]
        try:
            return register(
                pages[code],
                {
                    "name": f"Persoon {number}",
                    "email": f"persoon{number}@voorbeeld.be",
                    "organisation": "",
                    "role": "public",
                    "first_choice": first,
                    "second_choice": second,
                },
            ).status
        except RegistrationClosed:
            return "closed"

    outcomes, errors = run_at_once(15, sign_up)

    assert errors == []
    assert outcomes.count("confirmed") == 5
    assert outcomes.count("waiting") == 4
    assert outcomes.count("closed") == 6
    first, second = choices["nl"]
    assert Registration.objects.filter(workshop=first, status="confirmed").count() == 3
    assert Registration.objects.filter(workshop=second, status="confirmed").count() == 2
    assert Registration.objects.filter(status="waiting").count() == 4
    stored = Registration.objects.all()
    assert {r.event_id for r in stored} == {pages["nl"].pk}
    assert {r.first_choice_id for r in stored} == {first.pk}
    # Every stored registration kept the language its person used.
    assert all(r.language == LANGUAGES[int(r.name.split()[1]) % 3] for r in stored)
    assert not Registration.objects.filter(workshop__page__in=[pages["fr"], pages["en"]]).exists()


def test_the_same_address_in_three_languages_at_once_is_stored_once(home):
    pages = translate_event(make_event(home, seats=(10, 10)))
    choices = {
        code: list(Workshop.objects.filter(page=pages[code]).order_by("sort_order", "pk"))
        for code in LANGUAGES
    }

    def sign_up(number):
        code = LANGUAGES[number % 3]
        first, second = choices[code]
        return register_the_same_address(pages[code], first, second)

    outcomes, errors = run_at_once(6, sign_up)
    assert errors == []
    assert sorted(outcomes) == ["already"] * 5 + ["stored"]
    assert Registration.objects.count() == 1

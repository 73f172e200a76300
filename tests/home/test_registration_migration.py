"""The migration that makes one event of the study morning's translations: registrations the
old code stored on the French and English pages move to the Dutch workshops, none lost."""

import datetime

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from home.models import Registration, Workshop

from .conftest import make_event, translate_event

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

BEFORE = [("home", "0007_registration_attempt")]


def migrate(targets=None):
    """Migrate to `targets` (default: every app's latest) and return the apps of that state."""
    executor = MigrationExecutor(connection)
    targets = targets or executor.loader.graph.leaf_nodes()
    executor.migrate(targets)
    executor.loader.build_graph()
    return executor.loader.project_state(targets).apps


@pytest.fixture
def leaves_the_database_migrated():
    yield
    migrate()


def test_registrations_made_on_translations_move_to_the_source_workshops(
    home, leaves_the_database_migrated
):
    # The pages exist in every schema; the registrations are written as the old code did:
    # each language page's own workshops, counted apart.
    pages = {code: page.pk for code, page in translate_event(make_event(home)).items()}
    apps = migrate(BEFORE)
    OldWorkshop = apps.get_model("home", "Workshop")
    OldRegistration = apps.get_model("home", "Registration")
    workshops = {
        code: list(OldWorkshop.objects.filter(page_id=pk).order_by("pk"))
        for code, pk in pages.items()
    }
    # A workshop only the French page had: its people must not be lost either.
    extra = OldWorkshop.objects.create(
        page_id=pages["fr"], sort_order=2, title="Atelier en plus", seats=5
    )
    start = timezone.now() - datetime.timedelta(days=3)

    def old_registration(code, email, minutes, status="confirmed", given=0, first=0, second=1):
        own = workshops[code]
        return OldRegistration.objects.create(
            event_id=pages[code],
            name=email.split("@")[0],
            email=email,
            role="public",
            first_choice=own[first],
            second_choice=own[second],
            workshop=own[given] if status == "confirmed" else None,
            status=status,
            privacy_consent_at=start,
            created_at=start + datetime.timedelta(minutes=minutes),
            cancelled_at=start if status == "cancelled" else None,
        )

    old = {
        "an-nl": old_registration("nl", "an@voorbeeld.be", 1),
        "benoit-fr": old_registration("fr", "benoit@exemple.be", 2),
        "an-fr": old_registration("fr", "an@voorbeeld.be", 3, given=1, first=1, second=0),
        "carol-en": old_registration("en", "carol@example.org", 4, status="waiting"),
        "dirk-en": old_registration("en", "dirk@example.org", 5, status="cancelled"),
        "an-en": old_registration("en", "an@voorbeeld.be", 6, status="cancelled"),
        "eva-fr": old_registration("fr", "eva@exemple.be", 7),
        "eva-nl": old_registration("nl", "eva@exemple.be", 8),
    }
    extra_registration = OldRegistration.objects.create(
        event_id=pages["fr"],
        name="Fien",
        email="fien@exemple.be",
        role="public",
        first_choice=extra,
        second_choice=workshops["fr"][0],
        workshop=extra,
        status="confirmed",
        privacy_consent_at=start,
        created_at=start + datetime.timedelta(minutes=9),
    )

    migrate()

    after = {key: Registration.objects.get(pk=row.pk) for key, row in old.items()}
    fien = Registration.objects.get(pk=extra_registration.pk)
    assert Registration.objects.count() == 9
    assert set(Registration.objects.values_list("event_id", flat=True)) == {pages["nl"]}

    nl_one, nl_two = Workshop.objects.filter(page_id=pages["nl"]).order_by("pk")[:2]
    assert (after["benoit-fr"].status, after["benoit-fr"].workshop_id) == ("confirmed", nl_one.pk)
    assert after["benoit-fr"].language == "fr"
    assert (after["carol-en"].status, after["carol-en"].language) == ("waiting", "en")
    assert (after["carol-en"].first_choice_id, after["carol-en"].second_choice_id) == (
        nl_one.pk,
        nl_two.pk,
    )
    assert after["dirk-en"].status == "cancelled" and after["dirk-en"].note == ""

    # One address, two languages: the earliest stays, the later is kept, cancelled, explained.
    assert (after["an-nl"].status, after["an-nl"].language, after["an-nl"].note) == (
        "confirmed",
        "nl",
        "",
    )
    an_fr = after["an-fr"]
    assert (an_fr.status, an_fr.workshop_id, an_fr.first_choice_id) == (
        "cancelled",
        None,
        nl_two.pk,
    )
    assert f"inschrijving {after['an-nl'].pk}" in an_fr.note and "Atelier 2" in an_fr.note
    assert an_fr.cancelled_at is not None
    assert after["an-en"].note == ""  # cancelled before: nothing to merge
    assert after["eva-fr"].status == "confirmed"
    assert after["eva-nl"].status == "cancelled" and "(fr, inschrijving" in after["eva-nl"].note

    # The French-only workshop got its counterpart on the Dutch page, with its registration.
    assert fien.workshop.page_id == pages["nl"] and fien.workshop.title == "Atelier en plus"
    french_extra = Workshop.objects.get(pk=extra.pk)
    assert french_extra.translation_key == fien.workshop.translation_key

    # Workshops of every language share their source's key, each in its own locale.
    for code in ("fr", "en"):
        own = Workshop.objects.filter(page_id=pages[code]).order_by("pk")[:2]
        assert [w.translation_key for w in own] == [nl_one.translation_key, nl_two.translation_key]
        assert {w.locale.language_code for w in own} == {code}

    # The seats are counted once: Workshop 1 has an (nl), benoit (fr) and eva (fr).
    taken = {
        w.pk: w.taken
        for w in Workshop.objects.get(pk=nl_one.pk).page.specific.workshops_with_counts()
    }
    assert taken[nl_one.pk] == 3 and taken[nl_two.pk] == 0

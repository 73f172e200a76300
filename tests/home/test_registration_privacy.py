"""Registrations are forgotten: after the retention period, or at once from the link in the
registrant's mail; the counts per workshop and role stay right. Every export is logged."""

import datetime
import io

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import call_command
from django.db.models import Count
from django.utils import timezone
from wagtail.models import PageLogEntry

from home.models import EventPage, Registration, Workshop
from home.models.registrations import register
from home.retention import forget_past_registrations
from kenniskring import leaving, personal_data
from kenniskring.models import Member, Role

from .conftest import make_event
from .test_registration import link_in, status_url, submit

pytestmark = pytest.mark.django_db


def sign_up(event, email, role="project_holder", first=0, second=1):
    workshops = list(Workshop.objects.filter(page=event).order_by("sort_order"))
    return register(
        event,
        {
            "name": f"Naam van {email}",
            "email": email,
            "organisation": "Buddywerk Gent",
            "role": role,
            "first_choice": workshops[first],
            "second_choice": workshops[second],
        },
    )


def held_days_ago(event, days):
    date = timezone.localdate() - datetime.timedelta(days)
    EventPage.objects.filter(pk=event.pk).update(date=date)
    return EventPage.objects.get(pk=event.pk)


def counts(event):
    per_workshop = {w.title: w.taken for w in event.workshops_with_counts()}
    per_role = dict(
        Registration.objects.filter(event=event)
        .values_list("role")
        .annotate(n=Count("pk"))
        .values_list("role", "n")
    )
    per_status = dict(
        Registration.objects.filter(event=event)
        .values_list("status")
        .annotate(n=Count("pk"))
        .values_list("status", "n")
    )
    return per_workshop, per_role, per_status


def run(command):
    out = io.StringIO()
    call_command(command, stdout=out)
    return out.getvalue()


@pytest.fixture
def two_events(home):
    old = make_event(home, seats=(1, 2), waiting_list_size=3)
    recent = make_event(home, slug="tweede-voormiddag", title="Tweede voormiddag")
    sign_up(old, "een@voorbeeld.be")
    sign_up(old, "twee@voorbeeld.be", role="buddy")
    sign_up(old, "drie@voorbeeld.be", role="buddy")
    sign_up(old, "vier@voorbeeld.be", role="policy")  # waiting list
    sign_up(recent, "vijf@voorbeeld.be")
    return held_days_ago(old, 200), held_days_ago(recent, 100)


def test_registrations_past_the_retention_period_are_anonymised_and_counts_kept(two_events):
    old, recent = two_events
    before = counts(old)
    assert before[0] == {"Workshop 1": 1, "Workshop 2": 2}
    assert "4 registration(s) anonymised" in run("forget_registrations")

    for registration in Registration.objects.filter(event=old):
        assert (registration.name, registration.email, registration.organisation) == ("", "", "")
        assert registration.anonymised_at is not None
        assert str(registration) == "(gegevens gewist)"
    assert counts(old) == before
    assert counts(old)[1] == {"project_holder": 1, "buddy": 2, "policy": 1}
    # The recent event keeps its registrant until its own time comes.
    kept = Registration.objects.get(event=recent)
    assert kept.email == "vijf@voorbeeld.be" and kept.anonymised_at is None
    # A second run has nothing left to do.
    assert "0 registration(s) anonymised" in run("forget_registrations")


def test_an_anonymised_registration_is_neither_cancelled_nor_mailed(client, two_events):
    old, _recent = two_events
    run("forget_registrations")
    confirmed = Registration.objects.filter(event=old, status="confirmed").first()
    url = old.url + old.reverse_subpage("registration", args=[old.registration_token(confirmed)])
    page = client.get(url).content.decode()
    assert "Je naam, e-mailadres, organisatie en opmerking zijn gewist." in page
    assert "Mijn inschrijving annuleren" not in page
    client.post(url, {"action": "cancel"})
    assert Registration.objects.get(pk=confirmed.pk).status == "confirmed"
    # An editor who cancels one still gives no seat to someone who cannot be told.
    from home.models.registrations import cancel_registration

    cancel_registration(confirmed)
    assert Registration.objects.get(event=old, role="policy").status == "waiting"
    assert mail.outbox == []


def test_the_retention_period_is_a_setting(two_events, settings):
    old, recent = two_events
    settings.REGISTRATION_RETENTION_DAYS = 90
    assert forget_past_registrations() == 5
    assert not Registration.objects.exclude(email="").exists()


def test_a_registrant_cancels_and_has_their_data_removed_at_once(client, home):
    event = make_event(home, seats=(1, 1), waiting_list_size=2)
    url = status_url(submit(client, event, email="een@voorbeeld.be", note="Ik eet vegetarisch"))
    submit(client, event, email="twee@voorbeeld.be")
    submit(client, event, email="drie@voorbeeld.be")  # waiting
    page = client.get(url).content.decode()
    assert "Annuleren en mijn gegevens nu wissen" in page
    assert "183 dagen na het evenement" in page
    mail.outbox.clear()

    response = client.post(url, {"action": "forget"})
    assert response.status_code == 303
    forgotten = Registration.objects.get(pk=url.rstrip("/").split("/")[-1].split("-")[0])
    assert forgotten.status == Registration.Status.CANCELLED
    assert (forgotten.name, forgotten.email, forgotten.organisation, forgotten.note) == (
        "",
        "",
        "",
        "",
    )
    assert not Registration.objects.filter(email="een@voorbeeld.be").exists()
    # The cancellation still reached them, and their seat went to the waiting list.
    assert [m.to for m in mail.outbox] == [["een@voorbeeld.be"], ["drie@voorbeeld.be"]]
    assert Registration.objects.get(email="drie@voorbeeld.be").status == "confirmed"

    page = client.get(url).content.decode()
    assert "Je naam, e-mailadres, organisatie en opmerking zijn gewist." in page
    assert "een@voorbeeld.be" not in page
    # Again: nothing changes, nobody is mailed; the address may register anew.
    client.post(url, {"action": "forget"})
    client.post(url, {"action": "cancel"})
    assert len(mail.outbox) == 2
    status_url(submit(client, event, email="een@voorbeeld.be"))


def test_a_cancelled_registrant_can_still_have_their_data_removed(client, event):
    url = status_url(submit(client, event))
    client.post(url, {"action": "cancel"})
    mail.outbox.clear()
    client.post(url, {"action": "forget"})
    assert Registration.objects.get().email == ""
    assert mail.outbox == []


def test_a_guessed_link_removes_nothing(client, event):
    url = status_url(submit(client, event))
    registration = Registration.objects.get()
    forged = url.replace(f"/{registration.pk}-", f"/{registration.pk}-x")
    assert client.post(forged, {"action": "forget"}).status_code == 404
    other = url.replace(f"/{registration.pk}-", f"/{registration.pk + 1}-")
    assert client.post(other, {"action": "forget"}).status_code == 404
    assert Registration.objects.get().email == "an@voorbeeld.be"


def test_the_confirmation_mail_links_to_the_page_that_forgets(client, event):
    submit(client, event)
    link = link_in(mail.outbox[0])
    assert "Annuleren en mijn gegevens nu wissen" in client.get(link).content.decode()


# -- the record of exports --------------------------------------------------------------------


@pytest.fixture
def editor(client, django_user_model):
    user = django_user_model.objects.create_superuser("redacteur", "r@voorbeeld.be", "x")
    client.force_login(user)
    return user


def test_every_registration_export_is_logged_per_event(client, home, django_user_model):
    event = make_event(home)
    other = make_event(home, slug="tweede-voormiddag", title="Tweede voormiddag")
    sign_up(event, "een@voorbeeld.be")
    sign_up(event, "twee@voorbeeld.be")
    sign_up(other, "drie@voorbeeld.be")
    user = django_user_model.objects.create_superuser("redacteur", "r@voorbeeld.be", "x")
    client.force_login(user)

    b"".join(client.get("/admin/registration/?export=csv").streaming_content)
    entries = PageLogEntry.objects.filter(action="home.registration_export")
    assert {(e.page_id, e.user_id, e.data["rows"], e.data["format"]) for e in entries} == {
        (event.pk, user.pk, 2, "csv"),
        (other.pk, user.pk, 1, "csv"),
    }
    client.get(f"/admin/registration/?export=xlsx&event={other.pk}")
    entry = PageLogEntry.objects.filter(action="home.registration_export").latest("pk")
    assert (entry.page_id, entry.data["rows"], entry.data["filters"]) == (
        other.pk,
        1,
        {"event": str(other.pk)},
    )
    site_history = client.get("/admin/reports/site-history/").content.decode()
    assert "Export van inschrijvingen" in site_history


def test_nobody_else_exports_registrations_or_leaves_a_record(client, event, django_user_model):
    sign_up(event, "een@voorbeeld.be")
    assert client.get("/admin/registration/?export=csv").status_code == 302
    outsider = django_user_model.objects.create_user("buiten", "b@voorbeeld.be", "x")
    client.force_login(outsider)
    assert client.get("/admin/registration/?export=csv").status_code in (302, 403)
    assert not PageLogEntry.objects.filter(action="home.registration_export").exists()


def test_a_members_registrations_are_in_their_data_and_forgotten_when_they_leave(home):
    event = make_event(home)
    workshops = list(event.workshops.all())
    user = get_user_model().objects.create_user("nora", "Nora@example.org", "geheim-42")
    Member.objects.create(user=user, role=Role.RESEARCHER)

    def sign_up(name, email):
        return Registration.objects.create(
            event=event,
            name=name,
            email=email,
            role=Registration.Role.OTHER,
            first_choice=workshops[0],
            second_choice=workshops[1],
            status=Registration.Status.CONFIRMED,
            privacy_consent_at=timezone.now(),
        )

    own, other = sign_up("Nora", "nora@example.org"), sign_up("Bram", "bram@example.org")
    [part] = [p for p in personal_data.parts(user) if p.key == "inschrijvingen"]
    assert [row["name"] for row in part.rows] == ["Nora"]
    assert leaving.leave(user.pk)
    own.refresh_from_db()
    other.refresh_from_db()
    assert (own.name, own.email, own.anonymised_at is not None) == ("", "", True)
    assert (other.name, other.email) == ("Bram", "bram@example.org")

"""Workshop registration on the event page: nobody is lost, nobody is counted twice."""

import csv as csv_module
import datetime
import io
import re

import pytest
from django.core import mail
from django.utils import timezone
from openpyxl import load_workbook

from home.models import Registration, Workshop

from .conftest import make_event

pytestmark = pytest.mark.django_db


def form_data(event, email="an@voorbeeld.be", first=0, second=1, **extra):
    workshops = list(Workshop.objects.filter(page=event).order_by("sort_order", "pk"))
    data = {
        "name": "An Peeters",
        "email": email,
        "organisation": "Buddywerk Gent",
        "role": "project_holder",
        "first_choice": workshops[first].pk,
        "second_choice": workshops[second].pk,
        "privacy_consent": "on",
        "website": "",
    }
    data.update(extra)
    return {key: value for key, value in data.items() if value is not None}


def submit(client, event, **kwargs):
    return client.post(event.url, form_data(event, **kwargs))


def status_url(response):
    assert response.status_code == 303, response.status_code
    return response["Location"]


def link_in(message):
    return re.search(r"http://\S+/inschrijving/\S+/", message.body).group(0)


def test_first_choice_while_it_has_seats(client, event):
    response = submit(client, event)
    url = status_url(response)
    registration = Registration.objects.get()
    assert registration.status == Registration.Status.CONFIRMED
    assert registration.workshop.title == "Workshop 1"
    assert registration.email == "an@voorbeeld.be"

    page = client.get(url)
    assert page.status_code == 200
    assert "Je hebt een plaats in je eerste keuze: Workshop 1." in page.content.decode()

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["an@voorbeeld.be"]
    assert message.subject == "Je inschrijving voor Studievoormiddag"
    assert "Je hebt een plaats in je eerste keuze: Workshop 1." in message.body
    assert link_in(message).endswith(url)


def test_reloading_the_result_does_not_register_again(client, event):
    url = status_url(submit(client, event))
    client.get(url)
    client.get(url)
    assert Registration.objects.count() == 1
    assert len(mail.outbox) == 1


def test_second_choice_when_the_first_is_full_then_the_waiting_list(client, home):
    event = make_event(home, seats=(1, 1), waiting_list_size=1)
    submit(client, event, email="een@voorbeeld.be")
    second = status_url(submit(client, event, email="twee@voorbeeld.be"))
    waiting = status_url(submit(client, event, email="drie@voorbeeld.be"))

    two = Registration.objects.get(email="twee@voorbeeld.be")
    assert two.status == Registration.Status.CONFIRMED and two.workshop.title == "Workshop 2"
    assert "Je eerste keuze (Workshop 1) was volzet" in client.get(second).content.decode()
    assert "tweede keuze: Workshop 2" in mail.outbox[1].body

    three = Registration.objects.get(email="drie@voorbeeld.be")
    assert three.status == Registration.Status.WAITING and three.workshop is None
    assert "Je staat op de wachtlijst" in client.get(waiting).content.decode()
    assert "Je staat op de wachtlijst" in mail.outbox[2].body


def test_closes_when_every_seat_and_the_waiting_list_are_taken(client, home):
    event = make_event(home, seats=(1, 1), waiting_list_size=1)
    for name in ("een", "twee", "drie"):
        submit(client, event, email=f"{name}@voorbeeld.be")

    page = client.get(event.url).content.decode()
    assert "Alle workshops en de wachtlijst zijn volzet" in page
    assert '<form class="registration-form"' not in page

    response = submit(client, event, email="vier@voorbeeld.be")
    assert response.status_code == 200
    assert "Alle workshops en de wachtlijst zijn volzet" in response.content.decode()
    assert Registration.objects.count() == 3
    assert len(mail.outbox) == 3


def test_closes_at_the_date_the_editor_set(client, home):
    event = make_event(home, registration_closes_at=timezone.now() - datetime.timedelta(hours=1))
    page = client.get(event.url).content.decode()
    assert "De inschrijvingen zijn afgesloten." in page
    assert '<form class="registration-form"' not in page
    response = submit(client, event)
    assert "De inschrijvingen zijn afgesloten." in response.content.decode()
    assert not Registration.objects.exists()


def test_open_until_the_closing_date(client, home):
    event = make_event(home, registration_closes_at=timezone.now() + datetime.timedelta(days=1))
    assert '<form class="registration-form"' in client.get(event.url).content.decode()
    status_url(submit(client, event))


STARTED = "Het evenement is al begonnen. Je kunt je niet meer inschrijven."
FORM = '<form class="registration-form"'


def starting_in(delta):
    """Date and start time, on the site's clock, of an event that starts `delta` from now."""
    start = timezone.localtime() + delta
    return {"date": start.date(), "start_time": start.time().replace(microsecond=0)}


def test_open_until_the_event_starts(client, home, midday):
    event = make_event(home, **starting_in(datetime.timedelta(hours=1)))
    assert FORM in client.get(event.url).content.decode()
    status_url(submit(client, event))
    assert Registration.objects.get().status == Registration.Status.CONFIRMED


def test_closes_by_itself_once_the_event_has_started(client, home, midday):
    event = make_event(home, **starting_in(-datetime.timedelta(minutes=1)))
    page = client.get(event.url).content.decode()
    assert STARTED in page
    assert FORM not in page
    assert "plaatsen vrij" not in page

    response = submit(client, event)
    assert response.status_code == 200
    assert STARTED in response.content.decode()
    assert FORM not in response.content.decode()
    # Even an incomplete form is told it is too late, not what it is missing.
    incomplete = client.post(event.url, {"email": "geen-adres", "website": ""})
    assert STARTED in incomplete.content.decode()
    assert "Vul je naam in." not in incomplete.content.decode()
    assert not Registration.objects.exists()
    assert not mail.outbox


def test_the_start_is_read_on_the_brussels_clock(client, home, monkeypatch):
    # 08:30 in Brussels in summer is 06:30 UTC: at 06:45 UTC the event has started.
    event = make_event(home, date=datetime.date(2030, 7, 1), start_time=datetime.time(8, 30))
    assert event.starts_at == datetime.datetime(2030, 7, 1, 6, 30, tzinfo=datetime.UTC)
    utc = datetime.UTC
    monkeypatch.setattr(timezone, "now", lambda: datetime.datetime(2030, 7, 1, 6, 15, tzinfo=utc))
    assert FORM in client.get(event.url).content.decode()
    monkeypatch.setattr(timezone, "now", lambda: datetime.datetime(2030, 7, 1, 6, 45, tzinfo=utc))
    assert STARTED in client.get(event.url).content.decode()
    submit(client, event)
    assert not Registration.objects.exists()


def test_a_registration_sent_just_before_the_start_and_checked_after_is_refused(event):
    from home.models.registrations import RegistrationClosed, register

    workshops = list(event.workshops.all())
    data = {
        "name": "An",
        "email": "an@voorbeeld.be",
        "role": "buddy",
        "first_choice": workshops[0],
        "second_choice": workshops[1],
    }
    event.date, event.start_time = datetime.date(2001, 1, 1), datetime.time(9, 0)
    with pytest.raises(RegistrationClosed, match="al begonnen"):
        register(event, data)
    assert not Registration.objects.exists()


def test_an_explicit_closing_moment_replaces_the_start(client, home, midday):
    """The editor's moment wins, also when it is after the start (as in the demo)."""
    later = timezone.now() + datetime.timedelta(days=1)
    event = make_event(
        home, registration_closes_at=later, **starting_in(-datetime.timedelta(hours=1))
    )
    assert FORM in client.get(event.url).content.decode()
    status_url(submit(client, event))

    earlier = make_event(
        home,
        slug="vroeger",
        registration_closes_at=timezone.now() - datetime.timedelta(minutes=1),
        **starting_in(datetime.timedelta(days=2)),
    )
    page = client.get(earlier.url).content.decode()
    assert "De inschrijvingen zijn afgesloten." in page
    assert FORM not in page
    submit(client, earlier, email="twee@voorbeeld.be")
    assert Registration.objects.count() == 1


def test_a_past_event_takes_no_registration_even_with_a_later_closing_moment(client, home):
    event = make_event(
        home,
        date=timezone.localdate() - datetime.timedelta(days=1),
        registration_closes_at=timezone.now() + datetime.timedelta(days=30),
    )
    assert FORM not in client.get(event.url).content.decode()
    response = submit(client, event)
    assert response.status_code == 200
    assert not Registration.objects.exists() and not mail.outbox


def test_the_demo_study_morning_took_place_and_the_example_event_is_open(client, demo_site):
    from home.models import EventPage

    event = EventPage.objects.get(slug="studievoormiddag", locale__language_code="nl")
    assert event.date == datetime.date(2022, 4, 21)
    html = client.get(event.url).content.decode()
    assert "Dit evenement vond plaats op donderdag 21 april 2022." in html
    assert FORM not in html and 'id="inschrijven"' not in html
    assert 'class="demo-badge"' not in html
    assert submit(client, event).status_code == 200
    assert not Registration.objects.filter(event=event).exists()

    example = EventPage.objects.get(slug="voorbeeldevenement", locale__language_code="nl")
    html = client.get(example.url).content.decode()
    assert example.is_example and example.date > datetime.date.today()
    assert "Voorbeeld: dit evenement is verzonnen" in html
    assert FORM in html
    status_url(submit(client, example))
    assert Registration.objects.filter(event=example).count() == 1


def test_the_two_choices_must_differ_and_everything_typed_stays(client, event):
    response = submit(client, event, second=0, organisation="Buddy's vzw")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Kies als tweede keuze een andere workshop dan je eerste keuze." in html
    assert 'value="An Peeters"' in html
    assert 'value="an@voorbeeld.be"' in html
    assert 'value="Buddy&#x27;s vzw"' in html
    assert 'value="project_holder" id="id_role_0" checked' in html
    assert html.count(" checked") == 4  # role, both choices, consent
    assert not Registration.objects.exists()
    assert not mail.outbox


def test_required_fields_say_in_dutch_what_is_missing(client, event):
    response = client.post(event.url, {"email": "geen-adres", "website": ""})
    html = response.content.decode()
    assert "Vul je naam in." in html
    assert "Dit is geen geldig e-mailadres." in html
    assert "Kies in welke rol je komt." in html
    assert "Kies de workshop die je het liefst volgt." in html
    assert "Zonder je toestemming kunnen we je niet inschrijven." in html
    assert 'value="geen-adres"' in html
    assert 'aria-describedby="id_name_errors' in html or 'id="id_name_errors"' in html
    assert not Registration.objects.exists()


def test_the_same_address_is_told_it_is_already_registered(client, event):
    status_url(submit(client, event, email="An@Voorbeeld.be"))
    response = submit(client, event, email="an@voorbeeld.be ", first=1, second=0)
    assert response.status_code == 200
    assert "Dit e-mailadres is al ingeschreven voor dit evenement." in response.content.decode()
    assert Registration.objects.count() == 1
    assert Registration.objects.get().workshop.title == "Workshop 1"
    # The reminder carries the link to cancel again.
    assert len(mail.outbox) == 2
    assert mail.outbox[1].subject == "Je bent al ingeschreven voor Studievoormiddag"
    assert link_in(mail.outbox[1]) == link_in(mail.outbox[0])


def test_the_honeypot_turns_a_bot_away_without_storing_anything(client, event):
    response = submit(client, event, website="http://spam.example")
    assert response.status_code == 302
    assert not Registration.objects.exists()
    assert not mail.outbox


def test_too_many_submissions_from_one_address_are_refused(client, event, settings):
    settings.HOME_REGISTRATION_RATE_LIMIT = 2
    submit(client, event, email="een@voorbeeld.be")
    submit(client, event, email="twee@voorbeeld.be")
    response = submit(client, event, email="drie@voorbeeld.be")
    assert response.status_code == 429
    assert "Wacht een paar minuten" in response.content.decode()
    assert 'value="drie@voorbeeld.be"' in response.content.decode()
    assert Registration.objects.count() == 2


def test_cancelling_frees_the_seat_for_the_first_on_the_waiting_list(client, home):
    event = make_event(home, seats=(1, 1), waiting_list_size=5)
    first_url = status_url(submit(client, event, email="een@voorbeeld.be"))
    submit(client, event, email="twee@voorbeeld.be")
    # Waiting: the first wants workshop 2 first, the second workshop 1 first.
    submit(client, event, email="drie@voorbeeld.be", first=1, second=1 - 1)
    submit(client, event, email="vier@voorbeeld.be")
    mail.outbox.clear()

    page = client.get(first_url)
    assert "Mijn inschrijving annuleren" in page.content.decode()
    assert Registration.objects.get(email="een@voorbeeld.be").status == "confirmed"

    response = client.post(first_url, {"action": "cancel"})
    assert response.status_code == 303
    cancelled = Registration.objects.get(email="een@voorbeeld.be")
    assert cancelled.status == Registration.Status.CANCELLED and cancelled.workshop is None
    assert "Deze inschrijving is geannuleerd." in client.get(first_url).content.decode()

    promoted = Registration.objects.get(email="drie@voorbeeld.be")
    assert promoted.status == Registration.Status.CONFIRMED
    assert promoted.workshop.title == "Workshop 1"
    assert Registration.objects.get(email="vier@voorbeeld.be").status == "waiting"

    assert [m.to for m in mail.outbox] == [["een@voorbeeld.be"], ["drie@voorbeeld.be"]]
    assert "geannuleerd" in mail.outbox[0].subject
    assert mail.outbox[1].subject == "Er is een plaats vrij voor jou: Studievoormiddag"
    assert "Workshop 1" in mail.outbox[1].body

    # Cancelling twice changes nothing and mails nobody.
    client.post(first_url, {"action": "cancel"})
    assert len(mail.outbox) == 2


def test_after_cancelling_the_address_can_register_again(client, event):
    url = status_url(submit(client, event))
    client.post(url, {"action": "cancel"})
    status_url(submit(client, event))
    assert Registration.objects.filter(email="an@voorbeeld.be").count() == 2
    assert Registration.objects.filter(status="confirmed").count() == 1


def test_a_forged_or_foreign_token_finds_nothing(client, home, event):
    url = status_url(submit(client, event))
    assert client.get(url[:-3] + "xx/").status_code == 404
    other = make_event(home, slug="andere", title="Andere dag")
    assert client.get(url.replace("/studievoormiddag/", "/andere/")).status_code == 404
    assert other.pk


# -- the admin -------------------------------------------------------------------------------


@pytest.fixture
def editor(client, django_user_model):
    user = django_user_model.objects.create_superuser("redacteur", "r@voorbeeld.be", "x")
    client.force_login(user)
    return user


def test_editors_see_registrations_and_seats_per_workshop(client, home, editor):
    event = make_event(home, seats=(1, 3), waiting_list_size=5)
    for name in ("een", "twee", "drie"):
        submit(client, event, email=f"{name}@voorbeeld.be")
    submit(client, event, email="vier@voorbeeld.be", first=0, second=1)

    listing = client.get("/admin/registration/")
    html = listing.content.decode()
    assert listing.status_code == 200
    assert "een@voorbeeld.be" in html and "vier@voorbeeld.be" in html

    workshop = Workshop.objects.get(page=event, title="Workshop 2")
    filtered = client.get(f"/admin/registration/?workshop={workshop.pk}").content.decode()
    assert "twee@voorbeeld.be" in filtered and "een@voorbeeld.be" not in filtered

    seats = client.get("/admin/workshop_seats/")
    rows = {w.title: (w.confirmed, w.waiting) for w in seats.context["object_list"]}
    assert rows == {"Workshop 1": (1, 0), "Workshop 2": (3, 0)}


def test_editors_export_registrations_as_csv_and_xlsx(client, event, editor):
    submit(client, event, email="een@voorbeeld.be")
    submit(client, event, email="twee@voorbeeld.be", name="Bram Claes")

    csv = client.get("/admin/registration/?export=csv")
    assert csv.status_code == 200
    text = b"".join(csv.streaming_content).decode()
    lines = text.strip().splitlines()
    assert lines[0].startswith("Naam,E-mail,Organisatie,Rol,Evenement")
    assert len(lines) == 3
    assert "Bram Claes,twee@voorbeeld.be,Buddywerk Gent,Projecthouder,Studievoormiddag" in text

    xlsx = client.get("/admin/registration/?export=xlsx")
    assert xlsx.status_code == 200
    sheet = load_workbook(io.BytesIO(b"".join(xlsx.streaming_content))).active
    rows = list(sheet.values)
    assert rows[0][:2] == ("Naam", "E-mail")
    assert {row[1] for row in rows[1:]} == {"een@voorbeeld.be", "twee@voorbeeld.be"}


def test_cancelling_in_the_admin_promotes_and_mails(client, home, editor):
    event = make_event(home, seats=(1, 1), waiting_list_size=5)
    submit(client, event, email="een@voorbeeld.be")
    submit(client, event, email="twee@voorbeeld.be")
    submit(client, event, email="drie@voorbeeld.be")
    mail.outbox.clear()
    first = Registration.objects.get(email="een@voorbeeld.be")

    assert client.get(f"/admin/registration/cancel/{first.pk}/").status_code == 200
    response = client.post(f"/admin/registration/cancel/{first.pk}/")
    assert response.status_code == 302
    first.refresh_from_db()
    assert first.status == "cancelled"
    assert Registration.objects.get(email="drie@voorbeeld.be").status == "confirmed"
    assert sorted(m.to[0] for m in mail.outbox) == ["drie@voorbeeld.be", "een@voorbeeld.be"]


def test_deleting_in_the_admin_also_frees_the_seat(client, home, editor):
    event = make_event(home, seats=(1, 1), waiting_list_size=5)
    for name in ("een", "twee", "drie"):
        submit(client, event, email=f"{name}@voorbeeld.be")
    first = Registration.objects.get(email="een@voorbeeld.be")
    client.post(f"/admin/registration/delete/{first.pk}/")
    assert not Registration.objects.filter(pk=first.pk).exists()
    assert Registration.objects.get(email="drie@voorbeeld.be").status == "confirmed"


def test_registrations_cannot_be_added_in_the_admin(client, editor):
    assert client.get("/admin/registration/new/").status_code in (302, 403)


def test_a_workshop_people_registered_for_cannot_be_removed(client, event, editor):
    from wagtail.test.utils.form_data import (
        inline_formset,
        nested_form_data,
        rich_text,
        streamfield,
    )

    submit(client, event)
    workshops = list(Workshop.objects.filter(page=event).order_by("sort_order", "pk"))
    data = nested_form_data(
        {
            "title": event.title,
            "slug": event.slug,
            "date": "2030-04-21",
            "start_time": "08:30",
            "end_time": "13:00",
            "venue": "Brussel",
            "audience": "Iedereen",
            "intro": rich_text("<p>Intro</p>"),
            "questions": rich_text(""),
            "waiting_list_size": 2,
            "body": streamfield([]),
            "programme_items": inline_formset([]),
            "workshops": inline_formset(
                [
                    {
                        "id": w.pk,
                        "title": w.title,
                        "description": rich_text(""),
                        "moderator": "",
                        "seats": w.seats,
                        "DELETE": "1" if index == 0 else "",
                    }
                    for index, w in enumerate(workshops)
                ],
                initial=len(workshops),
            ),
            "action-publish": "publish",
        }
    )
    response = client.post(f"/admin/pages/{event.pk}/edit/", data)
    assert response.status_code == 200
    assert "er zijn al mensen voor ingeschreven" in response.content.decode()
    assert Workshop.objects.filter(pk=workshops[0].pk).exists()


def test_behind_a_proxy_each_visitor_has_their_own_limit(client, event, settings):
    """Behind one proxy, REMOTE_ADDR is the proxy's: the limit follows X-Forwarded-For."""
    settings.HOME_REGISTRATION_RATE_LIMIT = 1
    settings.TRUSTED_PROXY_COUNT = 1
    proxy = {"REMOTE_ADDR": "127.0.0.1"}
    first = client.post(
        event.url,
        form_data(event, email="een@voorbeeld.be"),
        HTTP_X_FORWARDED_FOR="203.0.113.5",
        **proxy,
    )
    other = client.post(
        event.url,
        form_data(event, email="twee@voorbeeld.be"),
        HTTP_X_FORWARDED_FOR="198.51.100.7",
        **proxy,
    )
    assert (first.status_code, other.status_code) == (303, 303)
    # The first visitor again, pretending in the header to be someone else: still refused.
    again = client.post(
        event.url,
        form_data(event, email="drie@voorbeeld.be"),
        HTTP_X_FORWARDED_FOR="192.0.2.1, 203.0.113.5",
        **proxy,
    )
    assert again.status_code == 429
    assert Registration.objects.count() == 2


def test_without_a_trusted_proxy_the_header_is_ignored(client, event, settings):
    settings.HOME_REGISTRATION_RATE_LIMIT = 1
    submit(client, event, email="een@voorbeeld.be")
    response = client.post(
        event.url,
        form_data(event, email="twee@voorbeeld.be"),
        HTTP_X_FORWARDED_FOR="198.51.100.7",
    )
    assert response.status_code == 429


def test_the_admin_csv_export_neutralises_formulas_cell_by_cell(client, event, editor):
    # Tab and carriage return at the start are stripped by the form; the others are not.
    hostile = ['=HYPERLINK("http://x","klik")', "+32 470", "-1", "@SUM(1)"]
    for number, name in enumerate(hostile):
        submit(client, event, email=f"p{number}@voorbeeld.be", name=name, organisation=name)

    response = client.get("/admin/registration/?export=csv")
    rows = list(csv_module.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert len(rows) == len(hostile) + 1
    for row in rows:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
    names = {row[0] for row in rows[1:]}
    assert names == {"'" + name for name in hostile}


def test_the_registrants_status_page_is_private(client, event):
    status = client.get(status_url(submit(client, event)))
    assert status.status_code == 200
    assert "private" in status["Cache-Control"] and "no-store" in status["Cache-Control"]


def test_an_over_long_email_address_is_a_form_error_not_a_500(client, event):
    email = "an@" + ".".join(letter * 60 for letter in "abcde") + ".be"  # 310 characters
    response = client.post(event.url, form_data(event, email=email))
    assert response.status_code == 200
    assert "254" in response.content.decode()
    assert email in response.content.decode()
    assert not Registration.objects.exists()


@pytest.mark.parametrize("field", ["name", "email", "organisation"])
def test_control_characters_are_refused_next_to_the_field_and_nul_is_a_bad_request(
    client, event, field
):
    """The public form, like the kenniskring's (tests/hardening/test_odd_bytes.py): no 500
    on PostgreSQL, a message next to the field, and what was typed stays."""
    response = submit(client, event, **{field: "Tekst\x01met\x1fcontrole"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "onzichtbare controletekens" in html
    assert "Tekst\x01met\x1fcontrole" in html
    assert submit(client, event, **{field: "Tekst\x00"}).status_code == 400
    assert not Registration.objects.exists()
    assert not mail.outbox

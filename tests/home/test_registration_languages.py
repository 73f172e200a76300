"""One study morning in every language: the seats, the waiting list and the one registration
per address are counted once, whether people register on /nl/, /fr/ or /en/."""

import csv as csv_module
import io

import pytest
from django.core import mail
from django.test import TestCase
from django.utils import translation
from openpyxl import load_workbook

from home.models import Registration, Workshop
from home.models.registrations import cancel_registration

from .conftest import make_event, translate_event
from .test_registration import FORM, form_data, link_in, status_url

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages(home):
    """The study morning, 2 + 1 seats and a waiting list of 2, in nl, fr and en."""
    return translate_event(make_event(home, seats=(2, 1), waiting_list_size=2))


def sign_up(client, pages, language, email, first=0, second=1):
    """Register on the page in `language`; the form's choices are the same in every one."""
    client.cookies.clear()
    return client.post(pages[language].url, form_data(pages["nl"], email, first, second))


def test_the_translated_pages_live_at_their_own_addresses(client, pages):
    assert pages["fr"].url.startswith("/fr/") and pages["en"].url.startswith("/en/")
    french = client.get(pages["fr"].url).content.decode()
    assert "Atelier 1" in french and "Workshop 1" not in french
    assert FORM in french


def test_one_workshop_fills_up_from_three_languages(client, pages):
    nl, fr, en = pages["nl"], pages["fr"], pages["en"]
    first, second = Workshop.objects.filter(page=nl).order_by("sort_order", "pk")

    assert sign_up(client, pages, "nl", "an@voorbeeld.be").status_code == 303
    assert sign_up(client, pages, "fr", "benoit@exemple.be").status_code == 303
    # Workshop 1 has had its two seats, one in Dutch and one in French: English gets the second.
    assert sign_up(client, pages, "en", "carol@example.org").status_code == 303
    assert sign_up(client, pages, "fr", "denise@exemple.be").status_code == 303
    assert sign_up(client, pages, "en", "ed@example.org").status_code == 303

    registrations = Registration.objects.order_by("created_at", "pk")
    assert [(r.email, r.language, r.status, r.workshop_id) for r in registrations] == [
        ("an@voorbeeld.be", "nl", "confirmed", first.pk),
        ("benoit@exemple.be", "fr", "confirmed", first.pk),
        ("carol@example.org", "en", "confirmed", second.pk),
        ("denise@exemple.be", "fr", "waiting", None),
        ("ed@example.org", "en", "waiting", None),
    ]
    assert {r.event_id for r in registrations} == {nl.pk}
    assert {r.first_choice_id for r in registrations} == {first.pk}
    seats = {w.title: (w.taken, w.seats_left) for w in nl.workshops_with_counts()}
    assert seats == {"Workshop 1": (2, 0), "Workshop 2": (1, 0)}
    # The translated pages' own workshops hold nothing.
    assert not Registration.objects.filter(first_choice__page__in=[fr, en]).exists()

    # Every language now says the event is full, and nobody else gets in, in any language.
    for language in ("nl", "fr", "en"):
        page = client.get(pages[language].url).content.decode()
        assert FORM not in page, language
        response = sign_up(client, pages, language, f"laat-{language}@voorbeeld.be")
        assert response.status_code == 200, language
    assert Registration.objects.count() == 5

    # A French cancellation gives the seat to the first in line, who came in French too,
    # and the English one on the list stays waiting.
    mail.outbox.clear()
    benoit = Registration.objects.get(email="benoit@exemple.be")
    status = fr.url + fr.reverse_subpage("registration", args=[fr.registration_token(benoit)])
    client.post(status, {"action": "cancel"})
    assert Registration.objects.get(email="denise@exemple.be").workshop_id == first.pk
    assert Registration.objects.get(email="ed@example.org").status == "waiting"
    assert {w.title: w.taken for w in fr.workshops_with_counts()} == {
        "Atelier 1": 2,
        "Atelier 2": 1,
    }
    subjects = {m.to[0]: m.subject for m in mail.outbox}
    assert subjects == {
        "benoit@exemple.be": "Votre inscription à Matinée d'étude est annulée",
        "denise@exemple.be": subjects["denise@exemple.be"],
    }
    assert "Matinée d'étude" in subjects["denise@exemple.be"]
    assert "Atelier 1" in mail.outbox[1].body and "Workshop 1" not in mail.outbox[1].body


def test_an_address_registered_in_dutch_cannot_register_again_in_french(client, pages):
    assert sign_up(client, pages, "nl", "an@voorbeeld.be").status_code == 303
    mail.outbox.clear()
    response = sign_up(client, pages, "fr", "AN@voorbeeld.be")
    assert response.status_code == 200
    assert Registration.objects.count() == 1
    # The reminder goes out in the language of the registration that exists: Dutch.
    assert [m.subject for m in mail.outbox] == ["Je bent al ingeschreven voor Studievoormiddag"]
    assert "/inschrijving/" in link_in(mail.outbox[0]) and "/fr/" not in link_in(mail.outbox[0])


def test_the_mail_and_the_status_page_speak_the_registrants_language(client, pages):
    url = status_url(sign_up(client, pages, "en", "carol@example.org"))
    registration = Registration.objects.get()
    assert registration.language == "en" and registration.event_id == pages["nl"].pk
    message = mail.outbox[0]
    assert message.subject == "Your registration for Study morning"
    assert "You have a place in your first choice: Session one." in message.body
    link = link_in(message)
    assert "/en/" in link and link.endswith(url)

    page = client.get(url).content.decode()
    assert "You have a place in your first choice: Session one." in page
    # The same registration, reached through the Dutch page, in Dutch words.
    nl = pages["nl"]
    dutch = nl.url + nl.reverse_subpage("registration", args=[nl.registration_token(registration)])
    assert (
        "Je hebt een plaats in je eerste keuze: Workshop 1." in client.get(dutch).content.decode()
    )


def test_a_translations_own_seats_never_count(client, pages):
    """Even a French workshop given 30 seats by hand fills at the source's 2."""
    Workshop.objects.filter(page=pages["fr"]).update(seats=30)
    for number in range(3):
        sign_up(client, pages, "fr", f"personne{number}@exemple.be")
    taken = {w.title: (w.taken, w.seats) for w in pages["fr"].workshops_with_counts()}
    assert taken == {"Atelier 1": (2, 2), "Atelier 2": (1, 1)}
    client.cookies.clear()
    assert client.get(pages["fr"].url).content.decode().count("Complet.") == 2
    sign_up(client, pages, "fr", "quatre@exemple.be")
    assert Registration.objects.get(email="quatre@exemple.be").status == "waiting"


def test_wagtail_localize_keeps_the_seats_of_the_source(pages):
    """A translation synchronised after the editor changed the seats gets the new number."""
    from wagtail_localize.models import TranslationSource

    nl = pages["nl"]
    workshops = list(nl.workshops.all())
    workshops[0].seats = 7
    nl.workshops = workshops
    nl.save_revision().publish()
    source, _created = TranslationSource.update_or_create_from_instance(nl)
    with TestCase.captureOnCommitCallbacks(execute=True):
        for translation in source.translations.all():
            translation.save_target()
    for language in ("fr", "en"):
        assert [w.seats for w in pages[language].workshops.all()] == [7, 1]


def test_the_form_refuses_other_seats_on_a_translation(pages):
    from home.models.events import EventPageForm

    fr = pages["fr"]
    form_class = fr.get_edit_handler().get_form_class()
    assert issubclass(form_class, EventPageForm)
    from wagtail.test.utils.form_data import (
        inline_formset,
        nested_form_data,
        rich_text,
        streamfield,
    )

    # By title: "Atelier 1" (2 seats) first, whatever order the database returns them in.
    workshops = sorted(fr.workshops.all(), key=lambda workshop: workshop.title)
    data = nested_form_data(
        {
            "title": fr.title,
            "slug": fr.slug,
            "date": "2030-04-21",
            "start_time": "08:30",
            "end_time": "13:00",
            "venue": fr.venue,
            "audience": fr.audience,
            "intro": rich_text("<p>Une matinée.</p>"),
            "waiting_list_size": 2,
            "programme_items": inline_formset([]),
            "workshops": inline_formset(
                [
                    {
                        "id": w.pk,
                        "title": w.title,
                        "description": rich_text(""),
                        "moderator": w.moderator,
                        "seats": 30 if index == 0 else w.seats,
                        "ORDER": index,
                    }
                    for index, w in enumerate(workshops)
                ],
                initial=len(workshops),
            ),
            "questions": rich_text(""),
            "body": streamfield([]),
        }
    )
    form = form_class(data, instance=fr, for_user=None)
    with translation.override("nl"):  # the admin's language, not the page's
        assert not form.is_valid()
        assert "gelden voor alle talen samen (2)" in str(form.non_field_errors())


def test_a_french_page_in_the_page_cache_follows_a_dutch_cancellation(client, home, page_cache):
    pages = translate_event(make_event(home, seats=(1, 1), waiting_list_size=0))
    with TestCase.captureOnCommitCallbacks(execute=True):
        sign_up(client, pages, "nl", "een@voorbeeld.be")
        sign_up(client, pages, "en", "two@example.org", first=1, second=0)
    client.cookies.clear()
    client.get(pages["fr"].url)
    cached = client.get(pages["fr"].url)
    assert cached["X-Page-Cache"] == "hit"
    assert "Tous les ateliers et la liste" in cached.content.decode()

    with TestCase.captureOnCommitCallbacks(execute=True):
        cancel_registration(Registration.objects.get(email="een@voorbeeld.be"))
    client.cookies.clear()
    assert FORM in client.get(pages["fr"].url).content.decode()


# -- the admin: one event, every registration, the language it came in ------------------


@pytest.fixture
def registered(client, pages):
    sign_up(client, pages, "nl", "an@voorbeeld.be")
    sign_up(client, pages, "fr", "benoit@exemple.be")
    sign_up(client, pages, "en", "carol@example.org")
    client.cookies.clear()
    return pages


@pytest.fixture
def editor(client, django_user_model):
    user = django_user_model.objects.create_superuser("redacteur", "r@voorbeeld.be", "x")
    client.force_login(user)
    return user


def test_the_admin_lists_one_event_with_the_language_of_each_registration(
    client, registered, editor
):
    listing = client.get("/admin/registration/")
    assert listing.status_code == 200
    rows = {
        r.email: (str(r.event), r.get_language_display()) for r in listing.context["object_list"]
    }
    assert rows == {
        "an@voorbeeld.be": ("Studievoormiddag", "Nederlands"),
        "benoit@exemple.be": ("Studievoormiddag", "Frans"),
        "carol@example.org": ("Studievoormiddag", "Engels"),
    }
    html = listing.content.decode()
    assert "Frans" in html and "Engels" in html
    # The event filter offers the one event, not its translations.
    events = listing.context["filters"].form.fields["event"].queryset
    assert list(events) == [registered["nl"].page_ptr.specific]
    french = client.get("/admin/registration/?language=fr").context["object_list"]
    assert [r.email for r in french] == ["benoit@exemple.be"]


def test_the_occupancy_view_counts_each_workshop_once_with_its_languages(
    client, registered, editor
):
    response = client.get("/admin/workshop_seats/")
    rows = {w.title: (w.seats, w.confirmed, w.waiting) for w in response.context["object_list"]}
    assert rows == {"Workshop 1": (2, 2, 0), "Workshop 2": (1, 1, 0)}
    html = response.content.decode()
    assert "Atelier 1" not in html and "Session one" not in html
    assert "nl 1 · fr 1 · en 0" in html and "nl 0 · fr 0 · en 1" in html

    export = client.get("/admin/workshop_seats/?export=csv")
    lines = list(csv_module.reader(io.StringIO(b"".join(export.streaming_content).decode())))
    assert lines[0] == [
        "Evenement",
        "Titel",
        "Plaatsen",
        "Ingeschreven",
        "Ingeschreven in het Nederlands",
        "Ingeschreven in het Frans",
        "Ingeschreven in het Engels",
        "Op de wachtlijst (kozen deze workshop)",
    ]
    assert lines[1:] == [
        ["Studievoormiddag", "Workshop 1", "2", "2", "1", "1", "0", "0"],
        ["Studievoormiddag", "Workshop 2", "1", "1", "0", "0", "1", "0"],
    ]


def test_the_export_has_one_event_and_a_language_column(client, registered, editor):
    csv = client.get("/admin/registration/?export=csv")
    rows = list(csv_module.DictReader(io.StringIO(b"".join(csv.streaming_content).decode())))
    assert {(row["E-mail"], row["Evenement"], row["Taal"]) for row in rows} == {
        ("an@voorbeeld.be", "Studievoormiddag", "Nederlands"),
        ("benoit@exemple.be", "Studievoormiddag", "Frans"),
        ("carol@example.org", "Studievoormiddag", "Engels"),
    }
    xlsx = client.get("/admin/registration/?export=xlsx")
    sheet = load_workbook(io.BytesIO(b"".join(xlsx.streaming_content))).active
    header, *values = list(sheet.values)
    language = header.index("Taal")
    assert sorted(row[language] for row in values) == ["Engels", "Frans", "Nederlands"]


def test_the_export_neutralises_a_formula_typed_on_the_french_page(client, pages, editor):
    client.logout()
    sign_up(client, pages, "fr", "formule@exemple.be")
    Registration.objects.update(name='=HYPERLINK("http://x")')
    client.force_login(editor)
    text = b"".join(client.get("/admin/registration/?export=csv").streaming_content).decode()
    assert "'=HYPERLINK" in text and ",=HYPERLINK" not in text


@pytest.mark.parametrize(
    "address",
    [
        "/admin/registration/",
        "/admin/registration/?export=csv",
        "/admin/workshop_seats/",
        "/admin/workshop_seats/?export=csv",
    ],
)
def test_outsiders_and_members_get_nothing_from_the_lists(
    client, registered, django_user_model, address
):
    from django.contrib.auth.models import Group

    anonymous = client.get(address)
    assert anonymous.status_code == 302 and "/login/" in anonymous["Location"]

    member = django_user_model.objects.create_user("lid", "lid@voorbeeld.be", "x")
    member.groups.add(Group.objects.get_or_create(name="Leden")[0])
    client.force_login(member)
    response = client.get(address)
    assert response.status_code in (302, 403)
    body = b"".join(response.streaming_content) if response.streaming else response.content
    assert b"benoit@exemple.be" not in body and b"Atelier" not in body


def test_the_translation_editor_offers_the_workshops_words_not_their_seats(client, pages, editor):
    response = client.get(f"/admin/pages/{pages['fr'].pk}/edit/")
    assert response.status_code == 200
    html = response.content.decode()
    # wagtail-localize's editor: the title to translate; seats and moderator stay the source's.
    key = Workshop.objects.get(page=pages["nl"], title="Workshop 1").translation_key
    assert f"workshops.{key}.title" in html
    assert "Moderator 1" not in html and f"workshops.{key}.seats" not in html

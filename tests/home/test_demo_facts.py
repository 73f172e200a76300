"""The demo shows the facts of the source texts as they are, and nothing invented as real
(issue 19, docs/content.md section 3). The expected values come from home/demo/facts.py."""

import datetime

from home.demo import facts


def event_pages():
    from home.models import EventPage

    return EventPage.objects.filter(
        slug__in=["studievoormiddag", "matinee-d-etude", "study-morning"]
    )


def test_the_organisers_names_are_shown_verbatim_in_every_language(demo_site, client):
    events = list(event_pages().select_related("locale"))
    assert sorted(e.locale.language_code for e in events) == ["en", "fr", "nl"]
    for event in events:
        assert event.title == facts.EVENT_TITLE
        assert [w.title for w in event.workshops_with_counts()] == facts.WORKSHOP_TITLES
        assert [p.title for p in event.programme_items.all()][1] == facts.PROGRAMME_FILM_ITEM
        html = client.get(event.url).content.decode()
        assert f"<h1>{facts.EVENT_TITLE}</h1>" in html
        for title in facts.WORKSHOP_TITLES:
            assert title in html
        assert facts.PROGRAMME_FILM_ITEM in html


def test_programme_times_date_and_contacts_are_the_sources(demo_site, client):
    from home.models import ContactPerson

    event = event_pages().get(locale__language_code="nl")
    assert (event.date, event.start_time, event.end_time) == (
        facts.EVENT_DATE,
        facts.EVENT_START,
        facts.EVENT_END,
    )
    assert [(p.start_time, p.end_time, p.title) for p in event.programme_items.all()] == (
        facts.PROGRAMME
    )
    html = client.get(event.url).content.decode()
    assert "donderdag 21 april 2022" in html and "08.30–13.00 uur" in html
    for contact in facts.CONTACTS:
        person = ContactPerson.objects.get(name=contact["name"], locale__language_code="nl")
        assert {key: getattr(person, key) for key in contact} == contact
        for translation in ContactPerson.objects.filter(translation_key=person.translation_key):
            assert translation.role == ""  # the sources give no job title
    about = client.get("/nl/over-het-project/").content.decode()
    for contact in facts.CONTACTS:
        assert contact["email"] in about and contact["phone"] in about
    for date in ["25 juni 2019", "21 april 2022", "14 oktober 2022"]:
        assert date in about


def test_no_invented_fact_is_shown_as_real(demo_site, client):
    from home.models import Workshop

    event = event_pages().get(locale__language_code="nl")
    assert event.venue == "" and not event.is_example
    assert not Workshop.objects.filter(page__in=event_pages()).exclude(moderator="").exists()
    for url in ["/nl/", "/nl/over-het-project/", "/nl/wat-is-buddywerk/", event.url]:
        html = client.get(url).content.decode()
        assert "Layla Aerts" not in html, url
        assert "Ze kwam voor mij" not in html, url
        assert "Onderzoeker" not in html, url
        assert "Begeleiding:" not in html, url
        assert f"© {facts.COPYRIGHT}\n" in html, url
    assert set(event_pages().values_list("venue", flat=True)) == {""}
    for url in ["/fr/a-propos-du-projet/", "/en/about-the-project/"]:
        html = client.get(url).content.decode()
        assert "Researcher" not in html and "Chercheur" not in html, url
        assert "Layla Aerts" not in html, url


def test_the_study_morning_took_place_and_the_example_event_is_marked(demo_site, client):
    from home.models import EventPage

    event = event_pages().get(locale__language_code="nl")
    html = client.get(event.url).content.decode()
    assert "Dit evenement vond plaats op donderdag 21 april 2022." in html
    assert '<form class="registration-form"' not in html
    assert 'href="/nl/van-buddy-tot-community/"' in html.split("<main")[1]  # the film

    examples = EventPage.objects.filter(is_example=True)
    assert [e.slug for e in examples] == ["voorbeeldevenement"]
    example = examples.get()
    assert example.date > datetime.date.today()
    assert all(w.seats > 0 for w in example.workshops.all())
    page = client.get(example.url).content.decode()
    assert '<p class="demo-badge">Voorbeeld: dit evenement is verzonnen' in page
    assert '<form class="registration-form"' in page
    home = client.get("/nl/")
    assert home.context["next_event"].pk == example.pk
    assert '<p class="demo-badge">Voorbeeld</p>' in home.content.decode()
    assert example.get_admin_display_title().endswith("(voorbeeld)")


def test_one_21_april_the_end_day_and_the_study_morning_link_each_other(
    demo_site, client, django_user_model
):
    from kenniskring.models import NetworkDayPage

    event = event_pages().get(locale__language_code="nl")
    end_day = NetworkDayPage.objects.get(moment=NetworkDayPage.END, locale__language_code="nl")
    assert end_day.date == event.date == facts.END_DAY
    assert (end_day.start_time, end_day.end_time) == (facts.EVENT_START, facts.EVENT_END)
    assert end_day.venue == "" and end_day.address == ""
    assert end_day.public_page_id == event.pk and event.members_page_id == end_day.pk

    link = f'href="{end_day.url}"'
    assert link not in client.get(event.url).content.decode()  # a visitor
    client.force_login(django_user_model.objects.create_user("buiten", password="x"))
    assert link not in client.get(event.url).content.decode()  # signed in, not a member
    for member in ["lid", "lid2", "partner"]:
        client.force_login(django_user_model.objects.get(username=member))
        assert link in client.get(event.url).content.decode(), member
        day = client.get(end_day.url).content.decode()
        assert f'href="{event.url}"' in day and "08.30–13.00" in day, member
        assert "Campus Brussel" not in day and "Warmoesberg" not in day

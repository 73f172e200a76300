"""The demo shows the facts of the source texts as they are, and nothing invented as real
(issue 19, docs/content.md section 3). The expected values come from home/demo/facts.py."""

import datetime
import html

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


def test_the_project_the_study_and_the_news_item_carry_their_facts_in_every_language(
    demo_site, client
):
    from wagtail.models import Locale

    from home.models import ContentPage, NewsPage

    study = ContentPage.objects.get(title=facts.STUDY_TITLE, locale__language_code="nl")
    news = NewsPage.objects.get(locale__language_code="nl")
    for translation in NewsPage.objects.filter(translation_key=news.translation_key):
        assert translation.title == facts.NEWS_TITLE  # a name: the same in every language
        assert translation.date == facts.SAW_DAY
        assert translation.people == facts.SAW_PEOPLE
    assert (news.place, news.live, news.get_view_restrictions().exists()) == (
        facts.SAW_PLACE,
        True,
        False,
    )
    html = client.get(news.url).content.decode()
    assert "vrijdag 14 oktober 2022" in html and f"<dd>{facts.SAW_PLACE}</dd>" in html
    assert f"<dd>{facts.SAW_PEOPLE}</dd>" in html
    for words in [
        "17 oktober",
        "Sociaal-Agogisch Werk (SAW)",
        "actie- en reflectiedag",
        "sociale isolatie",
        "‘sterk duowerk’",
        "toekomstige professional",
    ]:
        assert words in html, words
    listing = client.get(news.get_parent().url).content.decode()
    assert facts.NEWS_TITLE in listing
    assert facts.NEWS_TITLE in client.get(news.get_parent().url + "feed/").content.decode()

    def translated(language):
        locale = Locale.objects.get(language_code=language)
        return [page.get_translation(locale) for page in (news, study)]

    pages = {
        "nl": ("/nl/over-het-project/", news, study),
        "fr": ("/fr/a-propos-du-projet/", *translated("fr")),
        "en": ("/en/about-the-project/", *translated("en")),
    }
    for language, (url, news_t, study_t) in pages.items():
        about = client.get(url).content.decode()
        assert f"<h2>{facts.PROJECT_TITLE}</h2>" in about or facts.PROJECT_TITLE in about
        assert f'href="{news_t.url}">{facts.NEWS_TITLE}</a>' in about, language  # timeline
        assert f'href="{study_t.url}"><i>{facts.STUDY_TITLE}</i></a>' in about, language
        assert study_t.title == facts.STUDY_TITLE
        assert "www.kennisplein.be" in about
        assert client.get(study_t.url).status_code == 200
    about = client.get("/nl/over-het-project/").content.decode()
    for words in [
        "‘persoonlijke vriend’",
        "‘duo-methodiek’",
        "randvoorwaarden",
        "kritische succesfactoren",
        "actief en intens",
        "‘tandems’",
        "gemeenschappelijke inbreng",
    ]:
        assert words in about, words


def test_the_event_page_carries_the_context_set_up_workshop_facts_and_clip_links(demo_site, client):
    from home.models import KnowledgeClipPage

    expected = {
        "nl": [
            "met een lerend netwerk en intervisies",
            "welzijns- en gezondheidssector",
            "‘Community’ en ‘care’ zijn geen tegengestelden meer",
            "interactieve voormiddag",
            "hybride organisatie",
            "grenzen van het vrijwilligerswerk",
            "te hoge verwachtingen",
            "werkingsprincipes",
        ],
        "fr": [
            "un réseau apprenant et des intervisions",
            "bien-être et de la santé",
            "« Community » et « care » ne sont plus des opposés",
            "matinée interactive",
            "organisation hybride",
            "limites du bénévolat",
            "attentes trop élevées",
            "principes de départ ou de fonctionnement",
        ],
        "en": [
            "a learning network and peer review",
            "welfare and health sector",
            "'Community' and 'care' are no longer opposites",
            "interactive morning",
            "hybrid organisation",
            "limits of volunteering",
            "too high expectations",
            "starting or working principles",
        ],
    }
    for event in event_pages().select_related("locale"):
        language = event.locale.language_code
        html = client.get(event.url).content.decode()
        for words in expected[language]:
            assert words in html, (language, words)
        clips = KnowledgeClipPage.objects.filter(locale=event.locale).live()
        assert clips.count() == 6
        links = html.split('<ul class="programme__clips">')[1].split("</ul>")[0]
        for clip in clips:
            assert f'<a href="{clip.url}">{clip.title}</a>' in links, (language, clip.title)


def test_the_end_day_does_not_invent_that_tandems_are_welcome(demo_site):
    from kenniskring.models import NetworkDayPage

    end_days = NetworkDayPage.objects.filter(moment=NetworkDayPage.END)
    assert end_days.exists() and not end_days.filter(tandems_welcome=True).exists()


def test_what_buddy_work_is_says_only_what_the_sources_say(demo_site, client):
    pages = {
        "/nl/wat-is-buddywerk/": (
            "luisterend oor",
            "'persoonlijke vriend'",
            "rekruteert",
            "koffie",
        ),
        "/fr/qu-est-ce-que-le-travail-de-buddy/": (
            "oreille attentive",
            "« ami personnel »",
            "recrute",
            "café",
        ),
        "/en/what-is-buddy-work/": ("listening ear", "'personal friend'", "recruits", "coffee"),
    }
    for url, (ear, model, recruits, invented) in pages.items():
        text = html.unescape(client.get(url).content.decode())
        assert ear in text and model in text and recruits in text, url
        assert invented not in text, url  # the made-up examples of what a buddy does are gone

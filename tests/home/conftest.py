"""Small public-section trees for tests."""

import datetime

import pytest
from django.core.cache import cache
from wagtail.models import Locale, Page, Site

from home.models import (
    ContactPerson,
    ContentPage,
    EventPage,
    FilmPage,
    HomePage,
    KnowledgeClipPage,
    Workshop,
)
from kenniskring.models.themes import demo_themes


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


def publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page.__class__.objects.get(pk=page.pk)


@pytest.fixture
def home(db):
    locale = Locale.objects.get_or_create(language_code="nl")[0]
    root = Page.get_first_root_node()
    home = publish(
        root, HomePage(title="Kennisplein", slug="kp", locale=locale, intro="<p>Hallo</p>")
    )
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={
            "hostname": "localhost",
            "port": 80,
            "root_page": home,
            "site_name": "Kennisplein",
        },
    )
    Page.objects.filter(depth=2).exclude(pk=home.pk).delete()
    return home


@pytest.fixture
def contact(db):
    return ContactPerson.objects.create(
        name="Joris Van Puyenbroeck",
        role="Onderzoeker",
        organisation="Odisee",
        phone="02/240.68.40",
        email="joris.vanpuyenbroeck@odisee.be",
        location="Campus Schaarbeek",
    )


def make_film(home, **extra):
    fields = {
        "title": "Van buddy tot community",
        "slug": "van-buddy-tot-community",
        "director": "Margot Mot",
        "purpose": "<p>Lesmateriaal voor professionals die een buddyproject willen starten.</p>",
        "show_in_menus": True,
    }
    return publish(home, FilmPage(**(fields | extra)))


def make_clip(film, title, themes=(), **extra):
    clip = KnowledgeClipPage(
        title=title,
        slug=extra.pop("slug", title.lower().replace(" ", "-")),
        text=f"<p>Over {title}.</p>",
        **extra,
    )
    clip.themes.set(demo_themes(*themes))
    return publish(film, clip)


def make_event(home, seats=(2, 2), waiting_list_size=2, **extra):
    fields = {
        "title": "Studievoormiddag",
        "slug": "studievoormiddag",
        "date": datetime.date(2030, 4, 21),
        "start_time": datetime.time(8, 30),
        "end_time": datetime.time(13, 0),
        "venue": "Brussel",
        "audience": "Projecthouders en beleid",
        "intro": "<p>Een voormiddag over buddywerk.</p>",
        "waiting_list_size": waiting_list_size,
        "show_in_menus": True,
    }
    event = EventPage(**(fields | extra))
    event.workshops = [
        Workshop(
            sort_order=number,
            title=f"Workshop {number}",
            seats=count,
            moderator=f"Moderator {number}",
        )
        for number, count in enumerate(seats, start=1)
    ]
    return publish(home, event)


@pytest.fixture
def film(home):
    return make_film(home)


@pytest.fixture
def event(home):
    return make_event(home)


@pytest.fixture
def content_page(home):
    return publish(
        home,
        ContentPage(title="Over het project", slug="over-het-project", show_in_menus=True),
    )


FRENCH_WORKSHOPS = ["Atelier 1", "Atelier 2", "Atelier 3"]
ENGLISH_WORKSHOPS = ["Session one", "Session two", "Session three"]


def translate_event(event):
    """The event (and its home) translated into French and English as an editor does it
    with wagtail-localize, the workshops' titles translated: {"nl": …, "fr": …, "en": …}."""
    from django.test import TestCase
    from wagtail_localize.operations import TranslationCreator

    home = event.get_parent().specific
    locales = [Locale.objects.get_or_create(language_code=code)[0] for code in ("fr", "en")]
    # wagtail-localize publishes after commit, as in the admin.
    for page in (home, event):
        with TestCase.captureOnCommitCallbacks(execute=True):
            TranslationCreator(None, locales).create_translations(page)
    pages = {"nl": event}
    words = {
        "fr": ("Matinée d'étude", FRENCH_WORKSHOPS),
        "en": ("Study morning", ENGLISH_WORKSHOPS),
    }
    for locale in locales:
        title, workshop_titles = words[locale.language_code]
        translation = event.get_translation(locale).specific
        # Matched to the source's workshops by translation key: the translations' own order
        # is not guaranteed on PostgreSQL.
        sources = Workshop.objects.filter(page=event).order_by("sort_order", "pk")
        for source, workshop_title in zip(sources, workshop_titles, strict=False):
            workshop = translation.workshops.get(translation_key=source.translation_key)
            workshop.title = workshop_title
            workshop.save()
        translation = EventPage.objects.get(pk=translation.pk)
        translation.title = title
        translation.save_revision().publish()
        pages[locale.language_code] = EventPage.objects.get(pk=translation.pk)
    return pages

"""The language switcher, hreflang alternates, <html lang> and dates in each language."""

import re

import pytest
from wagtail.models import Locale, Page, Site

from home.models import ContentPage, HomePage
from tests.home.conftest import make_event, publish


@pytest.fixture
def site(db, translate):
    """A Dutch home with 'Over het project' and the study morning; home in fr and en,
    the two pages in French only."""
    nl = Locale.objects.get_or_create(language_code="nl")[0]
    for code in ("fr", "en"):
        Locale.objects.get_or_create(language_code=code)
    root = Page.get_first_root_node()
    home = publish(root, HomePage(title="Kennisplein", slug="kp", locale=nl))
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": "KP"},
    )
    about = publish(
        home, ContentPage(title="Over het project", slug="over-het-project", show_in_menus=True)
    )
    event = make_event(home)
    translate(home, "fr", "en")
    about_fr = translate(about, "fr")["fr"]
    about_fr.title = "À propos du projet"
    about_fr.intro = "Un réseau apprenant de projets de parrainage."
    about_fr.save_revision().publish()
    event_fr = translate(event, "fr")["fr"]
    event_en = translate(event, "en")["en"]
    return {
        "home": home,
        "about": about,
        "about_fr": about_fr,
        "event": event,
        "event_fr": event_fr,
        "event_en": event_en,
    }


def switcher(html):
    """{language code: href} of the language switcher's links."""
    nav = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    links = dict(re.findall(r'<a href="([^"]*)" lang="(\w+)"', nav))
    return {code: href for href, code in links.items()}


def test_a_translated_page_serves_at_its_own_address_in_its_own_language(site, client):
    response = client.get("/fr/over-het-project/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="fr">' in html
    assert "À propos du projet" in html and "réseau apprenant" in html
    dutch = client.get("/nl/over-het-project/").content.decode()
    assert '<html lang="nl">' in dutch and "Over het project" in dutch


def test_the_switcher_leads_to_the_translation_or_to_that_languages_home(site, client):
    html = client.get("/nl/over-het-project/").content.decode()
    assert switcher(html) == {"fr": "/fr/over-het-project/", "en": "/en/"}
    assert 'aria-current="true">Nederlands<' in html
    html = client.get("/fr/over-het-project/").content.decode()
    assert switcher(html) == {"nl": "/nl/over-het-project/", "en": "/en/"}
    # The French home page leads to the Dutch and English homes.
    assert switcher(client.get("/fr/").content.decode()) == {"nl": "/nl/", "en": "/en/"}


def test_hreflang_alternates_name_the_existing_translations(site, client):
    html = client.get("/nl/over-het-project/").content.decode()
    alternates = dict(re.findall(r'<link rel="alternate" hreflang="([\w-]+)" href="([^"]+)"', html))
    assert alternates == {
        "nl": "http://localhost/nl/over-het-project/",
        "fr": "http://localhost/fr/over-het-project/",
        "x-default": "http://localhost/nl/over-het-project/",
    }


@pytest.mark.parametrize(
    "address, expected",
    [
        ("/fr/zoeken/?q=buddy", {"nl": "/nl/zoeken/?q=buddy", "en": "/en/zoeken/?q=buddy"}),
        ("/en/inloggen/", {"nl": "/nl/inloggen/", "fr": "/fr/inloggen/"}),
        (
            "/nl/wachtwoord-vergeten/",
            {"fr": "/fr/wachtwoord-vergeten/", "en": "/en/wachtwoord-vergeten/"},
        ),
    ],
)
def test_other_views_switch_by_their_language_prefix(site, client, address, expected):
    response = client.get(address)
    assert response.status_code == 200
    html = response.content.decode()
    assert switcher(html) == expected
    assert f'<html lang="{address[1:3]}">' in html


@pytest.mark.parametrize(
    "address, date, times",
    [
        ("/nl/studievoormiddag/", "zondag 21 april 2030", "08.30–13.00 uur"),
        ("/fr/studievoormiddag/", "dimanche 21 avril 2030", "8 h 30–13 h 00"),
        ("/en/studievoormiddag/", "Sunday 21 April 2030", "08:30–13:00"),
    ],
)
def test_dates_and_times_are_written_as_each_language_does(site, client, address, date, times):
    html = client.get(address).content.decode()
    assert date in html
    assert times in html

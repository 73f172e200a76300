"""The demo's public pages exist in French and English, written in those languages."""

import pytest
from django.core.management import call_command
from wagtail.models import Locale, Page

ADDRESSES = {
    "fr": [
        ("/fr/", "Un buddy est un·e bénévole"),
        ("/fr/a-propos-du-projet/", "Un réseau apprenant"),
        ("/fr/qu-est-ce-que-le-travail-de-buddy/", "Un·e bénévole qui écoute"),
        ("/fr/du-buddy-a-la-communaute/", "outil pédagogique"),
        ("/fr/du-buddy-a-la-communaute/gerer-les-limites/", "où se trouve la limite"),
        ("/fr/matinee-d-etude/", "Dans une organisation hybride"),
        ("/fr/actualites/", "Ce que le réseau apprenant et ses partenaires ont fait"),
        ("/fr/actualites/buddywerk-uitgelegd-aan-studenten/", "Journée mondiale du refus"),
        (
            "/fr/a-propos-du-projet/recherche-persoonlijke-netwerkversterking/",
            "réseaux personnels des personnes",
        ),
    ],
    "en": [
        ("/en/", "A buddy is a volunteer"),
        ("/en/about-the-project/", "A learning network"),
        ("/en/what-is-buddy-work/", "A volunteer who listens"),
        ("/en/from-buddy-to-community/", "teaching material"),
        ("/en/from-buddy-to-community/dealing-with-boundaries/", "where is the line"),
        ("/en/study-morning/", "In a hybrid organisation"),
        ("/en/news/", "What the learning network and its partners did"),
        ("/en/news/buddywerk-uitgelegd-aan-studenten/", "International Day for the Eradication"),
        ("/en/about-the-project/study-persoonlijke-netwerkversterking/", "A study by Odisee"),
    ],
}


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_public_demo_pages_are_translated(demo_site, client, language):
    for address, text in ADDRESSES[language]:
        response = client.get(address)
        assert response.status_code == 200, address
        html = response.content.decode()
        assert f'<html lang="{language}">' in html
        assert text in html, address
        assert "Een buddy is een vrijwilliger" not in html, address


def test_the_switcher_leads_from_a_dutch_demo_page_to_its_translations(demo_site, client):
    html = client.get("/nl/over-het-project/").content.decode()
    assert 'href="/fr/a-propos-du-projet/" lang="fr"' in html
    assert 'href="/en/about-the-project/" lang="en"' in html


def test_the_translation_step_runs_again_without_overwriting(demo_site):
    french = Page.objects.get(locale__language_code="fr", slug="a-propos-du-projet").specific
    french.title = "À propos (revu par la rédaction)"
    french.save_revision().publish()
    count = Page.objects.count()
    call_command("load_demo_content", force=True, stdout=open("/dev/null", "w"))
    assert Page.objects.count() == count
    french.refresh_from_db()
    assert french.title == "À propos (revu par la rédaction)"


def test_partners_and_contact_persons_are_translated_snippets(demo_site, client):
    from home.models import ContactPerson, Partner

    assert set(Partner.objects.values_list("locale__language_code", flat=True)) == {
        "nl",
        "fr",
        "en",
    }
    french_home = client.get("/fr/").content.decode()
    assert "Odisee relie le réseau à la recherche" in french_home
    assert "Odisee verbindt het netwerk met onderzoek" not in french_home
    assert "apprentissage du réseau apprenant des projets buddy" in french_home  # footer
    english_about = client.get("/en/about-the-project/").content.decode()
    assert "<dd>Schaerbeek campus</dd>" in english_about  # the contact card, in English
    assert "Researcher" not in english_about  # the sources give no job title
    dutch_home = client.get("/nl/").content.decode()
    assert "Odisee verbindt het netwerk met onderzoek" in dutch_home
    assert "Odisee relie" not in dutch_home
    assert "de leeromgeving van het lerend netwerk van buddyprojecten" in dutch_home
    english_home = client.get("/en/").content.decode()
    assert "the learning environment of the learning network of buddy projects" in english_home
    joris = ContactPerson.objects.filter(name="Joris Van Puyenbroeck")
    assert joris.count() == 3 and len({person.translation_key for person in joris}) == 1


def restrictions(page):
    from wagtail.models import PageViewRestriction

    return sorted(
        (r.restriction_type, sorted(r.groups.values_list("name", flat=True)))
        for r in PageViewRestriction.objects.filter(page=page)
    )


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_kenniskring_and_project_page_type_has_a_translation_restricted_like_its_source(
    demo_site, language
):
    from kenniskring.models import KenniskringPage, ProjectIndexPage

    kenniskring = KenniskringPage.objects.get(locale__language_code=language)
    inside = Page.objects.descendant_of(kenniskring, inclusive=True).specific()
    projects = Page.objects.descendant_of(
        ProjectIndexPage.objects.get(locale__language_code=language), inclusive=True
    ).specific()
    found = {type(page).__name__ for page in [*inside, *projects]}
    assert found == {
        "KenniskringPage",
        "RegionPage",
        "NetworkDayPage",
        "ProjectIndexPage",
        "BuddyProjectPage",
    }
    assert restrictions(kenniskring) == [("groups", ["Kenniskring", "Partners"])]
    for page in [*inside, *projects]:
        source = page.get_translation(Locale.get_default())
        assert page.locale.language_code == language and page.live
        assert restrictions(page) == restrictions(source), page.url
        assert page.get_view_restrictions().exists() == (page in inside), page.url
    assert all(problem == [] for problem in Page.find_problems())


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_demo_kenniskring_serves_in_each_language_to_members_only(
    demo_site, client, django_user_model, language
):
    words = {
        "fr": ("Cercle de connaissances", "Journée de lancement", "Projets"),
        "en": ("Knowledge circle", "Start day", "Projects"),
    }[language]
    title, start_day, projects = words
    outsider = django_user_model.objects.create_user("buiten", "buiten@example.org", "x")
    member = django_user_model.objects.get(username="lid")
    for address in (f"/{language}/kenniskring/", f"/{language}/kenniskring/startdag/"):
        anonymous = client.get(address)
        assert anonymous.status_code == 302, address
        assert anonymous["Location"].startswith(f"/{language}/inloggen/?next=")
        client.force_login(outsider)
        refused = client.get(address)
        assert refused.status_code == 403 and title not in refused.content.decode()
        client.force_login(member)
        response = client.get(address)
        assert response.status_code == 200, address
        assert f'<html lang="{language}">' in response.content.decode()
        client.logout()
    client.force_login(member)
    html = client.get(f"/{language}/kenniskring/").content.decode()
    assert title in html and start_day in html and "Welkom in de kenniskring" not in html
    client.logout()
    listing = client.get(f"/{language}/projecten/")
    assert listing.status_code == 200
    html = listing.content.decode()
    assert projects in html and f'href="/{language}/projecten/brussel-buddy/"' in html
    assert "Achtentwintig buddyprojecten" not in html
    assert client.get(f"/{language}/projecten/brussel-buddy/").status_code == 200

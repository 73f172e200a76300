"""The demo's public pages exist in French and English, written in those languages."""

import pytest
from django.core.management import call_command
from wagtail.models import Page

ADDRESSES = {
    "fr": [
        ("/fr/", "Un buddy est un·e bénévole"),
        ("/fr/a-propos-du-projet/", "Un réseau apprenant"),
        ("/fr/qu-est-ce-que-le-travail-de-buddy/", "Un ami, pas un travailleur social"),
        ("/fr/du-buddy-a-la-communaute/", "outil pédagogique"),
        ("/fr/du-buddy-a-la-communaute/gerer-les-limites/", "où se trouve la limite"),
        ("/fr/matinee-d-etude/", "Travail de buddy, coachs familiaux locaux"),
    ],
    "en": [
        ("/en/", "A buddy is a volunteer"),
        ("/en/about-the-project/", "A learning network"),
        ("/en/what-is-buddy-work/", "A friend, not a social worker"),
        ("/en/from-buddy-to-community/", "teaching material"),
        ("/en/from-buddy-to-community/dealing-with-boundaries/", "where is the line"),
        ("/en/study-morning/", "Buddy work, local family coaches"),
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

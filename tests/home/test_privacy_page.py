"""The privacy statement: chosen in the site settings, linked from the footer and from the
registration form in the visitor's language; nothing is linked while there is none."""

import pytest
from wagtail.models import Locale, Site

from home.models import ContentPage, SiteSettings

from .conftest import make_event, publish

pytestmark = pytest.mark.django_db

FORM_NOTE = "Lees in de privacyverklaring welke gegevens we bewaren, hoe lang en waarom."


@pytest.fixture
def statement(home):
    page = publish(home, ContentPage(title="Privacyverklaring", slug="privacy"))
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.privacy_page = page
    settings.save()
    return page


def footer_link(html):
    footer = html.split('<footer class="site-footer">', 1)[1]
    return footer


def test_the_footer_and_the_registration_form_link_to_the_statement(client, home, statement):
    event = make_event(home)
    assert f'<a href="{statement.url}">Privacyverklaring</a>' in footer_link(
        client.get(home.url).content.decode()
    )
    html = client.get(event.url).content.decode()
    assert f'<a href="{statement.url}">{FORM_NOTE}</a>' in html


def test_nothing_is_linked_without_a_statement(client, home):
    event = make_event(home)
    assert "Privacyverklaring" not in client.get(home.url).content.decode()
    assert FORM_NOTE not in client.get(event.url).content.decode()


def test_an_unpublished_statement_is_not_linked(client, home, statement):
    statement.unpublish()
    assert "Privacyverklaring" not in client.get(home.url).content.decode()


def test_a_french_visitor_gets_the_french_statement(client, home, statement):
    french = Locale.objects.get_or_create(language_code="fr")[0]
    home_fr = home.copy_for_translation(french)
    home_fr.save_revision().publish()
    statement_fr = statement.copy_for_translation(french)
    statement_fr.title = "Déclaration de confidentialité"
    statement_fr.slug = "confidentialite"
    statement_fr.save_revision().publish()
    statement_fr = ContentPage.objects.get(pk=statement_fr.pk)
    html = client.get(home_fr.url).content.decode()
    assert f'href="{statement_fr.url}"' in footer_link(html)
    assert f'href="{statement.url}"' not in footer_link(html)


def test_the_demo_statement_exists_in_three_languages_and_says_how_long(demo_site, client):
    pages = ContentPage.objects.filter(
        translation_key=SiteSettings.for_site(
            Site.objects.get(is_default_site=True)
        ).privacy_page.translation_key
    ).select_related("locale")
    assert sorted(p.locale.language_code for p in pages) == ["en", "fr", "nl"]
    for page in pages:
        html = client.get(page.url).content.decode()
        assert f'href="{page.url}"' in footer_link(html)
    dutch = next(p for p in pages if p.locale.language_code == "nl")
    html = client.get(dutch.url).content.decode()
    assert "Zes maanden na het evenement" in html
    assert "Voorbeeldtekst" in html


def test_the_kenniskrings_forms_link_to_the_statement_chosen_here(client, statement):
    from kenniskring.models import Invitation, Role

    invitation = Invitation(email="nieuw@example.org", first_name="Nora", role=Role.RESEARCHER)
    token = invitation.new_token(1)
    invitation.save()
    html = client.get(f"/nl/uitnodiging/{token}/").content.decode()
    assert f'<a href="{statement.url}">{FORM_NOTE}</a>' in html

"""A page not translated yet shows in Dutch at the visitor's language address, with a notice;
the kenniskring's member views answer under every language prefix."""

import datetime

import pytest
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page

NOTICE = {
    "fr": "Cette page n'est pas encore traduite : vous la lisez en néerlandais.",
    "en": "This page has not been translated yet: you are reading it in Dutch.",
}


@pytest.fixture
def untranslated(demo_site):
    """A new Dutch network day and a new Dutch public page, neither translated yet."""
    from home.models import ContentPage
    from kenniskring.models import NetworkDayPage, RegionPage

    region = RegionPage.objects.get(locale__language_code="nl", slug="antwerpen-limburg")
    day = region.add_child(
        instance=NetworkDayPage(
            title="Extra netwerkdag",
            slug="extra-netwerkdag",
            date=datetime.date(2031, 5, 6),
            part_inspiration="<p>Alleen voor leden: extra inspiratie</p>",
        )
    )
    day.save_revision().publish()
    home = Page.objects.get(locale__language_code="nl", depth=2)
    page = home.add_child(
        instance=ContentPage(
            title="Nieuwe pagina", slug="nieuwe-pagina", intro="Nog in het Nederlands."
        )
    )
    page.save_revision().publish()
    return {"day": day, "page": page}


def text(response):
    return response.content.decode()


@pytest.mark.parametrize("language", ["fr", "en"])
def test_an_untranslated_page_shows_in_dutch_with_a_notice(untranslated, client, language):
    response = client.get(f"/{language}/nieuwe-pagina/")
    assert response.status_code == 200
    html = text(response)
    assert "Nieuwe pagina" in html and "Nog in het Nederlands." in html
    assert f'<html lang="{language}">' in html
    assert NOTICE[language] in html.replace("&#x27;", "'")
    # Screen readers read the Dutch content in Dutch and the notice in the visitor's language.
    assert '<main id="main" tabindex="-1" lang="nl">' in html
    assert f'role="note" lang="{language}"' in html
    assert client.get(f"/{language}/bestaat-niet/").status_code == 404
    translated = client.get(f"/{language}/")  # a translated page says nothing of the kind
    assert NOTICE[language] not in text(translated).replace("&#x27;", "'")
    assert '<main id="main" tabindex="-1">' in text(translated)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_an_untranslated_kenniskring_day_falls_back_for_members_only(
    untranslated, client, django_user_model, language
):
    address = f"/{language}/kenniskring/antwerpen-limburg/extra-netwerkdag/"
    anonymous = client.get(address)
    assert anonymous.status_code == 302
    assert anonymous["Location"].startswith(f"/{language}/inloggen/?next=")
    outsider = django_user_model.objects.create_user("buiten", "buiten@example.org", "x")
    client.force_login(outsider)
    refused = client.get(address)
    assert refused.status_code == 403 and "extra inspiratie" not in text(refused)
    client.force_login(django_user_model.objects.get(username="lid"))
    response = client.get(address)
    assert response.status_code == 200
    html = text(response).replace("&#x27;", "'")
    assert "extra inspiratie" in html and NOTICE[language] in html
    assert f'<html lang="{language}">' in html
    assert client.get(address + "aanmelden/").status_code == 200  # its routes too


MEMBER_VIEWS = [
    ("kenniskring_forum:questions", []),
    ("kenniskring_forum:experiences", []),
    ("kenniskring_learning:reflections", []),
    ("kenniskring_learning:learning_questions", []),
    ("kenniskring_learning:portfolio", ["project-a"]),
    ("kenniskring:host_offers", []),
    ("kenniskring:my_calendar", []),
]


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_member_views_answer_in_every_language(language, tree, as_user):
    with translation.override(language):
        addresses = [reverse(name, args=args) for name, args in MEMBER_VIEWS]
    for address in addresses:
        assert address.startswith(f"/{language}/kenniskring/")
        member = as_user("member").get(address)
        assert member.status_code == 200, address
        assert f'<html lang="{language}">' in text(member), address
        assert as_user("outsider").get(address).status_code == 403, address
        anonymous = as_user("anonymous").get(address)
        assert anonymous.status_code == 302, address
        assert anonymous["Location"].startswith(f"/{language}/inloggen/?next=")

"""The admin lists each translatable snippet once, in Dutch, with the languages it exists in;
the footer text is edited in one place only."""

import pytest
from wagtail.models import Locale, Site

from home.models import ContactPerson, FooterText, Partner, SiteSettings

pytestmark = pytest.mark.django_db


@pytest.fixture
def superuser(client, django_user_model):
    user = django_user_model.objects.create_superuser("beheer", "beheer@voorbeeld.be", "x")
    client.force_login(user)
    return user


@pytest.fixture
def locales(home):
    return {
        code: Locale.objects.get_or_create(language_code=code)[0] for code in ("nl", "fr", "en")
    }


def translated(instance, locales, **fields):
    """The instance with a French and an English translation."""
    for code in ("fr", "en"):
        copy = instance.copy_for_translation(locales[code])
        for name, value in fields.items():
            setattr(copy, name, f"{value} ({code})")
        copy.save()
    return instance


def rows(response):
    assert response.status_code == 200
    return [(str(item), item.translation_languages) for item in response.context["object_list"]]


def test_contact_persons_are_listed_once_with_their_languages(client, superuser, locales):
    translated(ContactPerson.objects.create(name="Ann Peeters", locale=locales["nl"]), locales)
    ContactPerson.objects.create(name="Bram Claes", locale=locales["nl"])
    response = client.get("/admin/snippets/home/contactperson/")
    assert rows(response) == [
        ("Ann Peeters", "Engels, Frans, Nederlands"),
        ("Bram Claes", "Nederlands"),
    ]
    html = response.content.decode()
    assert "Talen" in html and "Engels, Frans, Nederlands" in html
    # The locale filter still shows another language.
    french = client.get("/admin/snippets/home/contactperson/?locale=fr")
    assert rows(french) == [("Ann Peeters", "Engels, Frans, Nederlands")]


def test_partners_and_the_footer_text_too(client, superuser, locales):
    partner = Partner.objects.create(name="SAM vzw", locale=locales["nl"])
    translated(partner, locales)
    assert rows(client.get("/admin/snippets/home/partner/")) == [
        ("SAM vzw", "Engels, Frans, Nederlands")
    ]
    footer = FooterText.objects.create(text="<p>Over Kennisplein</p>", locale=locales["nl"])
    translated(footer, locales, text="<p>Kennisplein</p>")
    listing = rows(client.get("/admin/snippets/home/footertext/"))
    assert len(listing) == 1 and listing[0][1] == "Engels, Frans, Nederlands"


def test_the_footer_text_is_edited_only_as_its_snippet(client, superuser, locales):
    assert not hasattr(SiteSettings, "footer_text")
    site = Site.objects.get(is_default_site=True)
    settings_form = client.get(f"/admin/settings/home/sitesettings/{site.pk}/")
    assert settings_form.status_code == 200
    assert 'name="footer_text"' not in settings_form.content.decode()
    FooterText.objects.create(
        text="<p>Het lerend netwerk van buddyprojecten</p>", locale=locales["nl"]
    )
    # A language without a translation shows the Dutch text.
    assert "Het lerend netwerk van buddyprojecten" in client.get("/fr/").content.decode()

"""Who gets what of the kenniskring: every kind of address against every kind of visitor."""

import re

import pytest
from wagtail.models import Locale

WHO = ["anonymous", "outsider", "editor", "member", "other_member", "partner"]
INSIDERS = {"member", "other_member", "partner"}

# address (resolved in the test) → who may see it; everyone else is refused.
ADDRESSES = {
    "kenniskring": INSIDERS,
    "region": INSIDERS,
    "day": INSIDERS,
    "national_day": INSIDERS,
    "day_ics": INSIDERS,
    "day_translation_fr": INSIDERS,
    "kenniskring_translation_en": INSIDERS,
    "my_calendar": INSIDERS,
    "document": INSIDERS,
    "register": {"member", "other_member"},
    "attendance_list": {"partner"},
    "attendance_csv": {"partner"},
    "attendance_xlsx": {"partner"},
    "themes": INSIDERS,
}


@pytest.fixture
def addresses(tree, private_document):
    from wagtail_localize.models import TranslationSource

    french = Locale.objects.get(language_code="fr")
    english = Locale.objects.get(language_code="en")

    def translate(page, locale):
        source, _ = TranslationSource.get_or_create_from_instance(page)
        source.create_or_update_translation(locale, fallback=True)
        return page.get_translation(locale)

    # As wagtail-localize makes them in the admin: parents first, then the page.
    for page in (tree["home"], tree["kenniskring"], tree["region_north"]):
        translate(page, french)
    day_fr = translate(tree["day_north"], french)
    translate(tree["home"], english)
    kenniskring_en = translate(tree["kenniskring"], english)
    day = tree["day_north"].url
    return {
        "kenniskring": tree["kenniskring"].url,
        "region": tree["region_north"].url,
        "day": day,
        "national_day": tree["start"].url,
        "day_ics": day + "agenda/",
        "day_translation_fr": day_fr.url,
        "kenniskring_translation_en": kenniskring_en.url,
        "my_calendar": "/nl/mijn-agenda/",
        "document": private_document.url,
        "register": day + "aanmelden/",
        "attendance_list": day + "aanwezigheden/",
        "attendance_csv": day + "aanwezigheden/csv/",
        "attendance_xlsx": day + "aanwezigheden/xlsx/",
        "themes": tree["halfway"].url + "themas/",
    }


@pytest.mark.parametrize("who", WHO)
def test_every_kenniskring_address_refuses_outsiders(who, as_user, addresses):
    client = as_user(who)
    for name, allowed in ADDRESSES.items():
        url = addresses[name]
        response = client.get(url)
        if who in allowed:
            assert response.status_code == 200, (name, url, response.status_code)
        elif who == "anonymous":
            assert response.status_code == 302, (name, url)
            assert re.match(r"^/(nl|fr|en)/inloggen/\?next=", response["Location"]), (name, url)
        else:
            assert response.status_code == 403, (name, url, response.status_code)
        body = b"".join(response) if response.streaming else response.content
        if who not in INSIDERS:
            assert b"Geheime inspiratie" not in body and b"geheim verslag" not in body
        if name != "document" or who in allowed:
            assert "no-store" in response.get("Cache-Control", ""), (name, who)


def test_translations_keep_the_restriction_of_their_source(addresses, as_user):
    from wagtail.models import Page

    for page in Page.objects.filter(locale__language_code__in=["fr", "en"], depth__gt=2):
        if page.slug in ("kenniskring", "noord", "dag-noord"):
            assert page.get_view_restrictions().exists(), page


def test_superuser_may_enter(tree, client, django_user_model):
    admin = django_user_model.objects.create_superuser("baas", "baas@example.org", "x")
    client.force_login(admin)
    assert client.get(tree["day_north"].url).status_code == 200


def test_pages_extend_the_base_template_the_host_chose(as_user, tree, settings):
    body = as_user("member").get(tree["day_north"].url).content.decode()
    if getattr(settings, "KENNISKRING_BASE_TEMPLATE", "base.html") == "host_base.html":
        assert 'data-host="plugin-host"' in body
    else:
        assert 'class="skip-link"' in body  # Kennisplein's own base.html
    login = as_user("anonymous").get("/nl/inloggen/").content.decode()
    assert ('data-host="plugin-host"' in login) == ('data-host="plugin-host"' in body)

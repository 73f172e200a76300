"""Who gets what of the kenniskring: every kind of address against every kind of visitor."""

import pytest

WHO = ["anonymous", "outsider", "editor", "member", "other_member", "partner"]
INSIDERS = {"member", "other_member", "partner"}

LANGUAGES = ["nl", "fr", "en"]

# address (resolved in the test) → who may see it; everyone else is refused.
ADDRESSES = {
    "kenniskring": INSIDERS,
    "region": INSIDERS,
    "day": INSIDERS,
    "national_day": INSIDERS,
    "day_ics": INSIDERS,
    "my_calendar": INSIDERS,
    "document": INSIDERS,
    "register": {"member", "other_member"},
    "attendance_list": {"partner"},
    "attendance_csv": {"partner"},
    "attendance_xlsx": {"partner"},
    "themes": INSIDERS,
    "host_offers": INSIDERS,
}


@pytest.fixture
def language():
    """Dutch, unless a test is parametrised over the languages."""
    return "nl"


@pytest.fixture
def addresses(tree_in, language, private_document):
    """Every kind of address, in `language`: the tree translated in the admin for fr and en."""
    pages = tree_in(language)
    day = pages["day_north"].url
    assert day.startswith(f"/{language}/")
    return {
        "kenniskring": pages["kenniskring"].url,
        "region": pages["region_north"].url,
        "day": day,
        "national_day": pages["start"].url,
        "day_ics": day + "agenda/",
        "my_calendar": f"/{language}/kenniskring/mijn-agenda/",
        "document": private_document.url,
        "register": day + "aanmelden/",
        "attendance_list": day + "aanwezigheden/",
        "attendance_csv": day + "aanwezigheden/csv/",
        "attendance_xlsx": day + "aanwezigheden/xlsx/",
        "themes": pages["halfway"].url + "themas/",
        "host_offers": f"/{language}/kenniskring/gastheer-worden/",
    }


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_kenniskring_address_refuses_outsiders(language, as_user, addresses):
    # Everyone in one test per language: the translated tree is built once for all of them.
    for who in WHO:
        client = as_user(who)
        for name, allowed in ADDRESSES.items():
            url = addresses[name]
            response = client.get(url)
            if who in allowed:
                assert response.status_code == 200, (who, name, url, response.status_code)
            elif who == "anonymous":
                assert response.status_code == 302, (who, name, url)
                # Documents are served outside the language prefixes: their login is Dutch.
                login = "nl" if name == "document" else language
                assert response["Location"].startswith(f"/{login}/inloggen/?next="), (name, url)
            else:
                assert response.status_code == 403, (who, name, url, response.status_code)
            body = b"".join(response) if response.streaming else response.content
            if who not in INSIDERS:
                assert b"Geheime inspiratie" not in body and b"geheim verslag" not in body
            if name != "document" or who in allowed:
                assert "no-store" in response.get("Cache-Control", ""), (who, name)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_translations_keep_the_restriction_of_their_source(tree, tree_in, language):
    pages = tree_in(language)
    for name in ("kenniskring", "region_north", "day_north", "start"):
        assert pages[name].locale.language_code == language
        assert pages[name].get_view_restrictions().exists(), name
    assert not pages["project_a"].get_view_restrictions().exists()


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

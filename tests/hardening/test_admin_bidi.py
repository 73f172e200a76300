"""Direction overrides typed by editors in the admin are taken out of titles and names:
page titles (every page type), snippet names, user names."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Locale, Page, get_page_models
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from home.models import ContactPerson, Partner
from kenniskring.input import WithoutDirectionOverrides

# Every override and isolate: U+202A–U+202E and U+2066–U+2069.
HOSTILE = "Fact\u202auur\u202b\u202c\u202d\u202efdp.exe\u2066\u2067\u2068\u2069"
CLEAN = "Factuurfdp.exe"


@pytest.fixture
def superuser(client, world, django_user_model):
    user = django_user_model.objects.create_superuser("beheer", "beheer@example.org", "x")
    client.force_login(user)
    return user


def test_every_page_type_cleans_its_titles():
    page_types = [model for model in get_page_models() if model is not Page]
    assert len(page_types) >= 10
    for model in page_types:
        assert issubclass(model, WithoutDirectionOverrides), model


def test_a_page_title_edited_in_the_admin_loses_them(client, world, superuser):
    index = world["index"]
    data = nested_form_data(
        {
            "title": HOSTILE,
            "intro": rich_text("<p>Alle projecten.</p>"),
            "slug": index.slug,
            "seo_title": "Zoek\u202etitel",
            "search_description": "",
            "comments": inline_formset([]),
            "action-publish": "publish",
        }
    )
    response = client.post(f"/admin/pages/{index.pk}/edit/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    index.refresh_from_db()
    assert index.title == CLEAN and index.draft_title == CLEAN
    assert index.seo_title == "Zoektitel"
    assert index.latest_revision.content["title"] == CLEAN
    assert CLEAN in client.get(index.url).content.decode()


def test_a_region_page_saved_as_draft_loses_them_too(client, world, superuser):
    region_page = world["region_north"]
    data = nested_form_data(
        {
            "title": "Regio\u2067 Noord",
            "region": region_page.region_id,
            "intro": rich_text(""),
            "slug": region_page.slug,
            "seo_title": "",
            "search_description": "",
            "comments": inline_formset([]),
        }
    )
    response = client.post(f"/admin/pages/{region_page.pk}/edit/", data)
    assert response.status_code == 302
    region_page.refresh_from_db()
    assert region_page.draft_title == "Regio Noord"
    assert region_page.latest_revision.content["title"] == "Regio Noord"


def test_snippet_names_lose_them(client, world, superuser):
    response = client.post(
        "/admin/snippets/home/contactperson/add/?locale=nl",
        {
            "name": "An\u202en Peeters",
            "role": "onder\u2066zoeker",
            "organisation": "Odi\u202dsee",
            "phone": "",
            "email": "",
            "location": "",
            "locale": "nl",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    person = ContactPerson.objects.get()
    assert (person.name, person.role, person.organisation) == (
        "Ann Peeters",
        "onderzoeker",
        "Odisee",
    )

    partner = Partner.objects.create(name="SAM vzw", locale=Locale.get_default())
    response = client.post(
        f"/admin/snippets/home/partner/edit/{partner.pk}/",
        {"name": HOSTILE, "contribution": rich_text("<p>Begeleiding</p>"), "website": ""},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    partner.refresh_from_db()
    assert partner.name == CLEAN


def test_user_names_lose_them(client, world, superuser):
    response = client.post(
        "/admin/users/new/",
        {
            "username": "nieuw",
            "email": "nieuw@example.org",
            "first_name": "Ann\u202e",
            "last_name": HOSTILE,
            "password1": "een-lang-wachtwoord-42",
            "password2": "een-lang-wachtwoord-42",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    person = get_user_model().objects.get(username="nieuw")
    assert (person.first_name, person.last_name) == ("Ann", CLEAN)

    editor = world["editor"]
    response = client.post(
        f"/admin/users/edit/{editor.pk}/",
        {
            "username": editor.username,
            "email": editor.email,
            "first_name": "Red\u2068acteur",
            "last_name": "Eén\u202b",
            "is_active": "on",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    editor.refresh_from_db()
    assert (editor.first_name, editor.last_name) == ("Redacteur", "Eén")

"""A translation of a restricted page is restricted exactly like its source, in every language."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Page, PageViewRestriction

LANGUAGES = ["fr", "en"]
SECRET = "Geheime inspiratie"


@pytest.fixture
def translated(tree, tree_in):
    """The kenniskring and the projects in fr and en (translated in the admin as editors do:
    the home first, then each with its subtree), shown in the menu in every language."""
    in_language = {language: tree_in(language) for language in LANGUAGES}
    for name in ("kenniskring", "index"):
        for page in [tree[name], *(in_language[language][name] for language in LANGUAGES)]:
            page.show_in_menus = True
            page.save_revision().publish()
    return {
        name: {language: in_language[language][name] for language in LANGUAGES}
        for name in ("home", "kenniskring", "region_north", "day_north", "index", "project_a")
    }


def restrictions(page):
    return sorted(
        (r.restriction_type, r.password, sorted(r.groups.values_list("name", flat=True)))
        for r in PageViewRestriction.objects.filter(page=page)
    )


def body(response):
    return response.content.decode()


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_translated_kenniskring_page_keeps_its_source_restriction(
    language, translated, tree, as_user
):
    kenniskring = translated["kenniskring"][language]
    assert kenniskring.locale.language_code == language
    assert restrictions(kenniskring) == restrictions(tree["kenniskring"])
    assert restrictions(kenniskring) == [("groups", "", ["Kenniskring", "Partners"])]
    day = translated["day_north"][language]
    assert day.url.startswith(f"/{language}/")

    anonymous = as_user("anonymous").get(day.url)
    assert anonymous.status_code == 302
    assert anonymous["Location"].startswith(f"/{language}/inloggen/?next=")
    outsider = as_user("outsider").get(day.url)
    assert outsider.status_code == 403 and SECRET not in body(outsider)
    member = as_user("member").get(day.url)
    assert member.status_code == 200 and SECRET in body(member)
    assert f'<html lang="{language}">' in body(member)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("who", ["anonymous", "outsider"])
def test_outsiders_find_nothing_of_the_kenniskring_in_search_sitemap_or_menu(
    language, who, translated, as_user
):
    client = as_user(who)
    kenniskring = translated["kenniskring"][language]
    day = translated["day_north"][language]
    project = translated["project_a"][language]

    found = body(client.get(f"/{language}/zoeken/", {"q": "Netwerkdag"}))
    assert day.url not in found and "Netwerkdag Noord" not in found
    found = body(client.get(f"/{language}/zoeken/", {"q": "Project"}))
    assert project.url in found  # the search itself works in this language

    sitemap = body(client.get("/sitemap.xml"))
    assert f"/{language}/projecten/project-a/" in sitemap
    for name in ("kenniskring", "region_north", "day_north"):
        for page in translated[name].values():
            assert page.url not in sitemap
    assert "/kenniskring/" not in sitemap

    menu = body(client.get(f"/{language}/zoeken/"))
    assert f'href="{translated["index"][language].url}"' in menu  # the menu is there
    assert f'href="{kenniskring.url}"' not in menu


@pytest.mark.parametrize("language", LANGUAGES)
def test_members_see_the_translated_kenniskring_in_their_menu(language, translated, as_user):
    menu = body(as_user("member").get(f"/{language}/zoeken/"))
    assert f'href="{translated["kenniskring"][language].url}"' in menu


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_restriction_changed_on_the_source_reaches_the_translations(
    language, translated, tree, as_user
):
    source = PageViewRestriction.objects.get(page=tree["kenniskring"])
    source.groups.set([Group.objects.get(name="Partners")])
    day = translated["day_north"][language]

    assert restrictions(translated["kenniskring"][language]) == [("groups", "", ["Partners"])]
    member = as_user("member").get(day.url)
    assert member.status_code != 200 and SECRET not in body(member)
    assert as_user("partner").get(day.url).status_code == 200


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_public_page_made_private_after_translation_is_private_in_every_language(
    language, translated, tree, as_user
):
    projects = translated["index"][language]
    project = translated["project_a"][language]
    client = as_user("outsider")
    assert client.get(project.url).status_code == 200

    restriction = PageViewRestriction.objects.create(
        page=tree["index"], restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.get(name="Partners")])

    assert restrictions(projects) == [("groups", "", ["Partners"])]
    refused = client.get(project.url)
    assert refused.status_code != 200 and "Project A vzw" not in body(refused)
    assert project.url not in body(client.get(f"/{language}/zoeken/", {"q": "Project"}))
    assert project.url not in body(client.get("/sitemap.xml"))
    assert f'href="{projects.url}"' not in body(client.get(f"/{language}/zoeken/"))

    # Made public again on the source: public again in every language.
    restriction.delete()
    assert restrictions(projects) == []
    assert client.get(project.url).status_code == 200


def test_a_translation_cannot_lose_the_restriction_of_its_source(translated, as_user):
    french = translated["kenniskring"]["fr"]
    PageViewRestriction.objects.filter(page=french).delete()
    assert restrictions(french) == [("groups", "", ["Kenniskring", "Partners"])]
    assert as_user("outsider").get(french.url).status_code == 403


def test_a_sync_restores_the_restriction_of_the_source(translated, tree, as_user):
    from wagtail_localize.models import Translation

    english = translated["kenniskring"]["en"]
    # Changed behind the signals' back (a raw update), then the editor syncs the translation.
    PageViewRestriction.objects.filter(page=english).update(
        restriction_type=PageViewRestriction.LOGIN
    )
    assert as_user("outsider").get(english.url).status_code == 403  # fail-closed hook
    translation = Translation.objects.get(
        source__object_id=tree["kenniskring"].translation_key, target_locale__language_code="en"
    )
    translation.source.update_from_db()
    translation.save_target(publish=True)
    assert restrictions(Page.objects.get(pk=english.pk)) == [
        ("groups", "", ["Kenniskring", "Partners"])
    ]


def test_a_new_translation_gets_the_restriction_the_source_has_now(tree, translate, as_user):
    source = PageViewRestriction.objects.get(page=tree["kenniskring"])
    source.groups.set([Group.objects.get_or_create(name="Partners")[0]])
    translate(tree["home"], "fr")
    french = translate(tree["kenniskring"], "fr")["fr"]
    assert restrictions(french) == [("groups", "", ["Partners"])]

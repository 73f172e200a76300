"""The kenniskring and the projects translated in the admin, subtree and all, as editors do."""

import pytest
from wagtail.models import Page

LANGUAGES = ["fr", "en"]
KENNISKRING = ["kenniskring", "region_north", "region_south", "day_north", "day_south"]
KENNISKRING += ["start", "halfway", "end"]
SECRET = "Geheime inspiratie noord"


@pytest.fixture
def translated(tree, translate_subtree):
    """Home first (without its children), then the kenniskring and the projects with theirs."""
    translate_subtree(tree["home"], *LANGUAGES, subtree=False)
    pages = translate_subtree(tree["kenniskring"], *LANGUAGES)
    projects = translate_subtree(tree["index"], *LANGUAGES)
    return {code: pages[code] | projects[code] for code in LANGUAGES}


def test_the_page_tree_is_sound_after_translating_a_subtree(translated):
    # treebeard's own check: paths, depths and child counts agree with the rows.
    assert all(problem == [] for problem in Page.find_problems())


@pytest.mark.parametrize("language", LANGUAGES)
def test_members_reach_every_translated_kenniskring_page(language, tree, translated, as_user):
    client = as_user("member")
    for name in KENNISKRING:
        page = translated[language][tree[name].pk]
        assert page.locale.language_code == language and page.live
        assert page.url.startswith(f"/{language}/"), page.url
        response = client.get(page.url)
        assert response.status_code == 200, (name, page.url, response.status_code)
        assert f'lang="{language}"' in response.content.decode()
    day = translated[language][tree["day_north"].pk]
    assert SECRET in client.get(day.url).content.decode()


@pytest.mark.parametrize("language", LANGUAGES)
def test_translated_kenniskring_pages_refuse_whom_the_dutch_refuse(
    language, tree, translated, as_user
):
    for who in ("anonymous", "outsider", "editor"):
        client = as_user(who)
        for name in KENNISKRING:
            for page in (tree[name], translated[language][tree[name].pk]):
                response = client.get(page.url)
                assert SECRET not in response.content.decode()
                if who == "anonymous":
                    assert response.status_code == 302, (name, page.url)
                    assert "/inloggen/?next=" in response["Location"]
                else:
                    assert response.status_code == 403, (who, name, page.url)
    for name in KENNISKRING:
        assert translated[language][tree[name].pk].get_view_restrictions().exists(), name


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_translated_projects_are_public(language, tree, translated, as_user):
    client = as_user("anonymous")
    index = translated[language][tree["index"].pk]
    project = translated[language][tree["project_a"].pk]
    assert index.url == f"/{language}/projecten/"
    listing = client.get(index.url)
    assert listing.status_code == 200
    assert project.url in listing.content.decode()
    assert client.get(project.url).status_code == 200

"""Anonymous searches are kept in the shared cache with the page cache and purged with it;
members' searches are kept per visitor key (tests/search/test_audiences.py), never served from
what an anonymous visitor found."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from home.models import ContentPage
from kenniskring.forum.models import Question
from tests.kenniskring.fixtures import publish


@pytest.fixture
def material(tree, people, locales):
    page = publish(tree["home"], ContentPage(title="Open", slug="open", intro="zoekwoordgedeeld"))
    translated = page.copy_for_translation(locales["fr"], copy_parents=True)
    translated.save_revision().publish()
    Question.objects.create(
        title="Ledenvraag",
        text="<p>zoekwoordgedeeld onder leden</p>",
        author=people["member"],
        project=tree["project_a"],
    )
    return {"nl": page, "fr": translated}


def searches(client, q, **params):
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/nl/zoeken/", {"q": q, **params})
    assert response.status_code == 200
    return response, sum("search_searchdocument" in query["sql"] for query in queries)


def test_an_anonymous_search_is_answered_from_the_cache(page_cache, material, client):
    first, asked = searches(client, "zoekwoordgedeeld")
    assert asked > 0 and first.context["search_results"].paginator.count == 1
    # The same words in another case and spacing, and the same filters: the same entry.
    again, asked = searches(client, "  ZoekwoordGedeeld ")
    assert asked == 0
    assert again.context["search_results"].paginator.count == 1
    assert "Open" in again.content.decode()
    other, asked = searches(client, "zoekwoordgedeeld", soort="pagina")
    assert asked > 0


def test_a_page_closed_to_the_public_leaves_the_cached_searches(
    page_cache, material, search, django_capture_on_commit_callbacks
):
    for language in ("nl", "fr"):
        assert search("anonymous", "zoekwoordgedeeld", language=language).count == 1
    # The purge comes once the restriction is stored, as the page cache's does.
    with django_capture_on_commit_callbacks(execute=True):
        for page in material.values():
            PageViewRestriction.objects.create(
                page=page, restriction_type=PageViewRestriction.LOGIN
            )
    for language in ("nl", "fr"):
        assert search("anonymous", "zoekwoordgedeeld", language=language).count == 0


def test_members_never_share_the_anonymous_entry(page_cache, material, search):
    assert search("anonymous", "zoekwoordgedeeld").count == 1
    assert search("member", "zoekwoordgedeeld").count == 2
    assert search("outsider", "zoekwoordgedeeld").count == 1
    assert search("anonymous", "zoekwoordgedeeld").count == 1
    member = search("member", "zoekwoordgedeeld")
    assert "private" in member.response["Cache-Control"]

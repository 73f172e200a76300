"""Who may find a page is written into its search document, and re-keyed when the tree, a
restriction or a membership changes; searches are kept per visitor key, never across keys."""

import importlib

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Page, PageViewRestriction

from home.models import ContentPage
from kenniskring.forum.models import Question
from kenniskring.models import Member
from search.models import Audience, SearchDocument
from tests.kenniskring.fixtures import publish
from tests.kenniskring_learning.fixtures import make_reflection

OUTSIDE = ("anonymous", "outsider", "editor")


@pytest.fixture
def section(tree, locales):
    """A public section with a page below it, in Dutch and French."""
    section = publish(tree["home"], ContentPage(title="Sectie", slug="sectie", intro="Open"))
    page = publish(section, ContentPage(title="Onder", slug="onder", intro="zoekwoordonder"))
    section_fr = section.copy_for_translation(locales["fr"], copy_parents=True)
    section_fr.save_revision().publish()
    translated = page.copy_for_translation(locales["fr"])
    translated.save_revision().publish()
    return {"nl": section, "fr": section_fr, "page": page, "page_fr": translated.specific}


def finders(search, word, language="nl", who=("anonymous", "outsider", "member", "partner")):
    return {person for person in who if word in search(person, word, language=language)}


def fresh(page):
    """The page as stored now: treebeard moves need the tree's current paths and counts."""
    return Page.objects.get(pk=page.pk)


def document(page):
    return SearchDocument.objects.get(page=page)


def test_every_page_document_knows_its_audience_when_written(tree, section):
    assert (document(section["page"]).audience, document(section["page"]).restrictions) == (
        Audience.PUBLIC,
        "",
    )
    day = document(tree["day_north"])
    kenniskring_restriction = PageViewRestriction.objects.get(page=tree["kenniskring"])
    assert day.audience == Audience.KENNISKRING
    assert day.restrictions == str(kenniskring_restriction.pk)
    assert not SearchDocument.objects.filter(page__isnull=False).exclude(
        audience__in=[Audience.PUBLIC, Audience.KENNISKRING]
    )


def test_a_section_closed_to_the_public_takes_its_pages_along_in_every_language(
    section, search, page_cache, django_capture_on_commit_callbacks
):
    everyone = {"anonymous", "outsider", "member", "partner"}
    for language in ("nl", "fr"):
        assert finders(search, "zoekwoordonder", language) == everyone
    with django_capture_on_commit_callbacks(execute=True):
        restriction = PageViewRestriction.objects.create(
            page=section["nl"], restriction_type=PageViewRestriction.LOGIN
        )
    # The translation got the same restriction (kenniskring.signals mirrors them).
    assert PageViewRestriction.objects.filter(page=section["fr"]).exists()
    for language in ("nl", "fr"):
        assert finders(search, "zoekwoordonder", language) == everyone - {"anonymous"}
        assert search("anonymous", "zoekwoordonder", language=language).count == 0
    with django_capture_on_commit_callbacks(execute=True):
        restriction.delete()
    for language in ("nl", "fr"):
        assert finders(search, "zoekwoordonder", language) == everyone


def test_a_page_moved_into_the_kenniskring_is_found_by_members_only(
    tree, section, search, page_cache, django_capture_on_commit_callbacks
):
    assert "zoekwoordonder" in search("anonymous", "zoekwoordonder")
    with django_capture_on_commit_callbacks(execute=True):
        fresh(section["page"]).move(fresh(tree["kenniskring"]), pos="last-child")
    assert document(section["page"]).audience == Audience.KENNISKRING
    assert finders(search, "zoekwoordonder") == {"member", "partner"}
    for who in OUTSIDE:
        assert search(who, "zoekwoordonder").count == 0, who
    with django_capture_on_commit_callbacks(execute=True):
        fresh(section["page"]).move(fresh(section["nl"]), pos="last-child")
    assert "zoekwoordonder" in search("anonymous", "zoekwoordonder")


def test_a_password_page_is_found_once_its_password_is_given(section, client, page_cache):
    PageViewRestriction.objects.create(
        page=section["nl"], restriction_type=PageViewRestriction.PASSWORD, password="sesam"
    )
    restriction = PageViewRestriction.objects.get(page=section["nl"])
    assert client.get("/nl/zoeken/", {"q": "zoekwoordonder"}).context["results"] == []
    response = client.post(
        reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, section["nl"].pk]),
        {"password": "sesam", "return_url": "/nl/sectie/"},
    )
    assert response.status_code == 302
    found = client.get("/nl/zoeken/", {"q": "zoekwoordonder"}).context["results"]
    assert [result["title"] for result in found] == ["Onder"]
    # Another visitor without the password gets nothing of what the first one found.
    assert Client().get("/nl/zoeken/", {"q": "zoekwoordonder"}).context["results"] == []


@pytest.fixture
def project_reflection(tree, assignment):
    """A reflection of project B, shared with its project only."""
    return make_reflection(assignment, tree["project_b"], ["zoekwoordeigen", "iets"])


def test_a_member_who_leaves_a_project_stops_finding_its_material_at_once(
    project_reflection, people, search, page_cache, tree
):
    assert "zoekwoordeigen" in search("other_member", "zoekwoordeigen")
    assert search("member", "zoekwoordeigen").count == 0
    Member.objects.filter(user=people["other_member"]).update(project=tree["project_a"])
    assert search("other_member", "zoekwoordeigen").count == 0
    Member.objects.filter(user=people["other_member"]).delete()
    people["other_member"].groups.clear()
    assert search("other_member", "zoekwoordeigen").count == 0


def searchdocument_queries(client, q):
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/nl/zoeken/", {"q": q})
    assert response.status_code == 200
    return response, sum("search_searchdocument" in query["sql"] for query in queries)


def test_members_searches_are_kept_per_visitor_key_never_across(
    project_reflection,
    as_user,
    search,
    page_cache,
    people,
    tree,
    django_capture_on_commit_callbacks,
):
    client = as_user("other_member")
    first, asked = searchdocument_queries(client, "zoekwoordeigen")
    assert asked > 0 and first.context["search_results"].paginator.count == 1
    again, asked = searchdocument_queries(client, "zoekwoordeigen")
    assert asked == 0 and again.context["search_results"].paginator.count == 1
    assert "private" in again["Cache-Control"]
    # Another project's member, the public and an outsider have keys of their own.
    for who in ("member", "anonymous", "outsider"):
        assert search(who, "zoekwoordeigen").count == 0, who
    assert search("partner", "zoekwoordeigen").count == 1
    # New material is found at once: a document written moves the kept searches on.
    with django_capture_on_commit_callbacks(execute=True):
        Question.objects.create(
            title="Nieuwe vraag",
            text="<p>zoekwoordeigen ook hier</p>",
            author=people["member"],
            project=tree["project_a"],
        )
    assert search("other_member", "zoekwoordeigen").count == 2
    assert search("member", "zoekwoordeigen").count == 1


def test_a_search_costs_the_same_queries_however_many_restricted_pages(tree, section, as_user):
    client = as_user("member")
    client.get("/nl/zoeken/", {"q": "zoekwoordonder"})  # the session, the site, the locales
    with CaptureQueriesContext(connection) as before:
        client.get("/nl/zoeken/", {"q": "zoekwoordonder"})
    for number in range(12):
        page = publish(
            section["nl"], ContentPage(title=f"Dicht {number}", slug=f"dicht-{number}", intro="x")
        )
        PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    with CaptureQueriesContext(connection) as after:
        response = client.get("/nl/zoeken/", {"q": "zoekwoordonder"})
    assert response.context["search_results"].paginator.count == 1
    assert len(after) == len(before)


def test_the_migration_keys_existing_page_documents_as_new_ones_are(tree, section):
    """search.0007 on documents written before it (audience "pages", no restrictions): every
    one gets the keys a new document gets."""
    from django.apps import apps

    migration = importlib.import_module("search.migrations.0007_page_audiences")
    PageViewRestriction.objects.create(
        page=section["nl"], restriction_type=PageViewRestriction.LOGIN
    )
    expected = dict(SearchDocument.objects.values_list("pk", "audience"))
    keys = dict(SearchDocument.objects.values_list("pk", "restrictions"))
    assert {keys[document(section["page"]).pk], keys[document(tree["day_north"]).pk]} != {""}
    SearchDocument.objects.filter(page__isnull=False).update(audience="pages", restrictions="")
    migration.key_pages(apps, None)
    assert dict(SearchDocument.objects.values_list("pk", "audience")) == expected
    assert dict(SearchDocument.objects.values_list("pk", "restrictions")) == keys

"""On PostgreSQL every page is stemmed in its own language: French pages as French, English
pages as English, Dutch pages and member content (which is Dutch) as Dutch; a search parses
the words in the visitor's language and in Dutch, so member content is found from every
language's search page. SQLite's FTS5 matches whole words only."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection
from django.urls import reverse
from django.utils import translation
from django.utils.html import strip_tags

from home.models import ContentPage
from kenniskring.forum.models import Question
from search.models import SearchDocument
from tests.kenniskring.fixtures import publish

postgresql_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="SQLite's FTS5 does not stem"
)


def search_page(language):
    with translation.override(language):
        return reverse("search")


def translated(page, locale, **fields):
    translation_ = page.copy_for_translation(locale, copy_parents=True)
    for name, value in fields.items():
        setattr(translation_, name, value)
    translation_.save_revision().publish()
    return translation_


@pytest.fixture
def pages(tree, locales):
    dutch = publish(
        tree["home"],
        ContentPage(title="Vorming", slug="vorming", intro="Onze workshop voor vrijwilligers."),
    )
    french = translated(
        dutch,
        locales["fr"],
        title="Formation",
        intro="Les formations pour les bénévoles et leur accompagnement.",
    )
    english = translated(
        dutch, locales["en"], title="Training", intro="Our workshops for families."
    )
    return {"nl": dutch, "fr": french, "en": english}


@pytest.fixture
def question(tree, people):
    return Question.objects.create(
        title="Vraag over onthaal",
        text="<p>Hoe onthalen jullie nieuwe vrijwilligers?</p>",
        author=people["member"],
        project=tree["project_a"],
    )


@pytest.fixture
def find(as_user):
    """What a visitor sees searching on a language's search page: the titles of the results,
    after checking they are in the page shown."""

    def run(q, language, who="anonymous"):
        response = as_user(who).get(search_page(language), {"q": q})
        assert response.status_code == 200
        html = response.content.decode()
        found = [strip_tags(result["title"]) for result in response.context["results"]]
        assert all(title in strip_tags(html) for title in found)
        return found

    return run


def test_the_english_search_page_is_the_one_searched():
    assert search_page("en") == "/en/zoeken/"


@postgresql_only
@pytest.mark.parametrize("q", ["formation", "bénévole", "accompagner"])
def test_a_french_page_is_found_by_other_forms_of_its_words(pages, find, q):
    assert find(q, "fr") == ["Formation"]


@postgresql_only
@pytest.mark.parametrize("q", ["workshop", "family"])
def test_an_english_page_is_found_by_other_forms_of_its_words(pages, find, q):
    assert find(q, "en") == ["Training"]


@postgresql_only
def test_dutch_is_still_stemmed_as_dutch(pages, find):
    assert find("workshops", "nl") == ["Vorming"]
    assert find("vrijwilliger", "nl") == ["Vorming"]


@postgresql_only
@pytest.mark.parametrize("language", ["fr", "en"])
def test_member_content_is_found_by_its_dutch_words_in_every_language(
    pages, question, find, language
):
    # "vrijwilliger" stemmed as French or English is not the Dutch stem of "vrijwilligers".
    assert find("vrijwilliger", language, who="member") == ["Vraag over onthaal"]
    assert find("vrijwilliger", language) == []


@pytest.mark.parametrize("language", ["fr", "en"])
def test_another_languages_search_never_finds_a_dutch_page(pages, question, find, language):
    assert sorted(find("vrijwilligers", "nl", who="member")) == ["Vorming", "Vraag over onthaal"]
    assert find("vrijwilligers", language, who="member") == ["Vraag over onthaal"]
    assert "Vorming" not in find("workshop", language)


@postgresql_only
def test_only_search_documents_are_stemmed_in_their_language(pages):
    """Pages in the admin's search keep the site's configuration, Dutch."""
    french = SearchDocument.objects.get(page=pages["fr"])
    lexemes = {
        "document": str(french.index_entries.get().body),
        "page": str(pages["fr"].index_entries.get().body),
    }
    assert "'accompagn'" in lexemes["document"]
    assert "'accompagnement'" in lexemes["page"]


@postgresql_only
def test_rebuilding_the_documents_stems_each_in_its_language(pages, question, find):
    """The rebuild after deploying indexes all languages in one batch."""
    call_command("rebuild_search_documents", stdout=StringIO())
    assert find("accompagner", "fr") == ["Formation"]
    assert find("family", "en") == ["Training"]
    assert find("vrijwilliger", "fr", who="member") == ["Vraag over onthaal"]
    assert find("vrijwilliger", "nl") == ["Vorming"]

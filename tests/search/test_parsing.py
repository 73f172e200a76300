"""On PostgreSQL the words are parsed once, by PostgreSQL itself, and every search over the
index entries gets them as a constant: never `to_tsquery` per entry tested or hit ranked."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from kenniskring.forum.models import Question
from kenniskring.models.themes import demo_themes


@pytest.fixture
def question(tree, people):
    question = Question.objects.create(
        title="Vraag over grenzen",
        text="<p>Wie kent zoekwoordontleed?</p>",
        author=people["member"],
        project=tree["project_a"],
    )
    question.themes.add(*demo_themes("grenzen"))
    return question


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's own parsing")
def test_the_words_are_parsed_once(question, as_user):
    client = as_user("partner")
    client.get("/nl/zoeken/", {"q": "zoekwoordontleed grenzen"})
    with CaptureQueriesContext(connection) as context:
        response = client.get("/nl/zoeken/", {"q": "zoekwoordontleed grenzen"})
    assert response.context["search_results"].paginator.count == 1
    parsing = [q["sql"] for q in context if "to_tsquery(" in q["sql"]]
    searching = [q["sql"] for q in context if "wagtailsearch_indexentry" in q["sql"]]
    assert len(parsing) == 1 and parsing[0] not in searching
    assert searching and all("::tsquery" in sql for sql in searching)


@pytest.mark.parametrize("q", ["the", "the and of", "zoekwoordontleed the"])
def test_stop_words_give_results_or_none_never_an_error(question, search, q):
    found = search("partner", q)
    assert found.count in (0, 1)
    assert found.count == sum(found.kinds().values()) == len(found.results)

"""The index follows themes as members change them, without redoing a thread per theme."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from kenniskring.forum.models import Question
from kenniskring.models.themes import demo_themes


def _index_writes(action):
    with CaptureQueriesContext(connection) as queries:
        action()
    return sum(
        1
        for q in queries.captured_queries
        if "search_searchdocument" in q["sql"]
        and q["sql"].lstrip().upper().startswith(("UPDATE", "INSERT"))
    )


def test_themes_added_at_once_are_indexed_at_once(search, tree, people):
    one = Question.objects.create(
        title="Eén thema",
        text="<p>Over zoekwoordthema.</p>",
        author=people["member"],
        project=tree["project_a"],
    )
    three = Question.objects.create(
        title="Drie thema's",
        text="<p>Over zoekwoordthema.</p>",
        author=people["member"],
        project=tree["project_a"],
    )
    boundaries, recruitment, impact = demo_themes("grenzen", "werving", "impact")
    writes_one = _index_writes(lambda: one.themes.add(boundaries))
    writes_three = _index_writes(lambda: three.themes.add(boundaries, recruitment, impact))
    assert writes_three == writes_one > 0

    found = search("member", "zoekwoordthema")
    themes = {t["value"]: t["count"] for t in found.facets["themes"]}
    assert themes == {"omgaan-met-grenzen": 2, "rekrutering": 1, "impact": 1}

    three.themes.remove(recruitment)
    three.themes.clear()
    found = search("member", "zoekwoordthema")
    assert {t["value"]: t["count"] for t in found.facets["themes"]} == {"omgaan-met-grenzen": 1}


def test_a_deleted_thread_stays_out_of_the_index(search, tree, people):
    question = Question.objects.create(
        title="Weg",
        text="<p>Over zoekwoordweg.</p>",
        author=people["member"],
        project=tree["project_a"],
    )
    question.themes.add(*demo_themes("grenzen", "werving"))
    assert search("member", "zoekwoordweg").count == 1
    question.delete()
    assert search("member", "zoekwoordweg").count == 0

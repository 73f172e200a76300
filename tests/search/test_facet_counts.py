"""Counts and facets come from one grouped query over the theme ids each search document
keeps: those ids follow the themes whichever way a document is written, and what is counted
stays what each visitor may read."""

import pytest
from django.core.management import call_command

from kenniskring.forum.models import Answer, Comment, Experience, Question
from kenniskring.learning.models import LearningQuestion, Reflection
from kenniskring.models import Theme
from kenniskring.models.themes import demo_themes
from search.models import SearchDocument


def themes_of(obj):
    document = SearchDocument.objects.get(source_type=obj._meta.label_lower, source_id=obj.pk)
    assert document.theme_ids == sorted(document.themes.values_list("pk", flat=True))
    return {Theme.objects.get(pk=pk).slug for pk in document.theme_ids}


def all_theme_ids():
    return dict(((d.source_type, d.source_id), d.theme_ids) for d in SearchDocument.objects.all())


def test_theme_ids_follow_the_themes(tree, people):
    a = tree["project_a"]
    question = Question.objects.create(
        title="Vraag", text="<p>tekst</p>", author=people["member"], project=a
    )
    question.themes.add(*demo_themes("grenzen", "impact"))
    answer = Answer.objects.create(
        question=question, text="<p>antwoord</p>", author=people["other_member"], project=a
    )
    assert themes_of(question) == themes_of(answer) == {"omgaan-met-grenzen", "impact"}

    question.themes.remove(*demo_themes("impact"))
    assert themes_of(question) == themes_of(answer) == {"omgaan-met-grenzen"}

    experience = Experience.objects.create(
        title="Ervaring", text="<p>tekst</p>", author=people["member"], project=a
    )
    comment = Comment.objects.create(
        experience=experience, text="<p>reactie</p>", author=people["member"], project=a
    )
    experience.themes.add(*demo_themes("diversiteit"))
    assert themes_of(experience) == themes_of(comment) == {"diversiteit"}

    learning = LearningQuestion.objects.create(project=a, question="Hoe?", explanation="Zo.")
    assert themes_of(learning) == set()
    learning.themes.add(*demo_themes("verankering"))
    assert themes_of(learning) == {"duurzame-verankering"}

    before = all_theme_ids()
    call_command("rebuild_search_documents", stdout=open("/dev/null", "w"))
    after = all_theme_ids()
    assert {key: after[key] for key in before} == before
    for document in SearchDocument.objects.prefetch_related("themes"):
        assert document.theme_ids == sorted(t.pk for t in document.themes.all())


@pytest.fixture
def themed(tree, people, assignment):
    """Themed material of project A and a private reflection of project B, one word in all."""
    a, b = tree["project_a"], tree["project_b"]
    question = Question.objects.create(
        title="Vraag", text="<p>zoekwoordthema</p>", author=people["member"], project=a
    )
    question.themes.add(*demo_themes("grenzen"))
    learning = LearningQuestion.objects.create(
        project=a, question="Hoe werven we?", explanation="zoekwoordthema"
    )
    learning.themes.add(*demo_themes("grenzen", "impact"))
    Reflection.objects.create(
        assignment=assignment,
        project=b,
        answers=[{"question": q, "answer": "zoekwoordthema"} for q in assignment.question_list],
        status=Reflection.SUBMITTED,
        visibility="project",
        version=1,
    )


def facet_counts(found):
    return {
        name: {option["value"]: option["count"] for option in found.facets.get(name, [])}
        for name in ("kinds", "themes", "regions")
    }


@pytest.mark.parametrize("who", ["anonymous", "outsider", "editor"])
def test_outsiders_count_nothing_with_any_filter(themed, search, who):
    boundaries = {"thema": "omgaan-met-grenzen"}
    for filters in ({}, boundaries, {"soort": "reflectie"}, {"regio": "noord"}):
        found = search(who, "zoekwoordthema", **filters)
        assert found.count == 0 and found.results == [], filters
        assert facet_counts(found) == {"kinds": {}, "themes": {}, "regions": {}}, filters


def test_a_member_of_another_project_counts_none_of_its_reflections(themed, search):
    member = search("member", "zoekwoordthema")
    assert member.count == 2
    assert facet_counts(member)["kinds"] == {"forumvraag": 1, "leervraag": 1}
    assert facet_counts(member)["themes"] == {"omgaan-met-grenzen": 2, "impact": 1}
    assert search("member", "zoekwoordthema", soort="reflectie").count == 0
    assert search("member", "zoekwoordthema", thema="omgaan-met-grenzen").count == 2
    assert search("member", "zoekwoordthema", thema="impact", soort="forumvraag").count == 0

    for who in ("other_member", "partner"):
        found = search(who, "zoekwoordthema")
        assert found.count == 3, who
        assert facet_counts(found)["kinds"] == {"forumvraag": 1, "leervraag": 1, "reflectie": 1}
        assert facet_counts(found)["themes"] == {"omgaan-met-grenzen": 2, "impact": 1}
        assert search(who, "zoekwoordthema", soort="reflectie").count == 1
        assert search(who, "zoekwoordthema", thema="omgaan-met-grenzen").count == 2
        # Every count is the number of results the filters give.
        for filters in ({"thema": "impact"}, {"thema": "bestaat-niet"}, {"regio": "zuid"}):
            found = search(who, "zoekwoordthema", **filters)
            assert found.count == len(found.results), (who, filters)

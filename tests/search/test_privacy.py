"""A unique word in each kind of material is found by the right people and nobody else."""

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from kenniskring.forum.models import Answer, Comment, Experience, Question
from kenniskring.learning.models import LearningQuestion
from kenniskring.models.themes import demo_themes
from tests.kenniskring_learning.fixtures import make_reflection

EVERYONE = {"anonymous", "outsider", "editor", "member", "other_member", "partner"}
MEMBERS = {"member", "other_member", "partner"}


@pytest.fixture
def material(tree, people, assignment):
    a, b = tree["project_a"], tree["project_b"]
    question = Question.objects.create(
        title="Vraag over grenzen",
        text="<p>Wie kent zoekwoordvraag?</p>",
        author=people["member"],
        project=a,
    )
    question.themes.add(*demo_themes("grenzen"))
    Answer.objects.create(
        question=question, text="<p>zoekwoordantwoord</p>", author=people["other_member"], project=b
    )
    experience = Experience.objects.create(
        title="Een ervaring", text="<p>zoekwoordervaring</p>", author=people["member"], project=a
    )
    Comment.objects.create(
        experience=experience,
        text="<p>zoekwoordreactie</p>",
        author=people["other_member"],
        project=b,
    )
    LearningQuestion.objects.create(
        project=a, question="Hoe werven we?", explanation="zoekwoordleervraag"
    )
    make_reflection(assignment, b, ["zoekwoordprive", "iets"])
    make_reflection(assignment, a, ["zoekwoordconcept", "iets"], status="draft")
    shared = assignment.__class__.objects.create(
        day=tree["day_south"], title="Gedeeld", questions="Wat?", due_date=assignment.due_date
    )
    make_reflection(shared, b, ["zoekwoordgedeeld"], visibility="kenniskring")
    day = tree["day_north"]
    day.report = "<p>zoekwoordnetwerkdag</p>"
    day.save_revision().publish()
    project = tree["project_a"]
    project.summary = "Project A en zoekwoordpubliek."
    project.save_revision().publish()
    return {"question": question, "experience": experience}


@pytest.mark.parametrize(
    ("word", "finders"),
    [
        ("zoekwoordpubliek", EVERYONE),
        ("zoekwoordnetwerkdag", MEMBERS),
        ("zoekwoordvraag", MEMBERS),
        ("zoekwoordantwoord", MEMBERS),
        ("zoekwoordervaring", MEMBERS),
        ("zoekwoordreactie", MEMBERS),
        ("zoekwoordleervraag", MEMBERS),
        ("zoekwoordgedeeld", MEMBERS),
        ("zoekwoordprive", {"other_member", "partner"}),
        ("zoekwoordconcept", set()),
    ],
)
def test_each_kind_is_found_by_the_right_people_only(material, search, word, finders):
    for who in sorted(EVERYONE):
        found = search(who, word)
        assert (word in found) == (who in finders), who
        assert found.count == (1 if who in finders else 0), who


def test_outsiders_facets_and_counts_reveal_nothing(material, search):
    # "project" is in the public profile, the forum question's author project, the reflections…
    outsider = search("outsider", "project")
    partner = search("partner", "project")
    # Public kinds only; with Dutch stemming "project" also finds the index "Projecten".
    assert "project" in outsider.kinds() and set(outsider.kinds()) <= {"project", "pagina"}
    assert outsider.count == sum(outsider.kinds().values())
    assert partner.count > outsider.count
    assert "reflectie" in partner.kinds()
    assert outsider.facets["themes"] == []
    assert "Reflectie" not in outsider.html and "Forumvraag" not in outsider.html


def test_kenniskring_without_its_restriction_stays_closed(material, search):
    PageViewRestriction.objects.all().delete()
    assert "zoekwoordnetwerkdag" not in search("anonymous", "zoekwoordnetwerkdag")
    assert "zoekwoordnetwerkdag" in search("member", "zoekwoordnetwerkdag")


@pytest.mark.parametrize("language", ["fr", "en"])
def test_other_languages_show_outsiders_nothing_of_the_kenniskring(
    material, search, tree, locales, language
):
    translated = tree["day_north"].copy_for_translation(locales[language], copy_parents=True)
    translated.title = "Journée zoekwoordvertaald"
    translated.save_revision().publish()
    for who in ("anonymous", "outsider", "editor"):
        for word in ("zoekwoordvertaald", "zoekwoordvraag", "zoekwoordgedeeld"):
            found = search(who, word, language=language)
            assert found.count == 0 and found.kinds() == {}, (who, word)
    assert "zoekwoordvertaald" in search("member", "zoekwoordvertaald", language=language)
    # Member content is the same in every language; Dutch pages stay in Dutch.
    assert "zoekwoordvraag" in search("member", "zoekwoordvraag", language=language)
    assert search("anonymous", "zoekwoordpubliek", language=language).count == 0


def test_hidden_deleted_and_edited_posts(material, search, people):
    question = material["question"]
    assert "zoekwoordantwoord" in search("partner", "zoekwoordantwoord")

    question.hidden_at = timezone.now()
    question.save(update_fields=["hidden_at"])
    for word in ("zoekwoordvraag", "zoekwoordantwoord"):
        assert search("partner", word).count == 0

    question.hidden_at = None
    question.save(update_fields=["hidden_at"])
    assert "zoekwoordantwoord" in search("partner", "zoekwoordantwoord")

    question.text = "<p>zoekwoordbewerkt</p>"
    question.save()
    assert search("member", "zoekwoordvraag").count == 0
    assert "zoekwoordbewerkt" in search("member", "zoekwoordbewerkt")

    comment = Comment.objects.get()
    comment.deleted_at = timezone.now()
    comment.save(update_fields=["deleted_at"])
    assert search("partner", "zoekwoordreactie").count == 0

    material["experience"].delete()
    assert search("partner", "zoekwoordervaring").count == 0


def test_unpublished_pages_are_not_found(material, search, tree):
    assert "zoekwoordpubliek" in search("anonymous", "zoekwoordpubliek")
    tree["project_a"].unpublish()
    for who in ("anonymous", "partner"):
        assert search(who, "zoekwoordpubliek").count == 0


def test_reflection_becomes_findable_when_shared(material, search):
    from kenniskring.learning.models import Reflection

    reflection = Reflection.objects.get(answers__0__answer="zoekwoordprive")
    assert search("member", "zoekwoordprive").count == 0
    reflection.visibility = "kenniskring"
    reflection.save()
    assert "zoekwoordprive" in search("member", "zoekwoordprive")
    reflection.status = "draft"
    reflection.save()
    assert search("partner", "zoekwoordprive").count == 0


def test_rebuilding_gives_the_same_findings(material, search):
    from django.core.management import call_command

    from search.models import SearchDocument

    before = sorted(SearchDocument.objects.values_list("source_type", "source_id", "audience"))
    SearchDocument.objects.all().delete()
    assert search("partner", "zoekwoordvraag").count == 0
    call_command("rebuild_search_documents", stdout=open("/dev/null", "w"))
    after = sorted(SearchDocument.objects.values_list("source_type", "source_id", "audience"))
    # A rebuild also takes in live pages that were never published through Wagtail (fixtures).
    assert set(before) <= set(after)
    assert "zoekwoordvraag" in search("partner", "zoekwoordvraag")
    assert search("member", "zoekwoordprive").count == 0
    assert [t["value"] for t in search("partner", "zoekwoordvraag").facets["themes"]] == [
        "omgaan-met-grenzen"
    ]

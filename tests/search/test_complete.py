"""Everything a visitor reads is found by its own words, in Dutch and in French, and only by
those who may read it: workshops and the programme, the challenge board, forum posts by
their themes' names, the documents of a network day, contact persons and partners."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.utils.html import strip_tags
from wagtail.models import PageViewRestriction

from home.models import ContactPerson, ContentPage, EventPage, Partner, ProgrammeItem, Workshop
from kenniskring.forum.models import Question
from kenniskring.learning.models import Challenge, ChallengeComment
from kenniskring.models import Theme
from kenniskring.models.themes import demo_themes
from tests.kenniskring.fixtures import publish
from tests.kenniskring_learning.fixtures import make_reflection

EVERYONE = ("anonymous", "outsider", "editor", "member", "other_member", "partner")
MEMBERS = {"member", "other_member", "partner"}


def finders(search, word, language="nl"):
    return {who for who in EVERYONE if word in search(who, word, language=language)}


def titles(found):
    return [strip_tags(result["title"]) for result in found.results]


def make_event(parent, **extra):
    event = EventPage(
        title="Studievoormiddag",
        slug=extra.pop("slug", "studievoormiddag"),
        date=datetime.date(2030, 4, 21),
        start_time=datetime.time(8, 30),
        end_time=datetime.time(13, 0),
        audience="Projecthouders",
        intro="<p>Een voormiddag over buddywerk.</p>",
        **extra,
    )
    event.workshops = [
        Workshop(
            sort_order=1,
            title="Workshop zoekwoordatelier",
            description="<p>Met de zoekwoordgezinscoach.</p>",
        )
    ]
    event.programme_items = [
        ProgrammeItem(
            sort_order=1,
            start_time=datetime.time(9, 0),
            title="Zoekwoordonthaal",
            description="<p>Koffie en zoekwoordinschrijving.</p>",
        )
    ]
    return publish(parent, event)


@pytest.mark.parametrize(
    "word",
    ["zoekwoordatelier", "zoekwoordgezinscoach", "zoekwoordonthaal", "zoekwoordinschrijving"],
)
def test_workshops_and_programme_find_their_event(search, tree, locales, word):
    event = make_event(tree["home"])
    assert finders(search, word) == set(EVERYONE)
    found = search("anonymous", word)
    assert found.results[0]["title"] == "Studievoormiddag" and found.kinds() == {"evenement": 1}
    assert search("anonymous", word, language="fr").count == 0
    translated = event.copy_for_translation(locales["fr"], copy_parents=True)
    translated.title = "Matinée études"
    translated.save_revision().publish()
    found = search("anonymous", word, language="fr")
    assert [r["title"] for r in found.results] == ["Matinée études"]


def test_a_closed_events_workshops_are_not_found_outside(search, tree):
    event = make_event(tree["home"])
    PageViewRestriction.objects.create(page=event, restriction_type=PageViewRestriction.LOGIN)
    assert "zoekwoordatelier" not in search("anonymous", "zoekwoordatelier")
    assert "zoekwoordatelier" in search("outsider", "zoekwoordatelier")


@pytest.mark.skipif(connection.vendor != "postgresql", reason="SQLite matches whole words")
def test_dutch_words_are_found_in_other_forms(search, tree):
    make_event(tree["home"])
    assert search("anonymous", "workshops").count == 1
    assert search("anonymous", "zoekwoordateliers").count == 1


@pytest.fixture
def board(tree, people):
    challenge = Challenge.objects.create(
        category=Challenge.Category.PITFALL,
        text="Buddy's haken af door zoekwoorduitdaging.",
        project=tree["project_a"],
        author=people["member"],
    )
    challenge.themes.add(*demo_themes("werving"))
    ChallengeComment.objects.create(
        challenge=challenge,
        text="Bij ons helpt een zoekwoordbordreactie.",
        project=tree["project_b"],
        author=people["other_member"],
    )
    return challenge


@pytest.mark.parametrize("language", ["nl", "fr"])
@pytest.mark.parametrize("word", ["zoekwoorduitdaging", "zoekwoordbordreactie"])
def test_the_challenge_board_is_found_by_members_only(search, board, word, language):
    assert finders(search, word, language) == MEMBERS
    found = search("member", word, language)
    assert found.results[0]["url"] == f"/{language}/kenniskring/uitdagingen/"
    # Stored in Dutch, like all member content.
    assert strip_tags(found.results[0]["title"]).startswith("Valkuil: Buddy")


def test_a_challenge_comment_carries_its_challenges_themes(search, board):
    found = search("member", "zoekwoordbordreactie")
    assert found.kinds() == {"reactie-uitdaging": 1}
    assert [t["value"] for t in found.facets["themes"]] == ["rekrutering"]
    ChallengeComment.objects.get().delete()
    assert search("member", "zoekwoordbordreactie").count == 0
    board.delete()
    assert search("member", "zoekwoorduitdaging").count == 0


def test_forum_posts_are_found_by_their_themes_in_every_language(
    search, tree, people, django_capture_on_commit_callbacks
):
    [boundaries] = demo_themes("grenzen")
    question = Question.objects.create(
        title="Zoekwoordthemavraag",
        text="<p>Hoe zeg je nee?</p>",
        author=people["member"],
        project=tree["project_a"],
    )
    question.themes.add(boundaries)
    assert "zoekwoordthemavraag" in search("member", "grenzen")
    french = Theme.objects.get(
        translation_key=boundaries.translation_key, locale__language_code="fr"
    )
    word = french.name.split()[-1]
    assert "zoekwoordthemavraag" in search("member", word, language="fr")
    assert search("anonymous", "grenzen").count == 0 and search("outsider", "grenzen").count == 0
    # A theme renamed in one language: the posts follow (through the task queue).
    french.name = "zoekwoordfrans"
    with django_capture_on_commit_callbacks(execute=True):
        french.save()
    assert "zoekwoordthemavraag" in search("member", "zoekwoordfrans", language="fr")


def test_the_documents_of_a_day_are_found_by_members_only(search, tree, locales, private_document):
    day = tree["day_north"]
    day.save_revision().publish()
    assert finders(search, "verslag") == MEMBERS
    found = search("member", "verslag")
    assert found.results[0]["title"] == "Netwerkdag Noord"
    assert found.results[0]["region"] == "Noord"
    assert "regio Noord" in found.html
    translated = day.copy_for_translation(locales["fr"], copy_parents=True)
    translated.title = "Journée Nord"
    translated.save_revision().publish()
    assert finders(search, "verslag", "fr") == MEMBERS


def test_a_contact_person_finds_the_pages_that_name_them(
    search, tree, locales, django_capture_on_commit_callbacks
):
    person = ContactPerson.objects.create(
        name="Zoekwoordpersoon Peeters", role="onderzoeker", locale=locales["nl"]
    )
    publish(tree["home"], ContentPage(title="Over ons", slug="over", contact_person=person))
    closed = publish(
        tree["home"], ContentPage(title="Gesloten", slug="dicht", contact_person=person)
    )
    PageViewRestriction.objects.create(page=closed, restriction_type=PageViewRestriction.LOGIN)
    found = search("anonymous", "zoekwoordpersoon")
    assert [r["title"] for r in found.results] == ["Over ons"]
    person.name = "Zoekwoordnieuw Peeters"
    with django_capture_on_commit_callbacks(execute=True):
        person.save()
    assert [r["title"] for r in search("anonymous", "zoekwoordnieuw").results] == ["Over ons"]
    assert search("anonymous", "zoekwoordpersoon").count == 0


def test_partners_are_found_in_their_own_language(search, tree, locales):
    Partner.objects.create(
        name="Zoekwoordpartner vzw", contribution="Begeleidt de netwerken.", locale=locales["nl"]
    )
    Partner.objects.create(
        name="Zoekwoordpartner asbl", contribution="Accompagne les réseaux.", locale=locales["fr"]
    )
    assert finders(search, "zoekwoordpartner") == set(EVERYONE)
    assert titles(search("anonymous", "zoekwoordpartner")) == ["Zoekwoordpartner vzw"]
    found = search("anonymous", "zoekwoordpartner", language="fr")
    assert titles(found) == ["Zoekwoordpartner asbl"]
    assert found.kinds() == {"partner": 1}
    Partner.objects.filter(locale=locales["fr"]).delete()
    assert search("anonymous", "zoekwoordpartner", language="fr").count == 0


def test_a_page_closed_to_the_public_is_found_by_no_outsider_in_any_language(search, tree, locales):
    page = publish(tree["home"], ContentPage(title="Open", slug="open", intro="zoekwoordopen"))
    translated = page.copy_for_translation(locales["fr"], copy_parents=True)
    translated.save_revision().publish()
    moved = publish(tree["home"], ContentPage(title="Weg", slug="weg", intro="zoekwoordweg"))
    for language in ("nl", "fr"):
        assert search("anonymous", "zoekwoordopen", language=language).count == 1
    # A restriction on the source page holds for its translations (kenniskring.signals).
    closed = PageViewRestriction.objects.create(page=page, restriction_type="groups")
    closed.groups.add(Group.objects.get(name="Kenniskring"))
    moved.move(tree["kenniskring"], pos="last-child")
    for word in ("zoekwoordopen", "zoekwoordweg"):
        for language in ("nl", "fr"):
            for who in ("anonymous", "outsider"):
                found = search(who, word, language=language)
                assert found.count == 0 and found.kinds() == {}, (who, language, found.results)
        assert search("member", word).count == 1


def test_a_misspelt_word_gets_a_suggestion_from_public_words_only(search, tree, people):
    make_event(tree["home"])
    Question.objects.create(
        title="Ledenvraag",
        text="<p>zoekwoordgeheimpje</p>",
        author=people["member"],
        project=tree["project_a"],
    )
    found = search("anonymous", "zoekwoordateleir")
    assert found.count == 0
    assert found.response.context["suggestion"] == "zoekwoordatelier"
    assert "Bedoelde je “zoekwoordatelier”?" in found.html
    assert search("anonymous", "zoekwoordatelier").response.context["suggestion"] == ""
    for who in ("anonymous", "member"):
        found = search(who, "zoekwoordgeheimpie")
        assert "zoekwoordgeheimpje" not in found.html, who


def test_a_member_who_leaves_a_project_stops_finding_its_material_at_once(
    search, tree, people, assignment
):
    make_reflection(assignment, tree["project_a"], ["zoekwoordeigen", "iets"])
    assert search("member", "zoekwoordeigen").count == 1
    member = people["member"].kenniskring_member
    member.project = tree["project_b"]
    member.save()
    for language in ("nl", "fr"):
        found = search("member", "zoekwoordeigen", language=language)
        assert found.count == 0 and found.kinds() == {}

"""One vocabulary of themes: a theme's page shows each visitor what they may see, in their
language; members pick themes from the list and suggest new ones, which wait for an editor."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from kenniskring.forum.models import Experience, Question
from kenniskring.learning.models import Challenge, LearningQuestion
from kenniskring.models import Theme
from kenniskring.models.themes import demo_themes

pytestmark = pytest.mark.django_db

ADDRESS = "/nl/themas/omgaan-met-grenzen/"


@pytest.fixture
def on_boundaries(tree, people):
    """Project A's forum question, experience, learning question and challenge on a theme,
    and a hidden question on it that nobody sees listed."""
    [boundaries] = demo_themes("omgaan met grenzen")
    a = tree["project_a"]
    made = {
        "question": Question.objects.create(
            title="Zoekwoord geld lenen?", text="<p>.</p>", author=people["member"], project=a
        ),
        "experience": Experience.objects.create(
            title="Zoekwoord een grens gezet", text="<p>.</p>", author=people["member"], project=a
        ),
        "learning": LearningQuestion.objects.create(project=a, question="Zoekwoord afstand?"),
        "challenge": Challenge.objects.create(
            category="pitfall", text="Zoekwoord te veel willen", project=a
        ),
        "hidden": Question.objects.create(
            title="Zoekwoord verborgen",
            text="<p>.</p>",
            author=people["member"],
            project=a,
            hidden_at=timezone.now(),
        ),
    }
    for item in made.values():
        item.themes.set([boundaries])
    return made


@pytest.mark.parametrize("who", ["anonymous", "outsider", "editor"])
def test_outsiders_see_none_of_the_kenniskring_on_a_theme_page(as_user, on_boundaries, who):
    response = as_user(who).get(ADDRESS)
    assert response.status_code == 200
    html = response.content.decode()
    assert "omgaan met grenzen" in html.lower()
    assert "Zoekwoord" not in html
    assert 'id="section-forum"' not in html and 'id="section-learning"' not in html


@pytest.mark.parametrize("who", ["member", "other_member", "partner"])
def test_members_of_any_project_and_partners_see_what_is_shared_with_the_kenniskring(
    as_user, on_boundaries, who
):
    response = as_user(who).get(ADDRESS)
    html = response.content.decode()
    for shown in ("geld lenen", "een grens gezet", "afstand?", "te veel willen"):
        assert f"Zoekwoord {shown}" in html, (who, shown)
    assert "Zoekwoord verborgen" not in html
    assert "no-store" in response["Cache-Control"]


def test_a_theme_page_shows_the_theme_in_the_visitors_language(as_user, on_boundaries):
    html = as_user("member").get(ADDRESS.replace("/nl/", "/fr/")).content.decode()
    assert "<h1>Gérer les limites</h1>" in html
    assert "Zoekwoord geld lenen?" in html
    assert as_user("member").get("/en" + ADDRESS[3:]).context["theme"].label == (
        "dealing with boundaries"
    )


def test_unaccepted_and_unknown_themes_have_no_page(as_user, tree):
    Theme.objects.create(
        name="voorstel", slug="voorstel", accepted=False, locale=tree["home"].locale
    )
    assert as_user("member").get("/nl/themas/voorstel/").status_code == 404
    assert as_user("member").get("/nl/themas/bestaat-niet/").status_code == 404


def test_a_theme_page_costs_the_same_for_3_items_as_for_60(as_user, tree, people):
    [boundaries] = demo_themes("grenzen")
    client = as_user("partner")

    def add(count):
        for number in range(count):
            question = Question.objects.create(
                title=f"Vraag {number}",
                text="<p>.</p>",
                author=people["member"],
                project=tree["project_a"],
            )
            question.themes.add(boundaries)
            LearningQuestion.objects.create(
                project=tree["project_a"], question=f"Leervraag {number}"
            ).themes.add(boundaries)

    def queries():
        client.get(ADDRESS)
        with CaptureQueriesContext(connection) as context:
            assert client.get(ADDRESS).status_code == 200
        return len(context)

    add(3)
    few = queries()
    add(57)
    assert queries() == few


def test_member_picks_themes_from_the_list_and_suggests_one_that_waits(as_user, people):
    boundaries, impact = demo_themes("grenzen", "impact")
    client = as_user("member")
    form = client.get("/nl/kenniskring/forum/vragen/nieuw/").context["form"]
    offered = list(form.fields["themes"].queryset)
    assert boundaries in offered and impact in offered
    # Only the Dutch rows are offered (one per theme), named in the visitor's language.
    assert all(theme.locale.language_code == "nl" for theme in offered)
    french = client.get("/fr/kenniskring/forum/vragen/nieuw/").context["form"]
    labels = [label for _value, label in french.fields["themes"].choices]
    assert "gérer les limites" in labels

    response = client.post(
        "/nl/kenniskring/forum/vragen/nieuw/",
        {
            "title": "Hoe dichtbij mag een buddy komen?",
            "text": "Graag ervaringen.",
            "themes": [boundaries.pk],
            "new_theme": "  nabijheid ",
            "form_token": form.initial["form_token"],
        },
    )
    assert response.status_code == 302
    question = Question.objects.get()
    suggestion = Theme.objects.get(name="nabijheid")
    assert not suggestion.accepted and suggestion.suggested_by == people["member"]
    assert set(question.themes.all()) == {boundaries, suggestion}
    # Not offered to the next member, not shown on the question until an editor accepts it.
    other = as_user("other_member").get("/nl/kenniskring/forum/vragen/nieuw/")
    assert suggestion not in other.context["form"].fields["themes"].queryset
    assert "nabijheid" not in as_user("member").get(question.get_absolute_url()).content.decode()
    Theme.objects.filter(pk=suggestion.pk).update(accepted=True)
    assert "nabijheid" in as_user("member").get(question.get_absolute_url()).content.decode()


def test_a_theme_not_in_the_list_is_refused_next_to_the_field(as_user):
    suggestion = Theme.objects.create(
        name="nog niet", slug="nog-niet", accepted=False, locale=demo_themes("impact")[0].locale
    )
    client = as_user("member")
    form = client.get("/nl/kenniskring/forum/vragen/nieuw/").context["form"]
    response = client.post(
        "/nl/kenniskring/forum/vragen/nieuw/",
        {
            "title": "Een vraag",
            "text": "Wat ik typte.",
            "themes": [suggestion.pk],
            "form_token": form.initial["form_token"],
        },
    )
    assert response.status_code == 200
    assert "Wat ik typte." in response.content.decode()
    assert response.context["form"].errors["themes"]
    assert not Question.objects.exists()


def test_a_partner_accepts_a_members_suggestion_and_nobody_else_can(as_user, people):
    locale = demo_themes("impact")[0].locale
    suggestion = Theme.objects.create(
        name="nabijheid", accepted=False, locale=locale, suggested_by=people["member"]
    )
    address = "/nl/kenniskring/themavoorstellen/"
    anonymous = as_user("anonymous").get(address)
    assert anonymous.status_code == 302 and "/inloggen/" in anonymous["Location"]
    for who in ("member", "other_member", "outsider"):
        client = as_user(who)
        assert client.get(address).status_code == 403, who
        assert client.post(address, {"theme": suggestion.pk}).status_code == 403, who
    suggestion.refresh_from_db()
    assert not suggestion.accepted

    partner = as_user("partner")
    listing = partner.get(address).content.decode()
    assert "nabijheid" in listing and "Aanvaard nabijheid" in listing
    done = partner.post(address, {"theme": suggestion.pk}, follow=True)
    assert "staat nu in de lijst voor iedereen" in done.content.decode()
    suggestion.refresh_from_db()
    assert suggestion.accepted
    # Offered to members from now on; the list of suggestions is empty again.
    form = as_user("other_member").get("/nl/kenniskring/forum/vragen/nieuw/").context["form"]
    assert suggestion in form.fields["themes"].queryset
    partner = as_user("partner")  # one test client: log the partner in again
    assert "Er wachten geen voorstellen." in partner.get(address).content.decode()
    # An accepted theme (or one that does not exist) cannot be accepted again.
    assert partner.post(address, {"theme": suggestion.pk}).status_code == 404

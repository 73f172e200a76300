"""The kenniskring brings its own look: its pages link the plug-in's component stylesheet
(in Kennisplein and in the minimal host, which runs these tests too), the stylesheet is there
to serve, and the living style page shows every component to editors only."""

import pytest
from django.contrib.staticfiles import finders

pytestmark = pytest.mark.django_db

STYLESHEET = "/static/kenniskring/components.css"
STYLE_GUIDE = "/nl/kenniskring/stijlgids/"


def test_the_plugins_stylesheet_is_served_from_its_static_namespace():
    path = finders.find("kenniskring/components.css")
    assert path and "/kenniskring/static/kenniskring/" in path.replace("\\", "/")
    rules = open(path, encoding="utf-8").read()
    # Every class of the plug-in's components has its prefix, so a host's own rules are safe.
    for component in ("kk-button", "kk-actions", "kk-badge", "kk-cards", "kk-table", "kk-post"):
        assert f".{component}" in rules


@pytest.mark.parametrize(
    "address", ["/nl/kenniskring/forum/", "/nl/kenniskring/reflecties/", "/nl/kenniskring/"]
)
def test_member_pages_link_the_components_stylesheet_once(as_user, address):
    response = as_user("member").get(address)
    assert response.status_code == 200
    assert response.content.decode().count(f'href="{STYLESHEET}"') == 1


def test_forum_actions_are_a_menu_without_bullets_and_answers_are_set_apart(as_user, people):
    from kenniskring.forum.models import Answer, Question

    question = Question.objects.create(
        title="Hoe vinden we buddy's?", text="<p>Tips?</p>", author=people["member"]
    )
    Answer.objects.create(question=question, text="<p>Via de school.</p>", author=people["partner"])
    html = as_user("member").get(question.get_absolute_url()).content.decode()
    assert html.count('class="post-actions kk-actions"') == 2  # the question's and the answer's
    assert html.count('class="forum-answer kk-post"') == 1
    assert 'class="kk-button kk-button--secondary" aria-pressed="false">Nuttig</button>' in html


@pytest.mark.parametrize("who", ["anonymous", "outsider", "member", "partner"])
def test_the_style_page_is_not_for_visitors_or_members(as_user, who):
    assert as_user(who).get(STYLE_GUIDE).status_code == 404


def test_the_style_page_shows_editors_every_component(as_user):
    response = as_user("editor").get(STYLE_GUIDE)
    assert response.status_code == 200
    html = response.content.decode()
    for component in (
        'class="kk-page-header"',
        'class="kk-breadcrumb"',
        'class="kk-button kk-button--danger"',
        'class="kk-button-group"',
        'class="kk-actions"',
        'class="kk-badge kk-badge--waiting"',
        'class="kk-badge kk-badge--missing"',
        'class="kk-cards"',
        'class="kk-card__image"',
        'class="kk-table"',
        "kk-field--error",
        'class="form-field__help kk-field__help"',
        'class="kk-message kk-message--error"',
        'class="kk-empty"',
        'class="pagination kk-pagination"',
        'class="kk-timeline"',
    ):
        assert component in html, component
    assert f'href="{STYLESHEET}"' in html


def test_the_style_page_is_open_while_debugging(as_user, settings):
    settings.DEBUG = True
    assert as_user("anonymous").get(STYLE_GUIDE).status_code == 200

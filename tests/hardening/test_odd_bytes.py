"""Odd bytes are bad input, never a 500: every address of the site with control characters,
invalid UTF-8 or over-long values in its parameters and query string, and every form a
member fills in with control characters in its fields (run on PostgreSQL too, where NUL in
text is refused by the database)."""

import re
from html.parser import HTMLParser

import pytest
from django.urls import URLResolver, get_resolver, reverse

from kenniskring.forum.models import Question
from kenniskring.input import TAG_MAX_LENGTH, TAGS_MAX_COUNT
from kenniskring.models.themes import demo_themes

PARAMETER = re.compile(r"<(?:(?P<converter>\w+):)?(?P<name>\w+)>")
QUERY_NAMES = ["thema", "regio", "q", "page", "next", "soort", "open", "dataset", "token"]


def url_routes():
    """Every route of the site's resolver with `<converter:name>` parameters; the few regular
    expressions (Wagtail's page serving, documents) are written as routes here."""
    routes = []

    def walk(patterns, prefix):
        for pattern in patterns:
            route = prefix + str(pattern.pattern)
            if isinstance(pattern, URLResolver):
                walk(pattern.url_patterns, route)
            else:
                routes.append(route)

    walk(get_resolver().url_patterns, "")
    plain = sorted({route.replace("^", "") for route in routes if "(" not in route})
    return plain + ["documents/<int:id>/<str:name>", "nl/<str:slug>/", "admin/<str:path>/"]


def address(route, value):
    return PARAMETER.sub(value, route.removesuffix("$"))


@pytest.fixture
def member_client(client, world):
    client.force_login(world["member"])
    return client


def test_no_address_gives_a_500_for_odd_bytes(client, world):
    """One small world, every route: control characters are refused before any view runs
    (but the search page's, which cleans its query);
    invalid UTF-8, direction overrides and over-long values reach the views, which cope."""
    client.force_login(world["member"])
    nul_query = "&".join(f"{name}=%00%01" for name in QUERY_NAMES)
    long_value = "%E2%80%AE" + "x" * 300 + "%FF"
    long_query = "&".join(f"{name}={long_value}" for name in QUERY_NAMES)
    statuses = {}
    for route in url_routes():
        statuses[route, "control"] = client.get(f"/{address(route, '%00%1F')}?{nul_query}")
        statuses[route, "long"] = client.get(f"/{address(route, long_value)}?{long_query}")
    assert len(statuses) > 800
    assert {key for key, response in statuses.items() if response.status_code >= 500} == set()
    # The search page takes control characters out of its query itself: results or none.
    search = {key for key in statuses if key[0].endswith("zoeken/")}
    assert search and all(statuses[key].status_code == 200 for key in search)
    assert {key for key, response in statuses.items() if key[1] == "control"} - search == {
        key for key, response in statuses.items() if response.status_code == 400
    } - {key for key, response in statuses.items() if key[1] == "long"}


@pytest.mark.parametrize(
    "path",
    [
        "/nl/agenda/%00.ics",
        "/nl/kenniskring/forum/?thema=%00",
        "/nl/kenniskring/ervaringen/?regio=%00",
    ],
)
def test_a_nul_in_the_address_is_a_bad_request_also_anonymously(client, world, path):
    response = client.get(path)
    assert response.status_code == 400


class Forms(HTMLParser):
    """The POST forms of a page: their action and the names of their fields with a value."""

    def __init__(self):
        super().__init__()
        self.forms = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and attrs.get("method", "").lower() == "post":
            self.forms.append({"action": attrs.get("action") or "", "fields": {}, "text": []})
        elif self.forms and tag in {"input", "textarea", "select"} and attrs.get("name"):
            form = self.forms[-1]
            kind = attrs.get("type", "text" if tag != "select" else "select")
            if tag == "textarea" or kind in {"text", "email", "search", "password", "url"}:
                form["text"].append((attrs["name"], "textarea" if tag == "textarea" else kind))
            elif kind in {"radio", "checkbox"}:
                form["fields"].setdefault(attrs["name"], attrs.get("value", "on"))
            elif kind not in {"file", "submit", "select"}:
                form["fields"][attrs["name"]] = attrs.get("value", "")
            elif kind == "submit":
                form["fields"].setdefault(attrs["name"], attrs.get("value", ""))


def form_pages(world):
    learning = "kenniskring_learning"
    forum = "kenniskring_forum"
    return [
        ("member", reverse(f"{learning}:write", args=[world["assignment"].pk])),
        ("member", reverse(f"{learning}:learning_questions")),
        ("member", reverse(f"{learning}:challenges")),
        ("member", reverse(f"{learning}:impact", args=[world["start"].pk, "project-a"])),
        ("member", reverse(f"{forum}:question_create")),
        ("member", reverse(f"{forum}:question", args=[world["question"].pk])),
        ("member", reverse(f"{forum}:experience_create")),
        ("member", reverse(f"{forum}:edit", args=["vraag", world["question"].pk])),
        ("member", reverse(f"{forum}:report", args=["vraag", world["question"].pk])),
        ("member", reverse(f"{forum}:preferences")),
        ("member", reverse("kenniskring:host_offers")),
        ("member", reverse("kenniskring:my_language")),
        ("partner", reverse(f"{learning}:assignment_add")),
        ("partner", reverse(f"{learning}:export")),
        ("anonymous", reverse("kenniskring:login")),
        ("anonymous", reverse("kenniskring:password_reset")),
    ]


def test_every_form_refuses_control_characters_with_a_message_next_to_the_field(client, world):
    posted = 0
    for who, page in form_pages(world):
        client.logout()
        if world[who] is not None:
            client.force_login(world[who])
        response = client.get(page)
        assert response.status_code == 200, page
        parser = Forms()
        parser.feed(response.content.decode())
        for form in parser.forms:
            for name, kind in form["text"]:
                data = dict(form["fields"])
                data.update({other: "Gewoon" for other, _ in form["text"]})
                data[name] = "Tekst\x01met\x1fcontrole"
                target = form["action"] or page
                response = client.post(target, data)
                posted += 1
                assert response.status_code == 200, (target, name, response.status_code)
                text = response.content.decode()
                assert "onzichtbare controletekens" in text, (target, name)
                if kind != "password":
                    assert "Tekst\x01met\x1fcontrole" in text, (target, name)
                response = client.post(target, {**data, name: "Tekst\x00"})
                assert response.status_code == 400, (target, name)
    assert posted > 20
    assert Question.objects.count() == 1


def test_tags_are_bounded_in_length_and_number(client, world):
    client.force_login(world["member"])
    create = reverse("kenniskring_forum:question_create")
    data = {"title": "Een vraag", "text": "Wat doen jullie?"}

    themes = [theme.pk for theme in demo_themes(*(f"t{n}" for n in range(TAGS_MAX_COUNT + 1)))]
    response = client.post(create, {**data, "themes": themes})
    assert response.status_code == 200
    assert f"Kies hoogstens {TAGS_MAX_COUNT} thema" in response.content.decode()

    response = client.post(create, {**data, "new_theme": "x" * (TAG_MAX_LENGTH + 1)})
    assert response.status_code == 200
    assert f"hoogstens {TAG_MAX_LENGTH} tekens" in response.content.decode()
    assert "Wat doen jullie?" in response.content.decode()
    assert Question.objects.count() == 1

    response = client.post(create, {**data, "themes": themes[:TAGS_MAX_COUNT]})
    assert response.status_code == 302
    assert Question.objects.get(title="Een vraag").themes.count() == TAGS_MAX_COUNT

import pytest

from kenniskring.forum.cleaning import clean_html
from kenniskring.forum.models import Question

from .conftest import url

HOSTILE = [
    "<script>alert('x')</script>Hallo",
    "<scr<script>ipt>alert('x')</script>Hallo",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>Hallo",
    '<p onclick="alert(1)" onmouseover="alert(2)">Hallo</p>',
    '<img src=x onerror="alert(1)">Hallo',
    '<svg onload="alert(1)"><script>alert(1)</script></svg>Hallo',
    '<a href="javascript:alert(1)">Hallo</a>',
    '<a href="JaVaScRiPt:alert(1)">Hallo</a>',
    '<a href="javascript&colon;alert(1)">Hallo</a>',
    '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;:alert(1)">Hallo</a>',
    '<a href="jav&#x09;ascript:alert(1)">Hallo</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">Hallo</a>',
    '<iframe src="https://evil.example"></iframe>Hallo',
    "<style>body{display:none}</style>Hallo",
    '<a href="https://ok.example" style="position:fixed" target="_blank">Hallo</a>',
    "<!--<script>alert(1)</script>-->Hallo",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style>"
    "</mglyph></table></mtext></math>Hallo",
]


@pytest.mark.parametrize("hostile", HOSTILE)
def test_hostile_input_loses_everything_dangerous(hostile):
    cleaned = clean_html(hostile).lower()
    assert "hallo" in cleaned
    for bad in (
        "<script",
        "javascript",
        "data:",
        "onerror",
        "onclick",
        "onload",
        "onmouseover",
        "<iframe",
        "<style",
        "style=",
        "<img",
        "<svg",
        "target=",
    ):
        assert bad not in cleaned


def test_allowed_formatting_stays_and_links_get_rel():
    cleaned = clean_html(
        "<p><strong>vet</strong> <b>b</b> <em>schuin</em> <i>i</i></p>"
        "<ul><li>een</li></ul><ol><li>twee</li></ol>"
        '<a href="https://www.odisee.be">Odisee</a>'
    )
    assert "<strong>vet</strong>" in cleaned and "<em>schuin</em>" in cleaned
    assert "<ul><li>een</li></ul>" in cleaned and "<ol><li>twee</li></ol>" in cleaned
    assert '<a href="https://www.odisee.be" rel="nofollow noopener">Odisee</a>' in cleaned


def test_plain_text_becomes_paragraphs():
    assert clean_html("Eerste regel\ntweede\n\nNieuwe alinea") == (
        "<p>Eerste regel<br>tweede</p><p>Nieuwe alinea</p>"
    )


@pytest.mark.django_db
def test_hostile_post_is_cleaned_before_storing_and_again_when_shown(as_user, people):
    client = as_user("member")
    client.post(
        url("question_create"),
        {"title": "<b>Titel</b>", "text": '<p onclick="x()">Vraag</p><script>steel()</script>'},
    )
    question = Question.objects.get()
    assert question.text == "<p>Vraag</p>"
    # A row that reached the database some other way is cleaned on the way out too.
    Question.objects.filter(pk=question.pk).update(
        text='<p>Oud</p><script>steel()</script><a href="javascript:x()">link</a>'
    )
    page = client.get(question.get_absolute_url()).content.decode()
    assert "steel()" not in page and "javascript:x()" not in page
    assert "&lt;b&gt;Titel&lt;/b&gt;" in page  # titles are plain text, escaped


@pytest.mark.parametrize(
    "typed, expected",
    [
        (
            "Zie https://www.odisee.be/buddy.",
            '<p>Zie <a href="https://www.odisee.be/buddy" rel="nofollow noopener">'
            "https://www.odisee.be/buddy</a>.</p>",
        ),
        (
            "Of www.samvzw.be (de site)",
            '<p>Of <a href="https://www.samvzw.be" rel="nofollow noopener">www.samvzw.be</a>'
            " (de site)</p>",
        ),
        (
            "https://x.example/?a=1&b=2",
            '<p><a href="https://x.example/?a=1&amp;b=2" rel="nofollow noopener">'
            "https://x.example/?a=1&amp;b=2</a></p>",
        ),
        # An address that already is a link stays one link.
        (
            '<p><a href="https://www.odisee.be">https://www.odisee.be</a></p>',
            '<p><a href="https://www.odisee.be" rel="nofollow noopener">'
            "https://www.odisee.be</a></p>",
        ),
        # Text that only looks like a scheme is not made into a link.
        ("javascript:alert(1) en data:text/html", "<p>javascript:alert(1) en data:text/html</p>"),
    ],
)
def test_pasted_addresses_become_links(typed, expected):
    assert clean_html(typed) == expected


def test_cleaning_twice_changes_nothing():
    once = clean_html("Een regel\nmet https://www.odisee.be en <strong>vet</strong>")
    assert clean_html(once) == once


@pytest.mark.django_db
def test_an_answer_written_without_javascript_gets_paragraphs_and_a_link(as_user, question, people):
    """The answer form is a plain text area without JavaScript; what the member typed
    (line breaks, an address) comes out as paragraphs and a link, without any tag typed."""
    client = as_user("member")
    form = client.get(question.get_absolute_url()).content.decode()
    assert "&lt;strong&gt;" not in form and "<strong>vet</strong>" not in form
    assert "Met de knoppen maak je tekst vet of cursief" in form
    client.post(
        question.get_absolute_url(),
        {"text": "Wij doen het zo.\nKijk op https://www.odisee.be\n\nSucces!"},
    )
    answer = question.answers.get()
    assert answer.text == (
        "<p>Wij doen het zo.<br>Kijk op "
        '<a href="https://www.odisee.be" rel="nofollow noopener">https://www.odisee.be</a></p>'
        "<p>Succes!</p>"
    )
    page = client.get(question.get_absolute_url()).content.decode()
    assert '<a href="https://www.odisee.be" rel="nofollow noopener">' in page

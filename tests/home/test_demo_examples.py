"""What the demo makes up is marked as an example where a person reads it (issue 19,
docs/content.md section 2): the regional days, the national days' hours, what demo projects
wrote in the forum and the learning tools, the start day's challenges, the host offer and the
start day's report; the clips describe their theme without inventing what the clip shows."""

import pytest
from django.contrib.auth import get_user_model
from django.utils.html import escape

BADGE = 'class="demo-badge">'


@pytest.fixture
def member(demo_site, client):
    client.force_login(get_user_model().objects.get(username="lid"))
    return client


def page_text(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def test_regional_days_say_their_details_are_examples_and_national_days_their_hours(member):
    from kenniskring.models import NetworkDayPage

    days = NetworkDayPage.objects.filter(locale__language_code="nl")
    regional = days.filter(moment="").first()
    html = page_text(member, regional.url)
    assert f"{BADGE}voorbeelddag</span>" in html
    assert "uren, gastproject, plaats en programma van deze dag zijn een voorbeeld" in html
    region = page_text(member, regional.get_parent().url)
    assert f"{BADGE}voorbeelddag</span>" in region
    assert "de indeling en de namen van de drie regio" in region
    assert "(voorbeeld)" in regional.get_admin_display_title()

    start = days.get(moment=NetworkDayPage.START)
    assert "de uren van deze dag zijn een voorbeeld" in page_text(member, start.url)
    end = days.get(moment=NetworkDayPage.END)  # 08:30-13:00, as the sources say
    html = page_text(member, end.url)
    assert "een voorbeeld." not in html and "voorbeelddag" not in html

    french = NetworkDayPage.objects.filter(locale__language_code="fr", moment="").first()
    assert french.example_details == NetworkDayPage.EXAMPLE_DAY  # one fact in every language


def test_what_demo_projects_wrote_is_marked_and_a_real_projects_text_is_not(member):
    from kenniskring.forum.models import Question
    from kenniskring.learning.models import Challenge

    question = Question.objects.filter(project__is_demo=True).first()
    html = page_text(member, f"/nl/kenniskring/forum/vragen/{question.pk}/")
    assert f"{BADGE}voorbeeld</span>" in html
    for url in (
        "/nl/kenniskring/forum/",
        "/nl/kenniskring/leervragen/",
        "/nl/kenniskring/uitdagingen/",
        "/nl/kenniskring/gastheer-worden/",
        "/nl/kenniskring/reflecties/",  # the assignments of made-up days
    ):
        assert f"{BADGE}voorbeeld</span>" in page_text(member, url), url

    challenge = Challenge.objects.filter(is_example=True).first()
    Challenge.objects.filter(is_example=True).exclude(pk=challenge.pk).delete()
    Challenge.objects.filter(pk=challenge.pk).update(is_example=False)
    html = page_text(member, "/nl/kenniskring/uitdagingen/")
    assert escape(challenge.text) in html
    item = html.split(escape(challenge.text), 1)[1].split("</p>", 1)[0]
    assert "voorbeeld" not in item


def test_the_clips_do_not_say_what_they_show_and_their_questions_are_the_sites(demo_site, client):
    from home.models import KnowledgeClipPage

    for clip in KnowledgeClipPage.objects.live():
        html = page_text(client, clip.url)
        for invented in ("vertellen", "De clip toont", "racontent", "montre", "tell", "shows"):
            assert invented not in clip.text, (clip.url, invented)
        assert clip.discussion_questions and 'class="page-meta"' in html
    html = page_text(client, "/nl/")
    assert "heel Vlaanderen" not in html and "drie regionale netwerken" in html


def test_the_start_days_sign_ups_and_the_halfway_votes_of_demo_projects_are_marked(
    demo_site, client
):
    from kenniskring.models import Attendance, BuddyProjectPage, NetworkDayPage, Theme, ThemeVote

    client.force_login(get_user_model().objects.get(username="partner"))
    days = NetworkDayPage.objects.filter(locale__language_code="nl")
    start = days.get(moment=NetworkDayPage.START)
    html = page_text(client, f"{start.url}aanwezigheden/")
    rows = html.split("<tbody>", 1)[1].split("</tbody>", 1)[0].split("<tr>")[1:]
    assert len(rows) == Attendance.objects.filter(day=start).count() > 0
    for row in rows:
        assert f"{BADGE}voorbeeld</span>" in row and "Eerste deelnemer (voorbeeld)" in row

    halfway = days.get(moment=NetworkDayPage.HALFWAY)
    html = page_text(client, f"{halfway.url}themas/")
    assert f"{BADGE}2 voorbeelden</span>" in html  # "grenzen": both demo projects chose it

    # A real project's vote is counted and not marked.
    real = BuddyProjectPage.objects.filter(locale__language_code="nl").first()
    BuddyProjectPage.objects.filter(pk=real.pk).update(is_demo=False)
    ThemeVote.objects.filter(day=halfway).delete()
    ThemeVote.objects.create(day=halfway, project=real, theme=Theme.objects.offered().first())
    tally = page_text(client, f"{halfway.url}themas/").split("<tbody>", 1)[1]
    assert '<td data-label="Projecten">1</td>' in tally and "voorbeeld" not in tally

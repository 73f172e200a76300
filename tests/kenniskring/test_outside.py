"""On the whole Kennisplein site: the demo, and nothing of the kenniskring reaches outsiders."""

import datetime

import pytest
from wagtail.models import Page, PageViewRestriction

from kenniskring.access import exclude_kenniskring
from kenniskring.models import (
    Attendance,
    BuddyProjectPage,
    CalendarToken,
    KenniskringPage,
    Member,
    NetworkDayPage,
    Region,
    RegionPage,
)


@pytest.fixture
def site(demo_site):
    return demo_site


def test_demo_builds_the_kenniskring(site, django_user_model):
    assert Region.objects.count() == 3
    for language in ("nl", "fr", "en"):  # translated in French and English too
        in_language = BuddyProjectPage.objects.filter(locale__language_code=language)
        assert in_language.filter(is_demo=True).count() == 28
        assert RegionPage.objects.filter(locale__language_code=language).count() == 3
        # Dutch has one more per region: the invented day in the future, to try signing up.
        expected = 24 if language == "nl" else 21
        assert NetworkDayPage.objects.filter(locale__language_code=language).count() == expected
    assert sorted(set(BuddyProjectPage.objects.values_list("region__slug", flat=True))) == [
        "antwerpen-limburg",
        "brussel-vlaams-brabant",
        "oost-west-vlaanderen",
    ]
    days = NetworkDayPage.objects.filter(locale__language_code="nl")
    examples = days.filter(slug="voorbeelddag")
    assert len({example.get_parent().pk for example in examples}) == 3
    for example in examples:
        assert example.date > datetime.date.today() and example.date_is_example
        assert example.title.startswith("Voorbeelddag") and example.sign_up_open
    days = days.exclude(slug="voorbeelddag")
    assert days.filter(moment="").count() == 18
    assert sorted(days.exclude(moment="").values_list("date", flat=True)) == [
        datetime.date(2019, 6, 25),
        datetime.date(2020, 9, 24),
        datetime.date(2022, 4, 21),
    ]
    hosts = days.filter(moment="").values_list("host_project", flat=True)
    assert len(set(hosts)) == 18  # the host rotates
    lid = Member.objects.get(user__username="lid")
    lid2 = Member.objects.get(user__username="lid2")
    assert lid.project != lid2.project
    assert Member.objects.get(user__username="partner").is_partner
    assert CalendarToken.objects.filter(user__username="lid").exists()
    assert Attendance.objects.exists()
    kenniskring = KenniskringPage.objects.get(locale__language_code="nl")
    assert kenniskring.get_parent().specific.__class__.__name__ == "HomePage"
    assert kenniskring.view_restrictions.exists()


def test_demo_runs_twice_without_adding_anything(site):
    from django.core.management import call_command

    before = Page.objects.count(), Member.objects.count(), Attendance.objects.count()
    call_command("load_demo_content", force=True, stdout=open("/dev/null", "w"))
    assert (Page.objects.count(), Member.objects.count(), Attendance.objects.count()) == before


def _outsider_views(client):
    home = client.get("/nl/").content.decode()
    sitemap = client.get("/sitemap.xml").content.decode()
    search = "".join(
        client.get("/nl/zoeken/", {"q": q}).content.decode()
        for q in ("netwerkdag", "regio", "startdag", "kenniskring")
    )
    projects = client.get("/nl/projecten/").content.decode()
    return home, sitemap, search, projects


def test_nothing_of_the_kenniskring_in_menu_sitemap_search_or_listings(site, client):
    home, sitemap, search, projects = _outsider_views(client)
    for text in (home, sitemap, search, projects):
        # The plug-in's stylesheet (/static/kenniskring/) is no address of the kenniskring.
        text = text.replace("/static/kenniskring/", "/static/")
        assert "/kenniskring/" not in text.replace('href="/nl/kenniskring/"', "")
        assert "Netwerkdag 1" not in text and "Halfwegdag" not in text
    assert "/nl/projecten/samen-op-stap/" in sitemap
    assert "Samen op Stap" in projects


def test_sitemap_stays_closed_without_the_restriction(site, client):
    PageViewRestriction.objects.all().delete()
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "/kenniskring/" not in sitemap


def test_exclude_kenniskring_removes_the_whole_subtree(site):
    pages = exclude_kenniskring(Page.objects.all())
    assert not pages.type(NetworkDayPage).exists()
    assert not pages.type(KenniskringPage).exists()
    assert pages.type(BuddyProjectPage).count() == 3 * 28  # public, in every language
    assert not pages.type(RegionPage).exists()


def test_kenniskring_404_and_login_pages_show_nothing_inside(site, client):
    response = client.get("/nl/kenniskring/bestaat-niet/")
    assert response.status_code == 404
    login = client.get("/nl/kenniskring/antwerpen-limburg/", follow=True)
    assert "Netwerkdag" not in login.content.decode()

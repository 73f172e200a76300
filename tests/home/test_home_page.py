from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from wagtail.models import Locale, Page, Site

from home.demo import facts
from home.models import HomePage


def test_root_redirects_to_dutch(client):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/nl/"


def test_root_follows_an_earlier_language_choice(client):
    client.cookies["django_language"] = "fr"
    assert client.get("/")["Location"] == "/fr/"
    client.cookies["django_language"] = "xx"
    assert client.get("/")["Location"] == "/nl/"


def test_home_page_is_the_site_root_and_renders(demo_site, client):
    home = demo_site.root_page.specific
    assert isinstance(home, HomePage)
    assert home.locale.language_code == "nl"
    response = client.get("/nl/")
    assert response.status_code == 200
    assert response.context["page"].pk == home.pk
    html = response.content.decode()
    assert '<html lang="nl">' in html
    assert "Van buddy tot community" in html
    assert "SAM vzw, Odisee en TAO/De Link" in html


def test_the_three_languages_exist(db):
    codes = set(Locale.objects.values_list("language_code", flat=True))
    assert codes == {"nl", "fr", "en"}


def test_demo_content_is_idempotent(demo_site):
    def counts():
        return (
            Page.objects.count(),
            Site.objects.count(),
            get_user_model().objects.count(),
            Locale.objects.count(),
        )

    before = counts()
    call_command("load_demo_content", force=True, stdout=open("/dev/null", "w"))
    assert counts() == before
    assert Site.objects.get().root_page.specific_class is HomePage
    assert not Page.objects.filter(depth=2, content_type__model="page").exists()


def test_demo_accounts_log_in_with_the_demo_password(demo_site, client):
    for username in ["redacteur", "partner", "onderzoeker", "lid", "lid2"]:
        assert client.login(username=username, password="kennisplein"), username


def test_editor_reaches_the_admin(demo_site, client):
    client.login(username="redacteur", password="kennisplein")
    assert client.get("/admin/").status_code == 200


def test_member_has_no_admin(demo_site, client):
    client.login(username="lid", password="kennisplein")
    response = client.get("/admin/")
    assert response.status_code == 302


def test_demo_content_refuses_without_debug_unless_forced(db, settings):
    settings.DEBUG = False
    try:
        call_command("load_demo_content", stdout=open("/dev/null", "w"))
    except CommandError as error:
        assert "--force" in str(error)
    else:
        raise AssertionError("load_demo_content ran with DEBUG off")
    assert not HomePage.objects.exists()


def test_demo_content_keeps_an_editors_changes(demo_site):
    home = demo_site.root_page.specific
    home.title = "Onze eigen titel"
    home.save_revision().publish()
    call_command("load_demo_content", force=True, stdout=open("/dev/null", "w"))
    home.refresh_from_db()
    assert home.title == "Onze eigen titel"


def test_unknown_address_gets_the_sites_404(demo_site, client):
    response = client.get("/nl/bestaat-niet/")
    assert response.status_code == 404
    assert "Deze pagina bestaat niet" in response.content.decode()


def test_demo_public_section_is_reachable_from_the_menu(demo_site, client):
    from home.models import ContactPerson, EventPage, FilmPage, KnowledgeClipPage, Partner

    response = client.get("/nl/")
    menu = [item["title"] for item in response.context["menu_items"]]
    for title in [
        "Over het project",
        "Wat is buddywerk?",
        "Van buddy tot community",
        facts.EVENT_TITLE,
        "Projecten",
    ]:
        assert title in menu
    assert "Kenniskring" not in menu
    client.login(username="lid", password="kennisplein")
    member_menu = [item["title"] for item in client.get("/nl/").context["menu_items"]]
    assert "Kenniskring" in member_menu
    client.logout()
    for url in [
        "/nl/over-het-project/",
        "/nl/wat-is-buddywerk/",
        "/nl/van-buddy-tot-community/",
        "/nl/van-buddy-tot-community/omgaan-met-grenzen/",
        "/nl/studievoormiddag/",
    ]:
        assert client.get(url).status_code == 200, url

    film = FilmPage.objects.get(slug="van-buddy-tot-community")
    assert film.director == "Margot Mot"
    clips = KnowledgeClipPage.objects.child_of(film).live()
    assert sorted(c.slug for c in clips) == [
        "diversiteit",
        "duurzame-verankering",
        "impact",
        "omgaan-met-grenzen",
        "projectbeheer",
        "rekrutering",
    ]
    event = EventPage.objects.get(slug="studievoormiddag")
    assert event.workshops.count() == 3
    assert [str(item.start_time)[:5] for item in event.programme_items.all()] == [
        "08:30",
        "09:00",
        "11:00",
    ]
    assert set(ContactPerson.objects.values_list("name", flat=True)) >= {
        "Joris Van Puyenbroeck",
        "Kristien Nys",
    }
    dutch = Partner.objects.filter(locale__language_code="nl")
    assert list(dutch.values_list("name", flat=True)) == [
        "SAM vzw",
        "Odisee",
        "TAO/De Link",
    ]
    about = client.get("/nl/over-het-project/").content.decode()
    for date in ["25 juni 2019", "21 april 2022", "14 oktober 2022"]:
        assert date in about
    assert "joris.vanpuyenbroeck@odisee.be" in about


def test_demo_public_section_is_not_duplicated_on_a_second_run(demo_site):
    from home.models import ContactPerson, Partner, Workshop

    before = (ContactPerson.objects.count(), Partner.objects.count(), Workshop.objects.count())
    call_command("load_demo_content", force=True, stdout=open("/dev/null", "w"))
    assert (
        ContactPerson.objects.count(),
        Partner.objects.count(),
        Workshop.objects.count(),
    ) == before


def test_header_offers_login_to_visitors_and_logout_to_members(demo_site, client):
    anonymous = client.get("/nl/over-het-project/").content.decode()
    assert "/nl/inloggen/?next=/nl/over-het-project/" in anonymous
    assert "Uitloggen" not in anonymous
    client.login(username="lid", password="kennisplein")
    member = client.get("/nl/over-het-project/").content.decode()
    assert 'action="/nl/uitloggen/"' in member
    assert ">Uitloggen</button>" in member and "Afmelden" not in member
    client.post("/nl/uitloggen/")
    assert client.get("/nl/kenniskring/").status_code == 302


def test_demo_site_address_follows_the_served_port(demo_site):
    call_command("load_demo_content", force=True, port=8123, stdout=open("/dev/null", "w"))
    demo_site.refresh_from_db()
    assert demo_site.root_url == "http://localhost:8123"
    event = Page.objects.get(slug="studievoormiddag").specific
    assert event.get_full_url().startswith("http://localhost:8123/nl/")

"""The kenniskring and the projects translated in the admin, subtree and all, as editors do."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page

from kenniskring.learning.models import ImpactNote
from kenniskring.models import Attendance, HostOffer, ThemeVote
from kenniskring.models.themes import demo_themes
from kenniskring.theme_migration import SEED_THEMES

LANGUAGES = ["fr", "en"]
KENNISKRING = ["kenniskring", "region_north", "region_south", "day_north", "day_south"]
KENNISKRING += ["start", "halfway", "end"]
SECRET = "Geheime inspiratie noord"


def test_the_page_tree_is_sound_after_translating_a_subtree(translations):
    # treebeard's own check: paths, depths and child counts agree with the rows.
    assert all(problem == [] for problem in Page.find_problems())


@pytest.mark.parametrize("language", LANGUAGES)
def test_members_reach_every_translated_kenniskring_page(language, tree, translations, as_user):
    client = as_user("member")
    for name in KENNISKRING:
        page = translations[language][tree[name].pk]
        assert page.locale.language_code == language and page.live
        assert page.url.startswith(f"/{language}/"), page.url
        response = client.get(page.url)
        assert response.status_code == 200, (name, page.url, response.status_code)
    day = translations[language][tree["day_north"].pk]
    assert SECRET in client.get(day.url).content.decode()


@pytest.mark.parametrize("language", LANGUAGES)
def test_translated_kenniskring_pages_refuse_whom_the_dutch_refuse(
    language, tree, translations, as_user
):
    for who in ("anonymous", "outsider", "editor"):
        client = as_user(who)
        for name in KENNISKRING:
            for page in (tree[name], translations[language][tree[name].pk]):
                response = client.get(page.url)
                assert SECRET not in response.content.decode()
                if who == "anonymous":
                    assert response.status_code == 302, (name, page.url)
                    assert "/inloggen/?next=" in response["Location"]
                else:
                    assert response.status_code == 403, (who, name, page.url)
    for name in KENNISKRING:
        assert translations[language][tree[name].pk].get_view_restrictions().exists(), name


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_translated_projects_are_public(language, tree, translations, as_user):
    client = as_user("anonymous")
    index = translations[language][tree["index"].pk]
    project = translations[language][tree["project_a"].pk]
    assert index.url == f"/{language}/projecten/"
    listing = client.get(index.url)
    assert listing.status_code == 200
    assert project.url in listing.content.decode()
    assert client.get(project.url).status_code == 200


def test_attendance_made_in_french_belongs_to_the_day_in_every_language(
    tree, translations, as_user
):
    dutch = tree["day_north"]
    french = translations["fr"][dutch.pk]
    english = translations["en"][dutch.pk]
    done = as_user("member").post(
        french.url + "aanmelden/", {"participant_one": "Anna", "participant_two": "Bart"}
    )
    assert done.status_code == 302
    attendance = Attendance.objects.get()
    assert attendance.day_id == dutch.pk and attendance.project == tree["project_a"]
    # Changed in English: the same registration, not a second one.
    as_user("member").post(
        english.url + "aanmelden/", {"participant_one": "Anna", "participant_two": "Cas"}
    )
    assert Attendance.objects.get().participant_two == "Cas"
    partner = as_user("partner")
    for day in (dutch, french, english):
        listing = partner.get(day.url + "aanwezigheden/").content.decode()
        assert "Anna" in listing and "Cas" in listing, day.url
    assert "Anna" not in as_user("other_member").get(french.url + "aanwezigheden/").content.decode()


def test_theme_votes_in_any_language_make_one_tally(tree, translations, as_user):
    halfway = tree["halfway"]
    halfway.theme_voting_open = True
    halfway.save_revision().publish()
    french = translations["fr"][halfway.pk]
    english = translations["en"][halfway.pk]
    recruitment, impact = demo_themes("rekrutering", "impact")
    demo_themes(*(name for _slug, name in SEED_THEMES))
    as_user("member").post(english.url + "themas/", {"themes": [recruitment.pk, impact.pk]})
    as_user("other_member").post(french.url + "themas/", {"themes": [recruitment.pk]})
    assert set(ThemeVote.objects.values_list("day_id", flat=True)) == {halfway.pk}
    partner = as_user("partner")
    for day, first in ((halfway, "rekrutering"), (french, "recrutement"), (english, "recruitment")):
        tally = partner.get(day.url + "themas/").context["tally"]  # labels in that language
        assert [count for _label, count, _examples in tally] == [2, 1, 0, 0, 0, 0], day.url
        assert tally[0][0] == first, day.url
    chosen = as_user("member").get(french.url + "themas/").context["chosen"]
    assert sorted(chosen) == sorted([recruitment.pk, impact.pk])


def test_impact_notes_and_host_offers_on_a_translated_day_belong_to_the_source(
    tree, translations, as_user
):
    start = tree["start"]
    french = translations["fr"][start.pk]
    english = translations["en"][start.pk]
    address = reverse("kenniskring_learning:impact", args=[french.pk, "project-a"])
    as_user("member").post(address, {"text": "Wat veranderde"})
    assert ImpactNote.objects.get().day_id == start.pk
    for day in (start, english):
        shown = as_user("member").get(
            reverse("kenniskring_learning:impact", args=[day.pk, "project-a"])
        )
        assert "Wat veranderde" in shown.content.decode()

    offer = HostOffer.objects.create(project=tree["project_a"], period="lente", day=english)
    offer.refresh_from_db()
    assert offer.day_id == start.pk
    for language in ("nl", "fr", "en"):
        listing = as_user("partner").get(f"/{language}/kenniskring/gastheer-worden/")
        assert listing.status_code == 200 and "lente" in listing.content.decode()
        assert (
            "lente"
            not in as_user("other_member")
            .get(f"/{language}/kenniskring/gastheer-worden/")
            .content.decode()
        )


def test_records_the_old_code_made_on_translated_days_move_to_the_source_day(tree, translations):
    """What the migrations do (kenniskring 0006, learning 0004), on rows stored as before."""
    from django.apps import apps

    from kenniskring.source_days import move_core_records, move_impact_notes

    start, halfway = tree["start"], tree["halfway"]
    start_fr = translations["fr"][start.pk]
    start_en = translations["en"][start.pk]
    halfway_fr = translations["fr"][halfway.pk]
    project_a, project_b = tree["project_a"], tree["project_b"]
    # bulk_create skips `save`, as the old code stored them: against the address's day.
    Attendance.objects.bulk_create(
        [
            Attendance(day=start, project=project_a, participant_one="Oud"),
            Attendance(day=start_fr, project=project_a, participant_one="Nieuw"),
            Attendance(day=start_en, project=project_b, participant_one="Bea"),
        ]
    )
    Attendance.objects.filter(participant_one="Oud").update(
        updated_at=timezone.now() - datetime.timedelta(days=1)
    )
    impact, diversity = demo_themes("impact", "diversiteit")
    ThemeVote.objects.bulk_create(
        [
            ThemeVote(day=halfway, project=project_a, theme=impact),
            ThemeVote(day=halfway_fr, project=project_a, theme=impact),
            ThemeVote(day=halfway_fr, project=project_a, theme=diversity),
        ]
    )
    HostOffer.objects.bulk_create([HostOffer(project=project_b, period="lente", day=start_en)])
    ImpactNote.objects.bulk_create(
        [
            ImpactNote(day=start, project=project_a, text="Eerst"),
            ImpactNote(day=start_fr, project=project_a, text="Ensuite"),
            ImpactNote(day=start_en, project=project_a, kind="observation", text="Seen"),
        ]
    )

    move_core_records(apps)
    move_impact_notes(apps)

    assert sorted(Attendance.objects.values_list("day_id", "project_id", "participant_one")) == [
        (start.pk, project_a.pk, "Nieuw"),
        (start.pk, project_b.pk, "Bea"),
    ]
    assert sorted(ThemeVote.objects.values_list("day_id", "theme__slug")) == [
        (halfway.pk, "diversiteit"),
        (halfway.pk, "impact"),
    ]
    assert HostOffer.objects.get().day_id == start.pk
    assert sorted(ImpactNote.objects.values_list("day_id", "kind", "text")) == [
        (start.pk, "observation", "Seen"),
        (start.pk, "project", "Eerst\n\nEnsuite"),
    ]


def test_a_translated_region_lists_its_projects_translated_or_not_yet(tree, tree_in, as_user):
    from kenniskring.models import RegionPage

    from .fixtures import make_project

    french = tree_in("fr")
    late = make_project(tree["index"], "Project Laat", tree["project_a"].region)  # Dutch only
    region = RegionPage.objects.get(pk=french["region_north"].pk)
    listed = {(p.title, p.locale.language_code) for p in region.get_projects()}
    assert listed == {("Project A", "fr"), ("Project Laat", "nl")}
    html = as_user("member").get(region.url).content.decode()
    assert french["project_a"].url in html and late.url in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_translated_day_links_its_host_project_in_the_same_language(
    language, tree, translations, as_user
):
    day = next(
        page
        for page in translations[language].values()
        if getattr(page.specific, "host_project_id", None)
    )
    host = translations[language][tree["project_a"].pk]
    html = as_user("member").get(day.url).content.decode()
    assert f'href="{host.url}"' in html, day.url
    assert f'href="{tree["project_a"].url}"' not in html

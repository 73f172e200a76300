"""Small kenniskring trees for tests; imports nothing from the host site (see test_plugin).

A pytest plug-in (see tests/conftest.py): every test package can ask for these fixtures.
"""

import datetime
import io
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.core.mail.backends import locmem
from django.test import Client, TestCase
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import GroupPagePermission, Locale, Page, Site

from kenniskring import private_collection
from kenniskring.models import (
    BuddyProjectPage,
    CalendarToken,
    KenniskringPage,
    Member,
    NetworkDayMaterial,
    NetworkDayPage,
    ProjectIndexPage,
    Region,
    RegionPage,
    Role,
)
from tests.shared_database import shared_value


def publish(parent, page):
    page = parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def build_locales():
    return {
        code: Locale.objects.get_or_create(language_code=code)[0] for code in ("nl", "fr", "en")
    }


def build_home(locales):
    root = Page.get_first_root_node()
    home = publish(root, Page(title="Thuis", slug="thuis", locale=locales["nl"]))
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": "Test"},
    )
    return home


def build_regions():
    return [
        Region.objects.create(name="Noord", slug="noord", sort_order=1),
        Region.objects.create(name="Zuid", slug="zuid", sort_order=2),
    ]


def make_project(index, name, region, **extra):
    return publish(
        index,
        BuddyProjectPage(
            title=name,
            slug=name.lower().replace(" ", "-"),
            organisation=f"{name} vzw",
            region=region,
            summary=f"{name} koppelt buddy's aan deelnemers.",
            **extra,
        ),
    )


def build_tree(home, regions):
    """The kenniskring with two regions, a day in each, the three national moments."""
    north, south = regions
    index = publish(home, ProjectIndexPage(title="Projecten", slug="projecten"))
    project_a = make_project(index, "Project A", north)
    project_b = make_project(index, "Project B", south)
    kenniskring = publish(home, KenniskringPage(title="Kenniskring", slug="kenniskring"))
    region_north = publish(kenniskring, RegionPage(title="Regio Noord", slug="noord", region=north))
    region_south = publish(kenniskring, RegionPage(title="Regio Zuid", slug="zuid", region=south))
    day_north = publish(
        region_north,
        NetworkDayPage(
            title="Netwerkdag Noord",
            slug="dag-noord",
            date=datetime.date(2030, 3, 1),
            host_project=project_a,
            venue="Buurthuis Noord",
            part_inspiration="<p>Geheime inspiratie noord</p>",
        ),
    )
    day_south = publish(
        region_south,
        NetworkDayPage(title="Netwerkdag Zuid", slug="dag-zuid", date=datetime.date(2030, 3, 2)),
    )
    national = {
        moment: publish(
            kenniskring,
            NetworkDayPage(title=title, slug=slug, moment=moment, date=date),
        )
        for moment, title, slug, date in [
            (NetworkDayPage.START, "Startdag", "startdag", datetime.date(2019, 6, 25)),
            (NetworkDayPage.HALFWAY, "Halfwegdag", "halfwegdag", datetime.date(2020, 9, 24)),
            (NetworkDayPage.END, "Einddag", "einddag", datetime.date(2022, 4, 21)),
        ]
    }
    return {
        "home": home,
        "index": index,
        "project_a": project_a,
        "project_b": project_b,
        "kenniskring": kenniskring,
        "region_north": region_north,
        "region_south": region_south,
        "day_north": day_north,
        "day_south": day_south,
        **national,
    }


def build_people(tree):
    """Everyone the access rules tell apart; password 'geheim-wachtwoord-42' for all."""
    member_group = Group.objects.get_or_create(name="Kenniskring")[0]
    partner_group = Group.objects.get_or_create(name="Partners")[0]
    editor_group = Group.objects.get_or_create(name="Redactie")[0]
    editor_group.permissions.add(Permission.objects.get(codename="access_admin"))

    def user(username, group=None, project=None, role=Role.PROJECT_WORKER, **extra):
        person = get_user_model().objects.create_user(
            username=username,
            email=f"{username}@example.org",
            password="geheim-wachtwoord-42",
            first_name=username.title(),
            **extra,
        )
        if group:
            person.groups.add(group)
        if group in (member_group, partner_group):
            Member.objects.create(user=person, project=project, role=role)
        return person

    return {
        "anonymous": None,
        "outsider": user("buiten"),
        "member": user("lid_a", member_group, tree["project_a"]),
        "other_member": user("lid_b", member_group, tree["project_b"]),
        "partner": user("partner", partner_group, role=Role.RESEARCHER),
        "editor": user("redacteur", editor_group),
    }


def build_network(with_people=True, translated=False):
    """Everything the fixtures below make, at once: what `SharedDatabase` builds once for a
    run of tests that ask for the same (tests/shared_database.py)."""
    built = {"locales": build_locales(), "regions": build_regions()}
    built["home"] = build_home(built["locales"])
    built["tree"] = build_tree(built["home"], built["regions"])
    if with_people:
        built["people"] = build_people(built["tree"])
    if translated:
        built["translations"] = build_translations(built["tree"], built["locales"])
    return built


# Each fixture hands out the shared copy when the test runs on the shared network, and builds
# its part in the test's own transaction otherwise (transactional tests, `django_db` marks).


@pytest.fixture
def locales(request, db):
    return shared_value(request, "locales", build_locales)


@pytest.fixture
def home(request, locales):
    return shared_value(request, "home", lambda: build_home(locales))


@pytest.fixture
def regions(request, db):
    return shared_value(request, "regions", build_regions)


@pytest.fixture
def tree(request, home, regions):
    """The kenniskring with two regions, a day in each, the three national moments."""
    return shared_value(request, "tree", lambda: build_tree(home, regions))


@pytest.fixture
def people(request, db, tree):
    """Everyone the access rules tell apart; password 'geheim-wachtwoord-42' for all."""
    return shared_value(request, "people", lambda: build_people(tree))


@pytest.fixture
def as_user(client, people):
    """`as_user("member")` logs the client in as that person (or out, for anonymous)."""

    def login(who):
        client.logout()
        if people[who] is not None:
            client.force_login(people[who])
        return client

    return login


@pytest.fixture
def private_document(tree):
    collection = private_collection.get_or_create()
    document = get_document_model()(title="Verslag noord", collection=collection)
    document.file.save("verslag-noord.txt", ContentFile(b"geheim verslag"), save=False)
    document.save()
    NetworkDayMaterial.objects.create(page=tree["day_north"], document=document)
    yield document
    document.file.delete(save=False)


def png(colour="blue", size=(40, 30)):
    """The bytes of a small PNG picture."""
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, "PNG")
    return buffer.getvalue()


def make_image(title="Foto netwerkdag", collection=None, name="netwerkdag.png"):
    """A Wagtail image, in the kenniskring's collection unless another is given."""
    collection = collection or private_collection.get_or_create()
    image = get_image_model()(title=title, collection=collection)
    image.file = ImageFile(io.BytesIO(png()), name=name)
    image.save()
    return image


@pytest.fixture
def private_image(tree):
    image = make_image()
    yield image
    for rendition in image.renditions.all():
        rendition.file.delete(save=False)
    image.file.delete(save=False)


@pytest.fixture
def calendar_token(people):
    return CalendarToken.renew_for(people["member"])


class CountingBackend(locmem.EmailBackend):
    """The test backend, opening and closing "connections" the way the SMTP backend does
    (`send_messages` on a closed one opens one for just those messages), and counting them."""

    connections = 0

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.is_open = False

    def open(self):
        if self.is_open:
            return False
        self.is_open = True
        CountingBackend.connections += 1
        return True

    def close(self):
        self.is_open = False

    def send_messages(self, messages):
        opened = self.open()
        try:
            return super().send_messages(messages)
        finally:
            if opened:
                self.close()


@pytest.fixture
def counting_backend(settings):
    """Mail goes to `mail.outbox` as usual; `counting_backend.connections` says how many
    connections were opened for it."""
    settings.EMAIL_BACKEND = f"{__name__}.CountingBackend"
    CountingBackend.connections = 0
    return CountingBackend


LANGUAGES = ("fr", "en")


def make_translator(locales):
    """Translate a page as an editor does in the admin: wagtail-localize's "Translate this
    page", with "Include subtree" ticked, publishing after the transaction commits.

    `run(page, *codes, subtree=True)` returns {language code: {source page pk: translated
    page}} for the page and its subtree.
    """
    translators = Group.objects.get_or_create(name="Vertalers")[0]
    translators.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="submit_translation"),
    )
    root = Page.get_first_root_node()
    for codename in ("add_page", "change_page", "publish_page"):
        GroupPagePermission.objects.get_or_create(
            group=translators, page=root, permission=Permission.objects.get(codename=codename)
        )
    editor, _ = get_user_model().objects.get_or_create(
        username="vertaler", defaults={"email": "vertaler@example.org"}
    )
    editor.groups.add(translators)
    browser = Client()
    browser.force_login(editor)

    def run(page, *codes, subtree=True):
        chosen = [locales[code] for code in codes]
        with TestCase.captureOnCommitCallbacks(execute=True):
            response = browser.post(
                reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
                {"locales": [locale.pk for locale in chosen], "include_subtree": subtree},
            )
        assert response.status_code == 302, response.content.decode()[:2000]
        pages = Page.objects.descendant_of(page, inclusive=True) if subtree else [page]
        return {
            code: {source.pk: source.get_translation(locale).specific for source in pages}
            for code, locale in zip(codes, chosen, strict=True)
        }

    return run


def build_translations(tree, locales):
    """The tree in French and English, translated in the admin as editors do: the home on its
    own first, then the kenniskring and the projects with their subtrees.

    Returns {language code: {source page pk: translated page}}."""
    run = make_translator(locales)
    homes = run(tree["home"], *LANGUAGES, subtree=False)
    kenniskring = run(tree["kenniskring"], *LANGUAGES)
    projects = run(tree["index"], *LANGUAGES)
    return {code: homes[code] | kenniskring[code] | projects[code] for code in LANGUAGES}


@pytest.fixture
def translate_subtree(locales):
    """`translate_subtree(page, "fr", subtree=True)`: see `make_translator`."""
    return make_translator(locales)


@pytest.fixture
def translations(request, tree, locales):
    """The tree translated into fr and en (`build_translations`): built once for a run of
    tests that ask for it, like the network itself (tests/shared_database.py)."""
    return shared_value(request, "translations", lambda: build_translations(tree, locales))


@pytest.fixture
def tree_in(tree, translations):
    """`tree_in("fr")`: the tree's pages in that language, by the same names."""

    def pages(language):
        if language == "nl":
            return tree
        return {name: translations[language][page.pk] for name, page in tree.items()}

    return pages


@pytest.fixture
def file_roots(settings, tmp_path):
    """MEDIA_ROOT and the private root of this test only: (media, private)."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.KENNISKRING_PRIVATE_ROOT = tmp_path / "prive"
    return Path(settings.MEDIA_ROOT), Path(settings.KENNISKRING_PRIVATE_ROOT)


def files_under(root):
    """The files under `root`, as sorted relative names."""
    return sorted(p.relative_to(root).as_posix() for p in Path(root).rglob("*") if p.is_file())

"""Volume data of the kenniskring: regions, projects, their members and network days.

A step of `generate_volume` (``build(volume)``). Needs the demo's project index and
kenniskring page; everything it adds has a slug or username starting with ``volume-``.
"""

import datetime
import random

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group

from . import conf
from .bulk import add_children, index_pages, make_images
from .models import (
    BuddyProjectPage,
    KenniskringPage,
    Member,
    NetworkDayPage,
    ProjectIndexPage,
    Region,
    RegionPage,
)

PREFIX = "volume-"
FIRST_DAY = datetime.date(2019, 9, 1)
PARAGRAPH = (
    "<p>Het gastproject vertelt hoe buddy's en deelnemers elkaar vinden, wat werkt en wat "
    "nog schuurt. Daarna intervisie in kleine groepen over grenzen, rekrutering en impact.</p>"
)


def exists():
    return Region.objects.filter(slug__startswith=PREFIX).exists()


def build(volume):
    home = volume.objects["home"]
    index = ProjectIndexPage.objects.descendant_of(home).get()
    kenniskring = KenniskringPage.objects.child_of(home).get()
    rng = random.Random(10)  # noqa: S311 (test data)

    regions = Region.objects.bulk_create(
        Region(name=f"Volumeregio {n}", slug=f"{PREFIX}{n:03}", sort_order=100 + n)
        for n in range(1, volume.count(30) + 1)
    )
    logos = make_images([f"Volume-logo {n}" for n in range(1, 6)], size=(320, 320))
    volume.objects["images"] = logos

    projects = add_children(
        index,
        [
            BuddyProjectPage(
                title=f"Volumeproject {n}",
                slug=f"{PREFIX}project-{n:04}",
                organisation=f"Organisatie {n} vzw",
                region=regions[n % len(regions)],
                summary="Vrijwilligers en deelnemers trekken samen op, een jaar lang.",
                body=PARAGRAPH,
                contact_name="Contactpersoon",
                contact_email=f"project{n}@example.org",
                logo=logos[n % len(logos)],
                is_demo=True,
            )
            for n in range(1, volume.count(300) + 1)
        ],
    )
    index_pages(projects)
    by_region = {}
    for project in projects:
        by_region.setdefault(project.region_id, []).append(project)

    region_pages = add_children(
        kenniskring,
        [
            RegionPage(title=f"Regio {r.name}", slug=r.slug, region=r, intro=PARAGRAPH)
            for r in regions
        ],
    )
    days_total = volume.count(2000)
    days = []
    for number, region_page in enumerate(region_pages):
        share = days_total // len(region_pages) + (number < days_total % len(region_pages))
        hosts = by_region.get(region_page.region_id) or projects
        batch = [
            NetworkDayPage(
                title=f"Netwerkdag {n + 1} {region_page.region.name}",
                slug=f"dag-{n + 1:03}",
                date=FIRST_DAY + datetime.timedelta(days=7 * n + number % 7),
                host_project=hosts[n % len(hosts)],
                venue=f"Buurthuis {n + 1}",
                address="Kerkstraat 1, 1000 Brussel",
                part_host=PARAGRAPH,
                part_inspiration=PARAGRAPH,
                part_intervision=PARAGRAPH,
                part_impact=PARAGRAPH,
                report=PARAGRAPH * 3,
                tandems_welcome=rng.random() < 0.5,
            )
            for n in range(share)
        ]
        days += add_children(region_page, batch)
    index_pages(days)

    User = get_user_model()
    password = make_password(None)  # unusable: these members never log in
    users = User.objects.bulk_create(
        User(
            username=f"{PREFIX}{project.pk}-{duo}",
            first_name=f"Lid {duo}",
            last_name=project.title,
            email=f"{PREFIX}{project.pk}-{duo}@example.org",
            password=password,
        )
        for project in projects
        for duo in ("a", "b")
    )
    group = Group.objects.get_or_create(name=conf.get("MEMBER_GROUP"))[0]
    Membership = User.groups.through
    Membership.objects.bulk_create(Membership(user_id=u.pk, group_id=group.pk) for u in users)
    Member.objects.bulk_create(
        Member(user=user, project=projects[number // 2]) for number, user in enumerate(users)
    )
    volume.objects.update(projects=projects, days=days, users=users)
    volume.log(
        f"Kenniskring: {len(regions)} regions, {len(projects)} projects, {len(days)} network "
        f"days, {len(users)} members."
    )

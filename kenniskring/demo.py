"""Demo content of the kenniskring: regions, 28 projects, network days, members.

A step of `load_demo_content` (``build(demo)``); it needs ``demo.objects["home"]`` and the
demo users. Like every step it adds what is missing and leaves what exists.
"""

import datetime
import re

from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents import get_document_model

from . import private_collection
from .models import (
    Attendance,
    BuddyProjectPage,
    CalendarToken,
    HostOffer,
    KenniskringPage,
    Member,
    NetworkDayMaterial,
    NetworkDayPage,
    ProjectIndexPage,
    Region,
    RegionPage,
    Role,
    ThemeVote,
)
from .models.themes import demo_themes

REGIONS = [
    ("antwerpen-limburg", "Antwerpen en Limburg"),
    ("oost-west-vlaanderen", "Oost- en West-Vlaanderen"),
    ("brussel-vlaams-brabant", "Brussel en Vlaams-Brabant"),
]

# (region slug, project name, organisation, town, what they do). Fictional, marked as demo.
PROJECTS = [
    (
        "antwerpen-limburg",
        "Samen op Stap",
        "Buurtwerk De Brug vzw",
        "Antwerpen",
        "Vrijwilligers trekken samen met bewoners van sociale woonwijken op pad: naar de markt, "
        "de bib of een wandeling door het park.",
    ),
    (
        "antwerpen-limburg",
        "Duo Dichtbij",
        "Welzijnsschakel Borgerhout",
        "Borgerhout",
        "Een buddy komt wekelijks langs bij iemand die na een crisis opnieuw zijn weg zoekt.",
    ),
    (
        "antwerpen-limburg",
        "Maatje in Mechelen",
        "Sociaal Huis Mechelen",
        "Mechelen",
        "Koppelt vrijwilligers aan alleenstaande ouders die weinig mensen rondom zich hebben.",
    ),
    (
        "antwerpen-limburg",
        "Tandem Turnhout",
        "Kempens Armoedeplatform",
        "Turnhout",
        "Duo's van een vrijwilliger en een deelnemer bouwen samen aan vertrouwen en contacten.",
    ),
    (
        "antwerpen-limburg",
        "Buddy Boom",
        "Vrijwilligerspunt Boom",
        "Boom",
        "Jongeren in armoede krijgen een buddy die meegaat naar school, werk of hobby.",
    ),
    (
        "antwerpen-limburg",
        "Nabij Genk",
        "Ontmoetingshuis Genk-Noord",
        "Genk",
        "Buren worden buddy van gezinnen die pas in de wijk wonen en er nog niemand kennen.",
    ),
    (
        "antwerpen-limburg",
        "Hand in Hand Hasselt",
        "Centrum Maatschappelijk Werk Limburg",
        "Hasselt",
        "Vrijwilligers staan naast mensen met schulden, als luisterend oor en gids.",
    ),
    (
        "antwerpen-limburg",
        "Samen Sterk Sint-Truiden",
        "Welzijnsraad Sint-Truiden",
        "Sint-Truiden",
        "Buddy's helpen deelnemers om hun eigen netwerk stap voor stap uit te breiden.",
    ),
    (
        "antwerpen-limburg",
        "Verbinding Lier",
        "Buurtcentrum 't Pleintje",
        "Lier",
        "Een buddywerking voor ouderen in armoede die zich eenzaam voelen.",
    ),
    (
        "antwerpen-limburg",
        "Naast Elkaar",
        "Armoedevereniging De Klink",
        "Geel",
        "Mensen met armoede-ervaring zijn zelf buddy voor wie er nu middenin zit.",
    ),
    (
        "oost-west-vlaanderen",
        "Buddywerk Gent",
        "Samenlevingsopbouw Gent",
        "Gent",
        "Vrijwilligers en deelnemers vormen duo's die samen activiteiten in de stad ontdekken.",
    ),
    (
        "oost-west-vlaanderen",
        "Maatjes Aalst",
        "OCMW Aalst",
        "Aalst",
        "Ondersteunt nieuwkomers in armoede met een vaste maat voor praktische en sociale steun.",
    ),
    (
        "oost-west-vlaanderen",
        "Op Weg Brugge",
        "Vrijwilligerscentrum Brugge",
        "Brugge",
        "Buddy's gaan mee naar afspraken en helpen de weg te vinden naar hulp en vrije tijd.",
    ),
    (
        "oost-west-vlaanderen",
        "Samen Kortrijk",
        "Welzijnshuis Kortrijk",
        "Kortrijk",
        "Zet in op duurzame vriendschappen tussen vrijwilligers en mensen in armoede.",
    ),
    (
        "oost-west-vlaanderen",
        "Buddy's Oostende",
        "Kusthuis vzw",
        "Oostende",
        "Koppelt vrijwilligers aan jongvolwassenen die net alleen zijn gaan wonen.",
    ),
    (
        "oost-west-vlaanderen",
        "Sint-Niklaas Verbindt",
        "Sociaal Huis Sint-Niklaas",
        "Sint-Niklaas",
        "Buddywerking voor gezinnen met jonge kinderen en een klein netwerk.",
    ),
    (
        "oost-west-vlaanderen",
        "Dendermonde Dichtbij",
        "Buurtwerk Dendermonde",
        "Dendermonde",
        "Vrijwilligers bezoeken mensen thuis en nodigen hen uit voor buurtactiviteiten.",
    ),
    (
        "oost-west-vlaanderen",
        "Roeselare Samen",
        "Welzijnsplatform Roeselare",
        "Roeselare",
        "Een duo-werking waarin buddy en deelnemer samen doelen kiezen en opvolgen.",
    ),
    (
        "oost-west-vlaanderen",
        "Eeklo op Maat",
        "Lokaal Dienstencentrum Eeklo",
        "Eeklo",
        "Buddy's helpen ouderen in armoede om terug deel te nemen aan het buurtleven.",
    ),
    (
        "brussel-vlaams-brabant",
        "Brussel Buddy",
        "Brusselse Welzijnsraad",
        "Brussel",
        "Meertalige buddy's staan naast gezinnen die hun weg zoeken in de stad.",
    ),
    (
        "brussel-vlaams-brabant",
        "Duo Molenbeek",
        "Buurthuis Molenbeek",
        "Molenbeek",
        "Jonge vrijwilligers vormen duo's met jongeren die vastlopen op school of werk.",
    ),
    (
        "brussel-vlaams-brabant",
        "Schaarbeek Samen",
        "Gemeenschapscentrum Schaarbeek",
        "Schaarbeek",
        "Bewoners worden buddy van buren die pas in België wonen.",
    ),
    (
        "brussel-vlaams-brabant",
        "Leuven Verbindt",
        "Welzijnsschakel Leuven",
        "Leuven",
        "Studenten en gepensioneerden zijn buddy van mensen in armoede in de stad.",
    ),
    (
        "brussel-vlaams-brabant",
        "Vilvoorde Nabij",
        "Sociaal Huis Vilvoorde",
        "Vilvoorde",
        "Een buddy voor mensen die na een opname of detentie opnieuw beginnen.",
    ),
    (
        "brussel-vlaams-brabant",
        "Halle Hand in Hand",
        "Vrijwilligerspunt Halle",
        "Halle",
        "Begeleidt alleenstaanden die de stap naar vrije tijd en ontmoeting moeilijk vinden.",
    ),
    (
        "brussel-vlaams-brabant",
        "Tienen Tandem",
        "OCMW Tienen",
        "Tienen",
        "Duo's werken samen aan administratie, gezondheid en een groter netwerk.",
    ),
    (
        "brussel-vlaams-brabant",
        "Diest Dichtbij",
        "Armoedeplatform Hageland",
        "Diest",
        "Mensen met armoede-ervaring en vrijwilligers vormen samen een buddygroep.",
    ),
    (
        "brussel-vlaams-brabant",
        "Aarschot Samen",
        "Buurtwerk Aarschot",
        "Aarschot",
        "Buddy's begeleiden gezinnen bij de eerste stappen naar verenigingen in de buurt.",
    ),
]

# Six regional days per region, spread over the three years of the learning network. The
# sources give no dates: the days are marked `date_is_example` ("voorbeelddatum").
DAY_DATES = [
    datetime.date(2019, 10, 17),
    datetime.date(2020, 2, 13),
    datetime.date(2020, 11, 19),
    datetime.date(2021, 3, 25),
    datetime.date(2021, 10, 14),
    datetime.date(2022, 2, 10),
]
DAY_THEMES = [
    "Kennismaken en leervragen",
    "Rekrutering van buddy's",
    "Omgaan met grenzen",
    "Diversiteit in duo's",
    "Impact zichtbaar maken",
    "Duurzame verankering",
]

NATIONAL = [
    ("startdag", "Startdag", NetworkDayPage.START, datetime.date(2019, 6, 25)),
    ("halfwegdag", "Halfwegdag", NetworkDayPage.HALFWAY, datetime.date(2020, 9, 24)),
    ("einddag", "Einddag", NetworkDayPage.END, datetime.date(2022, 4, 21)),
]


# S1:29-30: the end day is the study morning, open to a wider public.
END_DAY_TEXT = (
    "<p>Alles wordt samengebracht en voorgesteld op een eindsamenkomst die ook openstaat "
    "voor een breder publiek: de studievoormiddag waarop we de film <i>Van buddy tot "
    "community</i> voorstellen, met projecthouders en buddy's die hun ervaringen delen.</p>"
)


def _child(parent, model, slug, **fields):
    """The child page with this slug, created and published when missing."""
    page = model.objects.child_of(parent).filter(slug=slug).first()
    if page is None:
        page = parent.add_child(instance=model(slug=slug, **fields))
        page.save_revision().publish()
    return page


def build_example_day(region_page, projects, towns):
    """An invented network day in the region's future, marked as an example in its title and
    date, so that whoever runs the demo can sign a duo up, change and cancel it (which ends
    once a day has started, and every day of the sources lies in 2019-2022)."""
    host = next(p for p in projects.values() if p.region_id == region_page.region_id)
    return _child(
        region_page,
        NetworkDayPage,
        "voorbeelddag",
        title="Voorbeelddag: een komende netwerkdag",
        date=timezone.localdate() + datetime.timedelta(days=60),
        date_is_example=True,
        example_details=NetworkDayPage.EXAMPLE_DAY,
        start_time=datetime.time(9, 30),
        end_time=datetime.time(12, 30),
        host_project=host,
        venue=host.organisation,
        address=f"Voorbeeldstraat 7\n{towns[host.title]}",
        part_inspiration="<p>Deze dag is verzonnen: hij bestaat alleen in de demo, om te "
        "tonen hoe je jullie duo aanmeldt, de namen wijzigt of afmeldt tot de dag begint.</p>",
        assignment="<p>Beschrijf een moment waarop jullie als project bijleerden.</p>",
    )


def build(demo):
    home = demo.objects["home"]
    regions = {}
    for order, (slug, name) in enumerate(REGIONS):
        regions[slug] = Region.objects.get_or_create(
            slug=slug, defaults={"name": name, "sort_order": order}
        )[0]

    index = _child(
        home,
        ProjectIndexPage,
        "projecten",
        title="Projecten",
        show_in_menus=True,
        intro="<p>Achtentwintig buddyprojecten leerden samen "
        "in drie regionale netwerken. Hier stellen ze zich voor. In deze demo zijn het "
        "verzonnen voorbeeldprojecten.</p>",
    )
    projects = {}
    towns = {name: town for _region, name, _org, town, _summary in PROJECTS}
    for region_slug, name, organisation, town, summary in PROJECTS:
        projects[name] = _child(
            index,
            BuddyProjectPage,
            _slug(name),
            title=name,
            organisation=organisation,
            region=regions[region_slug],
            summary=summary,
            body=f"<p>{organisation} werkt vanuit {town}. (Voorbeeldproject uit de demo.)</p>",
            contact_name="Contactpersoon (demo)",
            contact_email=f"{_slug(name)}@example.org",
            contact_phone="02 000 00 00",
            website="https://example.org/",
            is_demo=True,
        )

    kenniskring = _child(
        home,
        KenniskringPage,
        "kenniskring",
        title="Kenniskring",
        show_in_menus=True,
        intro="<p>Welkom in de kenniskring: hier vinden de projecten en de partners hun "
        "netwerkdagen, de nationale momenten en het materiaal.</p>",
    )
    collection = private_collection.get_or_create()

    regions_pages = {}
    for region_slug, region_name in REGIONS:
        region_page = regions_pages[region_slug] = _child(
            kenniskring,
            RegionPage,
            region_slug,
            title=f"Regio {region_name}",
            region=regions[region_slug],
            intro=f"<p>Het regionale netwerk {region_name} komt zes keer samen, telkens bij "
            "een ander project.</p><p>In deze demo zijn de indeling en de namen van de drie "
            "regio's een voorbeeld: de bronnen noemen ze niet.</p>",
        )
        hosts = [p for p in projects.values() if p.region_id == regions[region_slug].pk]
        for number, (date, theme) in enumerate(zip(DAY_DATES, DAY_THEMES, strict=True), 1):
            host = hosts[(number - 1) % len(hosts)]
            _child(
                region_page,
                NetworkDayPage,
                f"netwerkdag-{number}",
                title=f"Netwerkdag {number}: {theme}",
                date=date,
                date_is_example=True,  # the sources give no dates for the regional days
                # nor their themes, times, hosts, places or programmes (docs/content.md I28-I32)
                example_details=NetworkDayPage.EXAMPLE_DAY,
                start_time=datetime.time(9, 30),
                end_time=datetime.time(16, 0) if number % 2 else datetime.time(12, 30),
                host_project=host,
                venue=host.organisation,
                address=f"Voorbeeldstraat {number}\n{towns[host.title]}",
                part_host=f"<p>{host.title} vertelt over zijn werking en neemt ons mee rond.</p>",
                part_inspiration=f"<p>Een gastspreker brengt inzichten rond {theme.lower()}.</p>",
                part_intervision="<p>In kleine groepen leggen de projecten een situatie uit "
                "hun praktijk voor aan elkaar.</p>",
                part_impact="<p>Elk project kijkt wat er sinds de vorige keer veranderde.</p>",
                assignment="<p>Beschrijf een moment waarop jullie als project bijleerden.</p>",
                tandems_welcome=number in (3, 6),
                tandem_note="De stuurgroep nodigt deze keer ook tandems uit."
                if number in (3, 6)
                else "",
            )

    for region_page in regions_pages.values():
        build_example_day(region_page, projects, towns)

    national = {}
    for slug, title, moment, date in NATIONAL:
        # The sources name no venue for the national moments; the end day is the study
        # morning's day (08:30-13:00), whose public page the host's demo may have made.
        end = moment == NetworkDayPage.END
        national[moment] = _child(
            kenniskring,
            NetworkDayPage,
            slug,
            title=title,
            moment=moment,
            date=date,
            start_time=datetime.time(8, 30) if end else datetime.time(9, 30),
            # The sources give the end day's hours (the study morning) only.
            example_details="" if end else NetworkDayPage.EXAMPLE_TIMES,
            end_time=datetime.time(13, 0) if end else datetime.time(16, 30),
            part_inspiration=END_DAY_TEXT
            if end
            else "<p>Alle projecten uit de drie regio's komen samen.</p>",
            theme_voting_open=moment == NetworkDayPage.HALFWAY,
            # The sources give the halfway day's year (2020) only.
            date_is_example=moment == NetworkDayPage.HALFWAY,
            # S1:26 leaves tandems to the steering group per day; no source says yes for any.
            tandems_welcome=False,
            public_page=demo.objects.get("page:event") if end else None,
        )
    demo.objects["page:end_day"] = national[NetworkDayPage.END]

    project_a, project_b = projects["Samen op Stap"], projects["Buddywerk Gent"]
    for key, project, role in [
        ("user:lid", project_a, Role.PROJECT_WORKER),
        ("user:lid2", project_b, Role.PROJECT_WORKER),
        ("user:partner", None, Role.FACILITATOR),
        ("user:onderzoeker", None, Role.RESEARCHER),
    ]:
        Member.objects.get_or_create(
            user=demo.objects[key], defaults={"project": project, "role": role}
        )
    demo.objects.update(
        {
            "kenniskring": kenniskring,
            "projects": index,
            "project:A": project_a,
            "project:B": project_b,
        }
    )

    start_day = national[NetworkDayPage.START]
    for project in list(projects.values())[:12]:
        Attendance.objects.get_or_create(
            day=start_day,
            project=project,
            defaults={
                "participant_one": "Eerste deelnemer (voorbeeld)",
                "participant_two": "Tweede deelnemer (voorbeeld)",
            },
        )
    for project, themes in [
        (project_a, ["recruitment", "boundaries", "impact"]),
        (project_b, ["boundaries", "anchoring"]),
    ]:
        for theme in demo_themes(*themes):
            ThemeVote.objects.get_or_create(
                day=national[NetworkDayPage.HALFWAY], project=project, theme=theme
            )

    Document = get_document_model()
    report_title = "Verslag van de startdag (voorbeeld)"
    report = Document.objects.filter(title=report_title, collection=collection).first()
    if report is None:
        report = Document(title=report_title, collection=collection)
        report.file.save(
            "verslag-startdag.txt",
            ContentFile(
                b"Verslag van de startdag (demo)\n\nDe projecten verzamelden voorspelbare "
                b"uitdagingen: sterktes, zwaktes, kansen, bedreigingen, randvoorwaarden en "
                b"valkuilen.\n"
            ),
            save=False,
        )
        report.save()
    if not start_day.materials.filter(document=report).exists():
        NetworkDayMaterial.objects.create(page=start_day, document=report)

    if not CalendarToken.objects.filter(user=demo.objects["user:lid"]).exists():
        CalendarToken.renew_for(demo.objects["user:lid"])

    HostOffer.objects.get_or_create(
        project=demo.objects["project:A"],
        period="najaar 2021",
        defaults={
            "note": "We ontvangen graag in ons buurthuis: de gasten ontmoeten er enkele duo's "
            "en zien hoe we nieuwe buddy's onthalen. Rolstoeltoegankelijk, plaats voor 25.",
            "offered_by": demo.objects["user:lid"],
        },
    )


def _slug(name):
    from django.utils.text import slugify

    return slugify(name)


# The kenniskring and the projects in French and English: the words of each language, the
# facts (dates, hosts, regions, restrictions) those of the Dutch pages.
TRANSLATIONS = {
    "fr": {
        "kenniskring": (
            "Cercle de connaissances",
            "<p>Bienvenue dans le cercle de connaissances : les projets et les partenaires y "
            "trouvent leurs journées de réseau, les moments nationaux et le matériel.</p>",
        ),
        "projects": (
            "Projets",
            "<p>Vingt-huit projets buddy ont appris "
            "ensemble dans trois réseaux régionaux. Ils se présentent ici. Dans cette démo, "
            "ce sont des projets fictifs.</p>",
        ),
        "regions": {
            "antwerpen-limburg": "Anvers et Limbourg",
            "oost-west-vlaanderen": "Flandre-Orientale et Flandre-Occidentale",
            "brussel-vlaams-brabant": "Bruxelles et Brabant flamand",
        },
        "region": (
            "Région {name}",
            "<p>Le réseau régional {name} se réunit six fois, chaque fois chez un autre "
            "projet.</p><p>Dans cette démo, la répartition et les noms des trois régions sont "
            "un exemple : les sources ne les donnent pas.</p>",
        ),
        "day": "Journée de réseau {number} : {theme}",
        "themes": [
            "Faire connaissance et questions d'apprentissage",
            "Recrutement des buddies",
            "Gérer les limites",
            "Diversité dans les duos",
            "Rendre l'impact visible",
            "Ancrage durable",
        ],
        "national": {
            "startdag": "Journée de lancement",
            "halfwegdag": "Journée de mi-parcours",
            "einddag": "Journée de clôture",
        },
        "national_inspiration": "<p>Tous les projets des trois régions se réunissent.</p>",
        "part_host": "<p>{host} présente son fonctionnement et nous fait faire le tour.</p>",
        "part_inspiration": "<p>Un·e intervenant·e apporte un éclairage sur le thème : "
        "{theme}.</p>",
        "part_intervision": "<p>En petits groupes, les projets se soumettent une situation de "
        "leur pratique.</p>",
        "part_impact": "<p>Chaque projet regarde ce qui a changé depuis la dernière fois.</p>",
        "assignment": "<p>Décrivez un moment où votre projet a appris quelque chose.</p>",
        "tandem_note": "Le groupe de pilotage invite aussi les tandems cette fois-ci.",
        "project_body": "<p>{organisation} travaille à partir de {town}. (Projet fictif de "
        "la démo.)</p>",
        "project_summary": "Un projet buddy de {organisation}, à {town}. (Projet fictif.)",
    },
    "en": {
        "kenniskring": (
            "Knowledge circle",
            "<p>Welcome to the knowledge circle: here the projects and the partners find "
            "their network days, the national moments and the material.</p>",
        ),
        "projects": (
            "Projects",
            "<p>Twenty-eight buddy projects learned "
            "together in three regional networks. Here they introduce themselves. In this "
            "demo they are made-up example projects.</p>",
        ),
        "regions": {
            "antwerpen-limburg": "Antwerp and Limburg",
            "oost-west-vlaanderen": "East and West Flanders",
            "brussel-vlaams-brabant": "Brussels and Flemish Brabant",
        },
        "region": (
            "Region {name}",
            "<p>The regional network {name} meets six times, each time at another project.</p>"
            "<p>In this demo, the split and the names of the three regions are an example: the "
            "sources do not give them.</p>",
        ),
        "day": "Network day {number}: {theme}",
        "themes": [
            "Getting to know each other and learning questions",
            "Recruiting buddies",
            "Dealing with boundaries",
            "Diversity in duos",
            "Making impact visible",
            "Lasting anchoring",
        ],
        "national": {"startdag": "Start day", "halfwegdag": "Halfway day", "einddag": "End day"},
        "national_inspiration": "<p>All projects from the three regions come together.</p>",
        "part_host": "<p>{host} explains how it works and shows us around.</p>",
        "part_inspiration": "<p>A guest speaker brings insights on {theme}.</p>",
        "part_intervision": "<p>In small groups, the projects put a situation from their "
        "practice to each other.</p>",
        "part_impact": "<p>Each project looks at what has changed since last time.</p>",
        "assignment": "<p>Describe a moment when your project learned something.</p>",
        "tandem_note": "The steering group invites tandems too this time.",
        "project_body": "<p>{organisation} works from {town}. (Example project of the demo.)</p>",
        "project_summary": "A buddy project of {organisation}, in {town}. (Made-up example.)",
    },
}


def _translation(page, locale, **fields):
    """The page's translation into `locale`: made and written once, then left alone.

    Copied live in one step (what `copy_for_translation` does, then a publish): a third of
    the time, which the demo, loaded in the tests, keeps short."""
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific
    return page.copy(
        to=page.get_parent().get_translation(locale),
        update_attrs={"locale": locale, **fields},
        copy_revisions=False,
        keep_live=True,
        reset_translation_key=False,
        log_action=None,
    ).specific


def translate(demo):
    """The kenniskring and the projects in French and English, after the public pages.

    A translated kenniskring gets the restriction of its source (see `signals`)."""
    from wagtail.models import Locale

    kenniskring, index = demo.objects["kenniskring"], demo.objects["projects"]
    towns = {name: town for _region, name, _org, town, _summary in PROJECTS}
    for code, words in TRANSLATIONS.items():
        locale = Locale.objects.filter(language_code=code).first()
        if locale is None or not kenniskring.get_parent().has_translation(locale):
            continue
        title, intro = words["projects"]
        index_t = _translation(index, locale, title=title, intro=intro)
        for project in BuddyProjectPage.objects.child_of(index).filter(is_demo=True):
            town = towns.get(project.title, "")
            text = {"organisation": project.organisation, "town": town}
            _translation(
                project,
                locale,
                summary=words["project_summary"].format(**text),
                body=words["project_body"].format(**text),
            )
        title, intro = words["kenniskring"]
        _translation(kenniskring, locale, title=title, intro=intro)
        region_title, region_intro = words["region"]
        for region_page in RegionPage.objects.child_of(kenniskring):
            name = words["regions"].get(region_page.slug, region_page.region.name)
            _translation(
                region_page,
                locale,
                title=region_title.format(name=name),
                intro=region_intro.format(name=name),
            )
        days = NetworkDayPage.objects.descendant_of(kenniskring).select_related("host_project")
        for day in days.filter(locale=kenniskring.locale).order_by("path"):
            fields = _day_words(day, words)
            if fields is not None:  # a day of the demo, not one an editor added
                _translation(day, locale, **fields)
        demo.objects[f"kenniskring:{code}"] = kenniskring.get_translation(locale)
        demo.objects[f"projects:{code}"] = index_t


def _day_words(day, words):
    if day.slug in words["national"]:
        return {
            "title": words["national"][day.slug],
            "part_inspiration": words["national_inspiration"],
        }
    found = re.fullmatch(r"netwerkdag-([1-6])", day.slug)
    if found is None:
        return None
    number = int(found.group(1))
    theme = words["themes"][number - 1]
    fields = {
        "title": words["day"].format(number=number, theme=theme),
        "part_inspiration": words["part_inspiration"].format(theme=theme.lower()),
        "part_intervision": words["part_intervision"],
        "part_impact": words["part_impact"],
        "assignment": words["assignment"],
        "tandem_note": words["tandem_note"] if day.tandem_note else "",
    }
    if day.host_project is not None:
        fields["part_host"] = words["part_host"].format(host=day.host_project.title)
    return fields

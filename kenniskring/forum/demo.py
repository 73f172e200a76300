# ruff: noqa: E501  (Dutch demo texts)
"""Demo forum: questions with answers and shared experiences across themes and projects.

A step of `load_demo_content` (``build(demo)``), after the kenniskring's own step; it only adds
what is missing.
"""

import datetime

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.utils import timezone

from ..models import BuddyProjectPage, HomeVisit, Member, Role
from ..models.themes import demo_themes
from .models import Answer, Comment, Experience, Follow, Question, Report

# The learning network ran from the start day (25 June 2019) to the end day (21 April 2022):
# the demo's posts are spread over those years instead of dated on the day the demo is loaded.
FIRST_POST = datetime.datetime(2019, 9, 9, 10, 0)
LAST_POST = datetime.datetime(2022, 4, 7, 10, 0)
# The demo members' previous visit to the kenniskring's home: what came after it is "new".
LAST_VISIT = datetime.datetime(2022, 2, 1, 9, 0)

# Members who only speak in the demo forum: they have no usable password.
VOICES = [
    ("forum.an", "An", "Peeters"),
    ("forum.karim", "Karim", "El Idrissi"),
    ("forum.sofie", "Sofie", "Claes"),
    ("forum.jonas", "Jonas", "Wouters"),
    ("forum.fatma", "Fatma", "Yilmaz"),
    ("forum.bram", "Bram", "De Smet"),
]

# (themes, title, question, answers)
QUESTIONS = [
    (
        "grenzen",
        "Een buddy leent geld uit aan zijn maatje: wat doen jullie?",
        "Een vrijwilliger vertelde in de intervisie dat hij al drie keer geld gaf. Hij wil helpen, "
        "maar voelt zich nu onder druk gezet. Hoe spreken jullie dit af?",
        [
            "Bij ons staat in de afsprakennota dat buddy's geen geld lenen. We herhalen het na een "
            "maand, want in het begin lijkt het een detail.",
            "Wij bespreken het zonder schuld: wat zat erachter? Vaak is er een schuldprobleem waarvoor "
            "we kunnen doorverwijzen.",
        ],
    ),
    (
        "grenzen",
        "Hoe bereikbaar moet een buddy zijn?",
        "Sommige deelnemers sturen 's avonds laat berichten. Geven jullie buddy's richtlijnen over "
        "bereikbaarheid?",
        [
            "We raden een vast moment in de week aan en een tweede gsm-nummer van de organisatie voor "
            "dringende zaken."
        ],
    ),
    (
        "grenzen",
        "Wat als een deelnemer verliefd wordt op de buddy?",
        "Het gebeurde voor het eerst. De buddy wil het duo niet stoppen. Wie heeft ervaring?",
        [
            "Bespreek het apart met beide. Bij ons werd het duo omgezet naar een groepsactiviteit, "
            "zodat het contact niet abrupt stopte."
        ],
    ),
    (
        "rekrutering",
        "Waar vinden jullie nieuwe vrijwilligers?",
        "Onze oproepen op sociale media leveren weinig op. Welke kanalen werken voor jullie?",
        [
            "Via de lokale dienstencentra en de vrijwilligerscentrale. Mond-tot-mondreclame van "
            "bestaande buddy's blijft het sterkst.",
            "Wij gingen langs bij hogescholen: studenten sociaal werk blijven vaak langer dan "
            "verwacht.",
        ],
    ),
    (
        "rekrutering",
        "Hoe houden jullie een intakegesprek met een kandidaat-buddy?",
        "We willen motivatie en verwachtingen beter aftoetsen. Hebben jullie een vragenlijst?",
        [
            "We werken met drie open vragen over tijd, motivatie en eerdere ervaring, en een "
            "rollenspel rond een moeilijke situatie."
        ],
    ),
    (
        "rekrutering",
        "Rekruteren jullie ook buddy's met een armoede-ervaring?",
        "We willen ervaringsdeskundigen als buddy, maar botsen op vervoerskosten en onzekerheid.",
        [
            "Wij betalen onkosten meteen terug, niet aan het einde van de maand. Dat maakte een groot "
            "verschil."
        ],
    ),
    (
        "matching",
        "Op welke criteria matchen jullie duo's?",
        "Leeftijd, interesses, buurt? We twijfelen hoe zwaar elk criterium moet wegen.",
        [
            "Nabijheid weegt bij ons het zwaarst: wie dicht bij elkaar woont, ziet elkaar vaker.",
            "Wij laten de deelnemer zelf kiezen uit twee voorstellen. Dat geeft eigenaarschap.",
        ],
    ),
    (
        "matching",
        "Een match klikt niet: hoe lang wachten jullie?",
        "Na twee ontmoetingen zegt de deelnemer dat het niet goed voelt. Herkoppelen we meteen?",
        [
            "Wij plannen na een maand een evaluatie met beide. Herkoppelen mag, zonder dat iemand "
            "faalt."
        ],
    ),
    (
        "matching",
        "Kennismakingsgesprek met of zonder begeleider?",
        "Doen jullie de eerste ontmoeting samen met de trajectbegeleider?",
        [],
    ),
    (
        "afscheid",
        "Hoe sluiten jullie een duo af?",
        "Na een jaar stopt ons traject. Sommige duo's willen doorgaan, andere zijn opgelucht. Hoe "
        "maken jullie er een goed einde van?",
        [
            "We plannen een afsluitgesprek en een klein ritueel, bijvoorbeeld samen iets eten.",
            "Duo's die willen doorgaan, doen dat als vrienden, buiten het project. Dat zeggen we "
            "duidelijk.",
        ],
    ),
    (
        "afscheid",
        "Een buddy stopt plots: wat zeggen we tegen de deelnemer?",
        "Een vrijwilliger verhuist en stopt volgende week. De deelnemer is erg gehecht.",
        [
            "Vraag de buddy om zelf afscheid te nemen, met jullie erbij. Een nieuwe buddy meteen "
            "voorstellen is vaak te vroeg."
        ],
    ),
    (
        "diversiteit",
        "Hoe bereiken jullie deelnemers die geen Nederlands spreken?",
        "We hebben folders in vijf talen, maar het bereik blijft laag.",
        [
            "Sleutelfiguren uit de gemeenschappen doen meer dan folders. Wij werken met "
            "brugfiguren van scholen."
        ],
    ),
    (
        "diversiteit",
        "Is jullie vrijwilligersgroep divers genoeg?",
        "Onze buddy's zijn vooral gepensioneerde vrouwen. Hoe trekken jullie jongere of mannelijke "
        "vrijwilligers aan?",
        [
            "Korte engagementen helpen: drie maanden in plaats van een jaar.",
            "Wij vroegen aan sportclubs om mee te zoeken. Dat bracht een paar jonge mannen.",
        ],
    ),
    (
        "diversiteit",
        "Buddywerk en religie: bespreken jullie dat?",
        "Een deelnemer vroeg een buddy met hetzelfde geloof. Houden jullie daar rekening mee?",
        [],
    ),
    (
        "projectbeheer",
        "Welke registratie houden jullie bij?",
        "De subsidiegever vraagt cijfers, de vrijwilligers hebben een hekel aan formulieren.",
        [
            "Eén kort contactformulier per maand, ingevuld tijdens het begeleidingsgesprek, niet "
            "erna."
        ],
    ),
    (
        "projectbeheer",
        "Hoe vaak begeleiden jullie buddy's?",
        "Maandelijks, per kwartaal? En individueel of in groep?",
        [
            "Om de zes weken in groep, en individueel wanneer het nodig is. De groep leert van elkaar."
        ],
    ),
    (
        "projectbeheer",
        "Verzekering voor vrijwilligers die met de auto rijden?",
        "Wie heeft een goede polis voor omnium tijdens vrijwilligersritten?",
        [],
    ),
    (
        "impact",
        "Hoe meten jullie of het netwerk van een deelnemer groeit?",
        "We willen meer dan tevredenheid meten. Werkt iemand met een netwerkkaart?",
        [
            "Wij tekenen bij de start en na een jaar samen een netwerkcirkel. Het gesprek erover is "
            "minstens zo waardevol als de tekening."
        ],
    ),
    (
        "impact",
        "Wat vertellen deelnemers zelf over de impact?",
        "We zoeken manieren om deelnemers zelf aan het woord te laten in ons verslag.",
        ["Korte audio-opnames met toestemming. Dat werkt beter dan een vragenlijst."],
    ),
    (
        "duurzame verankering",
        "Hoe zorgen jullie dat het project blijft na de subsidie?",
        "Over een jaar stopt de projectsubsidie. Wie heeft zijn buddywerking verankerd?",
        [
            "We hebben de werking ingebed in het OCMW en de begeleiding gedeeld met het "
            "vrijwilligerspunt.",
            "Bij ons nemen ervaren buddy's een deel van de begeleiding over, als meter of peter.",
        ],
    ),
    (
        "duurzame verankering",
        "Samenwerken met het lokaal bestuur: tips?",
        "Hoe overtuigen jullie een schepen om buddywerk in het meerjarenplan op te nemen?",
        ["Nodig de schepen uit op een netwerkdag en laat een duo vertellen."],
    ),
    (
        "grenzen, intervisie",
        "Hoe bereiden jullie een intervisie voor?",
        "Op de netwerkdag brengen we een casus in. Hoe kiezen jullie welke?",
        ["Kies een situatie waar je echt mee zit, niet een afgeronde. Dan leer je het meest."],
    ),
    (
        "rekrutering, matching",
        "Wachtlijst van deelnemers: hoe communiceren jullie?",
        "We hebben meer aanvragen dan buddy's. Hoe houden jullie mensen op de wachtlijst betrokken?",
        [],
    ),
    (
        "impact, tandems",
        "Tandems op een netwerkdag: hoe bereiden jullie dat voor?",
        "De stuurgroep bekijkt per netwerkdag of ook tandems komen. Hoe bereiden jullie "
        "deelnemers voor op zo'n dag?",
        ["We spreken vooraf af wie wat vertelt, en zorgen voor vervoer samen."],
    ),
]

EXPERIENCES = [
    (
        "afscheid",
        "Ons afscheidsritueel: een brief aan elkaar",
        "Elk duo schrijft aan het einde een korte brief aan de ander. Deelnemers bewaren die "
        "brieven vaak jaren. Het maakt het einde zachter.",
        ["Mooi. Mogen we het idee overnemen?", "Wij doen iets gelijkaardigs met een foto."],
    ),
    (
        "rekrutering",
        "Een infomoment in de bibliotheek bracht zes buddy's",
        "We zetten een tafel in de bibliotheek op zaterdagvoormiddag, met koffie en een getuigenis "
        "van een duo. Zes mensen schreven zich in.",
        ["Welke maand was dat? Wij merken verschil."],
    ),
    (
        "grenzen",
        "Wat we leerden van een duo dat te dicht op elkaar zat",
        "Een buddy ging elke dag langs. Na een paar maanden was hij uitgeput. Nu bespreken we de "
        "frequentie al bij de start en komen we er na zes weken op terug.",
        [],
    ),
    (
        "matching",
        "Matchen op een gedeelde hobby werkt",
        "Twee duo's vonden elkaar via vissen en via breien. Die duo's ontmoeten elkaar vaker en "
        "langer dan gemiddeld.",
        ["Herkenbaar: bij ons was het koken."],
    ),
    (
        "diversiteit",
        "Een buddy die zelf armoede kende",
        "Een van onze buddy's leefde jaren in armoede. Deelnemers zeggen dat ze zich sneller "
        "begrepen voelen. We betalen haar onkosten meteen terug.",
        [],
    ),
    (
        "duurzame verankering",
        "Onze werking zit nu in het sociaal huis",
        "Na lange gesprekken met het lokaal bestuur is de buddywerking opgenomen in het sociaal "
        "huis. De coördinator blijft, de subsidie verandert.",
        ["Proficiat! Hoe lang duurde het traject?"],
    ),
    (
        "impact",
        "De netwerkcirkel na een jaar",
        "We tekenden de netwerkcirkel opnieuw na een jaar. Bij zeven van de tien deelnemers "
        "stonden er nieuwe namen in, vaak uit de buurt van de buddy.",
        [],
    ),
    (
        "projectbeheer",
        "Groepsbegeleiding in plaats van individuele gesprekken",
        "We schakelden over op begeleiding in groep. Buddy's geven elkaar tips en de coördinator "
        "wint tijd.",
        ["Hoe groot zijn jullie groepen?"],
    ),
]


def _voices(projects):
    User = get_user_model()
    voices = []
    for (username, first, last), project in zip(VOICES, projects, strict=False):
        user = User.objects.filter(username=username).first()
        if user is None:
            user = User(
                username=username,
                first_name=first,
                last_name=last,
                email=f"{username}@example.org",
            )
            user.set_unusable_password()
            user.save()
        Member.objects.get_or_create(
            user=user, defaults={"project": project, "role": Role.PROJECT_WORKER}
        )
        voices.append(user)
    return voices


def _project(user):
    member = Member.objects.filter(user=user).select_related("project").first()
    return member.project if member else None


def _moment(index, count, days_earlier=0):
    """The index-th of count moments spread evenly between FIRST_POST and LAST_POST."""
    step = (LAST_POST - FIRST_POST) / max(count - 1, 1)
    return timezone.make_aware(FIRST_POST + step * index - datetime.timedelta(days=days_earlier))


def _paragraphs(text):
    return f"<p>{text}</p>"


def build(demo):
    projects = list(BuddyProjectPage.objects.live().order_by("title"))
    people = [
        demo.objects["user:lid"],
        demo.objects["user:lid2"],
        *_voices(projects[2::4]),
    ]
    partner = demo.objects["user:partner"]

    for index, (themes, title, text, answers) in enumerate(QUESTIONS):
        asker = people[index % len(people)]
        question = Question.objects.filter(title=title).first()
        if question is not None:
            continue
        when = _moment(index, len(QUESTIONS))
        question = Question.objects.create(
            title=title,
            text=_paragraphs(text),
            author=asker,
            project=_project(asker),
            created_at=when,
        )
        question.themes.set(demo_themes(*themes.split(",")))
        Follow.objects.get_or_create(user=asker, question=question)
        placed = []
        for number, answer_text in enumerate(answers, start=1):
            writer = people[(index + number) % len(people)] if number < 2 else partner
            placed.append(
                Answer.objects.create(
                    question=question,
                    text=_paragraphs(answer_text),
                    author=writer,
                    project=_project(writer),
                    created_at=when + datetime.timedelta(hours=5 * number),
                )
            )
        if placed and index % 3 == 0:
            question.accepted_answer = placed[0]
            question.save(update_fields=["accepted_answer"])

    for index, (themes, title, text, comments) in enumerate(EXPERIENCES):
        if Experience.objects.filter(title=title).exists():
            continue
        writer = people[(index + 1) % len(people)]
        when = _moment(index, len(EXPERIENCES), days_earlier=12)
        experience = Experience.objects.create(
            title=title,
            text=_paragraphs(text),
            author=writer,
            project=_project(writer),
            created_at=when,
        )
        experience.themes.set(demo_themes(*themes.split(",")))
        Follow.objects.get_or_create(user=writer, experience=experience)
        for number, comment_text in enumerate(comments, start=1):
            commenter = people[(index + number + 2) % len(people)]
            Comment.objects.create(
                experience=experience,
                text=_paragraphs(comment_text),
                author=commenter,
                project=_project(commenter),
                created_at=when + datetime.timedelta(hours=3 * number),
            )

    reported = Answer.objects.filter(question__title=QUESTIONS[0][1]).order_by("pk").first()
    if reported is not None and not Report.objects.exists():
        report = Report.objects.create(
            post=reported,
            reporter=demo.objects["user:lid2"],
            reason="Dit antwoord noemt de situatie van een deelnemer vrij herkenbaar. "
            "Kan een moderator meekijken?",
        )
        reported_at = reported.created_at + datetime.timedelta(days=1)
        Report.objects.filter(pk=report.pk).update(created_at=reported_at)

    for user in (demo.objects["user:lid"], demo.objects["user:lid2"], partner):
        HomeVisit.objects.get_or_create(
            user=user, defaults={"last_seen_at": timezone.make_aware(LAST_VISIT)}
        )

    # The editors moderate the forum from the admin.
    editor = demo.objects.get("user:redacteur")
    if editor is not None:
        permissions = Permission.objects.filter(content_type__app_label="kenniskring_forum")
        for group in editor.groups.all():
            group.permissions.add(*permissions)

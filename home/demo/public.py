"""The public section of the demo: contact persons, partners, site settings, the pages about
the project and the Odisee study, the film with its six knowledge clips, the study morning with
its workshops, and the news listing with its first item (the SAW day).

The demo uploads no pictures: pages without one show the site's own illustrations and the
partners their names as text logos. The film and its clips have no video (the sources give
none): their pages say that the video is not online yet, and have no transcript.

Names, dates, times and contact details come from home/demo/facts.py, as the sources give
them. What the sources do not say is left out, or shown with a visible "voorbeeld" marker
(the example event for trying the registration).
"""

import datetime
import json
import uuid

from django.conf import settings as django_settings
from django.utils import timezone
from wagtail.models import Locale, Site

from home.demo import facts
from home.models import (
    ContactPerson,
    ContentPage,
    EventPage,
    FilmPage,
    FooterText,
    KnowledgeClipPage,
    NewsIndexPage,
    NewsPage,
    Partner,
    ProgrammeItem,
    SiteSettings,
    Workshop,
)
from kenniskring.models.themes import demo_themes

# No job title: the sources give none. Odisee follows from the e-mail addresses.
CONTACTS = [contact | {"organisation": "Odisee"} for contact in facts.CONTACTS]

PARTNERS = [
    (
        "SAM vzw",
        "SAM begeleidt de drie regionale netwerken. Het wisselt expertise van buitenaf af met "
        "reflectie op het eigen project en met uitwisseling tussen de projecten.",
    ),
    (
        "Odisee",
        "Odisee verbindt het netwerk met onderzoek. Het stelt na elke netwerkdag gerichte "
        "vragen en reflectieopdrachten, verwerkt wat de projecten leren en schrijft er een "
        "rapport over.",
    ),
    (
        "TAO/De Link",
        "TAO/De Link schuift aan in veel netwerkdagen en brengt de blik van mensen in armoede "
        "binnen: hoe beleven zij een buddyproject, en wat vinden zij belangrijk?",
    ),
]

THEMES = [
    (
        "Rekrutering",
        "rekrutering",
        ["rekrutering", "diversiteit"],
        "Hoe vind je vrijwilligers die willen en kunnen buddy zijn, en hoe bereik je de mensen "
        "voor wie een buddy een verschil maakt?",
        [
            "Via welke kanalen vond jullie project zijn buddy's? Wie bereik je zo niet?",
            "Hoe leg je uit wat een buddy doet, zonder te veel te beloven?",
        ],
    ),
    (
        "Omgaan met grenzen",
        "omgaan-met-grenzen",
        ["omgaan met grenzen"],
        "Een buddy is een vriend, geen hulpverlener. Maar waar ligt de grens, en wat doe je "
        "als het moeilijk wordt?",
        [
            "Welke afspraken maken buddy en deelnemer in jullie project bij de start?",
            "Wie kan een buddy aanspreken als een vraag te zwaar wordt?",
        ],
    ),
    (
        "Diversiteit",
        "diversiteit",
        ["diversiteit", "rekrutering"],
        "Buddy's en deelnemers kunnen verschillen in leeftijd, afkomst, taal en ervaring. Hoe "
        "ga je daarmee om, en wat kan het opleveren?",
        [
            "Lijken jullie buddy's op de mensen die jullie willen bereiken? Moet dat?",
            "Welke verschillen maken een duo net sterk?",
        ],
    ),
    (
        "Projectbeheer",
        "projectbeheer",
        ["projectbeheer", "duurzame verankering"],
        "Achter een buddyproject staat een sociale professional die het onder meer "
        "administratief beheert. Wat vraagt dat werk, en hoe houd je het haalbaar?",
        [
            "Hoeveel tijd kost de opvolging van één duo in jullie project?",
            "Welke registratie is nodig, en welke kan weg?",
        ],
    ),
    (
        "Impact",
        "impact",
        ["impact"],
        "Wat verandert er voor iemand die een buddy krijgt? En hoe maak je dat zichtbaar, ook "
        "als het om kleine stappen gaat?",
        [
            "Hoe merken jullie dat het netwerk van een deelnemer groter wordt?",
            "Welke verhalen vertellen meer dan cijfers?",
        ],
    ),
    (
        "Duurzame verankering",
        "duurzame-verankering",
        ["duurzame verankering", "projectbeheer"],
        "Een project met tijdelijke subsidie: hoe zorg je dat het buddywerk blijft bestaan en "
        "een plaats krijgt in de gewone werking van de organisatie?",
        [
            "Wat blijft er van jullie buddywerk als de projectsubsidie stopt?",
            "Met welke partners in de buurt of de gemeente kan het verder?",
        ],
    ),
]

# The names as the sources give them (facts.py); no moderator, as the sources name none.
WORKSHOPS = list(
    zip(
        facts.WORKSHOP_TITLES,
        [
            "<p>In een hybride organisatie worden vrijwilligers niet zomaar ingeschakeld: ze "
            "zijn een wezenlijk deel van de werking, met een aanbod dat dat van de professionals "
            "aanvult. In de intervisies kwamen ook de grenzen van het vrijwilligerswerk aan bod: "
            "waar zetten mensen in kwetsbare situaties, vrijwilligers en professionals hun "
            "bakens? Hoe benoemen en onderhouden ze die relaties?</p>",
            "<p>Hoe bouw je rond ouders en kinderen een informeel netwerk op dat steun geeft? Hoe "
            "krijg je dat netwerk in beeld: wat het sterk maakt, wat het kan en wat niet? En hoe "
            "voorkom je dat er te veel druk of te hoge verwachtingen op dat informele netwerk "
            "komen te liggen, bijvoorbeeld van professionals?</p>",
            "<p>In één gemeente, stad of regio kunnen verschillende projecten tegelijk lopen. "
            "Elk heeft een eigen insteek, bijvoorbeeld vanuit een sector of domein, of vanuit "
            "een bepaalde doelgroep. Toch delen ze vaak punten, uitgangs- of werkingsprincipes. "
            "Samenwerken is er een van: hoe werk je samen met verschillende organisaties in één "
            "project én over projecten heen? Waar vind je aanknopingspunten, en hoe houd je die "
            "samenwerking en het overleg werkbaar?</p>",
        ],
        strict=True,
    )
)


def first_sentence(text):
    """The text's first sentence, ending in one full stop or its own question mark."""
    sentence = text.split(". ")[0].rstrip(".")
    return sentence if sentence.endswith(("?", "!")) else sentence + "."


def stream(*blocks):
    return json.dumps(
        [{"type": kind, "value": value, "id": str(uuid.uuid4())} for kind, value in blocks]
    )


def add_page(parent, page):
    existing = parent.get_children().filter(slug=page.slug).first()
    if existing:
        return existing.specific, False
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page, True


def build_contacts_and_partners(demo):
    for data in CONTACTS:
        person = ContactPerson.objects.filter(
            name=data["name"], locale__language_code=django_settings.LANGUAGE_CODE
        ).first() or ContactPerson.objects.create(**data)
        demo.objects[f"contact:{data['name']}"] = person
    for order, (name, contribution) in enumerate(PARTNERS):
        if not Partner.objects.filter(
            name=name, locale__language_code=django_settings.LANGUAGE_CODE
        ).exists():
            Partner.objects.create(
                name=name,
                contribution=contribution,
                sort_order=order,
            )


def build_settings():
    if not FooterText.objects.filter(locale=Locale.get_default()).exists():
        FooterText.objects.create(
            locale=Locale.get_default(),
            text=(
                "<p>Kennisplein is de leeromgeving van het lerend netwerk van buddyprojecten, "
                "met SAM vzw, Odisee en TAO/De Link.</p>"
            ),
        )
    site = Site.objects.get(is_default_site=True)
    settings = SiteSettings.for_site(site)
    if not (settings.copyright or settings.photo_credits):
        # No photo credit: the demo has no photographs (the site's illustrations stand in).
        settings.copyright = facts.COPYRIGHT
        settings.save()


def page_link(page, text):
    """A rich-text link to a page (the stored form, which follows the page if it moves)."""
    if page is None:
        return text
    return f'<a linktype="page" id="{page.pk}">{text}</a>'


def about_body(demo, news=None, study=None):
    """The body of 'Over het project'; the links to the study and the news item are added once
    those pages exist (they are made after this page)."""
    joris = demo.objects["contact:Joris Van Puyenbroeck"]
    kristien = demo.objects["contact:Kristien Nys"]
    timeline = {
        "heading": "Zo liep het project",
        "items": [
            {
                "date": facts.START_DAY.isoformat(),
                "date_label": "",
                "title": "Startdag",
                "text": "<p>De dag gaat op zoek naar voorspelbare uitdagingen: die vormen bij de "
                "start de inhoudelijke kern van het lerend netwerk. Uit het Odisee-onderzoek "
                f"{page_link(study, '<i>' + facts.STUDY_TITLE + '</i>')} blijkt dat werken met "
                "persoonlijke netwerken sterktes heeft, maar ook mogelijke zwaktes, kansen, "
                "bedreigingen en randvoorwaarden.</p><p>De partners brengen in wat al bekend is "
                "uit onderzoek en eerdere ervaringen, en stellen kritische succesfactoren en "
                "modellen voor die uitdagen om over het eigen project na te denken. Samen met de "
                "deelnemers bepalen ze welke uitdagingen hun projecten kunnen verwachten: "
                "algemene aandachtspunten, aandachtspunten die eigen zijn aan het werkmodel "
                "‘persoonlijke vriend’, en vragen, discussiepunten en valkuilen die de "
                "deelnemers zelf zien. Zo sluit het netwerk zo goed mogelijk aan bij onderzoek, "
                "bij eerdere praktijken en bij de ervaringen van de projecten.</p>",
            },
            {
                "date": None,
                "date_label": "2019–2022",
                "title": "Regionale netwerkdagen",
                "text": "<p>Zes keer per regio. Projecten kunnen zelf aanbieden om gastheer te "
                "zijn: telkens een andere plek geeft extra kansen om te leren. De agenda volgt "
                "de leervragen van de projecten, en er wordt verder gewerkt aan de "
                "leeropdrachten van de vorige netwerkdag. Een netwerkdag duurt een halve of een "
                "hele dag en heeft idealiter vier delen: het gastproject stelt zich ter plaatse "
                "voor, er is inspiratie van buitenaf, intervisie tussen de praktijken (leren op "
                "het niveau van het handelen) en opvolging van de impact (leren op het niveau "
                "van het project).</p>",
            },
            {
                "date": None,
                "date_label": "2020",
                "title": "Halfwegdag",
                "text": "<p>Halfweg komt er extra gemeenschappelijke inbreng. Alle projecthouders "
                "komen samen op een centrale plek, wisselen uit en leren over de regio's heen, "
                "en krijgen er ook inspiratie. Ze bepalen mee voor welke thema's ze extra "
                "inhoudelijke ondersteuning willen.</p>",
            },
            {
                "date": facts.END_DAY.isoformat(),
                "date_label": "",
                "title": "Einddag en studievoormiddag",
                "text": "<p>Alles wordt samengebracht en voorgesteld op een eindsamenkomst die "
                "ook openstaat voor een breder publiek: een studievoormiddag met de film "
                "<i>Van buddy tot community</i>.</p>",
            },
            {
                "date": facts.SAW_DAY.isoformat(),
                "date_label": "",
                "title": "SAW-dag tegen armoede",
                "text": "<p>Op Campus Schaarbeek stellen Kristien Nys en Joris Van Puyenbroeck "
                "het buddyproject voor aan studenten, met fragmenten uit de film.</p>"
                + (f"<p>{page_link(news, facts.NEWS_TITLE)}</p>" if news else ""),
            },
        ],
    }
    return stream(
        ("heading", {"text": facts.PROJECT_TITLE, "level": "h2"}),
        (
            "paragraph",
            "<p>De kern van dit project is een lerend netwerk. Drie organisaties, SAM vzw, "
            "Odisee en TAO vzw (TAO/De Link), slaan de handen in elkaar, en elk brengt iets "
            "eigens in. "
            "Samen willen ze op verschillende manieren het leren bevorderen rond het werkmodel "
            "van de ‘persoonlijke vriend’, ook ‘duo-methodiek’ genoemd: een vrijwilliger die "
            "als buddy naast iemand in armoede staat. Wat dat opleverde, zie je in de film "
            "<i>Van buddy tot community</i>.</p>",
        ),
        ("heading", {"text": "Een lerend netwerk", "level": "h2"}),
        (
            "paragraph",
            "<p>Een netwerk dat vooral wil leren uit de praktijk, heeft een veilige "
            "leeromgeving nodig. Dat lukt in kleine groepen, en door de organisaties de kans "
            "te geven om met twee te komen, als duo. SAM weet uit ervaring dat dit het best "
            "regionaal gebeurt: dan zijn de bijeenkomsten goed bereikbaar, blijven de groepen "
            "klein en is de begeleiding actief en intens.</p><p>Daarom werkten de 28 "
            "buddyprojecten in drie regionale netwerken van negen à tien projecten, die elk "
            "zes keer samenkwamen. Daarnaast waren er drie nationale momenten voor alle "
            "projecten samen: een startdag in 2019, een halfwegdag in 2020 en een einddag in "
            "2022.</p><p>Voor elk van die dagen weegt de stuurgroep zorgvuldig af of ook "
            "‘tandems’ mogen deelnemen: een buddy samen met een persoon in armoede.</p>",
        ),
        ("timeline", timeline),
        ("heading", {"text": "Wat elke partner inbrengt", "level": "h2"}),
        (
            "paragraph",
            "<ul><li><b>SAM vzw</b> begeleidt de netwerken en hun leerproces.</li>"
            "<li><b>Odisee</b> koppelt het netwerk aan onderzoek, geeft reflectieopdrachten en "
            "verwerkt het leermateriaal, zodat elk project een portfolio van zijn leertraject "
            "opbouwt. De analyse van dat materiaal levert inzichten op voor projecten en "
            "organisaties die in de toekomst met buddy's willen werken.</li><li><b>TAO/De "
            "Link</b> brengt het perspectief van mensen in armoede aan tafel.</li></ul>",
        ),
        ("heading", {"text": "Kennisplein", "level": "h2"}),
        (
            "paragraph",
            "<p>Kennisplein (www.kennisplein.be) is de online leeromgeving van het netwerk. In "
            "de afgesloten kenniskring delen de projecten ervaringen, bouwen ze hun portfolio "
            "op en stellen ze elkaar vragen op een forum. Alleen de deelnemende projecten en "
            "de partners kunnen erin.</p>",
        ),
        ("contact_person", {"heading": "Vragen over het project?", "person": joris.pk}),
        ("contact_person", {"heading": "", "person": kristien.pk}),
    )


def about_page(demo):
    return ContentPage(
        title="Over het project",
        slug="over-het-project",
        show_in_menus=True,
        intro="Drie organisaties en 28 buddyprojecten leerden drie jaar lang van elkaar: "
        "hoe versterk je het persoonlijke netwerk van mensen in armoede?",
        body=about_body(demo),
        listing_summary="Het lerend netwerk, zijn fasen en wat de partners inbrengen.",
    )


def study_page():
    """The Odisee study the start day built on (S1:18): only what the sources say of it."""
    return ContentPage(
        title=facts.STUDY_TITLE,
        slug="onderzoek-persoonlijke-netwerkversterking",
        intro="Een onderzoek van Odisee over werken met de persoonlijke netwerken van mensen "
        "in armoede. Het lerend netwerk vertrok ervan.",
        body=stream(
            (
                "paragraph",
                "<p>Het onderzoek toont dat werken met persoonlijke netwerken verschillende "
                "sterktes heeft, maar ook mogelijke zwaktes, kansen, bedreigingen en "
                "randvoorwaarden.</p><p>Op de startdag van het lerend netwerk, 25 juni 2019, "
                "vormde het samen met eerdere ervaringen het vertrekpunt: de deelnemers "
                "bepaalden welke voorspelbare uitdagingen hun projecten konden verwachten. Odisee "
                "koppelt ook zijn verslag over het lerend netwerk aan eerder onderzoek.</p>",
            ),
        ),
        listing_summary="Het Odisee-onderzoek waarop het lerend netwerk voortbouwde.",
    )


NEWS_INDEX = {
    "title": "Nieuws",
    "slug": "nieuws",
    "intro": "Wat het lerend netwerk en zijn partners deden: activiteiten en nieuws.",
}


def news_body(film):
    """The SAW day (S1:33-39), in the site's words."""
    return stream(
        (
            "paragraph",
            "<p>In aanloop naar de internationale Dag van Verzet tegen Armoede op 17 oktober "
            "houdt het studiegebied Sociaal-Agogisch Werk (SAW) elk jaar een actie- en "
            "reflectiedag over armoede. In 2022 was dat op 14 oktober, op Campus Schaarbeek. "
            "Kristien Nys en Joris Van Puyenbroeck stelden er het buddyproject voor aan de "
            "studenten.</p>",
        ),
        (
            "paragraph",
            "<p>Wie in armoede leeft, heeft naast geldzorgen vaak ook te maken met sociale "
            "isolatie. Heel wat buddywerkingen proberen daar iets aan te doen met een "
            "vrijwilliger die een luisterend oor biedt. Maar zo'n buddywerking verankeren in de "
            "gewone dienstverlening is niet eenvoudig: dat toonde onze videoreportage al.</p>",
        ),
        (
            "paragraph",
            "<p>In de workshop toonden Kristien en Joris fragmenten uit de film. Mensen met een "
            "armoede-ervaring en buddywerkers vertellen daarin wat buddywerk is, hoe ze omgaan "
            "met grenzen en wat voor hen ‘sterk duowerk’ is. Met de studenten bespraken ze welke "
            "rol zij daarin kunnen opnemen als toekomstige professional.</p>",
        ),
        (
            "call_to_action",
            {
                "title": "De film",
                "text": "De fragmenten komen uit de film over drie jaar buddywerk.",
                "page": film.pk,
                "url": "",
                "button_label": "Naar Van buddy tot community",
            },
        ),
    )


def build_news(demo, home, film):
    """The news listing and its first item, the SAW day of 14 October 2022."""
    index, _created = add_page(home, NewsIndexPage(show_in_menus=True, **NEWS_INDEX))
    item, created = add_page(
        index,
        NewsPage(
            title=facts.NEWS_TITLE,
            slug="buddywerk-uitgelegd-aan-studenten",
            date=facts.SAW_DAY,
            place=facts.SAW_PLACE,
            people=facts.SAW_PEOPLE,
            intro="Op de actie- en reflectiedag over armoede van het studiegebied "
            "Sociaal-Agogisch Werk stelden Kristien Nys en Joris Van Puyenbroeck het "
            "buddyproject voor aan studenten.",
            body=news_body(film),
        ),
    )
    if created:
        demo.log("Created the news listing and its first item.")
    return index, item


def buddy_work_body(film=None):
    # Every sentence carries a fact of the sources (S1:5, S1:37, S2:27); nothing else.
    blocks = [
        (
            "paragraph",
            "<p>Wie in armoede leeft, heeft naast geldzorgen vaak ook te maken met sociale "
            "isolatie: weinig mensen rond zich. Heel wat buddywerkingen willen daar iets aan "
            "doen.</p>",
        ),
        ("heading", {"text": "Een vrijwilliger die luistert", "level": "h2"}),
        (
            "paragraph",
            "<p>Een buddy is een vrijwilliger die een luisterend oor biedt. Het lerend "
            "netwerk noemt die manier van werken het werkmodel 'persoonlijke vriend' of de "
            "'duo-methodiek'.</p>"
            "<p>Achter de buddy's staat een sociale professional. Die zoekt de mensen op, "
            "rekruteert buddy's, beheert het project en werkt aan een blijvend resultaat. "
            "Een buddywerking vast inbouwen in de gewone dienstverlening is niet "
            "makkelijk.</p>",
        ),
    ]
    if film is not None:
        blocks.append(
            (
                "call_to_action",
                {
                    "title": "Bekijk de film",
                    "text": "Projecthouders en buddy's vertellen zelf hoe buddywerk in elkaar zit.",
                    "page": film.pk,
                    "url": "",
                    "button_label": "Naar Van buddy tot community",
                },
            )
        )
    return stream(*blocks)


def buddy_work_page():
    return ContentPage(
        title="Wat is buddywerk?",
        slug="wat-is-buddywerk",
        show_in_menus=True,
        intro="Een buddy is een vrijwilliger die naast iemand in armoede gaat staan.",
        body=buddy_work_body(),
        listing_summary="Wat een buddy is, en wie achter de buddy's staat.",
    )


def build_film(demo, home):
    film, created = add_page(
        home,
        FilmPage(
            title=facts.FILM_TITLE,
            slug="van-buddy-tot-community",
            show_in_menus=True,
            director=facts.FILM_DIRECTOR,
            year=2022,
            purpose="<p>De film is lesmateriaal voor sociale professionals die overwegen om "
            "een buddyproject op te starten. Hij toont niet alleen de buddy's, maar ook de "
            "professional erachter: die mensen opzoekt, vrijwilligers werft, het project "
            "beheert en werkt aan een blijvend effect.</p><p>Zo laat de film ook zien hoe "
            "buddywerk past in een breder verhaal van zorgzame buurten en samenwerking.</p>",
            listing_summary="Projecthouders en buddy's vertellen over drie jaar buddywerk.",
            contact_person=demo.objects["contact:Kristien Nys"],
        ),
    )
    if created:
        demo.log("Created the film and its knowledge clips.")
        for title, slug, themes, text, questions in THEMES:
            clip = KnowledgeClipPage(
                title=title,
                slug=slug,
                # S2:49-52: the clips were first shown at the study morning.
                published=facts.EVENT_DATE,
                text=f"<p>{text}</p>",
                discussion_questions="<ul>" + "".join(f"<li>{q}</li>" for q in questions) + "</ul>",
                listing_summary=first_sentence(text),
            )
            clip.themes.set(demo_themes(*themes))
            add_page(film, clip)
    return film, created


def build_event(demo, home, film):
    """The study morning of 21 April 2022 as the sources describe it. It took place: its page
    says so, shows the programme and the film, and takes no registrations."""
    event = EventPage(
        title=facts.EVENT_TITLE,
        slug="studievoormiddag",
        show_in_menus=True,
        date=facts.EVENT_DATE,
        start_time=facts.EVENT_START,
        end_time=facts.EVENT_END,
        audience="Projecthouders en een breder publiek",
        intro="<p>De Vlaamse overheid financierde drie jaar lang 28 buddyprojecten. Ze vroeg "
        "Odisee, De Link en SAM om die projecten te ondersteunen met een lerend netwerk en "
        "intervisies. Op deze studievoormiddag stellen we samen met de projecthouders voor "
        "wat we leerden, en tonen we de film <i>Van buddy tot community</i>.</p>"
        "<p>Sociale professionals krijgen steeds vaker de vraag om het netwerk "
        "van mensen in kwetsbare situaties te versterken en formele en informele hulp op "
        "elkaar af te stemmen. Naast hun gewone werking bouwen ze, mee op vraag van het "
        "beleid, vrijwilligerswerkingen uit: ze zetten buddyprojecten op, ondersteunen "
        "mantelzorgers, werken aan zorgzame buurten of beginnen met gezinscoaching.</p><p>Ook "
        "de structuren waarin sociale professionals werken, veranderen. Het beleid vraagt "
        "dat het sociaal werk meer geïntegreerd wordt in de welzijns- en "
        "gezondheidssector. ‘Community’ en ‘care’ zijn geen tegengestelden meer.</p><p>We "
        "maken er een "
        "interactieve voormiddag van, in gesprek met projecthouders, deelnemers, publiek én "
        "beleid. We bespreken de thema's aan de hand van kennisclips, en leggen de link met "
        "nieuwe uitdagingen zoals zorgzame buurten en gezinscoaching.</p>",
        questions="<ul><li>Hoe vindt buddywerk zijn plaats tussen de nieuwe opdrachten van "
        "het sociaal werk, en hoe stem je af?</li><li>Wie staat centraal voor iemand in "
        "armoede, en weet nog iedereen wie welk mandaat heeft?</li><li>Kunnen professionals "
        "en ervaringsdeskundigen samen de versnipperde hulp omzetten in oplossingen die "
        "blijven?</li></ul>",
        body=stream(
            (
                "call_to_action",
                {
                    "title": "De film",
                    "text": "Wat de projecten leerden, zie je in de film die op deze "
                    "voormiddag werd voorgesteld.",
                    "page": film.pk,
                    "url": "",
                    "button_label": "Naar Van buddy tot community",
                },
            )
        ),
        listing_summary="Voorstelling van de film, kennisclips in dialoog en drie workshops.",
        contact_person=demo.objects["contact:Joris Van Puyenbroeck"],
    )
    descriptions = [
        "",
        "<ul><li>Welkom en inleiding over de rol van het buddywerk in het sociaal werk.</li>"
        "<li>Kennisclips over rekrutering, omgaan met grenzen, diversiteit, projectbeheer, "
        "impact en duurzame verankering.</li><li>Per thema gaan de projectpartners in dialoog "
        "met het publiek.</li></ul>",
        "<p>Eén ronde: je volgt de workshop van je eerste of tweede keuze.</p>",
    ]
    # The film item links to the film's clips (S2:52): the film holds them, once.
    # Children made in code get their order here (the admin's formsets set it for editors):
    # without it PostgreSQL may list them in any order.
    event.programme_items = [
        ProgrammeItem(
            sort_order=position,
            start_time=start,
            end_time=end,
            title=title,
            description=description,
            film=film if title == facts.PROGRAMME_FILM_ITEM else None,
        )
        for position, ((start, end, title), description) in enumerate(
            zip(facts.PROGRAMME, descriptions, strict=True)
        )
    ]
    event.workshops = [
        Workshop(sort_order=position, title=title, description=description)
        for position, (title, description) in enumerate(WORKSHOPS)
    ]
    event, created = add_page(home, event)
    if created:
        demo.log("Created the study morning.")
    return event


EXAMPLE_EVENT_TITLE = "Voorbeeld: inschrijven voor een workshop"
EXAMPLE_WORKSHOPS = [
    (
        "Voorbeeldworkshop: buddy's vinden",
        "<p>Een verzonnen workshop, om te tonen hoe je een eerste en tweede keuze maakt.</p>",
    ),
    (
        "Voorbeeldworkshop: grenzen bewaken",
        "<p>Een verzonnen workshop, om te tonen hoe de plaatsen verdeeld worden.</p>",
    ),
    (
        "Voorbeeldworkshop: samenwerken in de buurt",
        "<p>Een verzonnen workshop, om te tonen hoe de wachtlijst werkt.</p>",
    ),
]


def build_example_event(demo, home):
    """An invented event in the future, marked as an example on its page and in the admin,
    so that whoever runs the demo can try the registration (first and second choice, seats,
    waiting list, e-mails)."""
    event = EventPage(
        title=EXAMPLE_EVENT_TITLE,
        slug="voorbeeldevenement",
        is_example=True,
        date=timezone.localdate() + datetime.timedelta(days=60),
        start_time=datetime.time(13, 30),
        end_time=datetime.time(16, 30),
        audience="Iedereen die de inschrijving wil uitproberen",
        intro="<p>Dit evenement is verzonnen: het bestaat alleen in de demo, om te tonen hoe "
        "inschrijven werkt. Kies een eerste en een tweede workshop, en je krijgt een e-mail "
        "met je plaats.</p>",
        listing_summary="Een verzonnen evenement om het inschrijven uit te proberen.",
        waiting_list_size=20,
    )
    event.programme_items = [
        ProgrammeItem(
            start_time=datetime.time(13, 30), end_time=datetime.time(16, 30), title="Workshops"
        )
    ]
    event.workshops = [
        Workshop(sort_order=position, title=title, description=description, seats=25)
        for position, (title, description) in enumerate(EXAMPLE_WORKSHOPS)
    ]
    event, created = add_page(home, event)
    if created:
        demo.log("Created the example event (for trying the registration).")
    return event


def build(demo):
    home = demo.objects["home"]
    build_contacts_and_partners(demo)
    build_settings()
    about, about_created = add_page(home, about_page(demo))
    buddy_page, buddy_created = add_page(home, buddy_work_page())
    film, film_created = build_film(demo, home)
    if buddy_created:
        # The call to action points at the film, which exists only now.
        buddy_page.body = buddy_work_body(film)
        buddy_page.save_revision().publish()
    if film_created and home.featured_film_id is None:
        home.featured_film = film
        home.save_revision().publish()
    event = build_event(demo, home, film)
    example = build_example_event(demo, home)
    study, _created = add_page(about, study_page())
    news_index, news = build_news(demo, home, film)
    if about_created:
        # The timeline links to the study and the news item, which exist only now.
        about.body = about_body(demo, news=news, study=study)
        about.save_revision().publish()
    demo.objects.update(
        {
            "page:about": about,
            "page:film": film,
            "page:event": event,
            "page:example_event": example,
            "page:study": study,
            "page:news_index": news_index,
            "page:news": news,
        }
    )


def link_end_day(demo):
    """The study morning points at the kenniskring's end day (made after it), which points back."""
    event = demo.objects.get("page:event")
    end_day = demo.objects.get("page:end_day")
    if event is None or end_day is None or event.members_page_id:
        return
    event.members_page = end_day
    event.save_revision().publish()

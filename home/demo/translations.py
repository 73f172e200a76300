"""The public pages in French and English, made the way wagtail-localize makes a translation
(`copy_for_translation`) and then written out in each language. A translation that exists is
left alone, so an editor's changes are never overwritten.
"""

import re

from django.db import transaction
from wagtail.models import Locale

from home.demo import facts
from home.models import FooterText, Partner

from .public import stream

LANGUAGES = ("fr", "en")
FIRST_SENTENCE = re.compile(r".+?[.?!](?=\s|$)")

HOME = {
    "fr": {
        "title": "Kennisplein",
        "intro": "<p>Un buddy est un·e bénévole qui se tient aux côtés d'une personne en "
        "situation de pauvreté : quelqu'un avec qui parler, avec qui entreprendre quelque "
        "chose, pour agrandir à nouveau son propre réseau.</p><p>De 2019 à 2022, 28 projets "
        "buddy de toute la Flandre et de Bruxelles ont appris les uns des autres au sein d'un "
        "réseau apprenant, avec le soutien de SAM vzw, d'Odisee et de TAO/De Link. Sur "
        "Kennisplein, vous trouverez ce qu'ils ont découvert ensemble : le film <i>Van buddy "
        "tot community</i>, de courtes capsules par thème et la matinée d'étude. Les projets "
        "poursuivent leur travail dans le cercle de connaissances, réservé à ses membres.</p>",
    },
    "en": {
        "title": "Kennisplein",
        "intro": "<p>A buddy is a volunteer who stands beside someone living in poverty: "
        "someone to talk to, to do things with, to make one's own network a little bigger "
        "again.</p><p>From 2019 to 2022, 28 buddy projects from all over Flanders and "
        "Brussels learned from each other in a learning network, supported by SAM vzw, Odisee "
        "and TAO/De Link. On Kennisplein you will find what they discovered together: the "
        "film <i>Van buddy tot community</i> (From buddy to community), short knowledge clips "
        "on each theme and the study morning. The projects carry on in the closed knowledge "
        "circle.</p>",
    },
}


def about_body(language, contacts):
    text = {
        "fr": {
            "h1": "Un réseau apprenant",
            "p1": "<p>On apprend le mieux dans un petit groupe où l'on se sent en sécurité. "
            "C'est pourquoi les 28 projets buddy ont travaillé en trois réseaux régionaux de "
            "neuf à dix projets, près de chez eux et bien accompagnés. Chaque organisation "
            "venait à deux, pour que personne ne soit seul.</p><p>Chaque réseau régional "
            "s'est réuni six fois. S'y ajoutaient trois moments nationaux pour tous les "
            "projets ensemble : une journée de lancement, une journée à mi-parcours et une "
            "journée de clôture.</p>",
            "timeline": "Le déroulement du projet",
            "items": [
                (
                    "Journée de lancement",
                    "<p>Ensemble, les projets dressent la carte des "
                    "défis qui les attendent : forces, faiblesses, opportunités, menaces et "
                    "pièges. C'est le cœur du réseau.</p>",
                ),
                (
                    "Journées régionales du réseau",
                    "<p>Six fois par région, chaque fois chez "
                    "un autre projet. Le projet hôte se présente, des intervenants extérieurs "
                    "inspirent, les pratiques font de l'intervision et l'impact est suivi.</p>",
                ),
                (
                    "Journée à mi-parcours",
                    "<p>Tous les projets se retrouvent en un même "
                    "lieu, échangent d'une région à l'autre et choisissent les thèmes pour "
                    "lesquels ils souhaitent un soutien supplémentaire.</p>",
                ),
                (
                    "Journée de clôture et matinée d'étude",
                    "<p>Ce que les projets ont appris "
                    "est présenté à un large public, avec le film <i>Van buddy tot "
                    "community</i>.</p>",
                ),
                (
                    "Journée du travail social contre la pauvreté",
                    "<p>Au campus de "
                    "Schaerbeek, Kristien Nys et Joris Van Puyenbroeck expliquent aux étudiants "
                    "en travail social ce qu'est le travail de buddy, extraits du film à "
                    "l'appui.</p>",
                ),
            ],
            "h2": "Ce que chaque partenaire apporte",
            "p2": "<ul><li><b>SAM vzw</b> accompagne les réseaux et leur processus "
            "d'apprentissage.</li><li><b>Odisee</b> relie le réseau à la recherche, propose "
            "des exercices de réflexion et traite le matériel d'apprentissage, de sorte que "
            "chaque projet constitue le portfolio de son parcours.</li><li><b>TAO/De "
            "Link</b> apporte le point de vue des personnes en situation de "
            "pauvreté.</li></ul>",
            "p3": "<p>Kennisplein est l'environnement d'apprentissage en ligne du réseau. "
            "Dans le cercle de connaissances, fermé au public, les projets partagent leurs "
            "expériences, construisent leur portfolio et se posent des questions sur un "
            "forum. Seuls les projets participants et les partenaires y ont accès.</p>",
            "contact": "Des questions sur le projet ?",
        },
        "en": {
            "h1": "A learning network",
            "p1": "<p>People learn best in a small group where they feel safe. That is why "
            "the 28 buddy projects worked in three regional networks of nine or ten projects, "
            "close to home and well supported. Each organisation came with two people, so "
            "that nobody stood alone.</p><p>Each regional network met six times. On top of "
            "that there were three national moments for all projects together: a start day, "
            "a halfway day and a closing day.</p>",
            "timeline": "How the project went",
            "items": [
                (
                    "Start day",
                    "<p>Together the projects map the challenges they can expect: "
                    "strengths, weaknesses, opportunities, threats and pitfalls. This becomes "
                    "the core of the network.</p>",
                ),
                (
                    "Regional network days",
                    "<p>Six times per region, each time at a "
                    "different project. The host project presents itself, outside speakers "
                    "inspire, practices meet for peer review and the impact is followed "
                    "up.</p>",
                ),
                (
                    "Halfway day",
                    "<p>All projects meet in one place, exchange across the "
                    "regions and choose the themes on which they want extra support.</p>",
                ),
                (
                    "Closing day and study morning",
                    "<p>What the projects learned is "
                    "presented to a wide audience, together with the film <i>Van buddy tot "
                    "community</i>.</p>",
                ),
                (
                    "Social work day against poverty",
                    "<p>At the Schaerbeek campus, Kristien "
                    "Nys and Joris Van Puyenbroeck explain buddy work to social work students, "
                    "with excerpts from the film.</p>",
                ),
            ],
            "h2": "What each partner brings",
            "p2": "<ul><li><b>SAM vzw</b> guides the networks and their learning "
            "process.</li><li><b>Odisee</b> links the network to research, sets reflection "
            "assignments and processes the learning material, so that each project builds a "
            "portfolio of its learning path.</li><li><b>TAO/De Link</b> brings the "
            "perspective of people living in poverty to the table.</li></ul>",
            "p3": "<p>Kennisplein is the network's online learning environment. In the closed "
            "knowledge circle the projects share experiences, build their portfolios and ask "
            "each other questions in a forum. Only the participating projects and the "
            "partners can enter.</p>",
            "contact": "Questions about the project?",
        },
    }[language]
    dates = [
        ("2019-06-25", ""),
        (None, "2019–2022"),
        (None, "2020"),
        ("2022-04-21", ""),
        ("2022-10-14", ""),
    ]
    items = [
        {"date": date, "date_label": label, "title": title, "text": body}
        for (date, label), (title, body) in zip(dates, text["items"], strict=True)
    ]
    return stream(
        ("heading", {"text": text["h1"], "level": "h2"}),
        ("paragraph", text["p1"]),
        ("timeline", {"heading": text["timeline"], "items": items}),
        ("heading", {"text": text["h2"], "level": "h2"}),
        ("paragraph", text["p2"]),
        ("heading", {"text": "Kennisplein", "level": "h2"}),
        ("paragraph", text["p3"]),
        ("contact_person", {"heading": text["contact"], "person": contacts[0].pk}),
        ("contact_person", {"heading": "", "person": contacts[1].pk}),
    )


ABOUT = {
    "fr": {
        "title": "À propos du projet",
        "slug": "a-propos-du-projet",
        "intro": "Trois organisations et 28 projets buddy ont appris les uns des autres "
        "pendant trois ans : comment renforcer le réseau personnel des personnes en "
        "situation de pauvreté ?",
        "listing_summary": "Le réseau apprenant, ses étapes et l'apport des partenaires.",
    },
    "en": {
        "title": "About the project",
        "slug": "about-the-project",
        "intro": "Three organisations and 28 buddy projects learned from each other for three "
        "years: how do you strengthen the personal network of people living in poverty?",
        "listing_summary": "The learning network, its stages and what the partners bring.",
    },
}


def buddy_body(language, film):
    text = {
        "fr": {
            "p1": "<p>Vivre dans la pauvreté, ce ne sont pas seulement des soucis d'argent. "
            "Souvent, il y a aussi peu de monde autour de soi : personne avec qui parler un "
            "moment, avec qui sortir, à qui demander conseil. Le travail de buddy veut y "
            "remédier.</p>",
            "h1": "Un ami, pas un travailleur social",
            "p2": "<p>Un buddy est un·e bénévole qui, pendant un temps, se tient aux côtés de "
            "quelqu'un. Prendre un café ensemble, faire une promenade, lire une lettre, "
            "accompagner à un rendez-vous. Le buddy écoute et est présent, sans reprendre le "
            "travail d'un professionnel.</p><p>Derrière chaque duo, une organisation cherche "
            "des buddies, forme les duos, les suit et veille à ce que le projet dure.</p>",
            "cta_title": "Voir le film",
            "cta_text": "Porteurs de projet et buddies racontent eux-mêmes comment fonctionne "
            "le travail de buddy.",
            "cta_button": "Vers Van buddy tot community",
        },
        "en": {
            "p1": "<p>Living in poverty is not only about money worries. Often there are "
            "also few people around you: nobody to have a chat with, to go out with, to ask "
            "for advice. Buddy work wants to change that.</p>",
            "h1": "A friend, not a social worker",
            "p2": "<p>A buddy is a volunteer who stands beside someone for a while. Having "
            "coffee together, going for a walk, reading a letter, going along to an "
            "appointment. The buddy listens and is there, without taking over the work of a "
            "professional.</p><p>Behind every pair there is an organisation that finds "
            "buddies, matches pairs, follows them up and makes sure the project lasts.</p>",
            "cta_title": "Watch the film",
            "cta_text": "Project leaders and buddies tell in their own words how buddy work "
            "is done.",
            "cta_button": "Go to Van buddy tot community",
        },
    }[language]
    return stream(
        ("paragraph", text["p1"]),
        ("heading", {"text": text["h1"], "level": "h2"}),
        ("paragraph", text["p2"]),
        (
            "call_to_action",
            {
                "title": text["cta_title"],
                "text": text["cta_text"],
                "page": film.pk,
                "url": "",
                "button_label": text["cta_button"],
            },
        ),
    )


BUDDY = {
    "fr": {
        "title": "Qu'est-ce que le travail de buddy ?",
        "slug": "qu-est-ce-que-le-travail-de-buddy",
        "intro": "Un buddy est un·e bénévole qui se tient aux côtés d'une personne en "
        "situation de pauvreté.",
        "listing_summary": "Ce que fait un buddy, et ce qu'il ne fait pas.",
    },
    "en": {
        "title": "What is buddy work?",
        "slug": "what-is-buddy-work",
        "intro": "A buddy is a volunteer who stands beside someone living in poverty.",
        "listing_summary": "What a buddy does, and what a buddy does not do.",
    },
}

FILM = {
    "fr": {
        "title": "Van buddy tot community",
        "slug": "du-buddy-a-la-communaute",
        "purpose": "<p>Le film est un outil pédagogique pour les professionnels du social "
        "qui envisagent de lancer un projet buddy. Il ne montre pas seulement les buddies, "
        "mais aussi le professionnel qui se tient derrière eux : celui qui va à la rencontre "
        "des gens, recrute des bénévoles, gère le projet et travaille à un effet durable."
        "</p><p>Le film montre ainsi comment le travail de buddy s'inscrit dans un récit plus "
        "large de quartiers solidaires et de collaboration.</p>",
        "listing_summary": "Porteurs de projet et buddies racontent trois années de travail "
        "de buddy.",
    },
    "en": {
        "title": "Van buddy tot community",
        "slug": "from-buddy-to-community",
        "purpose": "<p>The film is teaching material for social professionals who are "
        "thinking of starting a buddy project. It shows not only the buddies but also the "
        "professional behind them: who reaches out to people, recruits volunteers, manages "
        "the project and works towards a lasting effect.</p><p>In this way the film also "
        "shows how buddy work fits into a wider story of caring neighbourhoods and "
        "cooperation.</p>",
        "listing_summary": "Project leaders and buddies talk about three years of buddy work.",
    },
}

# Knowledge clips by their Dutch slug: title, slug, text, discussion questions.
CLIPS = {
    "rekrutering": {
        "fr": (
            "Recrutement",
            "recrutement",
            "Comment trouver des bénévoles qui veulent et peuvent être buddy, et comment "
            "atteindre les personnes pour qui un buddy fait la différence ? Des porteurs de "
            "projet racontent où ils cherchent et quels obstacles ils ont rencontrés.",
            [
                "Par quels canaux votre projet a-t-il trouvé ses buddies ? Qui "
                "n'atteignez-vous pas ainsi ?",
                "Comment expliquer ce que fait un buddy sans trop promettre ?",
            ],
        ),
        "en": (
            "Recruitment",
            "recruitment",
            "How do you find volunteers who want to be and can be a buddy, and how do you "
            "reach the people for whom a buddy makes a difference? Project leaders tell "
            "where they look and which obstacles they met.",
            [
                "Through which channels did your project find its buddies? Whom do you not "
                "reach that way?",
                "How do you explain what a buddy does without promising too much?",
            ],
        ),
    },
    "omgaan-met-grenzen": {
        "fr": (
            "Gérer les limites",
            "gerer-les-limites",
            "Un buddy est un ami, pas un travailleur social. Mais où se trouve la limite ? "
            "Buddies et participants racontent comment ils en parlent et ce qu'ils font "
            "quand cela devient difficile.",
            [
                "Quels accords buddy et participant concluent-ils au début dans votre projet ?",
                "À qui un buddy peut-il s'adresser quand une demande devient trop lourde ?",
            ],
        ),
        "en": (
            "Dealing with boundaries",
            "dealing-with-boundaries",
            "A buddy is a friend, not a social worker. But where is the line? Buddies and "
            "participants tell how they talk about it and what they do when things get "
            "hard.",
            [
                "What do buddy and participant agree on at the start in your project?",
                "Whom can a buddy turn to when a request becomes too heavy?",
            ],
        ),
    },
    "diversiteit": {
        "fr": (
            "Diversité",
            "diversite",
            "Buddies et participants diffèrent par l'âge, l'origine, la langue et "
            "l'expérience. La capsule montre comment les projets s'y prennent et ce que "
            "cela apporte.",
            [
                "Vos buddies ressemblent-ils aux personnes que vous voulez atteindre ? "
                "Est-ce nécessaire ?",
                "Quelles différences rendent un duo plus fort ?",
            ],
        ),
        "en": (
            "Diversity",
            "diversity",
            "Buddies and participants differ in age, background, language and experience. "
            "The clip shows how projects deal with that and what it brings.",
            [
                "Do your buddies resemble the people you want to reach? Do they have to?",
                "Which differences make a pair stronger?",
            ],
        ),
    },
    "projectbeheer": {
        "fr": (
            "Gestion de projet",
            "gestion-de-projet",
            "Derrière chaque duo se trouve un professionnel du social qui forme les duos, "
            "les suit, enregistre et rend des comptes. Que demande ce travail, et comment "
            "le garder faisable ?",
            [
                "Combien de temps demande le suivi d'un duo dans votre projet ?",
                "Quel enregistrement est nécessaire, et lequel peut disparaître ?",
            ],
        ),
        "en": (
            "Project management",
            "project-management",
            "Behind every pair there is a social professional who matches, follows up, "
            "records and reports. What does that work ask, and how do you keep it "
            "manageable?",
            [
                "How much time does following up one pair take in your project?",
                "Which records are needed, and which can go?",
            ],
        ),
    },
    "impact": {
        "fr": (
            "Impact",
            "impact",
            "Qu'est-ce qui change pour quelqu'un qui reçoit un buddy ? Les projets ont "
            "cherché des manières de le voir et de le montrer, même quand il s'agit de "
            "petits pas.",
            [
                "Comment remarquez-vous que le réseau d'un participant s'agrandit ?",
                "Quelles histoires en disent plus que les chiffres ?",
            ],
        ),
        "en": (
            "Impact",
            "impact",
            "What changes for someone who gets a buddy? The projects looked for ways to "
            "see and show it, even when it comes to small steps.",
            [
                "How do you notice that a participant's network is growing?",
                "Which stories say more than figures?",
            ],
        ),
    },
    "duurzame-verankering": {
        "fr": (
            "Ancrage durable",
            "ancrage-durable",
            "Un projet avec une subvention temporaire : comment faire en sorte que le "
            "travail de buddy continue d'exister et trouve sa place dans le fonctionnement "
            "habituel de l'organisation ?",
            [
                "Que restera-t-il de votre travail de buddy quand la subvention du projet "
                "s'arrêtera ?",
                "Avec quels partenaires du quartier ou de la commune peut-il continuer ?",
            ],
        ),
        "en": (
            "Lasting roots",
            "lasting-roots",
            "A project with a temporary grant: how do you make sure buddy work keeps "
            "existing and finds a place in the everyday work of the organisation?",
            [
                "What will remain of your buddy work when the project grant stops?",
                "With which partners in the neighbourhood or the municipality can it go on?",
            ],
        ),
    },
}

EVENT = {
    "fr": {
        "title": facts.EVENT_TITLE,
        "slug": "matinee-d-etude",
        "audience": "Porteurs de projet, participants, personnes intéressées et décideurs "
        "politiques",
        "intro": "<p>Pendant trois ans, Odisee, De Link et SAM ont soutenu les 28 projets "
        "buddy financés par le gouvernement flamand. Lors de cette matinée, nous présentons "
        "avec les porteurs de projet ce que nous avons appris, et nous montrons le film "
        "<i>Van buddy tot community</i>.</p><p>Les professionnels du social doivent de plus "
        "en plus souvent renforcer le réseau de personnes en situation de vulnérabilité et "
        "accorder l'aide formelle et informelle. Travail de buddy, aidants proches, quartiers "
        "solidaires et coaching familial se rapprochent. C'est de cela que nous "
        "discuterons.</p>",
        "questions": "<ul><li>Comment le travail de buddy trouve-t-il sa place parmi les "
        "nouvelles missions du travail social, et comment s'accorder ?</li><li>Qui est au "
        "centre pour une personne en situation de pauvreté, et chacun sait-il encore qui a "
        "quel mandat ?</li><li>Professionnels et experts du vécu peuvent-ils, ensemble, "
        "transformer une aide morcelée en solutions durables ?</li></ul>",
        "listing_summary": "Présentation du film, capsules en dialogue et trois ateliers.",
        "programme": [
            ("Accueil", ""),
            (
                facts.PROGRAMME_FILM_ITEM,
                "<ul><li>Bienvenue : la place du travail de buddy "
                "dans le travail social.</li><li>Capsules sur le recrutement, la gestion des "
                "limites, la diversité, la gestion de projet, l'impact et l'ancrage "
                "durable.</li><li>Pour chaque thème, les partenaires dialoguent avec la "
                "salle.</li></ul>",
            ),
            (
                "Ateliers",
                "<p>Un seul tour : vous suivez l'atelier de votre premier ou de "
                "votre second choix.</p>",
            ),
        ],
        "workshops": [
            (
                facts.WORKSHOP_TITLES[0],
                "<p>Dans une organisation qui travaille avec des bénévoles, ceux-ci complètent "
                "l'offre : ce ne sont pas des bras en plus, mais une part essentielle du "
                "travail. Où participants, buddies et professionnels posent-ils leurs limites, "
                "et comment garder ces relations saines ?</p>",
            ),
            (
                facts.WORKSHOP_TITLES[1],
                "<p>Comment un réseau informel se développe-t-il autour des parents et des "
                "enfants ? Comment voir ce que ce réseau peut faire et ce qu'il ne peut pas "
                "faire ? Et comment éviter que les professionnels en attendent trop ?</p>",
            ),
            (
                facts.WORKSHOP_TITLES[2],
                "<p>Travail de buddy, coachs familiaux locaux, quartiers solidaires, une "
                "famille un plan : dans une même commune, plusieurs projets coexistent souvent. "
                "Où se rejoignent-ils, et comment garder une collaboration praticable entre "
                "organisations et projets ?</p>",
            ),
        ],
    },
    "en": {
        "title": facts.EVENT_TITLE,
        "slug": "study-morning",
        "audience": "Project leaders, participants, anyone interested and policy makers",
        "intro": "<p>For three years, Odisee, De Link and SAM supported the 28 buddy "
        "projects funded by the Flemish government. On this morning we present, together "
        "with the project leaders, what we learned, and we show the film <i>Van buddy tot "
        "community</i>.</p><p>Social professionals are more and more often asked to "
        "strengthen the networks of people in vulnerable situations and to align formal and "
        "informal help. Buddy work, informal care, caring neighbourhoods and family coaching "
        "are growing towards each other. That is what we will talk about.</p>",
        "questions": "<ul><li>How does buddy work find its place among the new tasks of "
        "social work, and how do you coordinate?</li><li>Who is at the centre for someone "
        "in poverty, and does everyone still know who has which mandate?</li><li>Can "
        "professionals and experts by experience together turn fragmented help into "
        "solutions that last?</li></ul>",
        "listing_summary": "The film, knowledge clips in dialogue and three workshops.",
        "programme": [
            ("Welcome", ""),
            (
                facts.PROGRAMME_FILM_ITEM,
                "<ul><li>Welcome: the role of buddy work "
                "in social work.</li><li>Knowledge clips on recruitment, dealing with "
                "boundaries, diversity, project management, impact and lasting roots.</li>"
                "<li>For each theme the partners enter into dialogue with the "
                "audience.</li></ul>",
            ),
            (
                "Workshops",
                "<p>One round: you follow the workshop of your first or second choice.</p>",
            ),
        ],
        "workshops": [
            (
                facts.WORKSHOP_TITLES[0],
                "<p>In an organisation that works with volunteers, they complement what is "
                "offered: they are not extra hands but an essential part of the work. Where do "
                "participants, buddies and professionals draw their lines, and how do you keep "
                "these relationships healthy?</p>",
            ),
            (
                facts.WORKSHOP_TITLES[1],
                "<p>How does an informal network grow around parents and children? How do you "
                "see what that network can and cannot do? And how do you keep professionals "
                "from expecting too much of it?</p>",
            ),
            (
                facts.WORKSHOP_TITLES[2],
                "<p>Buddy work, local family coaches, caring neighbourhoods, one family one "
                "plan: one municipality often runs several projects. Where do they touch, and "
                "how do you keep working together across organisations and projects "
                "workable?</p>",
            ),
        ],
    },
}


CAMPUS = {"fr": "Campus de Schaerbeek", "en": "Schaerbeek campus"}
PARTNERS = {
    "SAM vzw": {
        "fr": "SAM accompagne les trois réseaux régionaux. Il alterne l'expertise extérieure, "
        "la réflexion sur son propre projet et l'échange entre les projets.",
        "en": "SAM guides the three regional networks. It alternates outside expertise with "
        "reflection on one's own project and exchange between the projects.",
    },
    "Odisee": {
        "fr": "Odisee relie le réseau à la recherche. Après chaque journée, il pose des "
        "questions ciblées et propose des exercices de réflexion, traite ce que les projets "
        "apprennent et en fait un rapport.",
        "en": "Odisee connects the network with research. After every network day it asks "
        "focused questions and sets reflection assignments, processes what the projects "
        "learn and writes a report about it.",
    },
    "TAO/De Link": {
        "fr": "TAO/De Link participe à de nombreuses journées et apporte le regard des "
        "personnes en situation de pauvreté : comment vivent-elles un projet buddy, et "
        "qu'est-ce qui compte pour elles ?",
        "en": "TAO/De Link takes part in many network days and brings in the view of people "
        "living in poverty: how do they experience a buddy project, and what matters to "
        "them?",
    },
}


FOOTER = {
    "nl": "<p>Kennisplein is de leeromgeving van het lerend netwerk van buddyprojecten, met "
    "SAM vzw, Odisee en TAO/De Link.</p>",
    "fr": "<p>Kennisplein est l'environnement d'apprentissage du réseau apprenant des projets "
    "buddy, avec SAM vzw, Odisee et TAO/De Link.</p>",
    "en": "<p>Kennisplein is the learning environment of the learning network of buddy "
    "projects, with SAM vzw, Odisee and TAO/De Link.</p>",
}


def translate_footer(locale, code):
    source = FooterText.objects.filter(locale=Locale.get_default()).first()
    if source is None:
        source = FooterText.objects.create(locale=Locale.get_default(), text=FOOTER["nl"])
    translate_snippet(source, locale, {"text": FOOTER[code]})


def translate_snippet(instance, locale, fields):
    existing = instance.get_translation_or_none(locale)
    if existing is not None:
        return existing
    translation = instance.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save()
    return translation


def translate_snippets(demo, locale, code):
    contacts = {}
    for name in ("Joris Van Puyenbroeck", "Kristien Nys"):
        contacts[name] = translate_snippet(
            demo.objects[f"contact:{name}"],
            locale,
            {"location": CAMPUS[code]},
        )
    for partner in Partner.objects.filter(locale=Locale.get_default()):
        if partner.name in PARTNERS:
            translate_snippet(partner, locale, {"contribution": PARTNERS[partner.name][code]})
    translate_footer(locale, code)
    return contacts


def translate_page(page, locale, fields):
    """The page's translation into `locale`: made and written once, then left alone."""
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific, False
    translation = page.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    return translation.specific.__class__.objects.get(pk=translation.pk), True


def translate_language(demo, code):
    locale = Locale.objects.get(language_code=code)
    home = demo.objects["home"]
    about = demo.objects["page:about"]
    film = demo.objects["page:film"]
    event = demo.objects["page:event"]
    buddy = home.get_children().filter(slug="wat-is-buddywerk").first()

    people = translate_snippets(demo, locale, code)
    joris, kristien = people["Joris Van Puyenbroeck"], people["Kristien Nys"]
    home_t, home_created = translate_page(home, locale, HOME[code])
    translate_page(
        about,
        locale,
        ABOUT[code]
        | {
            "body": about_body(code, [joris, kristien]),
            "contact_person": joris if about.contact_person_id else None,
        },
    )
    film_t, _created = translate_page(
        film, locale, FILM[code] | {"contact_person": kristien if film.contact_person_id else None}
    )
    for clip in film.get_children().specific():
        if clip.slug in CLIPS:
            title, slug, text, questions = CLIPS[clip.slug][code]
            translate_page(
                clip,
                locale,
                {
                    "title": title,
                    "slug": slug,
                    "text": f"<p>{text}</p>",
                    "discussion_questions": "<ul>"
                    + "".join(f"<li>{q}</li>" for q in questions)
                    + "</ul>",
                    "listing_summary": FIRST_SENTENCE.match(text).group(0),
                },
            )
    if buddy is not None:
        translate_page(buddy.specific, locale, BUDDY[code] | {"body": buddy_body(code, film_t)})
    data = EVENT[code]
    event_t, event_created = translate_page(
        event,
        locale,
        {
            key: data[key]
            for key in (
                "title",
                "slug",
                "audience",
                "intro",
                "questions",
                "listing_summary",
            )
        },
    )
    if event_created:
        for item, (title, description) in zip(
            event_t.programme_items.all(), data["programme"], strict=False
        ):
            item.title, item.description = title, description
            item.save()
        for workshop, (title, description) in zip(
            event_t.workshops.all(), data["workshops"], strict=False
        ):
            workshop.title, workshop.description = title, description
            workshop.save()
        event_t.save_revision().publish()
    if home_created and home.featured_film_id:
        home_t = home_t.__class__.objects.get(pk=home_t.pk)  # it has children now
        home_t.featured_film = film_t
        home_t.save_revision().publish()
    if home_created:
        demo.log(f"Translated the public pages into {code}.")


@transaction.atomic
def build(demo):
    for code in LANGUAGES:
        translate_language(demo, code)
